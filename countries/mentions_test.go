package countries

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/internal/hostile"
)

type mention struct {
	Country string
	Text    string
	Form    Form
}

func mentions(o MentionOptions, text string) []mention {
	var out []mention
	for m := range o.Mentions(text) {
		out = append(out, mention{m.Country.Alpha2(), text[m.Start:m.End], m.Form})
	}
	return out
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []mention
	}{
		{"empty", "", nil},
		{"none", "the minister said nothing of note", nil},
		{"name", "Talks in Iraq resumed.", []mention{{"IQ", "Iraq", FormName}}},
		{"at the ends", "Iraq", []mention{{"IQ", "Iraq", FormName}}},
		{"plural demonym is one mention", "Iraqis voted.", []mention{{"IQ", "Iraqis", FormDemonym}}},
		{"possessive", "Iraq's oil and Iraq’s debt", []mention{{"IQ", "Iraq", FormName}, {"IQ", "Iraq", FormName}}},
		{"whole words only", "Iraqiland, Omani, Woman, Chadwick, Niger", []mention{{"OM", "Omani", FormDemonym}, {"NE", "Niger", FormName}}},
		{"leftmost longest", "South Sudan and Papua New Guinea, Guinea-Bissau, Equatorial Guinea",
			[]mention{{"SS", "South Sudan", FormName}, {"PG", "Papua New Guinea", FormName}, {"GW", "Guinea-Bissau", FormName}, {"GQ", "Equatorial Guinea", FormName}}},
		{"long official name", "the Democratic Republic of the Congo said",
			[]mention{{"CD", "Democratic Republic of the Congo", FormName}}},
		{"abbreviations in upper case only", "US and U.S. and USA but not us or Us",
			[]mention{{"US", "US", FormAbbreviation}, {"US", "U.S.", FormAbbreviation}, {"US", "USA", FormAbbreviation}}},
		{"UK", "the UK and the U.K.", []mention{{"GB", "UK", FormAbbreviation}, {"GB", "U.K.", FormAbbreviation}}},
		{"abbreviation at sentence end", "He moved to the U.S. Then", []mention{{"US", "U.S.", FormAbbreviation}}},
		{"lower case is not a mention", "fine china, a turkey, chad and jordan", nil},
		{"capitalised", "China and Turkey", []mention{{"CN", "China", FormName}, {"TR", "Turkey", FormAlias}}},
		{"person names", "Chad Smith met Michael Jordan in Amman.", nil},
		{"countries named Chad and Jordan", "Chad and Jordan signed. In Jordan, talks began. Troops left Chad.",
			[]mention{{"TD", "Chad", FormName}, {"JO", "Jordan", FormName}, {"JO", "Jordan", FormName}, {"TD", "Chad", FormName}}},
		{"US state", "Atlanta, Georgia, is far from Georgia and Tbilisi", []mention{{"GE", "Georgia", FormName}}},
		{"blocked phrases", "New Jersey, New Mexico, Latin America, the Indian Ocean, a Guinea pig",
			nil},
		{"ambiguous names are not guessed", "Korea and Congo, but North Korea",
			[]mention{{"KP", "North Korea", FormName}}},
		{"diacritics", "Côte d'Ivoire, Cote d’Ivoire, São Tomé and Príncipe, Curaçao, Türkiye",
			[]mention{{"CI", "Côte d'Ivoire", FormName}, {"CI", "Cote d’Ivoire", FormName}, {"ST", "São Tomé and Príncipe", FormName}, {"CW", "Curaçao", FormName}, {"TR", "Türkiye", FormName}}},
		{"ampersand", "Trinidad & Tobago", []mention{{"TT", "Trinidad & Tobago", FormName}}},
		{"St.", "St. Lucia and St Kitts and Nevis", []mention{{"LC", "St. Lucia", FormName}, {"KN", "St Kitts and Nevis", FormName}}},
		{"former name", "Swaziland, now Eswatini", []mention{{"SZ", "Swaziland", FormFormerName}, {"SZ", "Eswatini", FormName}}},
		{"the", "The Netherlands and the Netherlands", []mention{{"NL", "The Netherlands", FormAlias}, {"NL", "Netherlands", FormName}}},
		{"line break inside a name", "United\nStates", []mention{{"US", "United\nStates", FormName}}},
		{"after digits and marks", "2Iraq (Iraq) \"Iraq\"", []mention{{"IQ", "Iraq", FormName}, {"IQ", "Iraq", FormName}}},
		{"invalid UTF-8", "\xffIraq\xfe", []mention{{"IQ", "Iraq", FormName}}},
		{"non-Latin text", "Ελλάδα и Россия", nil},
		{"codes off by default", "IT IN IQ", nil},
		{"plural blocks", "Latin Americans and South Americans, not Americans",
			[]mention{{"US", "Americans", FormDemonym}}},
		{"more demonyms", "Saudis, Czechs and Britons in Gaza", []mention{{"SA", "Saudis", FormDemonym}, {"CZ", "Czechs", FormDemonym}, {"GB", "Britons", FormDemonym}, {"PS", "Gaza", FormAlias}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, mentions(MentionOptions{}, tt.in)); diff != "" {
				t.Errorf("Mentions(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestMentionsCodes(t *testing.T) {
	got := mentions(MentionOptions{Codes: true}, "IQ, IRQ and US; iq, IQS, ZZ")
	want := []mention{{"IQ", "IQ", FormCode}, {"IQ", "IRQ", FormCode}, {"US", "US", FormAbbreviation}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Mentions with codes (-want +got):\n%s", diff)
	}
}

func TestMentionsStop(t *testing.T) {
	n := 0
	for range Mentions("Iraq Iraq Iraq") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("iteration went on after break: %d", n)
	}
}

func TestMentionsAllocs(t *testing.T) {
	text := hostile.NewsText(1 << 14)
	if n := testing.AllocsPerRun(10, func() {
		for range Mentions(text) {
		}
	}); n > 1 {
		t.Errorf("Mentions allocates %v times", n)
	}
}

func TestMentionsHostile(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("United ", 10000),
		strings.Repeat("Democratic Republic of the ", 5000),
		strings.Repeat("U.S.", 10000),
		strings.Repeat("É", 10000),
		strings.Repeat("A'", 10000),
	} {
		for m := range Mentions(text) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad mention %+v", m)
			}
		}
	}
}
