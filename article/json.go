package article

import (
	"bytes"
	"encoding/binary"
	"math"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/internal/jsonlex"
	"github.com/newsmodel/news/tags"
)

// MarshalJSON writes the canonical JSON form described in the package
// documentation: members in a fixed order, empty fields omitted, unknown
// members of [Article.Extra] last in their order.
func (a Article) MarshalJSON() ([]byte, error) { return a.appendJSON(nil) }

// UnmarshalJSON reads the canonical JSON form. Duplicate members are an
// error wrapping [ErrDuplicate]; unknown top-level members are kept in
// Extra; unknown members of nested objects are an error wrapping
// [ErrSyntax]. Invalid UTF-8 inside strings is an error.
func (a *Article) UnmarshalJSON(data []byte) error {
	var v Article
	if err := newDecoder(data, decodeOptions{}).article(&v); err != nil {
		return err
	}
	*a = v
	return nil
}

// AppendJSON appends the canonical JSON form of a to dst.
func (a *Article) AppendJSON(dst []byte) ([]byte, error) { return a.appendJSON(dst) }

func appendKey(dst []byte, first *bool, key string) []byte {
	if *first {
		*first = false
	} else {
		dst = append(dst, ',')
	}
	dst = append(dst, '"')
	dst = append(dst, key...)
	return append(dst, '"', ':')
}

// appendStr appends s as a JSON string. Text that needs no escaping (no
// control characters, quotes or backslashes, valid UTF-8) is copied as it
// is after a word-at-a-time check; anything else goes through
// jsonlex.AppendString, which escapes and repairs.
func appendStr(dst []byte, s string) []byte {
	if !plainJSON(s) {
		return jsonlex.AppendString(dst, s, false)
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// plainJSON reports whether s can be written between quotes unchanged.
func plainJSON(s string) bool {
	i := 0
	ascii := true
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)), 8))
		q := x ^ (0x22 * lo8)
		b := x ^ (0x5C * lo8)
		if ((x-0x20*lo8)&^x|(q-lo8)&^q|(b-lo8)&^b)&hi8 != 0 {
			return false
		}
		if x&hi8 != 0 {
			ascii = false
		}
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == '"' || c == '\\':
			return false
		case c >= 0x80:
			ascii = false
		}
	}
	return ascii || utf8.ValidString(s)
}

func appendStrMember(dst []byte, first *bool, key, v string) []byte {
	if v == "" {
		return dst
	}
	return appendStr(appendKey(dst, first, key), v)
}

func appendIntMember(dst []byte, first *bool, key string, v int) []byte {
	if v == 0 {
		return dst
	}
	return strconv.AppendInt(appendKey(dst, first, key), int64(v), 10)
}

func appendTimeJSON(dst []byte, t Time) []byte {
	switch {
	case t.IsResolved():
		dst = append(dst, '"')
		dst = t.value().AppendISO(dst)
		return append(dst, '"')
	case t.text != "":
		dst = append(dst, `{"text":`...)
		dst = appendStr(dst, t.text)
		return append(dst, '}')
	}
	return append(dst, "null"...)
}

func appendTimeMember(dst []byte, first *bool, key string, t Time) []byte {
	if t.IsZero() {
		return dst
	}
	return appendTimeJSON(appendKey(dst, first, key), t)
}

// memberOrder is the order of the canonical JSON form's members.
var memberOrder = []string{"id", "url", "headline", "subheadline", "summary", "language", "published",
	"modified", "authors", "section", "dateline", "tags", "countries", "sources", "image", "status",
	"urgency", "embargo", "copyrightHolder", "copyrightNotice", "usageTerms", "revision", "body", "quotes"}

var knownMembers = func() map[string]bool {
	m := make(map[string]bool, len(memberOrder))
	for _, k := range memberOrder {
		m[k] = true
	}
	return m
}()

// sizeHint estimates the length of the JSON form, to allocate once.
func (a *Article) sizeHint() int {
	n := 256 + len(a.ID) + len(a.URL) + len(a.Headline) + len(a.Subheadline) + len(a.Summary) +
		len(a.CopyrightNotice) + len(a.UsageTerms) + len(a.Dateline.Text)
	for _, b := range a.Body {
		n += len(b.Text) + 24
	}
	for _, p := range a.Authors {
		n += len(p.Name) + len(p.URL) + len(p.Affiliation) + 48
	}
	for _, s := range a.Sources {
		n += len(s.Name) + len(s.URL) + 64
	}
	for _, q := range a.Quotes {
		n += len(q.Text) + len(q.Speaker) + 96
	}
	for _, x := range a.Extra {
		n += len(x.Name) + len(x.Value) + 4
	}
	return n + 128*a.Tags.Len() + 8*len(a.Section) + 6*a.Countries.Len()
}

func (a *Article) appendJSON(dst []byte) ([]byte, error) {
	if dst == nil {
		dst = make([]byte, 0, a.sizeHint()+a.sizeHint()/8)
	}
	dst = append(dst, '{')
	first := true
	dst = appendStrMember(dst, &first, "id", a.ID)
	dst = appendStrMember(dst, &first, "url", a.URL)
	dst = appendStrMember(dst, &first, "headline", a.Headline)
	dst = appendStrMember(dst, &first, "subheadline", a.Subheadline)
	dst = appendStrMember(dst, &first, "summary", a.Summary)
	if a.Language != language.Und {
		dst = appendStr(appendKey(dst, &first, "language"), a.Language.String())
	}
	dst = appendTimeMember(dst, &first, "published", a.Published)
	dst = appendTimeMember(dst, &first, "modified", a.Modified)
	if len(a.Authors) > 0 {
		dst = append(appendKey(dst, &first, "authors"), '[')
		for i, p := range a.Authors {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '{')
			f := true
			dst = appendStrMember(dst, &f, "name", p.Name)
			dst = appendStrMember(dst, &f, "role", string(p.Role))
			dst = appendStrMember(dst, &f, "url", p.URL)
			dst = appendStrMember(dst, &f, "affiliation", p.Affiliation)
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	if len(a.Section) > 0 {
		dst = append(appendKey(dst, &first, "section"), '[')
		for i, s := range a.Section {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendStr(dst, s)
		}
		dst = append(dst, ']')
	}
	if d := a.Dateline; !d.IsZero() {
		dst = append(appendKey(dst, &first, "dateline"), '{')
		f := true
		dst = appendStrMember(dst, &f, "place", d.Place)
		if d.Country.IsValid() {
			dst = appendStrMember(dst, &f, "country", d.Country.Alpha2())
		}
		dst = appendTimeMember(dst, &f, "date", d.Date)
		dst = appendStrMember(dst, &f, "agency", d.Agency)
		dst = appendStrMember(dst, &f, "text", d.Text)
		dst = append(dst, '}')
	}
	if a.Tags.Len() > 0 {
		dst = append(appendKey(dst, &first, "tags"), '[')
		i := 0
		var err error
		for t := range a.Tags.All() {
			if i > 0 {
				dst = append(dst, ',')
			}
			if dst, err = appendTag(dst, t); err != nil {
				return nil, &FieldError{Path: "/tags/" + itoa(i), Err: err}
			}
			i++
		}
		dst = append(dst, ']')
	}
	if a.Countries.Len() > 0 {
		dst = append(appendKey(dst, &first, "countries"), '[')
		i := 0
		for c := range a.Countries.All() {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendStr(dst, c.Alpha2())
			i++
		}
		dst = append(dst, ']')
	}
	if len(a.Sources) > 0 {
		dst = append(appendKey(dst, &first, "sources"), '[')
		for i, s := range a.Sources {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '{')
			f := true
			dst = appendStrMember(dst, &f, "name", s.Name)
			dst = appendStrMember(dst, &f, "acronym", s.Acronym)
			dst = appendStrMember(dst, &f, "url", s.URL)
			if s.Country.IsValid() {
				dst = appendStrMember(dst, &f, "country", s.Country.Alpha2())
			}
			dst = appendStrMember(dst, &f, "role", string(s.Role))
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	if im := a.Image; !im.IsZero() {
		dst = append(appendKey(dst, &first, "image"), '{')
		f := true
		dst = appendStrMember(dst, &f, "url", im.URL)
		dst = appendStrMember(dst, &f, "caption", im.Caption)
		dst = appendStrMember(dst, &f, "credit", im.Credit)
		dst = appendStrMember(dst, &f, "altText", im.AltText)
		dst = appendIntMember(dst, &f, "width", im.Width)
		dst = appendIntMember(dst, &f, "height", im.Height)
		dst = append(dst, '}')
	}
	dst = appendStrMember(dst, &first, "status", string(a.Status))
	dst = appendIntMember(dst, &first, "urgency", a.Urgency)
	dst = appendTimeMember(dst, &first, "embargo", a.Embargo)
	dst = appendStrMember(dst, &first, "copyrightHolder", a.CopyrightHolder)
	dst = appendStrMember(dst, &first, "copyrightNotice", a.CopyrightNotice)
	dst = appendStrMember(dst, &first, "usageTerms", a.UsageTerms)
	dst = appendIntMember(dst, &first, "revision", a.Revision)
	if len(a.Body) > 0 {
		dst = append(appendKey(dst, &first, "body"), '[')
		for i, b := range a.Body {
			if i > 0 {
				dst = append(dst, ',')
			}
			if b.Kind != Paragraph {
				dst = append(dst, `{"kind":`...)
				dst = appendStr(dst, b.Kind.String())
				dst = append(dst, `,"text":`...)
			} else {
				dst = append(dst, `{"text":`...)
			}
			dst = appendStr(dst, b.Text)
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	if len(a.Quotes) > 0 {
		dst = append(appendKey(dst, &first, "quotes"), '[')
		for i, q := range a.Quotes {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '{')
			f := true
			dst = appendStr(appendKey(dst, &f, "text"), q.Text)
			dst = appendStrMember(dst, &f, "speaker", q.Speaker)
			dst = appendStrMember(dst, &f, "speakerResolved", q.SpeakerResolved)
			dst = appendStrMember(dst, &f, "verb", q.Verb)
			dst = strconv.AppendInt(appendKey(dst, &f, "paragraph"), int64(q.Paragraph), 10)
			dst = strconv.AppendInt(appendKey(dst, &f, "start"), int64(q.Start), 10)
			dst = strconv.AppendInt(appendKey(dst, &f, "endParagraph"), int64(q.EndParagraph), 10)
			dst = strconv.AppendInt(appendKey(dst, &f, "end"), int64(q.End), 10)
			if q.Partial {
				dst = append(appendKey(dst, &f, "partial"), "true"...)
			}
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	for i, x := range a.Extra {
		if knownMembers[x.Name] {
			return nil, &FieldError{Path: "/" + escapePointer(x.Name), Err: ErrDuplicate}
		}
		for _, y := range a.Extra[:i] {
			if y.Name == x.Name {
				return nil, &FieldError{Path: "/" + escapePointer(x.Name), Err: ErrDuplicate}
			}
		}
		if err := jsonlex.Valid(x.Value, jsonlex.Options{}); err != nil {
			return nil, &FieldError{Path: "/" + escapePointer(x.Name), Err: wrapErr(ErrSyntax, err)}
		}
		if first {
			first = false
		} else {
			dst = append(dst, ',')
		}
		dst = appendStr(dst, x.Name)
		dst = append(dst, ':')
		dst = append(dst, x.Value...)
	}
	return append(dst, '}'), nil
}

func appendTag(dst []byte, t tags.Tag) ([]byte, error) {
	dst = append(dst, '{')
	f := true
	dst = appendStrMember(dst, &f, "code", t.Code)
	dst = appendStrMember(dst, &f, "name", t.Name)
	if len(t.Aliases) > 0 {
		dst = append(appendKey(dst, &f, "aliases"), '[')
		for i, s := range t.Aliases {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendStr(dst, s)
		}
		dst = append(dst, ']')
	}
	dst = appendStrMember(dst, &f, "description", t.Description)
	if t.Truncated {
		dst = append(appendKey(dst, &f, "truncated"), "true"...)
	}
	dst = appendStrMember(dst, &f, "uri", t.URI)
	for _, m := range []struct {
		key string
		v   *float64
	}{{"relevance", t.Relevance}, {"confidence", t.Confidence}} {
		if m.v == nil {
			continue
		}
		if math.IsNaN(*m.v) || math.IsInf(*m.v, 0) {
			return nil, ErrRange
		}
		dst = strconv.AppendFloat(appendKey(dst, &f, m.key), *m.v, 'g', -1, 64)
	}
	if st := t.Style; !st.IsZero() {
		dst = append(appendKey(dst, &f, "style"), '{')
		g := true
		dst = appendStrMember(dst, &g, "bullet", st.Bullet)
		dst = appendStrMember(dst, &g, "separator", st.Separator)
		dst = appendStrMember(dst, &g, "marker", st.Marker)
		for _, m := range []struct {
			key string
			v   bool
		}{{"bracketCode", st.BracketCode}, {"aliasSlash", st.AliasSlash}, {"trailingSlash", st.TrailingSlash}} {
			if m.v {
				dst = append(appendKey(dst, &g, m.key), "true"...)
			}
		}
		dst = append(dst, '}')
	}
	return append(dst, '}'), nil
}

// escapePointer escapes a member name for a JSON Pointer (RFC 6901).
func escapePointer(s string) string {
	if !bytes.ContainsAny([]byte(s), "~/") {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '~':
			b = append(b, '~', '0')
		case '/':
			b = append(b, '~', '1')
		default:
			b = append(b, s[i])
		}
	}
	return string(b)
}
