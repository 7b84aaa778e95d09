package countries

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var (
	_ encoding.TextMarshaler   = Country{}
	_ encoding.TextUnmarshaler = (*Country)(nil)
	_ encoding.TextAppender    = Country{}
	_ encoding.TextAppender    = Set{}
	_ json.Marshaler           = Set{}
	_ json.Unmarshaler         = (*Set)(nil)
	_ driver.Valuer            = Country{}
	_ sql.Scanner              = (*Country)(nil)
	_ driver.Valuer            = Set{}
	_ sql.Scanner              = (*Set)(nil)
)

func TestCountryText(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr error
	}{
		{"IQ", "IQ", nil},
		{"irq", "IQ", nil},
		{"368", "IQ", nil},
		{"", "", nil},
		{"ZZ", "", ErrUnknown},
		{"Iraq", "", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := MustParse("FR")
			err := c.UnmarshalText([]byte(tt.in))
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("UnmarshalText(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				if c != MustParse("FR") {
					t.Errorf("UnmarshalText(%q) changed the value on error", tt.in)
				}
				return
			}
			got, _ := c.MarshalText()
			if string(got) != tt.want {
				t.Errorf("UnmarshalText(%q) then MarshalText() = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	b, _ := MustParse("IQ").AppendText([]byte("x="))
	if string(b) != "x=IQ" {
		t.Errorf("AppendText = %q", b)
	}
}

func TestCountryJSON(t *testing.T) {
	type doc struct {
		C    Country          `json:"c"`
		Z    Country          `json:"z"`
		Keys map[Country]bool `json:"keys"`
	}
	in := doc{C: MustParse("IQ"), Keys: map[Country]bool{MustParse("US"): true}}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"c":"IQ","z":"","keys":{"US":true}}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out, cmp.Comparer(func(a, b Country) bool { return a == b })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"c":"XX"}`), &out); !errors.Is(err, ErrUnknown) {
		t.Errorf("json.Unmarshal of an unknown code: %v, want ErrUnknown", err)
	}
}

func TestSQL(t *testing.T) {
	t.Run("Country", func(t *testing.T) {
		tests := []struct {
			name    string
			src     any
			want    string
			wantErr error
		}{
			{"string", "IQ", "IQ", nil},
			{"bytes", []byte("usa"), "US", nil},
			{"null", nil, "", nil},
			{"unknown", "ZZ", "", ErrUnknown},
			{"int", 368, "", ErrSyntax},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var c Country
				err := c.Scan(tt.src)
				if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
					t.Fatalf("Scan(%v) error = %v, want %v", tt.src, err, tt.wantErr)
				}
				if c.Alpha2() != tt.want {
					t.Errorf("Scan(%v) = %v, want %q", tt.src, c, tt.want)
				}
			})
		}
		if v, err := MustParse("IQ").Value(); v != "IQ" || err != nil {
			t.Errorf("Value() = %v, %v", v, err)
		}
		if v, err := (Country{}).Value(); v != nil || err != nil {
			t.Errorf("zero Value() = %v, %v, want NULL", v, err)
		}
	})
	t.Run("Set", func(t *testing.T) {
		tests := []struct {
			name    string
			src     any
			want    []string
			wantErr error
		}{
			{"string", "IQ,US", []string{"IQ", "US"}, nil},
			{"bytes", []byte("US"), []string{"US"}, nil},
			{"empty", "", nil, nil},
			{"null", nil, nil, nil},
			{"bad", "IQ, US", nil, ErrSyntax},
			{"int", 1, nil, ErrSyntax},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var s Set
				err := s.Scan(tt.src)
				if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
					t.Fatalf("Scan(%v) error = %v, want %v", tt.src, err, tt.wantErr)
				}
				if diff := cmp.Diff(tt.want, setCodes(s)); diff != "" {
					t.Errorf("Scan(%v) (-want +got):\n%s", tt.src, diff)
				}
			})
		}
		if v, err := SetOf(MustParse("US"), MustParse("IQ")).Value(); v != "IQ,US" || err != nil {
			t.Errorf("Value() = %v, %v", v, err)
		}
	})
}
