package htmlmeta

import (
	"strings"

	"golang.org/x/net/html"
)

// attrs holds the attributes of one tag that this package reads.
type attrs struct {
	name, property, itemprop, httpEquiv, content string
	rel, href, hreflang, typ, title              string
	lang, datetime, src                          string
	class, id, style, role                       string
	pubdate, itemscope, hidden, ariaHidden       bool
	width, height                                string
}

// read collects the attributes from the tokenizer's current tag. Values
// longer than the attribute limit are dropped with a warning.
func (at *attrs) read(z *html.Tokenizer, s *scanner) {
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if len(k) == 0 {
			continue
		}
		var dst *string
		switch string(k) {
		case "name":
			dst = &at.name
		case "property":
			dst = &at.property
		case "itemprop":
			dst = &at.itemprop
		case "http-equiv":
			dst = &at.httpEquiv
		case "content":
			dst = &at.content
		case "rel":
			dst = &at.rel
		case "href":
			dst = &at.href
		case "hreflang":
			dst = &at.hreflang
		case "type":
			dst = &at.typ
		case "title":
			dst = &at.title
		case "lang":
			dst = &at.lang
		case "xml:lang":
			if at.lang == "" {
				dst = &at.lang
			}
		case "datetime":
			dst = &at.datetime
		case "src":
			dst = &at.src
		case "class":
			dst = &at.class
		case "id":
			dst = &at.id
		case "style":
			dst = &at.style
		case "role":
			dst = &at.role
		case "width":
			dst = &at.width
		case "height":
			dst = &at.height
		case "pubdate":
			at.pubdate = true
		case "itemscope":
			at.itemscope = true
		case "hidden":
			at.hidden = true
		case "aria-hidden":
			at.ariaHidden = strings.EqualFold(strings.TrimSpace(string(v)), "true")
		}
		if dst == nil || *dst != "" {
			continue // the first of duplicate attributes wins, as in browsers
		}
		if len(v) > s.maxAttr {
			s.warn(ErrValueTooLarge, "attribute "+string(k))
			continue
		}
		*dst = s.str(v)
	}
}

// hasWord reports whether the space-separated list s holds w, ignoring case.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// isByline reports whether an element is marked as a byline: itemprop
// author (without itemscope, handled as microdata), or a class or id
// containing "byline", "author", "dateline" or "writtenby" but not
// "comment", "bio", "avatar" or "image".
func isByline(at *attrs) bool {
	if at.itemprop != "" && !at.itemscope && hasWord(at.itemprop, "author") {
		return true
	}
	return bylineMarks(at.class) || bylineMarks(at.id)
}

func bylineMarks(s string) bool {
	if s == "" {
		return false
	}
	l := strings.ToLower(s)
	if !strings.Contains(l, "byline") && !strings.Contains(l, "author") && !strings.Contains(l, "writtenby") {
		return false
	}
	for _, bad := range []string{"comment", "bio", "avatar", "image", "photo", "img", "more-from", "other", "related", "about", "box", "follow", "social", "authored", "authors-list"} {
		if strings.Contains(l, bad) {
			return false
		}
	}
	return true
}

// isCredit reports whether an element inside a <figure> holds the
// picture's credit: a class, id or itemprop naming a credit, copyright or
// photographer.
func isCredit(at *attrs) bool {
	for _, v := range [...]string{at.class, at.id, at.itemprop} {
		if v == "" {
			continue
		}
		l := strings.ToLower(v)
		if strings.Contains(l, "credit") || strings.Contains(l, "copyright") || strings.Contains(l, "photographer") {
			return true
		}
	}
	return false
}
