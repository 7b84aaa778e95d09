package feed

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/newsmodel/news/internal/jsonlex"
)

// parseJSON maps a JSON Feed 1.0 or 1.1 document.
func (o Options) parseJSON(data []byte) (*Feed, error) {
	tree, err := jsonlex.Options{MaxDepth: o.maxDepth(), MaxBytes: o.maxBytes()}.Decode(data)
	if err != nil {
		var se *jsonlex.SyntaxError
		pe := &ParseError{Err: err}
		if errors.As(err, &se) {
			pe.Line, pe.Column = se.Line, se.Column
		}
		switch {
		case errors.Is(err, jsonlex.ErrDepth):
			pe.Err = fmt.Errorf("%w: %v", ErrDepth, err)
		case errors.Is(err, jsonlex.ErrTooLarge):
			pe.Err = fmt.Errorf("%w: %v", ErrTooLarge, err)
		default:
			pe.Err = fmt.Errorf("%w: %v", ErrSyntax, err)
		}
		return nil, pe
	}
	top, ok := tree.(*jsonlex.Object)
	if !ok {
		return nil, &ParseError{Err: ErrFormat}
	}
	d := jdec{}
	f := &Feed{Format: JSONFeed}
	version := d.str(top, "", "version")
	f.Version = "1.1"
	if version == "https://jsonfeed.org/version/1" {
		f.Version = "1.0"
	}
	f.Title = d.str(top, "", "title")
	f.Link = d.str(top, "", "home_page_url")
	f.FeedURL = d.str(top, "", "feed_url")
	f.Description = d.str(top, "", "description")
	f.Language = d.str(top, "", "language")
	f.Authors = d.authors(top, "")
	if v, ok := top.Get("items"); ok {
		items, ok := v.([]any)
		if !ok {
			d.wrong("/items", "array")
		}
		if len(items) > o.maxItems() {
			return nil, &ParseError{Path: "/items", Err: fmt.Errorf("%w (limit %d)", ErrTooMany, o.maxItems())}
		}
		for k, v := range items {
			p := "/items/" + strconv.Itoa(k)
			obj, ok := v.(*jsonlex.Object)
			if !ok {
				d.wrong(p, "object")
				continue
			}
			f.Items = append(f.Items, d.item(obj, p))
		}
	}
	if d.err != nil {
		return f, d.err
	}
	return f, nil
}

// jdec collects wrong-type errors while mapping, keeping what is right.
type jdec struct{ err error }

func (d *jdec) wrong(path, want string) {
	d.err = errors.Join(d.err, &ParseError{Path: path, Err: fmt.Errorf("%w: want %s", ErrType, want)})
}

// str returns the string member key of o; a number is taken as written
// (some feeds give numeric ids).
func (d *jdec) str(o *jsonlex.Object, path, key string) string {
	v, ok := o.Get(key)
	if !ok || v == nil {
		return ""
	}
	switch v := v.(type) {
	case string:
		return v
	case jsonlex.Number:
		return string(v)
	}
	d.wrong(path+"/"+key, "string")
	return ""
}

func (d *jdec) num(o *jsonlex.Object, path, key string) int64 {
	v, ok := o.Get(key)
	if !ok || v == nil {
		return 0
	}
	n, isNum := v.(jsonlex.Number)
	if !isNum {
		d.wrong(path+"/"+key, "number")
		return 0
	}
	if i, err := n.Int64(); err == nil {
		return i
	}
	if f, err := n.Float64(); err == nil {
		return int64(f)
	}
	return 0
}

func (d *jdec) authors(o *jsonlex.Object, path string) []Person {
	var out []Person
	if v, ok := o.Get("authors"); ok {
		list, ok := v.([]any)
		if !ok {
			d.wrong(path+"/authors", "array")
			return nil
		}
		for k, a := range list {
			p := path + "/authors/" + strconv.Itoa(k)
			obj, ok := a.(*jsonlex.Object)
			if !ok {
				d.wrong(p, "object")
				continue
			}
			out = append(out, Person{Name: d.str(obj, p, "name"), URL: d.str(obj, p, "url")})
		}
		return out
	}
	if v, ok := o.Get("author"); ok {
		obj, ok := v.(*jsonlex.Object)
		if !ok {
			d.wrong(path+"/author", "object")
			return nil
		}
		out = append(out, Person{Name: d.str(obj, path+"/author", "name"), URL: d.str(obj, path+"/author", "url")})
	}
	return out
}

func (d *jdec) item(o *jsonlex.Object, p string) Item {
	it := Item{
		ID:        d.str(o, p, "id"),
		Link:      d.str(o, p, "url"),
		Title:     d.str(o, p, "title"),
		Summary:   d.str(o, p, "summary"),
		Published: d.str(o, p, "date_published"),
		Updated:   d.str(o, p, "date_modified"),
		Language:  d.str(o, p, "language"),
		Authors:   d.authors(o, p),
	}
	if it.Summary != "" {
		it.SummaryType = "text"
	}
	// content_html and content_text are the same content in two forms;
	// the HTML form is kept when both are given.
	h, t := d.str(o, p, "content_html"), d.str(o, p, "content_text")
	if h != "" {
		it.Content, it.ContentType = h, "html"
	} else if t != "" {
		it.Content, it.ContentType = t, "text"
	}
	if img := d.str(o, p, "image"); img != "" {
		it.Media = append(it.Media, Media{URL: img, Medium: "image"})
	}
	if v, ok := o.Get("tags"); ok {
		tags, ok := v.([]any)
		if !ok {
			d.wrong(p+"/tags", "array")
		}
		for k, t := range tags {
			s, ok := t.(string)
			if !ok {
				d.wrong(p+"/tags/"+strconv.Itoa(k), "string")
				continue
			}
			it.Categories = append(it.Categories, Category{Term: s})
		}
	}
	if v, ok := o.Get("attachments"); ok {
		list, ok := v.([]any)
		if !ok {
			d.wrong(p+"/attachments", "array")
		}
		for k, a := range list {
			ap := p + "/attachments/" + strconv.Itoa(k)
			obj, ok := a.(*jsonlex.Object)
			if !ok {
				d.wrong(ap, "object")
				continue
			}
			it.Media = append(it.Media, Media{
				URL:    d.str(obj, ap, "url"),
				Type:   d.str(obj, ap, "mime_type"),
				Title:  d.str(obj, ap, "title"),
				Length: d.num(obj, ap, "size_in_bytes"),
			})
		}
	}
	it.ExternalURL = d.str(o, p, "external_url")
	return it
}
