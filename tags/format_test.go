package tags

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// stringTests check the line form String writes, including the explicit
// forms for tags the run-together form cannot carry.
var stringTests = []struct {
	name string
	tag  Tag
	want string
}{
	{"run-together", Tag{Code: "ZZZ-ORG-NLF", Name: "Northern Lantern Front", Aliases: []string{"NLF"},
		Description: "is an invented group", Truncated: true},
		"ZZZ-ORG-NLF Northern Lantern Front NLF is an invented group...[+]"},
	{"name only", Tag{Name: "Weather"}, "Weather"},
	{"code only", Tag{Code: "ZZZ-ORG"}, "ZZZ-ORG"},
	{"one-segment code", Tag{Code: "ECON", Name: "Economy"}, "[ECON] Economy"},
	{"lower-case hyphen code", Tag{Code: "eco-trd", Name: "Trade"}, "[eco-trd] Trade"},
	{"designation-like code", Tag{Code: "ABC-12", Name: "Things"}, "[ABC-12] Things"},
	{"code before lower-case name", Tag{Code: "ZZZ-ORG", Name: "armed groups"}, "[ZZZ-ORG] armed groups"},
	{"code-like name", Tag{Name: "ZZZ-ORG"}, "[] ZZZ-ORG"},
	{"bullet-like name", Tag{Name: "• x"}, "[] • x"},
	{"description without copula", Tag{Name: "Trade", Description: "Exchange of goods."}, "Trade — Exchange of goods."},
	{"copula in name", Tag{Name: "This is Us"}, "This is Us —"},
	{"copula in name with description", Tag{Name: "This is Us", Description: "is a drama"}, "This is Us — is a drama"},
	{"separator in description", Tag{Name: "Trade", Description: "is trade — goods"}, "Trade — is trade — goods"},
	{"lower-case name with description", Tag{Name: "iPhone", Description: "is a phone"}, "iPhone — is a phone"},
	{"non-acronym alias", Tag{Name: "Northern Lantern Front", Aliases: []string{"Frente Linterna"}},
		"Northern Lantern Front / Frente Linterna"},
	{"name ending in acronym", Tag{Name: "Radio Vell RV"}, "Radio Vell RV /"},
	{"acronym name with alias", Tag{Name: "UN OCHA", Aliases: []string{"OCHA"}}, "UN OCHA / OCHA"},
	{"code and description", Tag{Code: "ZZZ-ORG", Description: "groups"}, "ZZZ-ORG — groups"},
	{"whitespace normalised", Tag{Name: " Armed\u00a0 groups "}, "Armed groups"},
	{"truncated name only", Tag{Name: "Weather", Truncated: true}, "Weather...[+]"},
	{"fields outside the line form", Tag{Name: "Weather", URI: "https://vocab.example.org/wth"}, "Weather"},
}

func TestString(t *testing.T) {
	for _, tc := range stringTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.tag.String(); got != tc.want {
				t.Errorf("%#v.String() = %q, want %q", tc.tag, got, tc.want)
			}
			got, err := Parse(tc.want)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.want, err)
			}
			want := tc.tag
			want.URI = ""
			if want.Name != "" {
				want.Name = got.Name // whitespace normalisation
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.want, diff)
			}
			if tc.tag.URI != "" {
				return
			}
			b, err := tc.tag.MarshalText()
			if err != nil || string(b) != tc.want {
				t.Errorf("MarshalText() = %q, %v; want %q", b, err, tc.want)
			}
		})
	}
}

func TestMarshalTextRefusesLoss(t *testing.T) {
	r := 1.0
	tests := []struct {
		name string
		tag  Tag
		err  error
	}{
		{"uri", Tag{Name: "Weather", URI: "https://vocab.example.org/wth"}, ErrNoLineForm},
		{"score", Tag{Name: "Weather", Relevance: &r}, ErrNoLineForm},
		{"separator in name", Tag{Name: "Rock — Pop"}, ErrNoLineForm},
		{"slash in alias", Tag{Name: "Rock", Aliases: []string{"A / B"}}, ErrNoLineForm},
		{"marker ending name", Tag{Name: "Wait..."}, ErrNoLineForm},
		{"too long", Tag{Name: "Weather", Description: strings.Repeat("x", DefaultMaxBytes)}, ErrNoLineForm},
		{"no identity", Tag{Description: "is x"}, ErrSyntax},
		{"invalid UTF-8", Tag{Name: "Weather\xff"}, ErrSyntax},
		{"invalid code", Tag{Code: "A B"}, ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.tag.MarshalText()
			if !errors.Is(err, tc.err) {
				t.Errorf("MarshalText(%#v) = %q, %v; want error %v", tc.tag, b, err, tc.err)
			}
			if !utf8.ValidString(tc.tag.String()) {
				t.Errorf("String() of %#v is not valid UTF-8", tc.tag)
			}
		})
	}
	if got := (Tag{Name: "Weather  report", Description: "is  here"}); true {
		b, err := got.MarshalText()
		if err != nil || string(b) != "Weather report is here" {
			t.Errorf("MarshalText with extra spaces = %q, %v", b, err)
		}
	}
	if got := (Tag{Name: "Caf\xe9"}).String(); got != "Caf\uFFFD" {
		t.Errorf("String() with invalid UTF-8 = %q", got)
	}
}
