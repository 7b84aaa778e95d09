package agencies

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// id names an agency in test expectations: "APA/AT".
func id(a Agency) string { return a.Acronym + "/" + a.Country }

func ids(as []Agency) []string {
	var out []string
	for _, a := range as {
		out = append(out, id(a))
	}
	return out
}

var lookupTests = []struct {
	name string
	in   string
	want []string
}{
	// The seed page's credit and its other spellings.
	{"acronym", "MIA", []string{"MIA/MK"}},
	{"acronym lower case", "mia", []string{"MIA/MK"}},
	{"acronym with dots", "M.I.A.", []string{"MIA/MK"}},
	{"name", "Macedonian Information Agency", []string{"MIA/MK"}},
	{"name slug", "macedonian-information-agency", []string{"MIA/MK"}},
	{"name upper case spaced", "  MACEDONIAN   INFORMATION\tAGENCY ", []string{"MIA/MK"}},
	{"alias Cyrillic", "Македонска информативна агенција", []string{"MIA/MK"}},
	{"alias Cyrillic upper case", "МЕДИУМСКА ИНФОРМАТИВНА АГЕНЦИЈА", []string{"MIA/MK"}},
	{"domain", "mia.mk", []string{"MIA/MK"}},
	{"domain upper case", "MIA.MK", []string{"MIA/MK"}},
	{"URL", "https://www.mia.mk/en/latest-news?x=1#top", []string{"MIA/MK"}},
	{"URL with port and user", "http://user@mia.mk:8080/", []string{"MIA/MK"}},
	{"scheme-relative URL", "//mia.mk/", []string{"MIA/MK"}},
	{"host with path", "mia.mk/en", []string{"MIA/MK"}},
	{"subdomain", "english.news.cn", []string{"Xinhua/CN"}},
	{"second domain", "apnews.com", []string{"AP/US"}},
	{"host with trailing dot", "afp.com.", []string{"AFP/FR"}},

	// Wire codes and credits.
	{"wire code digits", "MIA001", []string{"MIA/MK"}},
	{"wire code dash digits", "MIA-2020-01-24", []string{"MIA/MK"}},
	{"parenthesised", "(Reuters)", []string{"Reuters/GB"}},
	{"slug after slash", "AFP/xyz", []string{"AFP/FR"}},
	{"combined credit gives the first", "Reuters/AP", []string{"Reuters/GB"}},
	{"photo credit", "AP Photo/Jane Roe", []string{"AP/US"}},
	{"long name then slug", "Agence France-Presse/Getty Images", []string{"AFP/FR"}},
	{"name then acronym", "Deutsche Presse-Agentur (dpa)", []string{"dpa/DE"}},
	{"leading The", "The Associated Press", []string{"AP/US"}},
	{"leading The then slug", "the Associated Press/xyz", []string{"AP/US"}},
	{"label", "Source: MIA", []string{"MIA/MK"}},
	{"label then credit line", "Photo: AP/Jane Roe", []string{"AP/US"}},
	{"label then domain", "Source: https://mia.mk/x", []string{"MIA/MK"}},
	{"one label only", "Photo: Source: AFP", nil},
	{"hyphenated acronym", "dpa-AFX", []string{"dpa-AFX/DE"}},
	{"hyphenated acronym spaced", "DPA AFX", []string{"dpa-AFX/DE"}},

	// Diacritics, case, punctuation, other scripts.
	{"diacritics dropped", "Agencia Brasil", []string{"ABr/BR"}},
	{"diacritics upper case", "AGÊNCIA BRASIL", []string{"ABr/BR"}},
	{"caron acronym", "ČTK", []string{"ČTK/CZ"}},
	{"caron acronym plain", "CTK", []string{"ČTK/CZ"}},
	{"caron name plain", "Ceska tiskova kancelar", []string{"ČTK/CZ"}},
	{"acute name", "TELAM", []string{"Télam/AR"}},
	{"dotted capital I", "İHA", []string{"İHA/TR"}},
	{"dotless i", "ıhlas haber ajansı", []string{"İHA/TR"}},
	{"ring above", "Norsk Telegrambyra", []string{"NTB/NO"}},
	{"Greek", "ΑΠΕ-ΜΠΕ", []string{"ANA-MPA/GR"}},
	{"Greek lower case", "αθηναϊκό-μακεδονικό πρακτορείο ειδήσεων", []string{"ANA-MPA/GR"}},
	{"Cyrillic", "ТАСС", []string{"TASS/RU"}},
	{"Chinese", "新华社", []string{"Xinhua/CN"}},
	{"Korean", "연합뉴스", []string{"Yonhap/KR"}},
	{"Arabic", "وكالة الأنباء الكويتية", []string{"KUNA/KW"}},
	{"fullwidth", "ＡＦＰ", []string{"AFP/FR"}},
	{"zero width inside", "M\u200bIA", []string{"MIA/MK"}},
	{"ampersand alias", "Dow Jones & Co.", []string{"Dow Jones/US"}},

	// Ambiguous acronyms: every candidate, acronym matches first, then
	// names, aliases; within a kind in table order (acronym, country).
	{"APA", "APA", []string{"APA/AT", "APA/AZ", "APA/SN"}},
	{"CNA", "CNA", []string{"CNA/CY", "CNA/TW", "CNA/US"}},
	{"ANA", "ANA", []string{"ANA/ZA", "ANA-MPA/GR"}},
	{"ANP", "ANP", []string{"ANP/NE", "ANP/NL"}},
	{"APS", "APS", []string{"APS/DZ", "APS/SN"}},
	{"KNA", "KNA", []string{"KNA/DE", "KNA/KE"}},
	{"CNS", "CNS", []string{"CNS/CN", "CNS/US"}},
	{"BNA", "BNA", []string{"BNA/AF", "BNA/BH"}},
	{"IPN", "IPN", []string{"IPN/GE", "IPN/MD"}},
	{"MNA", "MNA", []string{"MNA/IR", "MNA/MM"}},
	{"NNA", "NNA", []string{"NNA/JP", "NNA/LB"}},
	{"ambiguous wire code", "APA0042", []string{"APA/AT", "APA/AZ", "APA/SN"}},
	{"ABP", "ABP", []string{"ABP/BI", "ABP/BJ"}},
	{"ACN", "ACN", []string{"ACN/CU", "ACN/ES"}},
	{"not available", "N/A", nil},
	{"press release wire", "ACCESSWIRE", []string{"ACCESSWIRE/US"}},
	{"press release wire with slash", "NEW YORK, NY/ACCESSWIRE", nil},
	{"domain is not ambiguous", "apa.az", []string{"APA/AZ"}},

	// Misses.
	{"empty", "", nil},
	{"spaces", " \t\n", nil},
	{"punctuation", "/-()", nil},
	{"unknown", "Nonexistent Wire Service", nil},
	{"letters glued to an acronym", "APPLE", nil},
	{"digits first", "001MIA", nil},
	{"unknown domain", "example.com", nil},
	{"agency name under another domain", "mia.mk.example.org", nil},
	{"agency domain as a path", "https://example.com/mia.mk", nil},
	{"URL without dot", "https://localhost/", nil},
	{"dateline", "BAGHDAD (Reuters)", nil},
	{"a word, then an acronym", "by AFP", nil},
}

func TestLookup(t *testing.T) {
	for _, tt := range lookupTests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(Lookup(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestLookupTable walks the whole table: every acronym, name, alias,
// domain and home page finds its agency.
func TestLookupTable(t *testing.T) {
	for a := range All() {
		t.Run(id(a), func(t *testing.T) {
			queries := []string{a.Acronym, a.Name, strings.ToUpper(a.Name), strings.ToLower(a.Acronym) + "-001"}
			queries = append(queries, a.Aliases...)
			for _, d := range a.Domains {
				queries = append(queries, d, "https://www."+d+"/some/path?q=1", strings.ToUpper(d))
			}
			if a.URL != "" {
				queries = append(queries, a.URL)
			}
			for _, q := range queries {
				if !slices.ContainsFunc(Lookup(q), func(b Agency) bool { return cmp.Equal(a, b) }) {
					t.Errorf("Lookup(%q) = %q, want it to include %s", q, ids(Lookup(q)), id(a))
				}
			}
		})
	}
}

func TestLookupHostile(t *testing.T) {
	big := strings.Repeat("a", 1<<20)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"invalid UTF-8 alone", "\xff\xfe\xfd", nil},
		{"invalid UTF-8 as separator", "MIA\xff001", []string{"MIA/MK"}},
		{"invalid UTF-8 inside a word", "M\xffIA", []string{"MIA/MK"}},
		{"truncated rune", "MIA\xd0", []string{"MIA/MK"}},
		{"NUL", "MIA\x00", []string{"MIA/MK"}},
		{"1 MiB word", big, nil},
		{"1 MiB of spaces, then a credit", strings.Repeat(" ", 1<<20) + "MIA", []string{"MIA/MK"}},
		{"credit, then 1 MiB", "MIA " + big, []string{"MIA/MK"}},
		{"1 MiB of slashes", strings.Repeat("MIA/", 1<<18), []string{"MIA/MK"}},
		{"1 MiB host", strings.Repeat("a.", 1<<19) + "mia.mk", []string{"MIA/MK"}},
		{"1 MiB host, unknown", strings.Repeat("a.", 1<<19) + "com", nil},
		{"1 MiB of combining marks", "MIA" + strings.Repeat("\u0301", 1<<19), []string{"MIA/MK"}},
		{"1 MiB of invalid bytes", strings.Repeat("\xff", 1<<20), nil},
		{"long decompositions", strings.Repeat("\ufdfa", 1<<10), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(Lookup(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lookup(%.20q...) mismatch (-want +got):\n%s", tt.in, diff)
			}
			// Invalid UTF-8 reads as U+FFFD.
			repaired := ids(Lookup(strings.ToValidUTF8(tt.in, "\uFFFD")))
			if diff := cmp.Diff(got, repaired); diff != "" {
				t.Errorf("Lookup of the repaired string differs (-raw +repaired):\n%s", diff)
			}
			for range Split(tt.in) {
			}
		})
	}
}

func TestLookupDoesNotAllocateOnMiss(t *testing.T) {
	for _, s := range []string{
		"Nonexistent Wire Service",
		"APPLE",
		"https://example.com/some/path",
		"example.com",
		"by AFP",
		strings.Repeat("x", 4096),
		strings.Repeat("a.", 512) + "com",
		"Агенция без име",
	} {
		if n := testing.AllocsPerRun(100, func() { Lookup(s) }); n != 0 {
			t.Errorf("Lookup(%.20q) allocates %v times, want 0", s, n)
		}
	}
}

func TestLookupReturnsCopies(t *testing.T) {
	a := Lookup("MIA")[0]
	a.Aliases[0] = "changed"
	a.Domains[0] = "changed.example"
	a.Languages[0] = "xx"
	b := Lookup("MIA")[0]
	if b.Aliases[0] == "changed" || b.Domains[0] == "changed.example" || b.Languages[0] == "xx" {
		t.Errorf("modifying a result of Lookup changed the registry: %+v", b)
	}
}

func TestAll(t *testing.T) {
	var list []Agency
	for a := range All() {
		list = append(list, a)
	}
	if len(list) != Len() {
		t.Errorf("All yields %d agencies, Len() = %d", len(list), Len())
	}
	if !slices.IsSortedFunc(list, func(a, b Agency) int {
		return strings.Compare(Key(a.Acronym)+"\x00"+a.Country, Key(b.Acronym)+"\x00"+b.Country)
	}) {
		t.Errorf("All is not in (folded acronym, country) order")
	}
	n := 0
	for range All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("All does not stop when asked")
	}
}

var (
	alpha2  = regexp.MustCompile(`^[A-Z]{2}$`)
	hostRe  = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$`)
	minimum = 130
)

// TestData checks the registry's data: the promises of Agency's fields,
// and the coverage the issue asks for.
func TestData(t *testing.T) {
	seen := map[string]bool{}
	countries := map[string]bool{}
	for a := range All() {
		if seen[id(a)] {
			t.Errorf("%s: acronym and country repeated", id(a))
		}
		seen[id(a)] = true
		countries[a.Country] = true
		if a.Acronym == "" || a.Name == "" {
			t.Errorf("%s: empty acronym or name", id(a))
		}
		if !alpha2.MatchString(a.Country) {
			t.Errorf("%s: country %q is not alpha-2", id(a), a.Country)
		}
		if len(a.Languages) == 0 {
			t.Errorf("%s: no languages", id(a))
		}
		for _, l := range a.Languages {
			if tag, err := language.Parse(l); err != nil || tag.String() != l {
				t.Errorf("%s: language %q is not a canonical BCP 47 tag", id(a), l)
			}
		}
		for _, d := range a.Domains {
			if !hostRe.MatchString(d) || strings.HasPrefix(d, "www.") {
				t.Errorf("%s: domain %q is not a lower case host name without www.", id(a), d)
			}
		}
		if a.URL != "" && !strings.HasPrefix(a.URL, "https://") && !strings.HasPrefix(a.URL, "http://") {
			t.Errorf("%s: URL %q", id(a), a.URL)
		}
		for _, s := range append([]string{a.Acronym, a.Name, a.URL}, a.Aliases...) {
			if !utf8.ValidString(s) {
				t.Errorf("%s: invalid UTF-8 in %q", id(a), s)
			}
		}
	}
	if Len() < minimum {
		t.Errorf("the registry has %d agencies, want at least %d", Len(), minimum)
	}
	if len(countries) < 100 {
		t.Errorf("the registry covers %d countries, want at least 100", len(countries))
	}
	// A few the issue names, one per continent and then some.
	for _, q := range []string{"AP", "Reuters", "AFP", "dpa", "EFE", "ANSA", "Xinhua", "TASS", "Kyodo", "Yonhap",
		"PTI", "Anadolu", "MIA", "Prensa Latina", "Agência Brasil", "AAP", "MENA", "NAN", "KNA", "IRNA"} {
		if Lookup(q) == nil {
			t.Errorf("Lookup(%q) = nil, want an agency", q)
		}
	}
}

// TestIndex checks the generated index against the table: sorted, each
// key the fold of the field it came from, maxKeyLen exact.
func TestIndex(t *testing.T) {
	longest := 0
	for i := range builtin.end {
		k := builtin.key(i)
		longest = max(longest, len(k))
		if i > 0 && builtin.key(i-1) > k {
			t.Fatalf("index not sorted at %d: %q > %q", i, builtin.key(i-1), k)
		}
		a, kind := *builtin.agency(i), builtin.kind(i)
		var from []string
		switch kind {
		case kindAcronym:
			from = []string{a.Acronym}
		case kindName:
			from = []string{a.Name}
		case kindAlias:
			from = a.Aliases
		case kindDomain:
			from = a.Domains
		}
		if !slices.ContainsFunc(from, func(s string) bool { return s == k || Key(s) == k }) {
			t.Errorf("key %q (kind %d) does not come from %s", k, kind, id(a))
		}
	}
	if longest != maxKeyLen {
		t.Errorf("maxKeyLen = %d, longest key is %d", maxKeyLen, longest)
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Agência  Brasil", "agenciabrasil"},
		{"agencia-brasil", "agenciabrasil"},
		{"ČTK", "ctk"},
		{"Straße", "strasse"},
		{"Ærø Œuvre", "aerooeuvre"},
		{"Łódź", "lodz"},
		{"Đakovo", "dakovo"},
		{"Þór", "thor"},
		{"ΑΠΕ-ΜΠΕ", "απεμπε"},
		{"ΟΔΟΣ", "οδοσ"},
		{"οδός", "οδοσ"},
		{"ＡＦＰ", "afp"},
		{"ﬁle", "file"},
		{"\xffM\xfeI\xfdA", "mia"},
		{"", ""},
		{"MIA-001", "mia001"},
		{"ǖ ṩ", "us"},
		{"한국", "한국"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

var splitTests = []struct {
	name string
	in   string
	want []string
}{
	{"slash", "AP/Reuters", []string{"AP", "Reuters"}},
	{"and", "AFP and dpa", []string{"AFP", "dpa"}},
	{"commas and y", "AFP, Reuters; EFE y AP", []string{"AFP", "Reuters", "EFE", "AP"}},
	{"German und", "dpa und AFP", []string{"dpa", "AFP"}},
	{"Cyrillic и", "ТАСС и РИА Новости", []string{"ТАСС", "РИА Новости"}},
	{"ampersand inside a name", "Dow Jones & Company", []string{"Dow Jones & Company"}},
	{"ampersand between credits", "AP & Reuters", []string{"AP", "Reuters"}},
	{"brackets", "(AFP)", []string{"AFP"}},
	{"brackets around each", "(AFP) / [dpa]", []string{"AFP", "dpa"}},
	{"name with acronym", "Deutsche Presse-Agentur (dpa)", []string{"Deutsche Presse-Agentur (dpa)"}},
	{"URL kept whole", "https://mia.mk/en/a and Reuters", []string{"https://mia.mk/en/a", "Reuters"}},
	{"single", "  MIA  ", []string{"MIA"}},
	{"empty", "", nil},
	{"only separators", " / , ; ", nil},
	{"leading conjunction is a word", "and AP", []string{"and AP"}},
	{"quotes", `"AP" + 'AFP'`, []string{"AP", "AFP"}},
	{"line breaks", "AP\nAFP\r\nEFE", []string{"AP", "AFP", "EFE"}},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Collect(Split(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	n := 0
	for range Split("AP/AFP/EFE") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("Split does not stop when asked")
	}
}

func FuzzLookup(f *testing.F) {
	for _, tt := range lookupTests {
		f.Add(tt.in)
	}
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	f.Add("MIA\xff")
	f.Fuzz(func(t *testing.T, s string) {
		got := Lookup(s)
		for _, a := range got {
			// Each hit is found again by its acronym.
			if !slices.ContainsFunc(Lookup(a.Acronym), func(b Agency) bool { return cmp.Equal(a, b) }) {
				t.Errorf("Lookup(%q) found %s, but Lookup(%q) does not", s, id(a), a.Acronym)
			}
		}
		// Candidates are distinct and the result is deterministic.
		if len(slices.Compact(slices.Sorted(slices.Values(ids(got))))) != len(got) {
			t.Errorf("Lookup(%q) = %q has duplicates", s, ids(got))
		}
		if diff := cmp.Diff(ids(got), ids(Lookup(s))); diff != "" {
			t.Errorf("Lookup(%q) is not deterministic:\n%s", s, diff)
		}
		// Invalid UTF-8 reads as U+FFFD.
		if diff := cmp.Diff(ids(got), ids(Lookup(strings.ToValidUTF8(s, "\uFFFD")))); diff != "" {
			t.Errorf("Lookup(%q) differs from Lookup of its repaired form:\n%s", s, diff)
		}
		// Split yields non-empty, ordered, non-overlapping substrings.
		end := 0
		for part := range Split(s) {
			i := strings.Index(s[end:], part)
			if part == "" || i < 0 {
				t.Fatalf("Split(%q) yielded %q, not a non-empty substring after offset %d", s, part, end)
			}
			end += i + len(part)
		}
	})
}
