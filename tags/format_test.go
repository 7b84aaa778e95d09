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

	// A Style puts back the page's punctuation.
	{"bullet", Tag{Name: "Weather", Style: Style{Bullet: "•"}}, "• Weather"},
	{"bullet before bullet-like name", Tag{Name: "•x", Style: Style{Bullet: "-"}}, "- •x"},
	{"ellipsis marker", Tag{Name: "Storms", Description: "are big", Truncated: true, Style: Style{Marker: "…"}}, "Storms are big…"},
	{"bracketed marker", Tag{Name: "Storms", Description: "are big", Truncated: true, Style: Style{Marker: "[more]"}}, "Storms are big [more]"},
	{"ellipsis and bracketed marker", Tag{Name: "Storms", Description: "are big", Truncated: true, Style: Style{Marker: "…[More]"}},
		"Storms are big…[More]"},
	{"ellipsis ending the word before", Tag{Name: "Storms", Description: "are big", Truncated: true, Style: Style{Marker: "……[more]"}},
		"Storms are big… …[more]"},
	{"marker on the only word", Tag{Code: "ZZZ-ORG", Truncated: true, Style: Style{Marker: "[+]"}}, "ZZZ-ORG[+]"},
	{"bullet-like name with glued marker", Tag{Name: "——", Truncated: true, Style: Style{Marker: "…"}}, "——…"},
	{"bullet-like name with glued bracketed marker", Tag{Name: "**", Truncated: true, Style: Style{Marker: "[more]"}}, "**[more]"},
	{"bullet then bullet-like name", Tag{Name: "**", Truncated: true, Style: Style{Bullet: "•", Marker: "[more]"}}, "• ** [more]"},
	{"glued-bullet name needs escape", Tag{Name: "••", Truncated: true, Style: Style{Marker: "…"}}, "[] ••…"},
	{"hyphen separator", Tag{Name: "Trade", Description: "goods", Style: Style{Separator: "-"}}, "Trade - goods"},
	{"separator where the copula runs together", Tag{Name: "Storms", Description: "are big", Style: Style{Separator: "—"}}, "Storms — are big"},
	{"separator without description", Tag{Name: "Trade", Style: Style{Separator: "--"}}, "Trade --"},
	{"bracketed code", Tag{Code: "ZZZ-ORG", Name: "Armed groups", Style: Style{BracketCode: true}}, "[ZZZ-ORG] Armed groups"},
	{"empty brackets", Tag{Name: "Weather", Style: Style{BracketCode: true}}, "[] Weather"},
	{"alias slash", Tag{Name: "Northern Lantern Front", Aliases: []string{"NLF"}, Style: Style{AliasSlash: true}},
		"Northern Lantern Front / NLF"},
	{"trailing slash", Tag{Name: "Weather", Style: Style{TrailingSlash: true}}, "Weather /"},
	{"every departure", Tag{Code: "ZZZ-ORG", Name: "Armed groups", Aliases: []string{"AG"}, Description: "are armed", Truncated: true,
		Style: Style{Bullet: "*", Separator: "–", Marker: "...[more]", BracketCode: true, AliasSlash: true, TrailingSlash: true}},
		"* [ZZZ-ORG] Armed groups / AG / – are armed...[more]"},
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
			if diff := cmp.Diff(want, got, styled); diff != "" {
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
		{"marker on untruncated tag", Tag{Name: "Weather", Style: Style{Marker: "…"}}, ErrNoLineForm},
		{"default separator in Style", Tag{Name: "Trade", Description: "goods", Style: Style{Separator: "—"}}, ErrNoLineForm},
		{"style that does not read back", Tag{Name: "Storms", Description: "were big...", Truncated: true, Style: Style{Marker: "[more]"}}, ErrNoLineForm},
		{"invalid bullet", Tag{Name: "Weather", Style: Style{Bullet: "o"}}, ErrSyntax},
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
	// String falls back to the default form when the Style does not fit.
	for _, tc := range []struct {
		tag  Tag
		want string
	}{
		{Tag{Name: "Storms", Description: "were big...", Truncated: true, Style: Style{Marker: "[more]"}}, "Storms were big......[+]"},
		{Tag{Name: "Weather", Style: Style{Bullet: "o"}}, "Weather"},
		{Tag{Name: "Trade", Description: "goods", Style: Style{Separator: "—"}}, "Trade — goods"},
	} {
		if got := tc.tag.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.tag, got, tc.want)
		}
	}
	if got := (Tag{Name: "Caf\xe9"}).String(); got != "Caf\uFFFD" {
		t.Errorf("String() with invalid UTF-8 = %q", got)
	}
}
