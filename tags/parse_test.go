package tags

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// parseTests are the table of Parse rules; the fuzz targets start from
// them too.
var parseTests = []struct {
	name string
	line string
	want Tag
}{
	{"code name alias copula description truncated",
		"• ZZZ-ORG-NLF Northern Lantern Front NLF is an invented armed group holding the Vell Valley...[+]",
		Tag{Code: "ZZZ-ORG-NLF", Name: "Northern Lantern Front", Aliases: []string{"NLF"},
			Description: "is an invented armed group holding the Vell Valley", Truncated: true}},
	{"no code", "Northern Lantern Front", Tag{Name: "Northern Lantern Front"}},
	{"code only", "ZZZ-ORG", Tag{Code: "ZZZ-ORG"}},
	{"code only truncated", "ZZZ-ORG…", Tag{Code: "ZZZ-ORG", Truncated: true}},
	{"code and name", "ZZZ-ORG Armed groups", Tag{Code: "ZZZ-ORG", Name: "Armed groups"}},
	{"colon code lower-case name", "medtop:20000123 economy, business and finance",
		Tag{Code: "medtop:20000123", Name: "economy, business and finance"}},
	{"slash code", "SPO/FBL Football", Tag{Code: "SPO/FBL", Name: "Football"}},
	{"bracketed one-segment code", "[ECON] Economy", Tag{Code: "ECON", Name: "Economy"}},
	{"bracketed lower-case code", "[eco-trd] Trade", Tag{Code: "eco-trd", Name: "Trade"}},
	{"empty brackets escape a code-like name", "[] ZZZ-ORG", Tag{Name: "ZZZ-ORG"}},
	{"hyphenated designation is a name", "COVID-19 vaccines", Tag{Name: "COVID-19 vaccines"}},
	{"designation title case", "F-16 Fighter Jets", Tag{Name: "F-16 Fighter Jets"}},
	{"hyphenated word is a name", "Al-Qaeda", Tag{Name: "Al-Qaeda"}},
	{"capital code before lower-case word is a name", "UK-EU relations", Tag{Name: "UK-EU relations"}},
	{"digits only is a name", "2020-01 events", Tag{Name: "2020-01 events"}},
	{"bullet dash", "- Weather", Tag{Name: "Weather"}},
	{"bullet star", "* Weather", Tag{Name: "Weather"}},
	{"bullet middle dot", "· Weather", Tag{Name: "Weather"}},
	{"glued bullet", "•Weather", Tag{Name: "Weather"}},
	{"leading hyphen word is not a bullet", "-Weather", Tag{Name: "-Weather"}},
	{"ellipsis marker", "Storms are large weather systems…",
		Tag{Name: "Storms", Description: "are large weather systems", Truncated: true}},
	{"three dots marker", "Storms are large weather systems...",
		Tag{Name: "Storms", Description: "are large weather systems", Truncated: true}},
	{"more marker", "Storms are large weather systems [more]",
		Tag{Name: "Storms", Description: "are large weather systems", Truncated: true}},
	{"ellipsis then more marker", "Storms are large… [More]",
		Tag{Name: "Storms", Description: "are large", Truncated: true}},
	{"marker as own word", "Storms were big ...[+]", Tag{Name: "Storms", Description: "were big", Truncated: true}},
	{"period before marker kept", "Storms were big....[+]", Tag{Name: "Storms", Description: "were big.", Truncated: true}},
	{"trailing acronyms", "Vell Valley Water Board VVWB VWB", Tag{Name: "Vell Valley Water Board", Aliases: []string{"VVWB", "VWB"}}},
	{"roman numeral stays in name", "World War II", Tag{Name: "World War II"}},
	{"acronym name", "NATO is an alliance", Tag{Name: "NATO", Description: "is an alliance"}},
	{"acronyms only stay the name", "UN OCHA", Tag{Name: "UN OCHA"}},
	{"one letter is no acronym", "Vitamin D", Tag{Name: "Vitamin D"}},
	{"lower-case start has no copula split", "iPhone is a phone", Tag{Name: "iPhone is a phone"}},
	{"first copula wins", "Storms are what storms were", Tag{Name: "Storms", Description: "are what storms were"}},
	{"em dash separator", "Northern Lantern Front — an invented group",
		Tag{Name: "Northern Lantern Front", Description: "an invented group"}},
	{"spaced hyphen separator", "Trade - exchange of goods", Tag{Name: "Trade", Description: "exchange of goods"}},
	{"separator beats copula", "This is Us — a drama", Tag{Name: "This is Us", Description: "a drama"}},
	{"separator with nothing after", "This is Us —", Tag{Name: "This is Us"}},
	{"code and description without name", "ZZZ-ORG — organised groups", Tag{Code: "ZZZ-ORG", Description: "organised groups"}},
	{"slash aliases", "Northern Lantern Front / Frente Linterna / NLF",
		Tag{Name: "Northern Lantern Front", Aliases: []string{"Frente Linterna", "NLF"}}},
	{"trailing slash keeps acronym in name", "Radio Vell RV /", Tag{Name: "Radio Vell RV"}},
	{"non-Latin name and acronym", "Северный фронт СФ — вымышленная группа",
		Tag{Name: "Северный фронт", Aliases: []string{"СФ"}, Description: "вымышленная группа"}},
	{"Arabic name", "جبهة الفانوس الشمالية", Tag{Name: "جبهة الفانوس الشمالية"}},
	{"Chinese name with copula", "北方灯笼阵线 is an invented group", Tag{Name: "北方灯笼阵线", Description: "is an invented group"}},
	{"NBSP and other spaces", "\u00a0•\u00a0ZZZ-ORG\u2009Armed\u202fgroups\u3000are\tarmed\u00a0\u00a0groups\r\n",
		Tag{Code: "ZZZ-ORG", Name: "Armed groups", Description: "are armed groups"}},
	{"zero-width space and BOM", "\ufeffWeather\u200bReports", Tag{Name: "Weather Reports"}},
	{"diacritics kept", "Café culture", Tag{Name: "Café culture"}},
	{"punctuation-only name", "!!!", Tag{Name: "!!!"}},
}

func TestParse(t *testing.T) {
	for _, tc := range parseTests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.line)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tc.line, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.line, diff)
			}
			// Formatting gives the line back modulo whitespace, the bullet and
			// the marker spelling; check it reparses to the same tag.
			again, err := Parse(got.String())
			if err != nil {
				t.Fatalf("Parse(%q) (from String) error: %v", got.String(), err)
			}
			if diff := cmp.Diff(got, again); diff != "" {
				t.Errorf("Parse(%q) round trip mismatch (-want +got):\n%s", got.String(), diff)
			}
		})
	}
}

func TestParseKeepsLineModuloWhitespace(t *testing.T) {
	// Lines with no bullet and the "...[+]" marker come back exactly, modulo
	// whitespace.
	for _, line := range []string{
		"ZZZ-ORG-NLF Northern Lantern Front NLF is an invented armed group holding the Vell Valley...[+]",
		"ZZZ-ORG  Armed\u00a0groups",
		"medtop:20000123 economy, business and finance",
		"Northern Lantern Front — an invented group",
		"Northern Lantern Front / Frente Linterna / NLF",
		"Северный фронт СФ — вымышленная группа",
		"COVID-19 vaccines",
	} {
		tg, err := Parse(line)
		if err != nil {
			t.Fatalf("Parse(%q): %v", line, err)
		}
		if got, want := tg.String(), strings.Join(strings.Fields(line), " "); got != want {
			t.Errorf("Parse(%q).String() = %q, want %q", line, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		err    error
		column int
	}{
		{"empty", "", ErrSyntax, 1},
		{"blank", " \u00a0 ", ErrSyntax, 1},
		{"bullet only", "•", ErrSyntax, 1},
		{"marker only", "...[+]", ErrSyntax, 1},
		{"invalid UTF-8", "Weather \xff storms", ErrSyntax, 9},
		{"truncated UTF-8", "Caf\xc3", ErrSyntax, 4},
		{"control character", "Weather\x07", ErrSyntax, 8},
		{"bad bracketed code", "[A--B] Name", ErrSyntax, 2},
		{"separator without name", "• — a description", ErrSyntax, 5},
		{"dash bullet", "— ", ErrSyntax, 1},
		{"empty alias", "Name / / X", ErrSyntax, 8},
		{"slash without name", "/ X", ErrSyntax, 1},
		{"too long", strings.Repeat("a", DefaultMaxBytes+1), ErrTooLong, DefaultMaxBytes + 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.line)
			if !errors.Is(err, tc.err) {
				t.Fatalf("Parse(%q) = %v, %v; want error %v", tc.line, got, err, tc.err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %T, want *ParseError", tc.line, err)
			}
			if pe.Column != tc.column || pe.Line != 1 {
				t.Errorf("Parse(%q) error at line %d column %d, want line 1 column %d (%v)", tc.line, pe.Line, pe.Column, tc.column, err)
			}
			if !strings.HasPrefix(err.Error(), "tags: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestParseOptionsMaxBytes(t *testing.T) {
	line := "Weather is " + strings.Repeat("very ", 2000) + "changeable"
	if _, err := Parse(line); !errors.Is(err, ErrTooLong) {
		t.Fatalf("Parse(%d bytes) error = %v, want ErrTooLong", len(line), err)
	}
	got, err := ParseOptions{MaxBytes: 1 << 20}.Parse(line)
	if err != nil {
		t.Fatalf("ParseOptions{MaxBytes: 1<<20}.Parse: %v", err)
	}
	if got.Name != "Weather" || len(got.Description) != len(line)-len("Weather ") {
		t.Errorf("long line parsed as %q / %d bytes of description", got.Name, len(got.Description))
	}
	if _, err := (ParseOptions{MaxBytes: 5}).Parse("Weather"); !errors.Is(err, ErrTooLong) {
		t.Errorf("ParseOptions{MaxBytes: 5}.Parse(\"Weather\") error = %v, want ErrTooLong", err)
	}
}

func TestUnmarshalTextValidates(t *testing.T) {
	var tg Tag
	if err := tg.UnmarshalText([]byte("Weather\xff")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(invalid UTF-8) error = %v, want ErrSyntax", err)
	}
	if err := tg.UnmarshalText([]byte("ZZZ-ORG Armed groups")); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Tag{Code: "ZZZ-ORG", Name: "Armed groups"}, tg); diff != "" {
		t.Errorf("UnmarshalText mismatch (-want +got):\n%s", diff)
	}
	if _, err := (Tag{}).MarshalText(); !errors.Is(err, ErrSyntax) {
		t.Errorf("Tag{}.MarshalText() error = %v, want ErrSyntax", err)
	}
}

func TestIsAcronym(t *testing.T) {
	tests := map[string]bool{
		"NLF": true, "ISIS": true, "CDC": true, "G20": false, "G7B": true, "СФ": true, "ΕΕ": true,
		"II": false, "XIV": false, "MCMXC": false, "CD": false, "MD": false,
		"F1": false, "A": false, "Nlf": false, "N-L": false, "ABCDEFGHIJKLM": false, "IIII": true,
	}
	for in, want := range tests {
		if got := isAcronym(in); got != want {
			t.Errorf("isAcronym(%q) = %v, want %v", in, got, want)
		}
	}
}
