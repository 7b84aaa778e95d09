// Package markdown writes documents as CommonMark with YAML front matter,
// for people who read articles in editors and static-site generators.
//
// # Escaping
//
// Text is escaped so that a CommonMark renderer gives back exactly the text
// of each block: the characters that start inline markup (\ ` * _ [ ] < >
// & ~ |) are backslash-escaped everywhere, and those that start a block (#,
// +, -, =, a number followed by . or )) where a line begins. Runs of white
// space that hold a line break are written as one space, and a block's
// leading and trailing white space is dropped, because CommonMark does the
// same when it renders. Invalid UTF-8 is replaced by U+FFFD.
//
// # Front matter
//
// The front matter is YAML between "---" lines. Every value is a
// double-quoted YAML string (or a block list of them), so that no value can
// be read as another type or break out of the block; a key that is not a
// plain identifier is quoted the same way.
package markdown

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is the kind of a block.
type Kind uint8

// Block kinds.
const (
	Paragraph Kind = iota
	Heading
	Quotation
	ListItem
)

// Block is one block of the body.
type Block struct {
	Kind Kind
	Text string
}

// Field is one front-matter entry: a single value, or a list when List is
// not nil. Fields with neither are not written.
type Field struct {
	Key   string
	Value string
	List  []string
}

// Document is a front matter and a body.
type Document struct {
	Front []Field
	Title string // written as a level-1 heading before the body when not empty
	Body  []Block
}

// Append appends the Markdown form of d to dst.
func Append(dst []byte, d Document) []byte {
	if len(d.Front) > 0 {
		dst = append(dst, "---\n"...)
		for _, f := range d.Front {
			dst = appendField(dst, f)
		}
		dst = append(dst, "---\n\n"...)
	}
	if title := fold(d.Title); title != "" {
		dst = append(dst, "# "...)
		dst = appendText(dst, title, true)
		dst = append(dst, "\n\n"...)
	}
	for i, b := range d.Body {
		text := fold(b.Text)
		if text == "" {
			continue
		}
		switch b.Kind {
		case Heading:
			dst = append(dst, "## "...)
			dst = appendText(dst, text, true)
		case Quotation:
			dst = append(dst, "> "...)
			dst = appendText(dst, text, false)
		case ListItem:
			dst = append(dst, "- "...)
			dst = appendText(dst, text, false)
		default:
			dst = appendText(dst, text, false)
		}
		dst = append(dst, '\n')
		// List items run together; other blocks are separated by a blank
		// line.
		if !(b.Kind == ListItem && i+1 < len(d.Body) && d.Body[i+1].Kind == ListItem) {
			dst = append(dst, '\n')
		}
	}
	return dst
}

func appendField(dst []byte, f Field) []byte {
	if f.List != nil {
		if len(f.List) == 0 {
			return dst
		}
		dst = appendKey(dst, f.Key)
		dst = append(dst, ":\n"...)
		for _, v := range f.List {
			dst = append(dst, "  - "...)
			dst = appendYAMLString(dst, v)
			dst = append(dst, '\n')
		}
		return dst
	}
	if f.Value == "" {
		return dst
	}
	dst = appendKey(dst, f.Key)
	dst = append(dst, ": "...)
	dst = appendYAMLString(dst, f.Value)
	return append(dst, '\n')
}

// appendKey appends a front-matter key: as written when it is a plain
// identifier (letters, digits, '_' and '-'), quoted otherwise, so that no
// key can end the entry or the block.
func appendKey(dst []byte, k string) []byte {
	plain := k != ""
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' && i > 0) {
			plain = false
			break
		}
	}
	if plain {
		return append(dst, k...)
	}
	return appendYAMLString(dst, k)
}

// appendYAMLString appends s as a double-quoted YAML scalar.
func appendYAMLString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"':
			dst = append(dst, `\"`...)
		case r == '\\':
			dst = append(dst, `\\`...)
		case r == '\n':
			dst = append(dst, `\n`...)
		case r == '\t':
			dst = append(dst, `\t`...)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff:
			dst = append(dst, `\u`...)
			dst = append(dst, strconv.FormatInt(int64(r)|0x10000, 16)[1:]...)
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return append(dst, '"')
}

// fold drops leading and trailing white space and turns each run of white
// space holding a line break into one space.
func fold(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n' {
			j := i
			brk := false
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n') {
				brk = brk || s[j] == '\r' || s[j] == '\n'
				j++
			}
			if brk {
				b.WriteByte(' ')
			} else {
				b.WriteString(s[i:j])
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// appendText appends one line of escaped inline text. In headings every #
// is escaped, since a closing run of # would be dropped.
func appendText(dst []byte, s string, heading bool) []byte {
	// Block markers at the start of the line.
	switch {
	case s == "":
		return dst
	case strings.IndexByte("#+-=", s[0]) >= 0:
		dst = append(dst, '\\', s[0])
		s = s[1:]
	default:
		n := 0
		for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
			dst = append(dst, s[:n]...)
			dst = append(dst, '\\', s[n])
			s = s[n+1:]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '|':
			dst = append(dst, '\\', c)
		case '#':
			if heading {
				dst = append(dst, '\\')
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	// Trailing spaces before a line end would make no difference, but a
	// paragraph ending in a backslash would; it is escaped above.
	return dst
}
