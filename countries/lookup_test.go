package countries

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		in       string
		want     string // alpha-2; "" for not found
		wantForm Form
	}{
		{"Iraq", "IQ", FormName},
		{"IRAQ", "IQ", FormName},
		{"  iraq  ", "IQ", FormName},
		{"iraq", "IQ", FormSlug},
		{"IQ", "IQ", FormCode},
		{"irq", "IQ", FormCode},
		{"368", "IQ", FormCode},
		{"Republic of Iraq", "IQ", FormOfficialName},
		{"Iraqi", "IQ", FormDemonym},
		{"Iraqis", "IQ", FormDemonym},
		{"United States", "US", FormName},
		{"the United States", "US", FormName},
		{"The United States.", "US", FormName},
		{"united-states", "US", FormSlug},
		{"united_states", "US", FormName},
		{"United  States", "US", FormName},
		{"USA", "US", FormCode},
		{"U.S.", "US", FormAbbreviation},
		{"U.S.A.", "US", FormAbbreviation},
		{"us", "US", FormCode},
		{"American", "US", FormDemonym},
		{"Americans", "US", FormDemonym},
		{"UK", "GB", FormAbbreviation},
		{"U.K.", "GB", FormAbbreviation},
		{"Great Britain", "GB", FormAlias},
		{"Britons", "GB", FormDemonym},
		{"Ivory Coast", "CI", FormAlias},
		{"Cote d'Ivoire", "CI", FormName},
		{"Côte d’Ivoire", "CI", FormName},
		{"COTE DIVOIRE", "CI", FormName},
		{"Czech Republic", "CZ", FormOfficialName},
		{"Czechia", "CZ", FormName},
		{"Burma", "MM", FormAlias},
		{"Swaziland", "SZ", FormFormerName},
		{"Eswatini", "SZ", FormName},
		{"North Macedonia", "MK", FormName},
		{"Macedonia", "MK", FormFormerName},
		{"Swiss", "CH", FormDemonym},
		{"Iranian", "IR", FormDemonym},
		{"Frenchmen", "FR", FormDemonym},
		{"Democratic Republic of the Congo", "CD", FormName},
		{"DR Congo", "CD", FormAlias},
		{"Congo-Brazzaville", "CG", FormAlias},
		{"Trinidad & Tobago", "TT", FormName},
		{"St. Kitts & Nevis", "KN", FormAlias},
		{"St Lucia", "LC", FormName},
		{"Guinea", "GN", FormName},
		{"Türkiye", "TR", FormName},
		{"Turkey", "TR", FormAlias},
		{"Kosovo", "XK", FormName},
		{"Kosovars", "XK", FormDemonym},
		{"Virgin Islands", "VG", FormOfficialName},
		{"Vereinigte Staaten", "US", FormLocal},
		{"États-Unis", "US", FormLocal},
		{"Etats Unis", "US", FormLocal},
		{"العراق", "IQ", FormLocal},
		{"Irak", "IQ", FormLocal},
		{"Congo", "", 0},
		{"Korea", "", 0},
		{"Korean", "", 0},
		{"Dominican", "", 0},
		{"Narnia", "", 0},
		{"", "", 0},
		{"   ", "", 0},
		{"...", "", 0},
		{"New Jersey", "", 0},
		{"the", "", 0},
		{"ZZ", "", 0},
		{"\xff\xfe", "", 0},
		{strings.Repeat("Iraq ", 200), "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Lookup(tt.in)
			if got.Alpha2() != tt.want || ok != (tt.want != "") {
				t.Errorf("Lookup(%q) = %v, %v, want %q", tt.in, got, ok, tt.want)
			}
			_, f, _ := LookupForm(tt.in)
			if f != tt.wantForm {
				t.Errorf("LookupForm(%q) form = %v, want %v", tt.in, f, tt.wantForm)
			}
		})
	}
}

func codes(cs []Country) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Alpha2())
	}
	return out
}

func TestLookupAll(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Congo", []string{"CD", "CG"}},
		{"congolese", []string{"CD", "CG"}},
		{"Korea", []string{"KP", "KR"}},
		{"Koreans", []string{"KP", "KR"}},
		{"Dominican", []string{"DM", "DO"}},
		{"Iraq", []string{"IQ"}},
		{"IQ", []string{"IQ"}},
		{"Irak", []string{"IQ"}},
		{"the Congo", []string{"CD", "CG"}},
		{"Narnia", nil},
		{"", nil},
		{"New Jersey", nil},
		{strings.Repeat("a", 600), nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, codes(LookupAll(tt.in))); diff != "" {
				t.Errorf("LookupAll(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestLookuper(t *testing.T) {
	l := NewLookuper(map[string]Country{
		"Blighty":     MustParse("GB"),
		"Mesopotamia": MustParse("IQ"),
		"Congo":       MustParse("CD"), // the caller's newsroom means DR Congo
		"Iraq":        MustParse("US"), // extra names win
		"Zed":         MustParse("ZA"),
		"ZED":         MustParse("ZM"), // same key, another country: ambiguous
		"Nowhere":     {},              // invalid: ignored
		"...":         MustParse("IQ"), // empty key: ignored
	})
	tests := []struct {
		in       string
		want     string
		wantForm Form
		wantAll  []string
	}{
		{"blighty", "GB", FormUser, []string{"GB"}},
		{"the Blighty", "GB", FormUser, []string{"GB"}},
		{"Mesopotamia", "IQ", FormUser, []string{"IQ"}},
		{"Congo", "CD", FormUser, []string{"CD"}},
		{"Iraq", "US", FormUser, []string{"US"}},
		{"zed", "", 0, []string{"ZA", "ZM"}},
		{"Nowhere", "", 0, nil},
		{"France", "FR", FormName, []string{"FR"}},
		{"Korea", "", 0, []string{"KP", "KR"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, f, ok := l.LookupForm(tt.in)
			if got.Alpha2() != tt.want || ok != (tt.want != "") || f != tt.wantForm {
				t.Errorf("LookupForm(%q) = %v, %v, %v, want %q, %v", tt.in, got, f, ok, tt.want, tt.wantForm)
			}
			if got2, ok2 := l.Lookup(tt.in); got2 != got || ok2 != ok {
				t.Errorf("Lookup(%q) = %v, %v, LookupForm gave %v, %v", tt.in, got2, ok2, got, ok)
			}
			if diff := cmp.Diff(tt.wantAll, codes(l.LookupAll(tt.in))); diff != "" {
				t.Errorf("LookupAll(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	t.Run("zero Lookuper uses the defaults", func(t *testing.T) {
		var z Lookuper
		if got, ok := z.Lookup("Iraq"); !ok || got.Alpha2() != "IQ" {
			t.Errorf("Lookuper{}.Lookup(\"Iraq\") = %v, %v", got, ok)
		}
	})
	t.Run("package lookup unchanged", func(t *testing.T) {
		if got, _ := Lookup("Iraq"); got.Alpha2() != "IQ" {
			t.Errorf("Lookup(\"Iraq\") = %v after NewLookuper", got)
		}
	})
}

func TestLookupAllocs(t *testing.T) {
	for _, s := range []string{"Iraq", "United States", "united-states", "Iraqis", "U.S.", "Côte d'Ivoire", "IQ"} {
		if n := testing.AllocsPerRun(100, func() { Lookup(s) }); n != 0 {
			t.Errorf("Lookup(%q) allocates %v times", s, n)
		}
	}
}
