package countries

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func setCodes(s Set) []string {
	var out []string
	for c := range s.All() {
		out = append(out, c.Alpha2())
	}
	return out
}

func TestSet(t *testing.T) {
	iq, us, zw, af, xk := MustParse("IQ"), MustParse("US"), MustParse("ZW"), MustParse("AF"), MustParse("XK")
	var s Set
	if !s.IsEmpty() || s.Len() != 0 || s.Contains(iq) || s.String() != "" {
		t.Fatalf("zero Set = %v, not empty", s)
	}
	s.Add(us)
	s.Add(iq)
	s.Add(zw)
	s.Add(af)
	s.Add(xk)
	s.Add(iq)
	s.Add(Country{})
	if diff := cmp.Diff([]string{"AF", "IQ", "US", "XK", "ZW"}, setCodes(s)); diff != "" {
		t.Errorf("All() (-want +got):\n%s", diff)
	}
	if s.Len() != 5 || !s.Contains(zw) || s.Contains(MustParse("DE")) || s.Contains(Country{}) {
		t.Errorf("Len/Contains wrong for %v", s)
	}
	s.Remove(zw)
	s.Remove(Country{})
	s.Remove(MustParse("DE"))
	if s.Contains(zw) || s.Len() != 4 {
		t.Errorf("after Remove(ZW): %v", s)
	}
	if s != SetOf(af, xk, us, iq) {
		t.Errorf("%v != SetOf(AF, XK, US, IQ)", s)
	}
	a, b := SetOf(iq, us, af), SetOf(us, zw)
	tests := []struct {
		name string
		got  Set
		want []string
	}{
		{"union", a.Union(b), []string{"AF", "IQ", "US", "ZW"}},
		{"intersect", a.Intersect(b), []string{"US"}},
		{"difference", a.Difference(b), []string{"AF", "IQ"}},
		{"union empty", a.Union(Set{}), []string{"AF", "IQ", "US"}},
		{"intersect empty", a.Intersect(Set{}), nil},
		{"all", allSet(), nil}, // checked below
	}
	for _, tt := range tests[:5] {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, setCodes(tt.got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("operands unchanged", func(t *testing.T) {
		if a != SetOf(iq, us, af) || b != SetOf(us, zw) {
			t.Errorf("operands changed: %v %v", a, b)
		}
	})
	t.Run("every country", func(t *testing.T) {
		all := allSet()
		if all.Len() != 250 || slices.Collect(all.All())[249] != zw {
			t.Errorf("full set: Len %d", all.Len())
		}
		n := 0
		for range all.All() {
			n++
			if n == 3 {
				break
			}
		}
	})
	t.Run("map key", func(t *testing.T) {
		m := map[Set]int{a: 1}
		if m[SetOf(af, us, iq)] != 1 {
			t.Error("equal sets are not equal map keys")
		}
	})
}

func allSet() Set {
	var s Set
	for c := range All() {
		s.Add(c)
	}
	return s
}

func TestSetText(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr error
	}{
		{"", nil, nil},
		{"IQ", []string{"IQ"}, nil},
		{"IQ,US", []string{"IQ", "US"}, nil},
		{"US,IQ", []string{"IQ", "US"}, nil},
		{"XK,AF", []string{"AF", "XK"}, nil},
		{"iq", nil, ErrSyntax},
		{"IQ, US", nil, ErrSyntax},
		{"IQ,", nil, ErrSyntax},
		{",IQ", nil, ErrSyntax},
		{"IQ,,US", nil, ErrSyntax},
		{"IRQ", nil, ErrSyntax},
		{"368", nil, ErrSyntax},
		{"IQ;US", nil, ErrSyntax},
		{"IQ,IQ", nil, ErrSyntax},
		{"ZZ", nil, ErrUnknown},
		{"IQ,UK", nil, ErrUnknown},
		{"\xff", nil, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			s := SetOf(MustParse("FR"))
			err := s.UnmarshalText([]byte(tt.in))
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("UnmarshalText(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				if s != SetOf(MustParse("FR")) {
					t.Errorf("UnmarshalText(%q) changed the set on error: %v", tt.in, s)
				}
				return
			}
			if diff := cmp.Diff(tt.want, setCodes(s)); diff != "" {
				t.Errorf("UnmarshalText(%q) (-want +got):\n%s", tt.in, diff)
			}
			out, err := s.MarshalText()
			if err != nil || s.String() != string(out) {
				t.Errorf("MarshalText() = %q, %v; String() = %q", out, err, s.String())
			}
		})
	}
}

func TestSetJSON(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr error
	}{
		{`[]`, nil, nil},
		{`["IQ","US"]`, []string{"IQ", "US"}, nil},
		{` [ "US" , "IQ" ] `, []string{"IQ", "US"}, nil},
		{`null`, []string{"FR"}, nil},
		{`"IQ,US"`, nil, ErrSyntax},
		{`{}`, nil, ErrSyntax},
		{`[1]`, nil, ErrSyntax},
		{`[null]`, nil, ErrSyntax},
		{`["iq"]`, nil, ErrSyntax},
		{`["IRQ"]`, nil, ErrSyntax},
		{`["IQ","IQ"]`, nil, ErrSyntax},
		{`["IQ"`, nil, ErrSyntax},
		{`["ZZ"]`, nil, ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			s := SetOf(MustParse("FR"))
			err := s.UnmarshalJSON([]byte(tt.in))
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("UnmarshalJSON(%s) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if diff := cmp.Diff(tt.want, setCodes(s)); diff != "" {
				t.Errorf("UnmarshalJSON(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	t.Run("marshal", func(t *testing.T) {
		v := struct {
			Countries Set `json:"countries"`
			Empty     Set `json:"empty"`
		}{Countries: SetOf(MustParse("US"), MustParse("IQ"))}
		got, err := json.Marshal(v)
		if err != nil || string(got) != `{"countries":["IQ","US"],"empty":[]}` {
			t.Errorf("json.Marshal = %s, %v", got, err)
		}
	})
}
