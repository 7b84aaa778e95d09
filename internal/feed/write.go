package feed

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"strconv"

	"github.com/newsmodel/news/internal/jsonlex"
)

// Write writes f to w in format. The output is deterministic. What a
// format cannot hold is not written: RSS has no category labels and no
// item-level feed description; Atom writes xhtml text as html; JSON Feed
// has no category schemes, rights or media credits.
func Write(w io.Writer, f *Feed, format Format) error {
	var b []byte
	switch format {
	case RSS:
		b = appendRSS(nil, f)
	case Atom:
		b = appendAtom(nil, f)
	case JSONFeed:
		b = appendJSONFeed(nil, f)
	default:
		return fmt.Errorf("feed: cannot write format %v", format)
	}
	_, err := w.Write(b)
	return err
}

// x appends an element with escaped text when text is not empty.
func x(b []byte, name, text string) []byte {
	if text == "" {
		return b
	}
	b = append(b, '<')
	b = append(b, name...)
	b = append(b, '>')
	b = esc(b, text)
	b = append(b, "</"...)
	b = append(b, name...)
	return append(b, ">\n"...)
}

// esc appends s escaped as XML character data or attribute value,
// dropping characters XML cannot hold.
func esc(b []byte, s string) []byte {
	var buf bytes.Buffer
	xml.EscapeText(&buf, []byte(s))
	return append(b, buf.Bytes()...)
}

// attr appends name="value" when value is not empty.
func attr(b []byte, name, value string) []byte {
	if value == "" {
		return b
	}
	b = append(b, ' ')
	b = append(b, name...)
	b = append(b, `="`...)
	b = esc(b, value)
	return append(b, '"')
}

func itoa(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// asHTML returns s as HTML: text is escaped so that it shows as written.
func asHTML(s, typ string) string {
	if typ == "text" {
		return html.EscapeString(s)
	}
	return s
}

func appendRSS(b []byte, f *Feed) []byte {
	b = append(b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"...)
	b = append(b, `<rss version="2.0" xmlns:atom="`+nsAtom+`" xmlns:content="`+nsContent+`" xmlns:dc="`+nsDC+`" xmlns:media="`+nsMedia+`">`+"\n<channel>\n"...)
	b = x(b, "title", f.Title)
	b = x(b, "link", f.Link)
	b = x(b, "description", f.Description)
	b = x(b, "language", f.Language)
	b = x(b, "lastBuildDate", f.Updated)
	if f.FeedURL != "" {
		b = append(b, "<atom:link"...)
		b = attr(b, "href", f.FeedURL)
		b = append(b, ` rel="self" type="application/rss+xml"/>`+"\n"...)
	}
	for _, a := range f.Authors {
		b = rssAuthor(b, "managingEditor", a)
	}
	for _, it := range f.Items {
		b = append(b, "<item>\n"...)
		b = x(b, "title", it.Title)
		b = x(b, "link", it.Link)
		if it.ID != "" {
			b = append(b, "<guid"...)
			if it.ID != it.Link || !isURL(it.ID) {
				b = append(b, ` isPermaLink="false"`...)
			}
			b = append(b, '>')
			b = esc(b, it.ID)
			b = append(b, "</guid>\n"...)
		}
		b = x(b, "description", asHTML(it.Summary, it.SummaryType))
		b = x(b, "content:encoded", asHTML(it.Content, it.ContentType))
		b = x(b, "pubDate", it.Published)
		b = x(b, "atom:updated", it.Updated)
		for _, a := range it.Authors {
			b = rssAuthor(b, "author", a)
		}
		for _, c := range it.Categories {
			b = append(b, "<category"...)
			b = attr(b, "domain", c.Scheme)
			b = append(b, '>')
			b = esc(b, c.Term)
			b = append(b, "</category>\n"...)
		}
		for _, m := range it.Media {
			b = mediaXML(b, m)
		}
		b = x(b, "dc:source", it.Source)
		b = x(b, "dc:language", it.Language)
		b = x(b, "dc:rights", it.Rights)
		b = append(b, "</item>\n"...)
	}
	return append(b, "</channel>\n</rss>\n"...)
}

// rssAuthor writes a person as RSS wants it ("email (Name)") when there is
// an address, and as dc:creator otherwise.
func rssAuthor(b []byte, elem string, p Person) []byte {
	if p.Email == "" {
		return x(b, "dc:creator", p.Name)
	}
	if p.Name == "" {
		return x(b, elem, p.Email)
	}
	return x(b, elem, p.Email+" ("+p.Name+")")
}

func mediaXML(b []byte, m Media) []byte {
	b = append(b, "<media:content"...)
	b = attr(b, "url", m.URL)
	b = attr(b, "type", m.Type)
	b = attr(b, "medium", m.Medium)
	b = attr(b, "width", itoa(int64(m.Width)))
	b = attr(b, "height", itoa(int64(m.Height)))
	b = attr(b, "fileSize", itoa(m.Length))
	if m.Title == "" && m.Description == "" && m.Credit == "" {
		return append(b, "/>\n"...)
	}
	b = append(b, ">\n"...)
	b = x(b, "media:title", m.Title)
	b = x(b, "media:description", m.Description)
	b = x(b, "media:credit", m.Credit)
	return append(b, "</media:content>\n"...)
}

func appendAtom(b []byte, f *Feed) []byte {
	b = append(b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"...)
	b = append(b, `<feed xmlns="`+nsAtom+`" xmlns:media="`+nsMedia+`"`...)
	b = attr(b, "xml:lang", f.Language)
	b = append(b, ">\n"...)
	b = x(b, "id", first(f.FeedURL, f.Link))
	b = atomTextElem(b, "title", f.Title, "text")
	b = atomTextElem(b, "subtitle", f.Description, "text")
	b = x(b, "updated", f.Updated)
	b = atomLink(b, "alternate", f.Link)
	b = atomLink(b, "self", f.FeedURL)
	for _, a := range f.Authors {
		b = atomAuthor(b, a)
	}
	for _, it := range f.Items {
		b = append(b, "<entry"...)
		b = attr(b, "xml:lang", it.Language)
		b = append(b, ">\n"...)
		b = x(b, "id", it.ID)
		b = atomTextElem(b, "title", it.Title, "text")
		b = atomLink(b, "alternate", it.Link)
		b = x(b, "published", it.Published)
		b = x(b, "updated", it.Updated)
		for _, a := range it.Authors {
			b = atomAuthor(b, a)
		}
		for _, c := range it.Categories {
			b = append(b, "<category"...)
			b = attr(b, "term", c.Term)
			b = attr(b, "scheme", c.Scheme)
			b = attr(b, "label", c.Label)
			b = append(b, "/>\n"...)
		}
		b = atomTextElem(b, "summary", it.Summary, it.SummaryType)
		b = atomTextElem(b, "content", it.Content, it.ContentType)
		b = atomTextElem(b, "rights", it.Rights, "text")
		if it.Source != "" {
			b = append(b, "<source>"...)
			b = atomTextElem(b, "title", it.Source, "text")
			b = append(b, "</source>\n"...)
		}
		for _, m := range it.Media {
			b = mediaXML(b, m)
		}
		b = append(b, "</entry>\n"...)
	}
	return append(b, "</feed>\n"...)
}

func atomTextElem(b []byte, name, text, typ string) []byte {
	if text == "" {
		return b
	}
	if typ == "xhtml" {
		typ = "html"
	}
	b = append(b, '<')
	b = append(b, name...)
	if typ != "text" && typ != "" {
		b = attr(b, "type", typ)
	}
	b = append(b, '>')
	b = esc(b, text)
	b = append(b, "</"...)
	b = append(b, name...)
	return append(b, ">\n"...)
}

func atomLink(b []byte, rel, href string) []byte {
	if href == "" {
		return b
	}
	b = append(b, "<link"...)
	b = attr(b, "rel", rel)
	b = attr(b, "href", href)
	return append(b, "/>\n"...)
}

func atomAuthor(b []byte, p Person) []byte {
	b = append(b, "<author>\n"...)
	b = x(b, "name", p.Name)
	b = x(b, "email", p.Email)
	b = x(b, "uri", p.URL)
	return append(b, "</author>\n"...)
}

// jw writes JSON members in a fixed order, escaped for HTML.
type jw struct {
	b     []byte
	first bool
}

func (w *jw) open()  { w.b = append(w.b, '{'); w.first = true }
func (w *jw) close() { w.b = append(w.b, '}'); w.first = false }

func (w *jw) key(k string) {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
	w.b = jsonlex.AppendString(w.b, k, true)
	w.b = append(w.b, ':')
}

func (w *jw) str(k, v string) {
	if v == "" {
		return
	}
	w.key(k)
	w.b = jsonlex.AppendString(w.b, v, true)
}

func (w *jw) num(k string, v int64) {
	if v == 0 {
		return
	}
	w.key(k)
	w.b = jsonlex.AppendInt(w.b, v)
}

func (w *jw) authors(ps []Person) {
	if len(ps) == 0 {
		return
	}
	w.key("authors")
	w.b = append(w.b, '[')
	for k, p := range ps {
		if k > 0 {
			w.b = append(w.b, ',')
		}
		w.open()
		w.str("name", p.Name)
		w.str("url", p.URL)
		w.close()
	}
	w.b = append(w.b, ']')
}

func appendJSONFeed(b []byte, f *Feed) []byte {
	w := jw{b: b}
	w.open()
	w.str("version", "https://jsonfeed.org/version/1.1")
	w.str("title", f.Title)
	w.str("home_page_url", f.Link)
	w.str("feed_url", f.FeedURL)
	w.str("description", f.Description)
	w.str("language", f.Language)
	w.authors(f.Authors)
	w.key("items")
	w.b = append(w.b, '[')
	for k, it := range f.Items {
		if k > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, '\n')
		w.open()
		w.str("id", it.ID)
		w.str("url", it.Link)
		w.str("external_url", it.ExternalURL)
		w.str("title", it.Title)
		if it.ContentType == "text" {
			w.str("content_text", it.Content)
		} else {
			w.str("content_html", it.Content)
		}
		w.str("summary", it.Summary)
		var image string
		var attach []Media
		for _, m := range it.Media {
			if image == "" && m.Medium == "image" && m.Type == "" && m.Title == "" && m.Length == 0 {
				image = m.URL
				continue
			}
			attach = append(attach, m)
		}
		w.str("image", image)
		w.str("date_published", it.Published)
		w.str("date_modified", it.Updated)
		w.authors(it.Authors)
		if len(it.Categories) > 0 {
			w.key("tags")
			w.b = append(w.b, '[')
			for k, c := range it.Categories {
				if k > 0 {
					w.b = append(w.b, ',')
				}
				w.b = jsonlex.AppendString(w.b, c.Term, true)
			}
			w.b = append(w.b, ']')
		}
		w.str("language", it.Language)
		if len(attach) > 0 {
			w.key("attachments")
			w.b = append(w.b, '[')
			for k, m := range attach {
				if k > 0 {
					w.b = append(w.b, ',')
				}
				w.open()
				w.str("url", m.URL)
				w.str("mime_type", m.Type)
				w.str("title", m.Title)
				w.num("size_in_bytes", m.Length)
				w.close()
			}
			w.b = append(w.b, ']')
		}
		w.close()
	}
	w.b = append(w.b, "]}\n"...)
	return w.b
}
