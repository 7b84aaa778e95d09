package tags

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSegmentsParent(t *testing.T) {
	tests := []struct {
		code     string
		segments []string
		parent   string
	}{
		{"ZZZ-ORG-NLF", []string{"ZZZ", "ORG", "NLF"}, "ZZZ-ORG"},
		{"medtop:20000123", []string{"medtop", "20000123"}, "medtop"},
		{"SPO/FBL:X", []string{"SPO", "FBL", "X"}, "SPO/FBL"},
		{"ECON", []string{"ECON"}, ""},
		{"", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			tg := Tag{Code: tc.code}
			if diff := cmp.Diff(tc.segments, tg.Segments()); diff != "" {
				t.Errorf("Segments(%q) mismatch (-want +got):\n%s", tc.code, diff)
			}
			if got := tg.Parent(); got != tc.parent {
				t.Errorf("Parent(%q) = %q, want %q", tc.code, got, tc.parent)
			}
		})
	}
}

func TestWithin(t *testing.T) {
	tests := []struct {
		code, within string
		want         bool
	}{
		{"ZZZ-ORG-NLF", "ZZZ-ORG", true},
		{"ZZZ-ORG-NLF", "zzz/org", true},
		{"ZZZ-ORG-NLF", "ZZZ", true},
		{"ZZZ-ORG-NLF", "ZZZ-ORG-NLF", true},
		{"ZZZ-ORG-NLF", "ZZZ-OR", false},
		{"ZZZ-ORG-NLF", "ZZZ-ORG-NLF-X", false},
		{"ZZZ-ORG-NLF", "ZZZ-ORG-", false},
		{"ZZZ-ORG-NLF", "", false},
		{"", "ZZZ", false},
		{"medtop:20000123", "MEDTOP", true},
	}
	for _, tc := range tests {
		if got := (Tag{Code: tc.code}).Within(tc.within); got != tc.want {
			t.Errorf("Tag{Code: %q}.Within(%q) = %v, want %v", tc.code, tc.within, got, tc.want)
		}
	}
}

func TestKey(t *testing.T) {
	same := [][]Tag{
		{{Code: "ZZZ-ORG"}, {Code: "zzz/org", Name: "Other"}, {Code: "Zzz:Org"}},
		{{Name: "Al-Qaeda"}, {Name: "al qaeda"}, {Name: "AL  QAEDA"}},
		{{Name: "Café culture"}, {Name: "cafe culture"}, {Name: "CAFÉ CULTURE"}},
		{{Name: "Straße"}, {Name: "strasse"}},
		{{Name: "Ｗｅａｔｈｅｒ"}, {Name: "weather"}},
	}
	for _, group := range same {
		for _, tg := range group[1:] {
			if group[0].Key() != tg.Key() {
				t.Errorf("Key(%#v) = %v, want %v", tg, tg.Key(), group[0].Key())
			}
		}
	}
	if (Tag{Code: "ZZZ"}).Key() == (Tag{Name: "ZZZ"}).Key() {
		t.Error("a code key equals a name key")
	}
	if (Tag{Name: "!!!"}).Key() == (Tag{Name: "???"}).Key() {
		t.Error("punctuation-only names share a key")
	}
	if !(Tag{}).Key().IsZero() {
		t.Error("Tag{}.Key() is not zero")
	}
	m := map[Key]int{(Tag{Code: "ZZZ-ORG"}).Key(): 1}
	if m[(Tag{Code: "zzz-org"}).Key()] != 1 {
		t.Error("Key does not work as a map key")
	}
}

func TestSlug(t *testing.T) {
	tests := []struct {
		tag  Tag
		want string
	}{
		{Tag{Name: "Northern Lantern Front"}, "northern-lantern-front"},
		{Tag{Name: "Côte d’Ivoire"}, "cote-d-ivoire"},
		{Tag{Name: "  Arts & Culture!  "}, "arts-culture"},
		{Tag{Name: "Северный фронт"}, "северный-фронт"},
		{Tag{Code: "ZZZ-ORG"}, "zzz-org"},
		{Tag{Code: "ZZZ-ORG", Name: "Armed groups"}, "armed-groups"},
		{Tag{Name: "COVID-19 vaccines"}, "covid-19-vaccines"},
	}
	for _, tc := range tests {
		if got := tc.tag.Slug(); got != tc.want {
			t.Errorf("%#v.Slug() = %q, want %q", tc.tag, got, tc.want)
		}
	}
}

func TestValidCode(t *testing.T) {
	for _, c := range []string{"ZZZ-ORG-NLF", "medtop:20000123", "ECON", "a.b_c/d", "9-X"} {
		if !ValidCode(c) {
			t.Errorf("ValidCode(%q) = false, want true", c)
		}
	}
	for _, c := range []string{"", "-X", "X-", "A--B", "é-1", "A B", "_A", string(make([]byte, 300))} {
		if ValidCode(c) {
			t.Errorf("ValidCode(%q) = true, want false", c)
		}
	}
}

func TestTagEqualClone(t *testing.T) {
	r := 1.5
	a := Tag{Name: "X", Aliases: []string{"Y"}, Relevance: &r}
	b := a.Clone()
	if !a.Equal(b) {
		t.Fatal("clone differs")
	}
	b.Aliases[0] = "Z"
	*b.Relevance = 2
	if a.Aliases[0] != "Y" || *a.Relevance != 1.5 {
		t.Error("Clone shares memory")
	}
	if a.Equal(b) {
		t.Error("Equal ignores differences")
	}
	if !slices.Equal(a.Aliases, []string{"Y"}) || !(Tag{}).IsZero() || a.IsZero() {
		t.Error("IsZero wrong")
	}
}
