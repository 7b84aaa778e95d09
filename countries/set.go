package countries

import (
	"encoding/json"
	"iter"
	"math/bits"
	"strings"
)

// A Set is a set of countries: a 256-bit bitset, comparable with ==, with
// a zero value that is the empty set. Its methods that take a *Set change
// it; the others do not.
//
// Its text form is the alpha-2 codes in alpha-2 order, comma-separated
// without spaces ("IQ,US"; "" for the empty set); its JSON form is an
// array of those codes (["IQ","US"]; [] for the empty set). Both are read
// back strictly: upper-case alpha-2 codes only, no spaces, no empty items,
// no duplicates. [ParseList] reads the looser lists pages carry.
type Set struct {
	bits [4]uint64
}

// SetOf returns the set of the valid countries among cs.
func SetOf(cs ...Country) Set {
	var s Set
	for _, c := range cs {
		s.Add(c)
	}
	return s
}

// Add adds c to s; it does nothing for an invalid Country.
func (s *Set) Add(c Country) {
	if c.IsValid() {
		s.bits[c.idx>>6] |= 1 << (c.idx & 63)
	}
}

// Remove removes c from s.
func (s *Set) Remove(c Country) {
	if c.IsValid() {
		s.bits[c.idx>>6] &^= 1 << (c.idx & 63)
	}
}

// Contains reports whether c is in s.
func (s Set) Contains(c Country) bool {
	return c.IsValid() && s.bits[c.idx>>6]&(1<<(c.idx&63)) != 0
}

// Len returns the number of countries in s.
func (s Set) Len() int {
	return bits.OnesCount64(s.bits[0]) + bits.OnesCount64(s.bits[1]) +
		bits.OnesCount64(s.bits[2]) + bits.OnesCount64(s.bits[3])
}

// IsEmpty reports whether s has no country.
func (s Set) IsEmpty() bool { return s == Set{} }

// All returns the countries of s in alpha-2 order.
func (s Set) All() iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for w, word := range s.bits {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				word &= word - 1
				if !yield(Country{uint16(w<<6 | b)}) {
					return
				}
			}
		}
	}
}

// Union returns the countries in s or t.
func (s Set) Union(t Set) Set {
	for i := range s.bits {
		s.bits[i] |= t.bits[i]
	}
	return s
}

// Intersect returns the countries in both s and t.
func (s Set) Intersect(t Set) Set {
	for i := range s.bits {
		s.bits[i] &= t.bits[i]
	}
	return s
}

// Difference returns the countries in s and not in t.
func (s Set) Difference(t Set) Set {
	for i := range s.bits {
		s.bits[i] &^= t.bits[i]
	}
	return s
}

// String returns the text form of s.
func (s Set) String() string {
	b, _ := s.AppendText(nil)
	return string(b)
}

// AppendText appends the text form of s to b. It implements
// encoding.TextAppender and never fails.
func (s Set) AppendText(b []byte) ([]byte, error) {
	first := true
	for c := range s.All() {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, c.Alpha2()...)
	}
	return b, nil
}

// MarshalText implements encoding.TextMarshaler.
func (s Set) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler: it reads the text
// form strictly and replaces s. On error s is unchanged; the error wraps
// ErrSyntax (a malformed item, a lower-case code, an empty item, a
// duplicate) or ErrUnknown (an unassigned code).
func (s *Set) UnmarshalText(b []byte) error {
	var t Set
	if len(b) > 0 {
		for item := range strings.SplitSeq(string(b), ",") {
			if err := t.addStrict(item); err != nil {
				return err
			}
		}
	}
	*s = t
	return nil
}

func (s *Set) addStrict(item string) error {
	if len(item) != 2 || item[0] < 'A' || item[0] > 'Z' || item[1] < 'A' || item[1] > 'Z' {
		return codeError(item, ErrSyntax)
	}
	c, err := Parse(item)
	if err != nil {
		return err
	}
	if s.Contains(c) {
		return &CodeError{Code: item, Err: errDuplicate}
	}
	s.Add(c)
	return nil
}

// errDuplicate reports a code given twice in a Set's strict forms.
var errDuplicate = &wrapped{"countries: duplicate code", ErrSyntax}

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }

// MarshalJSON implements json.Marshaler: an array of alpha-2 codes.
func (s Set) MarshalJSON() ([]byte, error) {
	b := []byte{'['}
	first := true
	for c := range s.All() {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, c.Alpha2()...)
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// UnmarshalJSON implements json.Unmarshaler: it reads an array of
// upper-case alpha-2 codes strictly, as UnmarshalText reads the text form,
// and replaces s. JSON null leaves s unchanged, as encoding/json does for
// other types.
func (s *Set) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(b, &items); err != nil || items == nil {
		return &wrapped{"countries: set is not a JSON array", ErrSyntax}
	}
	var t Set
	for _, raw := range items {
		var code string
		if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &code) != nil {
			return &wrapped{"countries: set item is not a JSON string", ErrSyntax}
		}
		if err := t.addStrict(code); err != nil {
			return err
		}
	}
	*s = t
	return nil
}
