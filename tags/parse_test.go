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
			Description: "is an invented armed group holding the Vell Valley", Truncated: true, Style: Style{Bullet: "•"}}},
	{"no code", "Northern Lantern Front", Tag{Name: "Northern Lantern Front"}},
	{"code only", "ZZZ-ORG", Tag{Code: "ZZZ-ORG"}},
	{"code only truncated", "ZZZ-ORG…", Tag{Code: "ZZZ-ORG", Truncated: true, Style: Style{Marker: "…"}}},
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
	{"bullet dash", "- Weather", Tag{Name: "Weather", Style: Style{Bullet: "-"}}},
	{"bullet star", "* Weather", Tag{Name: "Weather", Style: Style{Bullet: "*"}}},
	{"bullet middle dot", "· Weather", Tag{Name: "Weather", Style: Style{Bullet: "·"}}},
	{"glued bullet", "•Weather", Tag{Name: "Weather", Style: Style{Bullet: "•"}}},
	{"leading hyphen word is not a bullet", "-Weather", Tag{Name: "-Weather"}},
	{"ellipsis marker", "Storms are large weather systems…",
		Tag{Name: "Storms", Description: "are large weather systems", Truncated: true, Style: Style{Marker: "…"}}},
	{"three dots marker", "Storms are large weather systems...",
		Tag{Name: "Storms", Description: "are large weather systems", Truncated: true, Style: Style{Marker: "..."}}},
	{"more marker", "Storms are large weather systems [more]",
		Tag{Name: "Storms", Description: "are large weather systems", Truncated: true, Style: Style{Marker: "[more]"}}},
	{"ellipsis then more marker", "Storms are large… [More]",
		Tag{Name: "Storms", Description: "are large", Truncated: true, Style: Style{Marker: "…[More]"}}},
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
	{"spaced hyphen separator", "Trade - exchange of goods", Tag{Name: "Trade", Description: "exchange of goods", Style: Style{Separator: "-"}}},
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
		Tag{Code: "ZZZ-ORG", Name: "Armed groups", Description: "are armed groups", Style: Style{Bullet: "•"}}},
	{"zero-width space and BOM", "\ufeffWeather\u200bReports", Tag{Name: "Weather Reports"}},
	{"diacritics kept", "Café culture", Tag{Name: "Café culture"}},
	{"punctuation-only name", "!!!", Tag{Name: "!!!"}},

	// The punctuation a page may write, which Style keeps.
	{"seed page shape", "• QQQ-GRPX-VLF Vell Liberation Front VLF is an invented militia operating in...[+]",
		Tag{Code: "QQQ-GRPX-VLF", Name: "Vell Liberation Front", Aliases: []string{"VLF"},
			Description: "is an invented militia operating in", Truncated: true, Style: Style{Bullet: "•"}}},
	{"seed page shape spaced marker", "  •  QQQ-GRPX-VLF  Vell Liberation Front VLF is an invented militia ...[+] ",
		Tag{Code: "QQQ-GRPX-VLF", Name: "Vell Liberation Front", Aliases: []string{"VLF"},
			Description: "is an invented militia", Truncated: true, Style: Style{Bullet: "•"}}},
	{"bullet triangular", "‣ Weather", Tag{Name: "Weather", Style: Style{Bullet: "‣"}}},
	{"bullet white", "◦ Weather", Tag{Name: "Weather", Style: Style{Bullet: "◦"}}},
	{"bullet square", "▪ Weather", Tag{Name: "Weather", Style: Style{Bullet: "▪"}}},
	{"bullet black circle", "● Weather", Tag{Name: "Weather", Style: Style{Bullet: "●"}}},
	{"bullet en dash", "– Weather", Tag{Name: "Weather", Style: Style{Bullet: "–"}}},
	{"bullet em dash", "— Weather", Tag{Name: "Weather", Style: Style{Bullet: "—"}}},
	{"bullet run", "** Weather", Tag{Name: "Weather", Style: Style{Bullet: "**"}}},
	{"glued bullet run", "•·Weather", Tag{Name: "Weather", Style: Style{Bullet: "•·"}}},
	{"bullet before bullet-like name", "• •Weather", Tag{Name: "•Weather", Style: Style{Bullet: "•"}}},
	{"bullet and code", "- ZZZ-ORG Armed groups", Tag{Code: "ZZZ-ORG", Name: "Armed groups", Style: Style{Bullet: "-"}}},
	{"en dash separator", "Trade – exchange of goods", Tag{Name: "Trade", Description: "exchange of goods", Style: Style{Separator: "–"}}},
	{"double hyphen separator", "Trade -- exchange of goods", Tag{Name: "Trade", Description: "exchange of goods", Style: Style{Separator: "--"}}},
	{"em dash where copula runs together", "Storms — are large weather systems",
		Tag{Name: "Storms", Description: "are large weather systems", Style: Style{Separator: "—"}}},
	{"separator after name alone", "Trade —", Tag{Name: "Trade", Style: Style{Separator: "—"}}},
	{"hyphen separator after copula name", "This is Us -", Tag{Name: "This is Us", Style: Style{Separator: "-"}}},
	{"code and double hyphen description", "ZZZ-ORG -- organised groups",
		Tag{Code: "ZZZ-ORG", Description: "organised groups", Style: Style{Separator: "--"}}},
	{"code and separator alone", "ZZZ-ORG –", Tag{Code: "ZZZ-ORG", Style: Style{Separator: "–"}}},
	{"plus marker", "Storms were big [+]", Tag{Name: "Storms", Description: "were big", Truncated: true, Style: Style{Marker: "[+]"}}},
	{"More marker", "Storms were big[More]", Tag{Name: "Storms", Description: "were big", Truncated: true, Style: Style{Marker: "[More]"}}},
	{"MORE marker", "Storms were big [MORE]", Tag{Name: "Storms", Description: "were big", Truncated: true, Style: Style{Marker: "[MORE]"}}},
	{"three dots more marker", "Storms were big...[more]", Tag{Name: "Storms", Description: "were big", Truncated: true, Style: Style{Marker: "...[more]"}}},
	{"ellipsis plus marker", "Storms were big …[+]", Tag{Name: "Storms", Description: "were big", Truncated: true, Style: Style{Marker: "…[+]"}}},
	{"spaced dots and plus", "Storms were big ... [+]", Tag{Name: "Storms", Description: "were big", Truncated: true}},
	{"ellipsis on the word and in the marker", "Storms were big… …[more]",
		Tag{Name: "Storms", Description: "were big", Truncated: true, Style: Style{Marker: "……[more]"}}},
	{"ellipsis on the word before default marker", "Storms were big… ...[+]",
		Tag{Name: "Storms", Description: "were big", Truncated: true, Style: Style{Marker: "…...[+]"}}},
	{"ellipsis kept before glued marker", "Storms were big…...[+]",
		Tag{Name: "Storms", Description: "were big…", Truncated: true}},
	{"marker after separator", "Trade —…", Tag{Name: "Trade", Truncated: true, Style: Style{Separator: "—", Marker: "…"}}},
	{"bracketed code that could be bare", "[ZZZ-ORG] Armed groups",
		Tag{Code: "ZZZ-ORG", Name: "Armed groups", Style: Style{BracketCode: true}}},
	{"bracketed code only", "[ZZZ-ORG]", Tag{Code: "ZZZ-ORG", Style: Style{BracketCode: true}}},
	{"bracketed one-segment code only truncated", "[ECON]…", Tag{Code: "ECON", Truncated: true, Style: Style{Marker: "…"}}},
	{"empty brackets before a plain name", "[] Weather", Tag{Name: "Weather", Style: Style{BracketCode: true}}},
	{"empty brackets needed before an explicit separator", "[] ZZZ-ORG — is a group",
		Tag{Name: "ZZZ-ORG", Description: "is a group", Style: Style{Separator: "—"}}},
	{"empty brackets before a bullet-like name", "[] • x", Tag{Name: "• x"}},
	{"bullet-like name with glued marker", "——…", Tag{Name: "——", Truncated: true, Style: Style{Marker: "…"}}},
	{"bullet-like name with glued bracketed marker", "**[more]", Tag{Name: "**", Truncated: true, Style: Style{Marker: "[more]"}}},
	{"glued-bullet name escaped before marker", "[] ••…", Tag{Name: "••", Truncated: true, Style: Style{Marker: "…"}}},
	{"bullet then empty brackets", "• [] •x", Tag{Name: "•x", Style: Style{Bullet: "•", BracketCode: true}}},
	{"slash before acronym alias", "Northern Lantern Front / NLF",
		Tag{Name: "Northern Lantern Front", Aliases: []string{"NLF"}, Style: Style{AliasSlash: true}}},
	{"slashes before acronyms with trailing slash", "Northern Lantern Front / NLF / FLN /",
		Tag{Name: "Northern Lantern Front", Aliases: []string{"NLF", "FLN"}, Style: Style{AliasSlash: true, TrailingSlash: true}}},
	{"trailing slash after aliases", "Northern Lantern Front / Frente Linterna /",
		Tag{Name: "Northern Lantern Front", Aliases: []string{"Frente Linterna"}, Style: Style{TrailingSlash: true}}},
	{"trailing slash not needed", "Weather /", Tag{Name: "Weather", Style: Style{TrailingSlash: true}}},
	{"trailing slash after acronyms only", "UN OCHA /", Tag{Name: "UN OCHA", Style: Style{TrailingSlash: true}}},
	{"everything explicit", "* [ZZZ-ORG] Armed groups / AG -- are armed groups [more]",
		Tag{Code: "ZZZ-ORG", Name: "Armed groups", Aliases: []string{"AG"}, Description: "are armed groups", Truncated: true,
			Style: Style{Bullet: "*", Separator: "--", Marker: "[more]", BracketCode: true, AliasSlash: true}}},
}

// styled compares tags field by field including their Style, which
// Tag.Equal (and so cmp's default comparison) ignores.
var styled = cmp.Comparer(func(a, b Tag) bool { return a.Equal(b) && a.Style == b.Style })

// stripSpace removes every white space rune Parse recognises: two lines
// are equal modulo white space when stripSpace makes them equal.
func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestParse(t *testing.T) {
	for _, tc := range parseTests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.line)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tc.line, err)
			}
			if diff := cmp.Diff(tc.want, got, styled); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.line, diff)
			}
			// Formatting gives the line back modulo white space.
			s := got.String()
			if stripSpace(s) != stripSpace(tc.line) {
				t.Errorf("Parse(%q).String() = %q, not the line modulo white space", tc.line, s)
			}
			again, err := Parse(s)
			if err != nil {
				t.Fatalf("Parse(%q) (from String) error: %v", s, err)
			}
			if diff := cmp.Diff(got, again, styled); diff != "" {
				t.Errorf("Parse(%q) round trip mismatch (-want +got):\n%s", got.String(), diff)
			}
		})
	}
}

func TestParseKeepsLineModuloWhitespace(t *testing.T) {
	// Lines in the default form come back exactly, modulo runs of white
	// space, and parse with the zero Style.
	for _, line := range []string{
		"ZZZ-ORG-NLF Northern Lantern Front NLF is an invented armed group holding the Vell Valley...[+]",
		"ZZZ-ORG  Armed\u00a0groups",
		"medtop:20000123 economy, business and finance",
		"Northern Lantern Front — an invented group",
		"Northern Lantern Front / Frente Linterna / NLF",
		"Северный фронт СФ — вымышленная группа",
		"COVID-19 vaccines",
		"[ECON] Economy",
		"[] ZZZ-ORG",
		"Radio Vell RV /",
	} {
		tg, err := Parse(line)
		if err != nil {
			t.Fatalf("Parse(%q): %v", line, err)
		}
		if got, want := tg.String(), strings.Join(strings.Fields(line), " "); got != want {
			t.Errorf("Parse(%q).String() = %q, want %q", line, got, want)
		}
		if !tg.Style.IsZero() {
			t.Errorf("Parse(%q).Style = %+v, want the zero Style", line, tg.Style)
		}
	}
}

func TestStripSpace(t *testing.T) {
	for in, want := range map[string]string{
		" • A\u00a0B\u2009C\u3000D\u200bE\ufeffF\t\r\n": "•ABCDEF",
		"x … [more]": "x…[more]",
	} {
		if got := stripSpace(in); got != want {
			t.Errorf("stripSpace(%q) = %q, want %q", in, got, want)
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

// TestLineFormSmallLines checks the line-form promise on every line of up
// to three tricky words, each glued to the one before or spaced from it:
// String gives the line back modulo white space and reads back as the
// same tag, Style included.
func TestLineFormSmallLines(t *testing.T) {
	atoms := []string{"•", "-", "*", "—", "–", "--", "/", "[]", "[ECON]", "[zz-a]", "ZZZ-ORG", "is", "NLF", "x",
		"Storms", "——", "**", "…", "...", "[more]", "[+]", "II", "COVID-19", "••"}
	var check func(line string, depth int)
	check = func(line string, depth int) {
		if tg, err := Parse(line); err == nil {
			s := tg.String()
			if stripSpace(s) != stripSpace(line) {
				t.Errorf("Parse(%q).String() = %q, not the line modulo white space", line, s)
			}
			again, err := Parse(s)
			if err != nil {
				t.Errorf("Parse(%q) (from String) error: %v", s, err)
			} else if diff := cmp.Diff(tg, again, styled); diff != "" {
				t.Errorf("Parse(%q) then Parse(%q) mismatch (-first +second):\n%s", line, s, diff)
			}
		}
		if depth == 0 {
			return
		}
		for _, a := range atoms {
			check(line+" "+a, depth-1)
			check(line+a, depth-1)
		}
	}
	for _, a := range atoms {
		check(a, 2)
	}
}
