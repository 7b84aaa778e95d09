package dates

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseRFC822(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Fri, 24 Jan 2020 15:45:00 GMT", "2020-01-24T15:45:00Z"},
		{"Fri, 24 Jan 2020 15:45:00 +0300", "2020-01-24T15:45:00+03:00"},
		{"fri, 24 JAN 2020 15:45:00 -0000", "2020-01-24T15:45:00Z"},
		{"24 Jan 2020 15:45 EST", "2020-01-24T15:45-05:00"},
		{"3 Feb 20 07:00:00 PDT", "2020-02-03T07:00:00-07:00"},
		{"3 Feb 99 07:00:00 UT", "1999-02-03T07:00:00Z"},
		{"Mon, 3 Feb 2020 07:00:00 Z", "2020-02-03T07:00:00Z"},
	}
	for _, tt := range tests {
		got, err := ParseRFC822(tt.in)
		if err != nil {
			t.Errorf("ParseRFC822(%q) error: %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(iso(t, tt.want), got); diff != "" {
			t.Errorf("ParseRFC822(%q) = %v, want %v (-want +got):\n%s", tt.in, got, tt.want, diff)
		}
		if p, err := Parse(tt.in); err != nil || !p.Equal(got) {
			t.Errorf("Parse(%q) = %v, %v; ParseRFC822 gave %v", tt.in, p, err, got)
		}
	}
}

func TestParseRFC822Errors(t *testing.T) {
	tests := []struct {
		in  string
		err error
		col int
	}{
		{"", ErrSyntax, 1},
		{"Fri 24 Jan 2020 15:45:00 GMT", ErrSyntax, 5},
		{"Friday, 24 Jan 2020 15:45:00 GMT", ErrSyntax, 1},
		{"24 January 2020 15:45:00 GMT", ErrSyntax, 4},
		{"24 Jan 2020", ErrSyntax, 12},
		{"24 Jan 2020 15:45:00", ErrSyntax, 21},
		{"24 Jan 2020 15:45:00 CET", ErrSyntax, 22},
		{"24 Jan 2020 15:45:00 A", ErrSyntax, 22},
		{"24 Jan 2020 15:45:00.5 GMT", ErrSyntax, 22},
		{"24 Jan 2020 15:45:00 +03:00", ErrSyntax, 22},
		{"24 Jan 2020 15:45:00 GMT x", ErrSyntax, 26},
		{"30 Feb 2020 15:45:00 GMT", ErrRange, 1},
		{"24 Jan 0000 15:45:00 GMT", ErrRange, 8},
		{"24 Jan 2020 24:00:00 GMT", ErrRange, 13},
		{"24 Jan 2020 15:45:00 +2400", ErrRange, 23},
	}
	for _, tt := range tests {
		_, err := ParseRFC822(tt.in)
		var pe *ParseError
		if !errors.Is(err, tt.err) || !errors.As(err, &pe) {
			t.Errorf("ParseRFC822(%q) error %v, want %v", tt.in, err, tt.err)
			continue
		}
		if pe.Column != tt.col {
			t.Errorf("ParseRFC822(%q) error column %d, want %d (%v)", tt.in, pe.Column, tt.col, err)
		}
	}
}

func FuzzParseRFC822(f *testing.F) {
	for _, s := range []string{"Fri, 24 Jan 2020 15:45:00 GMT", "24 Jan 20 15:45 -0500", "Mon, 3 Feb 2020 07:00:00 Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseRFC822(s)
		if err != nil {
			checkError(t, "ParseRFC822", s, err)
			return
		}
		if !v.IsValid() || !v.Zoned || v.Precision < Minute || v.Precision > Second {
			t.Fatalf("ParseRFC822(%q) = %#v", s, v)
		}
		if w, err := Parse(s); err != nil || !w.Equal(v) {
			t.Fatalf("Parse(%q) = %v, %v; ParseRFC822 gave %v", s, w, err, v)
		}
		if w, err := ParseISO(v.String()); err != nil || !w.Equal(v) {
			t.Fatalf("ParseISO(%q) = %v, %v; want %v", v.String(), w, err, v)
		}
	})
}
