package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/jsonlex"
	"github.com/newsmodel/news/internal/textnorm"
	"github.com/newsmodel/news/tags"
)

type decodeOptions struct {
	replaceInvalid bool
	maxBytes       int64
}

// A decoder reads the canonical JSON form with a jsonlex.Reader. It keeps
// the JSON Pointer of the value being read as a stack of segments, turned
// into a string only for an error.
type decoder struct {
	data []byte
	r    *jsonlex.Reader
	kind jsonlex.Kind
	path []seg
	// repair replaces invalid UTF-8 with U+FFFD (lenient parse) instead
	// of failing.
	repair bool
}

type seg struct {
	key string
	idx int // used when key is ""
}

func newDecoder(data []byte, o decodeOptions) *decoder {
	r := jsonlex.Options{MaxBytes: o.maxBytes, ReplaceInvalid: o.replaceInvalid}.NewReader(data)
	return &decoder{data: data, r: r, path: make([]seg, 0, 8), repair: o.replaceInvalid}
}

func (d *decoder) push(key string) { d.path = append(d.path, seg{key: key}) }
func (d *decoder) pushIdx(i int)   { d.path = append(d.path, seg{idx: i}) }
func (d *decoder) pop()            { d.path = d.path[:len(d.path)-1] }

func (d *decoder) pointer() string {
	var b strings.Builder
	for _, s := range d.path {
		b.WriteByte('/')
		if s.key != "" {
			b.WriteString(escapePointer(s.key))
		} else {
			b.WriteString(itoa(s.idx))
		}
	}
	return b.String()
}

func (d *decoder) next() error {
	k, err := d.r.Next()
	d.kind = k
	if err != nil {
		return d.wrap(err)
	}
	return nil
}

// wrap turns a jsonlex error into a positioned ParseError.
func (d *decoder) wrap(err error) error {
	var se *jsonlex.SyntaxError
	if errors.As(err, &se) {
		sentinel := ErrSyntax
		switch {
		case errors.Is(err, jsonlex.ErrDuplicateKey):
			sentinel = ErrDuplicate
		case errors.Is(err, jsonlex.ErrTooLarge):
			sentinel = ErrTooLarge
		}
		werr := wrapErr(sentinel, err)
		if sentinel == ErrSyntax && se.Offset >= 0 && se.Offset < int64(len(d.data)) {
			// jsonlex reports invalid UTF-8 as a syntax error at the bad
			// byte; the package promises ErrInvalidUTF8 for it too.
			if r, size := utf8.DecodeRune(d.data[se.Offset:]); r == utf8.RuneError && size <= 1 {
				werr = wrapErr(ErrInvalidUTF8, werr)
			}
		}
		return &ParseError{Line: se.Line, Column: se.Column, Field: d.pointer(), Err: werr}
	}
	return d.errAt(err)
}

// errAt positions err at the current token.
func (d *decoder) errAt(err error) error {
	line, col := d.r.Position(d.r.Offset())
	return &ParseError{Line: line, Column: col, Field: d.pointer(), Err: err}
}

type typeError struct{ want string }

func (e *typeError) Error() string { return "article: want " + e.want }
func (e *typeError) Unwrap() error { return ErrSyntax }

func (d *decoder) want(what string) error { return d.errAt(&typeError{what}) }

type unknownMemberError struct{ name string }

func (e *unknownMemberError) Error() string { return "article: unknown member " + quote(e.name) }
func (e *unknownMemberError) Unwrap() error { return ErrSyntax }

// unknown reports the member key, already on the path, as unknown.
func (d *decoder) unknown(key string) error {
	return d.errAt(&unknownMemberError{key})
}

func (d *decoder) finish() error {
	if err := d.r.Finish(); err != nil {
		return d.wrap(err)
	}
	return nil
}

// str reads the current token as a string (null gives "").
func (d *decoder) str() (string, error) {
	switch d.kind {
	case jsonlex.KindString:
		return d.r.String(), nil
	case jsonlex.KindNull:
		return "", nil
	}
	return "", d.want("string")
}

func (d *decoder) int() (int, error) {
	switch d.kind {
	case jsonlex.KindNumber:
		n, err := d.r.Int64()
		if err != nil || n > math.MaxInt32 || n < math.MinInt32 {
			return 0, d.errAt(ErrRange)
		}
		return int(n), nil
	case jsonlex.KindNull:
		return 0, nil
	}
	return 0, d.want("integer")
}

func (d *decoder) boolean() (bool, error) {
	switch d.kind {
	case jsonlex.KindTrue:
		return true, nil
	case jsonlex.KindFalse, jsonlex.KindNull:
		return false, nil
	}
	return false, d.want("boolean")
}

func (d *decoder) float() (*float64, error) {
	switch d.kind {
	case jsonlex.KindNumber:
		f, err := d.r.Float64()
		if err != nil {
			return nil, d.errAt(ErrRange)
		}
		return &f, nil
	case jsonlex.KindNull:
		return nil, nil
	}
	return nil, d.want("number")
}

func (d *decoder) country() (countries.Country, error) {
	s, err := d.str()
	if err != nil || s == "" {
		return countries.Country{}, err
	}
	c, cerr := countries.Parse(s)
	if cerr != nil {
		return c, d.errAt(wrapErr(ErrInvalidCountry, cerr))
	}
	return c, nil
}

func (d *decoder) time() (Time, error) {
	switch d.kind {
	case jsonlex.KindNull:
		return Time{}, nil
	case jsonlex.KindString:
		t, err := ParseTime(string(d.r.Bytes()))
		if err != nil {
			return Time{}, d.errAt(err)
		}
		return t, nil
	case jsonlex.KindObjectBegin:
		var t Time
		err := d.object(func(key string) error {
			if key != "text" {
				return d.unknown(key)
			}
			s, err := d.str()
			t = Unresolved(s)
			return err
		})
		return t, err
	}
	return Time{}, d.want("time string or object")
}

// object reads an object whose begin token is current, calling member
// with the current token set to each member's value and the member's name
// on the path.
func (d *decoder) object(member func(key string) error) error {
	if d.kind == jsonlex.KindNull {
		return nil
	}
	if d.kind != jsonlex.KindObjectBegin {
		return d.want("object")
	}
	for {
		if err := d.next(); err != nil {
			return err
		}
		if d.kind == jsonlex.KindObjectEnd {
			return nil
		}
		key := internKey(d.r.Bytes())
		if err := d.next(); err != nil {
			return err
		}
		d.push(key)
		err := member(key)
		d.pop()
		if err != nil {
			return err
		}
	}
}

// memberNames are the names of nested members, returned without
// allocating.
var memberNames = []string{"name", "role", "url", "affiliation", "place", "country", "date", "agency", "text",
	"code", "aliases", "description", "truncated", "uri", "relevance", "confidence", "acronym", "caption",
	"credit", "altText", "width", "height", "kind", "speaker", "speakerResolved", "verb", "paragraph", "start",
	"endParagraph", "end", "partial"}

func internKey(b []byte) string {
	for _, n := range memberNames {
		if string(b) == n {
			return n
		}
	}
	return string(b)
}

// array reads an array whose begin token is current, calling elem with
// the current token set to each element and its index on the path.
func (d *decoder) array(elem func(i int) error) error {
	if d.kind == jsonlex.KindNull {
		return nil
	}
	if d.kind != jsonlex.KindArrayBegin {
		return d.want("array")
	}
	for i := 0; ; i++ {
		if err := d.next(); err != nil {
			return err
		}
		if d.kind == jsonlex.KindArrayEnd {
			return nil
		}
		d.pushIdx(i)
		err := elem(i)
		d.pop()
		if err != nil {
			return err
		}
	}
}

func (d *decoder) article(a *Article) error {
	if err := d.next(); err != nil {
		return err
	}
	if d.kind != jsonlex.KindObjectBegin {
		return d.want("object")
	}
	for {
		if err := d.next(); err != nil {
			return err
		}
		if d.kind == jsonlex.KindObjectEnd {
			break
		}
		kb := d.r.Bytes()
		if !knownMembers[string(kb)] {
			name := string(kb)
			d.push(name)
			raw, err := d.r.RawValue()
			if err != nil {
				return d.wrap(err)
			}
			var buf bytes.Buffer
			if err := json.Compact(&buf, raw); err != nil {
				return d.errAt(wrapErr(ErrSyntax, err))
			}
			value := buf.Bytes()
			if !utf8.Valid(value) {
				if !d.repair {
					line, col := d.r.Position(d.r.Offset())
					d.pop()
					return &ParseError{Line: line, Column: col, Field: "/" + escapePointer(name), Err: ErrInvalidUTF8}
				}
				// Lenient: each invalid byte becomes U+FFFD, as in the
				// other fields, so that Marshal writes the member back;
				// Parse reports where the input was invalid.
				s, _ := textnorm.Repair(value)
				value = []byte(s)
			}
			if !utf8.ValidString(name) {
				name, _ = textnorm.Repair([]byte(name))
			}
			d.pop()
			a.Extra = append(a.Extra, Field{Name: name, Value: value})
			continue
		}
		key := topKey(kb)
		if err := d.next(); err != nil {
			return err
		}
		d.push(key)
		if err := d.member(a, key); err != nil {
			return err
		}
		d.pop()
	}
	return d.finish()
}

func topKey(b []byte) string {
	for _, k := range memberOrder {
		if string(b) == k {
			return k
		}
	}
	return string(b)
}

func (d *decoder) member(a *Article, key string) error {
	var err error
	switch key {
	case "id":
		a.ID, err = d.str()
	case "url":
		a.URL, err = d.str()
	case "headline":
		a.Headline, err = d.str()
	case "subheadline":
		a.Subheadline, err = d.str()
	case "summary":
		a.Summary, err = d.str()
	case "language":
		var s string
		if s, err = d.str(); err == nil && s != "" {
			t, perr := language.Parse(s)
			if perr != nil {
				return d.errAt(wrapErr(ErrInvalidLanguage, perr))
			}
			a.Language = t
		}
	case "published":
		a.Published, err = d.time()
	case "modified":
		a.Modified, err = d.time()
	case "embargo":
		a.Embargo, err = d.time()
	case "authors":
		err = d.array(func(int) error {
			var p Person
			err := d.object(func(k string) error {
				var err error
				switch k {
				case "name":
					p.Name, err = d.str()
				case "role":
					var s string
					s, err = d.str()
					p.Role = Role(s)
				case "url":
					p.URL, err = d.str()
				case "affiliation":
					p.Affiliation, err = d.str()
				default:
					return d.unknown(k)
				}
				return err
			})
			a.Authors = append(a.Authors, p)
			return err
		})
	case "section":
		err = d.array(func(int) error {
			s, err := d.str()
			a.Section = append(a.Section, s)
			return err
		})
	case "dateline":
		dl := &a.Dateline
		err = d.object(func(k string) error {
			var err error
			switch k {
			case "place":
				dl.Place, err = d.str()
			case "country":
				dl.Country, err = d.country()
			case "date":
				dl.Date, err = d.time()
			case "agency":
				dl.Agency, err = d.str()
			case "text":
				dl.Text, err = d.str()
			default:
				return d.unknown(k)
			}
			return err
		})
	case "tags":
		err = d.array(func(int) error {
			t, err := d.tag()
			if err == nil {
				a.Tags.Add(t)
			}
			return err
		})
	case "countries":
		err = d.array(func(int) error {
			c, err := d.country()
			if err == nil && !c.IsValid() {
				err = d.errAt(ErrInvalidCountry)
			}
			a.Countries.Add(c)
			return err
		})
	case "sources":
		err = d.array(func(int) error {
			var s Source
			err := d.object(func(k string) error {
				var err error
				switch k {
				case "name":
					s.Name, err = d.str()
				case "acronym":
					s.Acronym, err = d.str()
				case "url":
					s.URL, err = d.str()
				case "country":
					s.Country, err = d.country()
				case "role":
					var r string
					r, err = d.str()
					s.Role = SourceRole(r)
				default:
					return d.unknown(k)
				}
				return err
			})
			a.Sources = append(a.Sources, s)
			return err
		})
	case "image":
		im := &a.Image
		err = d.object(func(k string) error {
			var err error
			switch k {
			case "url":
				im.URL, err = d.str()
			case "caption":
				im.Caption, err = d.str()
			case "credit":
				im.Credit, err = d.str()
			case "altText":
				im.AltText, err = d.str()
			case "width":
				im.Width, err = d.int()
			case "height":
				im.Height, err = d.int()
			default:
				return d.unknown(k)
			}
			return err
		})
	case "status":
		var s string
		s, err = d.str()
		a.Status = Status(s)
	case "urgency":
		a.Urgency, err = d.int()
	case "copyrightHolder":
		a.CopyrightHolder, err = d.str()
	case "copyrightNotice":
		a.CopyrightNotice, err = d.str()
	case "usageTerms":
		a.UsageTerms, err = d.str()
	case "revision":
		a.Revision, err = d.int()
	case "body":
		if d.kind == jsonlex.KindArrayBegin && a.Body == nil {
			a.Body = make([]Block, 0, 16)
		}
		err = d.array(func(int) error {
			var b Block
			err := d.object(func(k string) error {
				switch k {
				case "text":
					var err error
					b.Text, err = d.str()
					return err
				case "kind":
					s, err := d.str()
					if err != nil {
						return err
					}
					kind, ok := parseBlockKind(s)
					if !ok && s != "" {
						return d.errAt(&typeError{"block kind"})
					}
					b.Kind = kind
					return nil
				}
				return d.unknown(k)
			})
			a.Body = append(a.Body, b)
			return err
		})
	case "quotes":
		err = d.array(func(int) error {
			var q Quote
			err := d.object(func(k string) error {
				var err error
				switch k {
				case "text":
					q.Text, err = d.str()
				case "speaker":
					q.Speaker, err = d.str()
				case "speakerResolved":
					q.SpeakerResolved, err = d.str()
				case "verb":
					q.Verb, err = d.str()
				case "paragraph":
					q.Paragraph, err = d.int()
				case "start":
					q.Start, err = d.int()
				case "endParagraph":
					q.EndParagraph, err = d.int()
				case "end":
					q.End, err = d.int()
				case "partial":
					q.Partial, err = d.boolean()
				default:
					return d.unknown(k)
				}
				return err
			})
			a.Quotes = append(a.Quotes, q)
			return err
		})
	}
	return err
}

func (d *decoder) tag() (tags.Tag, error) {
	var t tags.Tag
	err := d.object(func(k string) error {
		var err error
		switch k {
		case "code":
			t.Code, err = d.str()
		case "name":
			t.Name, err = d.str()
		case "aliases":
			err = d.array(func(int) error {
				s, err := d.str()
				t.Aliases = append(t.Aliases, s)
				return err
			})
		case "description":
			t.Description, err = d.str()
		case "truncated":
			t.Truncated, err = d.boolean()
		case "uri":
			t.URI, err = d.str()
		case "relevance":
			t.Relevance, err = d.float()
		case "confidence":
			t.Confidence, err = d.float()
		case "style":
			st := &t.Style
			err = d.object(func(k string) error {
				var err error
				switch k {
				case "bullet":
					st.Bullet, err = d.str()
				case "separator":
					st.Separator, err = d.str()
				case "marker":
					st.Marker, err = d.str()
				case "bracketCode":
					st.BracketCode, err = d.boolean()
				case "aliasSlash":
					st.AliasSlash, err = d.boolean()
				case "trailingSlash":
					st.TrailingSlash, err = d.boolean()
				default:
					return d.unknown(k)
				}
				return err
			})
		default:
			return d.unknown(k)
		}
		return err
	})
	return t, err
}
