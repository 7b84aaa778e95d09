package feed

import (
	"html"
	"strconv"
	"strings"
)

// atom maps an Atom 1.0 <feed> document.
func (o Options) atom(root *node) (*Feed, error) {
	f := &Feed{Format: Atom, Version: "1.0", Language: root.attrValue(nsXML, "lang")}
	f.Title = atomPlain(root.child(nsAtom, "title"))
	f.Description = atomText(root.child(nsAtom, "subtitle"))
	f.Updated = root.childText(nsAtom, "updated")
	count := 0
	for _, n := range root.kids() {
		switch {
		case n.is(nsAtom, "link"):
			switch n.attrValue("", "rel") {
			case "", "alternate":
				f.Link = first(f.Link, n.attrValue("", "href"))
			case "self":
				f.FeedURL = n.attrValue("", "href")
			}
		case n.is(nsAtom, "author"):
			f.Authors = append(f.Authors, atomPerson(n))
		case n.is(nsAtom, "entry"):
			count++
			if err := o.tooMany(n, count); err != nil {
				return nil, err
			}
			f.Items = append(f.Items, atomEntry(n))
		}
	}
	return f, nil
}

func atomEntry(n *node) Item {
	it := Item{Language: n.attrValue(nsXML, "lang")}
	for _, c := range n.kids() {
		switch {
		case c.is(nsAtom, "id"):
			it.ID = c.text()
		case c.is(nsAtom, "title"):
			it.Title = atomPlain(c)
		case c.is(nsAtom, "link"):
			switch c.attrValue("", "rel") {
			case "", "alternate":
				it.Link = first(it.Link, c.attrValue("", "href"))
			case "enclosure":
				m := Media{URL: c.attrValue("", "href"), Type: c.attrValue("", "type"), Title: c.attrValue("", "title")}
				m.Length, _ = strconv.ParseInt(c.attrValue("", "length"), 10, 64)
				it.Media = append(it.Media, m)
			}
		case c.is(nsAtom, "published"):
			it.Published = c.text()
		case c.is(nsAtom, "updated"):
			it.Updated = c.text()
		case c.is(nsAtom, "summary"):
			it.Summary, it.SummaryType = atomText(c), atomType(c)
		case c.is(nsAtom, "content"):
			it.Content, it.ContentType = atomText(c), atomType(c)
		case c.is(nsAtom, "author"):
			it.Authors = append(it.Authors, atomPerson(c))
		case c.is(nsAtom, "category"):
			it.Categories = append(it.Categories, Category{Term: c.attrValue("", "term"), Scheme: c.attrValue("", "scheme"), Label: c.attrValue("", "label")})
		case c.is(nsAtom, "rights"):
			it.Rights = atomText(c)
		case c.is(nsAtom, "source"):
			it.Source = atomText(c.child(nsAtom, "title"))
		case c.is(nsMedia, "content"):
			it.Media = append(it.Media, mediaContent(c))
		case c.is(nsMedia, "group"):
			for _, g := range c.kids() {
				if g.is(nsMedia, "content") {
					it.Media = append(it.Media, mediaContent(g))
				}
			}
		}
	}
	return it
}

// atomType returns the type of an Atom text construct: "text", "html" or
// "xhtml".
func atomType(n *node) string {
	switch t := n.attrValue("", "type"); t {
	case "html", "xhtml":
		return t
	case "":
		return "text"
	default:
		return t // a MIME type for content
	}
}

// atomText returns the text of an Atom text construct; for xhtml, the
// markup inside its wrapping div.
func atomText(n *node) string {
	if n == nil {
		return ""
	}
	if n.attrValue("", "type") == "xhtml" {
		if div := n.child(nsXHTML, "div"); div != nil {
			return div.inner()
		}
		return n.inner()
	}
	return n.text()
}

func atomPerson(n *node) Person {
	return Person{Name: n.childText(nsAtom, "name"), Email: n.childText(nsAtom, "email"), URL: n.childText(nsAtom, "uri")}
}

// atomPlain returns an Atom text construct as plain text: titles are text
// in every format, so html and xhtml titles lose their markup.
func atomPlain(n *node) string {
	s := atomText(n)
	if n == nil || atomType(n) == "text" {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:lt])
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			break
		}
		s = s[lt+gt+1:]
	}
	return strings.TrimSpace(html.UnescapeString(b.String()))
}
