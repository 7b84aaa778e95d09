package feed

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// Namespaces of the elements read and written.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsMedia   = "http://search.yahoo.com/mrss/"
	nsRSS1    = "http://purl.org/rss/1.0/"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsXML     = "http://www.w3.org/XML/1998/namespace"
	nsXHTML   = "http://www.w3.org/1999/xhtml"
)

// prefixes maps each namespace to the prefix feeds use for it, so that an
// element whose prefix was never declared is still recognised.
var prefixes = map[string]string{nsAtom: "atom", nsDC: "dc", nsContent: "content", nsMedia: "media", nsRDF: "rdf", nsXML: "xml"}

// node is an element of a bounded XML tree: its name, attributes and
// content in document order.
type node struct {
	name      xml.Name
	attr      []xml.Attr
	content   []piece
	line, col int
}

// piece is character data or a child element.
type piece struct {
	text string
	n    *node
}

// is reports whether n is the element local in namespace ns. An empty ns
// matches elements without a namespace and those of RSS 1.0.
func (n *node) is(ns, local string) bool {
	if n.name.Local != local {
		return false
	}
	switch n.name.Space {
	case ns:
		return true
	case "", nsRSS1:
		return ns == ""
	}
	return ns != "" && n.name.Space == prefixes[ns]
}

// kids yields the child elements of n.
func (n *node) kids() []*node {
	var out []*node
	for _, p := range n.content {
		if p.n != nil {
			out = append(out, p.n)
		}
	}
	return out
}

// child returns the first child element ns:local, or nil.
func (n *node) child(ns, local string) *node {
	for _, p := range n.content {
		if p.n != nil && p.n.is(ns, local) {
			return p.n
		}
	}
	return nil
}

// text returns the character data directly inside n, trimmed.
func (n *node) text() string {
	if n == nil {
		return ""
	}
	if len(n.content) == 1 && n.content[0].n == nil {
		return strings.TrimSpace(n.content[0].text)
	}
	var b strings.Builder
	for _, p := range n.content {
		if p.n == nil {
			b.WriteString(p.text)
		}
	}
	return strings.TrimSpace(b.String())
}

// childText returns the text of the first child ns:local.
func (n *node) childText(ns, local string) string { return n.child(ns, local).text() }

// attrValue returns the value of the attribute local (in no namespace, or
// ns when given), or "".
func (n *node) attrValue(ns, local string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.attr {
		if a.Name.Local == local && (a.Name.Space == ns || ns != "" && a.Name.Space == prefixes[ns]) {
			return a.Value
		}
	}
	return ""
}

// inner serialises the content of n as markup, for Atom xhtml content.
func (n *node) inner() string {
	var b bytes.Buffer
	for _, p := range n.content {
		if p.n == nil {
			xml.EscapeText(&b, []byte(p.text))
			continue
		}
		c := p.n
		b.WriteByte('<')
		b.WriteString(c.name.Local)
		for _, a := range c.attr {
			if a.Name.Space != "" || a.Name.Local == "xmlns" {
				continue
			}
			b.WriteByte(' ')
			b.WriteString(a.Name.Local)
			b.WriteString(`="`)
			xml.EscapeText(&b, []byte(a.Value))
			b.WriteByte('"')
		}
		b.WriteByte('>')
		b.WriteString(c.inner())
		b.WriteString("</")
		b.WriteString(c.name.Local)
		b.WriteByte('>')
	}
	return strings.TrimSpace(b.String())
}

// readTree reads an XML document into a tree, bounding its depth and the
// number of elements.
func (o Options) readTree(ctx context.Context, data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	maxDepth := o.maxDepth()
	maxElems := o.maxItems() * 64
	var stack []*node
	var root *node
	elems := 0
	fail := func(err error) error {
		line, col := d.InputPos()
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			err = fmt.Errorf("%w: %s", ErrSyntax, se.Msg)
		} else if !errors.Is(err, ErrDepth) && !errors.Is(err, ErrTooMany) {
			err = fmt.Errorf("%w: %v", ErrSyntax, err)
		}
		return &ParseError{Line: line, Column: col, Path: path(stack), Err: err}
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			elems++
			if elems&1023 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			if len(stack) >= maxDepth {
				return nil, fail(fmt.Errorf("%w (limit %d)", ErrDepth, maxDepth))
			}
			if elems > maxElems {
				return nil, fail(fmt.Errorf("%w (limit %d elements)", ErrTooMany, maxElems))
			}
			line, col := d.InputPos()
			n := &node{name: t.Name, attr: t.Attr, line: line, col: col}
			if len(stack) == 0 {
				if root != nil {
					return nil, fail(errors.New("second root element"))
				}
				root = n
			} else {
				top := stack[len(stack)-1]
				top.content = append(top.content, piece{n: n})
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				if k := len(top.content); k > 0 && top.content[k-1].n == nil {
					top.content[k-1].text += string(t)
				} else {
					top.content = append(top.content, piece{text: string(t)})
				}
			}
		}
	}
	if root == nil {
		return nil, &ParseError{Err: fmt.Errorf("%w: no root element", ErrSyntax)}
	}
	return root, nil
}

func path(stack []*node) string {
	var b strings.Builder
	for _, n := range stack {
		b.WriteByte('/')
		b.WriteString(n.name.Local)
	}
	return b.String()
}

func (o Options) parseXML(ctx context.Context, data []byte) (*Feed, error) {
	root, err := o.readTree(ctx, data)
	if err != nil {
		return nil, err
	}
	var f *Feed
	switch {
	case root.is("", "rss"):
		f, err = o.rss(root)
	case root.is(nsRDF, "RDF"):
		f, err = o.rdf(root)
	case root.is(nsAtom, "feed") || root.name.Local == "feed" && root.name.Space == "":
		f, err = o.atom(root)
	default:
		return nil, &ParseError{Line: root.line, Column: root.col, Err: ErrFormat}
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (o Options) tooMany(n *node, count int) error {
	if count > o.maxItems() {
		return &ParseError{Line: n.line, Column: n.col, Path: n.name.Local, Err: fmt.Errorf("%w (limit %d)", ErrTooMany, o.maxItems())}
	}
	return nil
}
