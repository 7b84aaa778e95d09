package dates

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func checkError(t *testing.T, call, in string, err error) {
	t.Helper()
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("%s(%q) error %T %v, want *ParseError", call, in, err, err)
	}
	if pe.Column < 0 || pe.Column > len(in)+1 {
		t.Fatalf("%s(%q) error column %d outside the input", call, in, pe.Column)
	}
	if !strings.HasPrefix(err.Error(), "dates: ") {
		t.Fatalf("%s(%q) error %q lacks the package prefix", call, in, err)
	}
	n := 0
	for _, s := range []error{ErrSyntax, ErrRange, ErrRelative, ErrAmbiguous, ErrTooLong} {
		if errors.Is(err, s) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%s(%q) error %v wraps %d sentinels, want 1", call, in, err, n)
	}
}

// FuzzParseISO checks that every accepted string gives a valid value whose
// String parses back to an equal value, and that String is a fixed point.
func FuzzParseISO(f *testing.F) {
	for _, tt := range isoTests {
		f.Add(tt.in)
	}
	for _, tt := range isoErrorTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseISO(s)
		if err != nil {
			checkError(t, "ParseISO", s, err)
			if !v.IsZero() {
				t.Fatalf("ParseISO(%q) = %v with error %v", s, v, err)
			}
			return
		}
		if !v.IsValid() {
			t.Fatalf("ParseISO(%q) = %#v, not valid", s, v)
		}
		out := v.String()
		w, err := ParseISO(out)
		if err != nil || !w.Equal(v) {
			t.Fatalf("ParseISO(%q) = %v, %v; want %v (from %q)", out, w, err, v, s)
		}
		if w.String() != out {
			t.Fatalf("String not a fixed point: %q then %q", out, w.String())
		}
		if p, err := Parse(out); err != nil || !p.Equal(v) {
			t.Fatalf("Parse(%q) = %v, %v; want %v", out, p, err, v)
		}
	})
}

// FuzzParse checks that Parse never panics, returns positioned errors
// wrapping one sentinel, and that an accepted value's String parses back,
// with Parse and with ParseISO, to an equal value.
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		var mode uint8
		if !tt.opts.Reference.IsZero() {
			mode |= 1
		}
		if tt.opts.Location != nil {
			mode |= 2
		}
		mode |= uint8(tt.opts.Order) << 2
		f.Add(tt.in, mode)
	}
	for _, tt := range parseErrorTests {
		f.Add(tt.in, uint8(tt.opts.Order)<<2)
	}
	f.Fuzz(func(t *testing.T, s string, mode uint8) {
		// mode: bit 0 sets a Reference, bit 1 a Location, bits 2-3 the Order.
		var o Options
		if mode&1 != 0 {
			o.Reference = ref
		}
		if mode&2 != 0 {
			o.Location = time.FixedZone("X", -(3*3600 + 1800))
		}
		o.Order = Order(mode >> 2 & 3)
		v, err := o.Parse(s)
		if err != nil {
			checkError(t, "Parse", s, err)
			if !v.IsZero() {
				t.Fatalf("Parse(%q) = %v with error %v", s, v, err)
			}
			return
		}
		if !v.IsValid() {
			t.Fatalf("Parse(%q) = %#v, not valid", s, v)
		}
		if again, _ := o.Parse(s); !again.Equal(v) || again.String() != v.String() {
			t.Fatalf("Parse(%q) not deterministic: %#v then %#v", s, v, again)
		}
		out := v.String()
		w, err := Parse(out)
		if err != nil || !w.Equal(v) {
			t.Fatalf("Parse(%q) = %v, %v; want %v (from %q)", out, w, err, v, s)
		}
		w, err = ParseISO(out)
		if err != nil || !w.Equal(v) {
			t.Fatalf("ParseISO(%q) = %v, %v; want %v (from %q)", out, w, err, v, s)
		}
	})
}
