package countries

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries/internal/tablegen"
)

func TestGenerated(t *testing.T) {
	data, err := os.ReadFile("countries.csv")
	require.NoError(t, err)
	rules, err := os.ReadFile("mentions.csv")
	require.NoError(t, err)
	want, err := tablegen.Generate(bytes.NewReader(data), bytes.NewReader(rules))
	require.NoError(t, err)
	got, err := os.ReadFile("tables.go")
	require.NoError(t, err)
	if !bytes.Equal(got, want) {
		t.Fatal("tables.go is stale: run go generate in the module root")
	}
}

// TestAll walks the whole table: every entry resolves by each of its
// codes, names and slug, and agrees with golang.org/x/text.
func TestAll(t *testing.T) {
	n := 0
	seen := map[string]bool{}
	uninhabited := map[string]bool{"BV": true, "GS": true, "HM": true, "TF": true, "UM": true}
	var prev string
	for c := range All() {
		n++
		a2 := c.Alpha2()
		t.Run(a2, func(t *testing.T) {
			if !c.IsValid() || c.String() != a2 || a2 <= prev {
				t.Errorf("%v: IsValid %v, String %q, after %q", c, c.IsValid(), c.String(), prev)
			}
			for _, s := range []string{a2, c.Alpha3(), c.Numeric(), strings.ToLower(a2), strings.ToLower(c.Alpha3())} {
				if s == "" && a2 == "XK" {
					continue
				}
				if got, err := Parse(s); err != nil || got != c {
					t.Errorf("Parse(%q) = %v, %v, want %v", s, got, err, c)
				}
			}
			for _, s := range []string{a2, c.Alpha3(), c.Name(), c.OfficialName(), c.Slug(),
				strings.ToUpper(c.Name()), strings.ReplaceAll(c.Slug(), "-", "_")} {
				if s == "" {
					continue
				}
				if got, ok := Lookup(s); !ok || got != c {
					t.Errorf("Lookup(%q) = %v, %v, want %v", s, got, ok, c)
				}
			}
			if d := c.Demonym(); d == "" && !uninhabited[a2] {
				t.Errorf("%v has no demonym", c)
			} else if d != "" {
				if got, ok := Lookup(d); !ok && !uninhabited[a2] {
					// Shared demonyms ("Korean") are ambiguous by design.
					if all := LookupAll(d); len(all) < 2 {
						t.Errorf("Lookup(%q) = %v, %v, want %v", d, got, ok, c)
					}
				}
			}
			if seen[c.Slug()] {
				t.Errorf("duplicate slug %q", c.Slug())
			}
			seen[c.Slug()] = true
			if c.Slug() != strings.ToLower(c.Slug()) || strings.ContainsAny(c.Slug(), " _'.") {
				t.Errorf("Slug() = %q, not a slug", c.Slug())
			}
			r := c.Region()
			if r.String() != a2 || !r.IsCountry() {
				t.Errorf("Region() = %v", r)
			}
			if a2 != "XK" && (r.ISO3() != c.Alpha3()) {
				t.Errorf("Alpha3() = %q, x/text has %q", c.Alpha3(), r.ISO3())
			}
			if c.LocalName(language.English) == "" || c.LocalName(language.German) == "" {
				t.Errorf("LocalName() empty for %v", c)
			}
		})
		prev = a2
	}
	if n != 250 || Len() != 250 {
		t.Errorf("All yields %d countries, Len() = %d, want 250", n, Len())
	}
}

func TestCountry(t *testing.T) {
	type fields struct {
		Alpha2, Alpha3, Numeric, Name, Official, Slug, Demonym, String string
		Valid                                                          bool
	}
	get := func(c Country) fields {
		return fields{c.Alpha2(), c.Alpha3(), c.Numeric(), c.Name(), c.OfficialName(), c.Slug(), c.Demonym(), c.String(), c.IsValid()}
	}
	tests := []struct {
		name string
		c    Country
		want fields
	}{
		{"zero", Country{}, fields{"", "ZZZ", "", "", "", "", "", "ZZ", false}},
		{"out of range", Country{999}, fields{"", "ZZZ", "", "", "", "", "", "ZZ", false}},
		{"Iraq", MustParse("IQ"), fields{"IQ", "IRQ", "368", "Iraq", "Republic of Iraq", "iraq", "Iraqi", "IQ", true}},
		{"Afghanistan", MustParse("AF"), fields{"AF", "AFG", "004", "Afghanistan", "Islamic Emirate of Afghanistan", "afghanistan", "Afghan", "AF", true}},
		{"United States", MustParse("US"), fields{"US", "USA", "840", "United States", "United States of America", "united-states", "American", "US", true}},
		{"Eswatini", MustParse("SZ"), fields{"SZ", "SWZ", "748", "Eswatini", "Kingdom of Eswatini", "eswatini", "Swazi", "SZ", true}},
		{"Côte d'Ivoire", MustParse("CI"), fields{"CI", "CIV", "384", "Côte d'Ivoire", "Republic of Côte d'Ivoire", "cote-divoire", "Ivorian", "CI", true}},
		{"Kosovo", MustParse("XK"), fields{"XK", "XKX", "", "Kosovo", "Republic of Kosovo", "kosovo", "Kosovar", "XK", true}},
		{"Bouvet", MustParse("BV"), fields{"BV", "BVT", "074", "Bouvet Island", "Bouvet Island", "bouvet-island", "", "BV", true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, get(tt.c)); diff != "" {
				t.Errorf("fields (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLocalName(t *testing.T) {
	tests := []struct {
		c    string
		tag  language.Tag
		want string
	}{
		{"IQ", language.German, "Irak"},
		{"US", language.French, "États-Unis"},
		{"DE", language.Japanese, "ドイツ"},
		{"IQ", language.Arabic, "العراق"},
		{"XK", language.English, "Kosovo"},
	}
	for _, tt := range tests {
		t.Run(tt.c+"/"+tt.tag.String(), func(t *testing.T) {
			if got := MustParse(tt.c).LocalName(tt.tag); got != tt.want {
				t.Errorf("LocalName(%v) = %q, want %q", tt.tag, got, tt.want)
			}
		})
	}
	if got := (Country{}).LocalName(language.English); got != "" {
		t.Errorf("zero Country LocalName = %q, want \"\"", got)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr error
	}{
		{"IQ", "IQ", nil},
		{"iq", "IQ", nil},
		{"iQ", "IQ", nil},
		{"IRQ", "IQ", nil},
		{"irq", "IQ", nil},
		{"368", "IQ", nil},
		{"004", "AF", nil},
		{"840", "US", nil},
		{"XK", "XK", nil},
		{"XKX", "XK", nil},
		{"ZW", "ZW", nil},
		{"ZZ", "", ErrUnknown},
		{"AA", "", ErrUnknown},
		{"UK", "", ErrUnknown},
		{"EU", "", ErrUnknown},
		{"ZZZ", "", ErrUnknown},
		{"XKK", "", ErrUnknown},
		{"999", "", ErrUnknown},
		{"000", "", ErrUnknown},
		{"983", "", ErrUnknown},
		{"", "", ErrSyntax},
		{"I", "", ErrSyntax},
		{"IRQQ", "", ErrSyntax},
		{"1Q", "", ErrSyntax},
		{"I1Q", "", ErrSyntax},
		{" IQ", "", ErrSyntax},
		{"IQ ", "", ErrSyntax},
		{"Iraq", "", ErrSyntax},
		{"ÍQ", "", ErrSyntax},
		{"\xff\xfe", "", ErrSyntax},
		{"36", "", ErrSyntax},
		{"3680", "", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in)
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("Parse(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			}
			if err != nil {
				var ce *CodeError
				if !errors.As(err, &ce) || ce.Code != tt.in || !strings.HasPrefix(err.Error(), "countries: ") {
					t.Errorf("Parse(%q) error = %#v, want a *CodeError for the input", tt.in, err)
				}
				if got.IsValid() {
					t.Errorf("Parse(%q) = %v with an error", tt.in, got)
				}
				return
			}
			if got.Alpha2() != tt.want {
				t.Errorf("Parse(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	t.Run("long input is cut in the error", func(t *testing.T) {
		_, err := Parse(strings.Repeat("x", 1000))
		var ce *CodeError
		if !errors.As(err, &ce) || len(ce.Code) != 64 {
			t.Errorf("Parse(long) error = %v", err)
		}
	})
}

func TestMustParse(t *testing.T) {
	if got := MustParse("de"); got.Alpha2() != "DE" {
		t.Errorf("MustParse(\"de\") = %v, want DE", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"ZZ\") did not panic")
		}
	}()
	MustParse("ZZ")
}

func TestForm(t *testing.T) {
	tests := []struct {
		f    Form
		want string
	}{
		{0, "Form(0)"}, {FormName, "name"}, {FormDemonym, "demonym"}, {FormLocal, "local name"}, {FormUser, "user name"}, {200, "Form(?)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.f.String(); got != tt.want {
				t.Errorf("Form(%d).String() = %q, want %q", tt.f, got, tt.want)
			}
		})
	}
}
