package tags

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"
)

// tagJSON is the JSON object form of a Tag.
type tagJSON struct {
	Code        string     `json:"code,omitempty"`
	Name        string     `json:"name,omitempty"`
	Aliases     []string   `json:"aliases,omitempty"`
	Description string     `json:"description,omitempty"`
	Truncated   bool       `json:"truncated,omitempty"`
	URI         string     `json:"uri,omitempty"`
	Relevance   *float64   `json:"relevance,omitempty"`
	Confidence  *float64   `json:"confidence,omitempty"`
	Style       *styleJSON `json:"style,omitempty"`
}

// styleJSON is the JSON object form of a Style.
type styleJSON struct {
	Bullet        string `json:"bullet,omitempty"`
	Separator     string `json:"separator,omitempty"`
	Marker        string `json:"marker,omitempty"`
	BracketCode   bool   `json:"bracketCode,omitempty"`
	AliasSlash    bool   `json:"aliasSlash,omitempty"`
	TrailingSlash bool   `json:"trailingSlash,omitempty"`
}

func (t Tag) toJSON() tagJSON {
	v := tagJSON{Code: t.Code, Name: t.Name, Aliases: t.Aliases, Description: t.Description,
		Truncated: t.Truncated, URI: t.URI, Relevance: t.Relevance, Confidence: t.Confidence}
	if !t.Style.IsZero() {
		st := styleJSON(t.Style)
		v.Style = &st
	}
	return v
}

func (v tagJSON) tag() Tag {
	t := Tag{Code: v.Code, Name: v.Name, Aliases: v.Aliases, Description: v.Description,
		Truncated: v.Truncated, URI: v.URI, Relevance: v.Relevance, Confidence: v.Confidence}
	if v.Style != nil {
		t.Style = Style(*v.Style)
	}
	return t
}

// check reports why t cannot be encoded or accepted, or nil.
func (t Tag) check() error {
	if t.Code == "" && t.Name == "" {
		return &ParseError{Msg: "tag without code or name", Err: ErrSyntax}
	}
	if t.Code != "" && !ValidCode(t.Code) {
		return &ParseError{Field: "code", Msg: fmt.Sprintf("invalid code %q", t.Code), Err: ErrSyntax}
	}
	for _, f := range [...]struct{ name, s string }{{"name", t.Name}, {"description", t.Description}, {"uri", t.URI}} {
		if !utf8.ValidString(f.s) {
			return &ParseError{Field: f.name, Msg: "invalid UTF-8", Err: ErrSyntax}
		}
	}
	for _, a := range t.Aliases {
		if !utf8.ValidString(a) {
			return &ParseError{Field: "aliases", Msg: "invalid UTF-8", Err: ErrSyntax}
		}
		if a == "" {
			return &ParseError{Field: "aliases", Msg: "empty alias", Err: ErrSyntax}
		}
	}
	for _, f := range [...]struct {
		name string
		v    *float64
	}{{"relevance", t.Relevance}, {"confidence", t.Confidence}} {
		if f.v != nil && (math.IsNaN(*f.v) || math.IsInf(*f.v, 0)) {
			return &ParseError{Field: f.name, Msg: "score is not a finite number", Err: ErrSyntax}
		}
	}
	return t.Style.check()
}

// check reports why s is not a Style that Parse could give, or nil: the
// bullet must be made of bullet characters, the separator one of the
// separator words and the marker one of the spellings of a truncation
// marker.
func (s Style) check() error {
	if s.Bullet != "" {
		if rest, ok := cutBullet(s.Bullet); !ok || rest != "" || !utf8.ValidString(s.Bullet) {
			return &ParseError{Field: "style", Msg: fmt.Sprintf("invalid bullet %q", s.Bullet), Err: ErrSyntax}
		}
	}
	if s.Separator != "" && !isSeparator(s.Separator) {
		return &ParseError{Field: "style", Msg: fmt.Sprintf("invalid separator %q", s.Separator), Err: ErrSyntax}
	}
	if s.Marker != "" && !validMarker(s.Marker) {
		return &ParseError{Field: "style", Msg: fmt.Sprintf("invalid truncation marker %q", s.Marker), Err: ErrSyntax}
	}
	return nil
}

// validMarker reports whether m is the spelling of a truncation marker
// (see [Style.Marker]).
func validMarker(m string) bool {
	if m == truncationMarker {
		return true
	}
	for _, a := range markerSpellings {
		for _, b := range a {
			for _, s := range b {
				if s == m {
					return true
				}
			}
		}
	}
	return false
}

// MarshalJSON implements [json.Marshaler]: an object with the members
// code, name, aliases, description, truncated, uri, relevance, confidence
// and style, in that order, omitting empty ones. Style is an object with
// the members bullet, separator, marker, bracketCode, aliasSlash and
// trailingSlash, again omitting empty ones. It fails, wrapping ErrSyntax,
// for a tag with neither code nor name, an invalid code, invalid UTF-8,
// an empty alias, a score that is not finite or a Style field that Parse
// could not give (a bullet, separator or marker of another spelling).
func (t Tag) MarshalJSON() ([]byte, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	return json.Marshal(t.toJSON())
}

// UnmarshalJSON implements [json.Unmarshaler], accepting what MarshalJSON
// writes; unknown members are ignored, and every member round-trips. It
// rejects, wrapping ErrSyntax, invalid UTF-8 (which encoding/json would
// otherwise replace silently) and the tags MarshalJSON rejects. An empty
// aliases array decodes as nil.
func (t *Tag) UnmarshalJSON(data []byte) error {
	if !utf8.Valid(data) {
		return &ParseError{Msg: "invalid UTF-8 in JSON", Err: ErrSyntax}
	}
	var v tagJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return &ParseError{Msg: err.Error(), Err: ErrSyntax}
	}
	if len(v.Aliases) == 0 {
		v.Aliases = nil
	}
	u := v.tag()
	if err := u.check(); err != nil {
		return err
	}
	*t = u
	return nil
}

// MarshalJSON implements [json.Marshaler]: an array of tag objects in set
// order; the empty set is [].
func (s Set) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('[')
	first := true
	for t := range s.All() {
		if !first {
			b.WriteByte(',')
		}
		first = false
		data, err := t.MarshalJSON()
		if err != nil {
			return nil, err
		}
		b.Write(data)
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads an array of tag
// objects (or null, the empty set), merging duplicates as [Set.Add] does.
func (s *Set) UnmarshalJSON(data []byte) error {
	if !utf8.Valid(data) {
		return &ParseError{Msg: "invalid UTF-8 in JSON", Err: ErrSyntax}
	}
	var ts []Tag
	if err := json.Unmarshal(data, &ts); err != nil {
		if pe := (*ParseError)(nil); errors.As(err, &pe) {
			return err
		}
		return &ParseError{Msg: err.Error(), Err: ErrSyntax}
	}
	*s = SetOf(ts...)
	return nil
}
