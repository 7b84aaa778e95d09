package hostile

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Piece is one part of a Spec: S repeated N times.
type Piece struct {
	S     string `json:"s"`
	N     int    `json:"n,omitempty"`     // repetitions; zero means 1
	Scale bool   `json:"scale,omitempty"` // repeated more to reach a size
	// Seq replaces each "{i}" in S with the repetition's index (0, 1, ...),
	// for distinct keys and names.
	Seq bool `json:"seq,omitempty"`
}

// Spec describes an input as a sequence of pieces.
type Spec []Piece

func (p Piece) count() int {
	if p.N <= 0 {
		return 1
	}
	return p.N
}

// Len returns the length of the input s builds.
func (s Spec) Len() int {
	n := 0
	for _, p := range s {
		n += len(p.S) * p.count()
		if p.Seq {
			n += 7 * p.count() // room for indexes
		}
	}
	return n
}

// Build returns the input s describes.
func (s Spec) Build() []byte {
	b := make([]byte, 0, s.Len())
	for _, p := range s {
		if !p.Seq || !strings.Contains(p.S, "{i}") {
			for range p.count() {
				b = append(b, p.S...)
			}
			continue
		}
		before, after, _ := strings.Cut(p.S, "{i}")
		for i := range p.count() {
			b = append(b, before...)
			b = strconv.AppendInt(b, int64(i), 10)
			b = append(b, strings.ReplaceAll(after, "{i}", strconv.Itoa(i))...)
		}
	}
	return b
}

// Sized returns the input s describes with the Scale pieces each repeated
// k times, k chosen so that the input is about size bytes (at least once).
// Pieces that are not marked Scale keep their count.
func (s Spec) Sized(size int) []byte {
	fixed, unit := 0, 0
	for _, p := range s {
		if p.Scale {
			unit += len(p.S)
		} else {
			fixed += len(p.S) * p.count()
		}
	}
	k := 1
	if unit > 0 && size > fixed {
		k = max(1, (size-fixed)/unit)
	}
	t := make(Spec, len(s))
	for i, p := range s {
		if p.Scale {
			p.N = k
		}
		t[i] = p
	}
	return t.Build()
}

// Unquote returns s with each string read as the contents of a Go
// double-quoted string literal ("\xff", "\u202e", "\\").
func (s Spec) Unquote() (Spec, error) {
	t := make(Spec, len(s))
	for i, p := range s {
		u, err := strconv.Unquote(`"` + escapeQuotes(p.S) + `"`)
		if err != nil {
			return nil, fmt.Errorf("hostile: piece %d: %q: %v", i, p.S, err)
		}
		p.S = u
		t[i] = p
	}
	return t, nil
}

// escapeQuotes escapes the double quotes and line breaks of s that are not
// escaped yet, so that s can be read as the contents of a Go string literal.
func escapeQuotes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteByte(c)
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Repeat is a shorthand for a Spec of prefix, unit repeated n times (a Scale
// piece) and suffix.
func Repeat(prefix, unit string, n int, suffix string) Spec {
	return Spec{{S: prefix}, {S: unit, N: n, Scale: true}, {S: suffix}}
}

// Nest is a shorthand for a Spec that opens n times, puts middle inside and
// closes n times; both open and close scale.
func Nest(open, middle, close string, n int) Spec {
	return Spec{{S: open, N: n, Scale: true}, {S: middle}, {S: close, N: n, Scale: true}}
}

// InvalidUTF8 returns the paths of the strings reachable from v (through
// pointers, structs, slices, arrays, maps and interfaces, unexported struct
// fields included) that are not valid UTF-8, and of []byte values that are
// not. Paths read like "Items[3].Title". At most limit paths are returned
// (all when limit is zero or less).
func InvalidUTF8(v any, limit int) []string {
	w := walker{limit: limit, seen: map[uintptr]bool{}}
	w.walk(reflect.ValueOf(v), "")
	return w.bad
}

type walker struct {
	bad   []string
	limit int
	seen  map[uintptr]bool
}

func (w *walker) full() bool { return w.limit > 0 && len(w.bad) >= w.limit }

func (w *walker) walk(v reflect.Value, path string) {
	if !v.IsValid() || w.full() {
		return
	}
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			w.bad = append(w.bad, orRoot(path))
		}
	case reflect.Pointer:
		if v.IsNil() || w.seen[v.Pointer()] {
			return
		}
		w.seen[v.Pointer()] = true
		w.walk(v.Elem(), path)
	case reflect.Interface:
		w.walk(v.Elem(), path)
	case reflect.Struct:
		t := v.Type()
		for i := range v.NumField() {
			w.walk(v.Field(i), path+"."+t.Field(i).Name)
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			if !utf8.Valid(v.Bytes()) {
				w.bad = append(w.bad, orRoot(path))
			}
			return
		}
		fallthrough
	case reflect.Array:
		for i := range v.Len() {
			w.walk(v.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			k := fmt.Sprint(it.Key())
			w.walk(it.Key(), path+"{key "+strconv.Quote(k)+"}")
			w.walk(it.Value(), path+"["+strconv.Quote(k)+"]")
		}
	}
}

func orRoot(path string) string {
	if path == "" {
		return "(value)"
	}
	return path
}
