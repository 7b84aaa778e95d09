package feed

import (
	"strconv"
	"strings"
)

// rss maps an <rss> document.
func (o Options) rss(root *node) (*Feed, error) {
	f := &Feed{Format: RSS, Version: root.attrValue("", "version")}
	ch := root.child("", "channel")
	if ch == nil {
		return nil, &ParseError{Line: root.line, Column: root.col, Path: "/rss", Err: ErrFormat}
	}
	channel(f, ch)
	count := 0
	for _, n := range ch.kids() {
		if n.is("", "item") {
			count++
			if err := o.tooMany(n, count); err != nil {
				return nil, err
			}
			f.Items = append(f.Items, rssItem(n))
		}
	}
	return f, nil
}

// rdf maps an RSS 1.0 <rdf:RDF> document, whose items stand beside the
// channel.
func (o Options) rdf(root *node) (*Feed, error) {
	f := &Feed{Format: RSS, Version: "1.0"}
	if ch := root.child("", "channel"); ch != nil {
		channel(f, ch)
	}
	count := 0
	for _, n := range root.kids() {
		if n.is("", "item") {
			count++
			if err := o.tooMany(n, count); err != nil {
				return nil, err
			}
			it := rssItem(n)
			if it.ID == "" {
				it.ID = n.attrValue(nsRDF, "about")
			}
			f.Items = append(f.Items, it)
		}
	}
	return f, nil
}

func channel(f *Feed, ch *node) {
	f.Title = ch.childText("", "title")
	f.Link = ch.childText("", "link")
	f.Description = ch.childText("", "description")
	f.Language = first(ch.childText("", "language"), ch.childText(nsDC, "language"))
	f.Updated = first(ch.childText("", "lastBuildDate"), ch.childText("", "pubDate"), ch.childText(nsDC, "date"))
	for _, n := range ch.kids() {
		switch {
		case n.is(nsAtom, "link") && n.attrValue("", "rel") == "self":
			f.FeedURL = n.attrValue("", "href")
		case n.is("", "managingEditor"):
			f.Authors = append(f.Authors, rssPerson(n.text()))
		case n.is(nsDC, "creator"):
			f.Authors = append(f.Authors, Person{Name: n.text()})
		}
	}
}

func rssItem(n *node) Item {
	var it Item
	for _, c := range n.kids() {
		switch {
		case c.is("", "title"):
			it.Title = c.text()
		case c.is("", "link"):
			it.Link = c.text()
		case c.is("", "guid"):
			it.ID = c.text()
			if it.Link == "" && c.attrValue("", "isPermaLink") != "false" && isURL(it.ID) {
				it.Link = it.ID
			}
		case c.is("", "description"):
			it.Summary, it.SummaryType = c.text(), "html"
		case c.is(nsContent, "encoded"):
			it.Content, it.ContentType = c.text(), "html"
		case c.is("", "pubDate"):
			it.Published = c.text()
		case c.is(nsDC, "date"):
			it.Published = first(it.Published, c.text())
		case c.is(nsAtom, "updated"), c.is(nsDC, "modified"):
			it.Updated = c.text()
		case c.is("", "author"):
			it.Authors = append(it.Authors, rssPerson(c.text()))
		case c.is(nsDC, "creator"):
			it.Authors = append(it.Authors, Person{Name: c.text()})
		case c.is("", "category"):
			it.Categories = append(it.Categories, Category{Term: c.text(), Scheme: c.attrValue("", "domain")})
		case c.is(nsDC, "subject"):
			it.Categories = append(it.Categories, Category{Term: c.text()})
		case c.is("", "enclosure"):
			m := Media{URL: c.attrValue("", "url"), Type: c.attrValue("", "type")}
			m.Length, _ = strconv.ParseInt(c.attrValue("", "length"), 10, 64)
			it.Media = append(it.Media, m)
		case c.is(nsMedia, "content"):
			it.Media = append(it.Media, mediaContent(c))
		case c.is(nsMedia, "group"):
			for _, g := range c.kids() {
				if g.is(nsMedia, "content") {
					it.Media = append(it.Media, mediaContent(g))
				}
			}
		case c.is("", "source"), c.is(nsDC, "source"):
			it.Source = c.text()
		case c.is(nsDC, "language"):
			it.Language = c.text()
		case c.is(nsDC, "rights"):
			it.Rights = c.text()
		}
	}
	return it
}

func mediaContent(n *node) Media {
	m := Media{
		URL:         n.attrValue("", "url"),
		Type:        n.attrValue("", "type"),
		Medium:      n.attrValue("", "medium"),
		Title:       n.childText(nsMedia, "title"),
		Description: n.childText(nsMedia, "description"),
		Credit:      n.childText(nsMedia, "credit"),
	}
	m.Width, _ = strconv.Atoi(n.attrValue("", "width"))
	m.Height, _ = strconv.Atoi(n.attrValue("", "height"))
	m.Length, _ = strconv.ParseInt(n.attrValue("", "fileSize"), 10, 64)
	return m
}

// rssPerson reads the RSS author form "email (Name)", or a bare name or
// address.
func rssPerson(s string) Person {
	if open := strings.IndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") {
		return Person{Email: strings.TrimSpace(s[:open]), Name: strings.TrimSpace(s[open+1 : len(s)-1])}
	}
	if strings.Contains(s, "@") && !strings.Contains(s, " ") {
		return Person{Email: s}
	}
	return Person{Name: s}
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
