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
	Code        string   `json:"code,omitempty"`
	Name        string   `json:"name,omitempty"`
	Aliases     []string `json:"aliases,omitempty"`
	Description string   `json:"description,omitempty"`
	Truncated   bool     `json:"truncated,omitempty"`
	URI         string   `json:"uri,omitempty"`
	Relevance   *float64 `json:"relevance,omitempty"`
	Confidence  *float64 `json:"confidence,omitempty"`
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
	return nil
}

// MarshalJSON implements [json.Marshaler]: an object with the members
// code, name, aliases, description, truncated, uri, relevance and
// confidence, in that order, omitting empty ones. It fails, wrapping
// ErrSyntax, for a tag with neither code nor name, an invalid code,
// invalid UTF-8, an empty alias or a score that is not finite.
func (t Tag) MarshalJSON() ([]byte, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	return json.Marshal(tagJSON(t))
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
	u := Tag(v)
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
