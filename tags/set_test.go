package tags

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSetOrderAndDedup(t *testing.T) {
	var s Set
	for _, tg := range []Tag{
		{Name: "Weather"},
		{Code: "ZZZ-ORG-NLF", Name: "Northern Lantern Front"},
		{Name: "al qaeda"},
		{Code: "ZZZ", Name: "Security"},
		{Code: "zzz-org", Name: "Armed groups"},
		{Name: "Al-Qaeda"},
		{Code: "ZZZ/ORG/NLF"},
		{Code: "AAA", Name: "Zebra"},
	} {
		s.Add(tg)
	}
	var got []string
	for tg := range s.All() {
		got = append(got, tg.Key().String())
	}
	want := []string{"code:AAA", "code:ZZZ", "code:ZZZ-ORG", "code:ZZZ-ORG-NLF", "name:al qaeda", "name:weather"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Set order mismatch (-want +got):\n%s", diff)
	}
	if s.Len() != len(want) {
		t.Errorf("Len() = %d, want %d", s.Len(), len(want))
	}
	if tg, _ := s.Get((Tag{Name: "AL-QAEDA"}).Key()); tg.Name != "Al-Qaeda" {
		t.Errorf("merged name = %q, want the smaller spelling %q", tg.Name, "Al-Qaeda")
	}
	if tg, _ := s.Get((Tag{Code: "ZZZ-ORG"}).Key()); tg.Code != "zzz-org" || tg.Name != "Armed groups" {
		t.Errorf("Get(ZZZ-ORG) = %#v", tg)
	}
	var within []string
	for tg := range s.Within("ZZZ-ORG") {
		within = append(within, tg.Code)
	}
	if diff := cmp.Diff([]string{"zzz-org", "ZZZ-ORG-NLF"}, within); diff != "" {
		t.Errorf("Within mismatch (-want +got):\n%s", diff)
	}
	if tg, ok := s.LookupSlug("northern-lantern-front"); !ok || tg.Code != "ZZZ-ORG-NLF" {
		t.Errorf("LookupSlug = %#v, %v", tg, ok)
	}
	if _, ok := s.LookupSlug("nothing-here"); ok {
		t.Error("LookupSlug found a missing slug")
	}
}

func TestSetAddRemoveContains(t *testing.T) {
	var s Set
	a := Tag{Code: "ZZZ-ORG", Name: "Armed groups"}
	if !s.Add(a) || s.Add(a) {
		t.Error("Add reports change wrongly")
	}
	if s.Add(Tag{}) {
		t.Error("Add(Tag{}) added a tag without identity")
	}
	if !s.Contains(Tag{Code: "zzz:org"}) || s.Contains(Tag{Name: "Armed groups"}) {
		t.Error("Contains compares by key wrongly")
	}
	c := s // copies are independent
	c.Add(Tag{Name: "Weather"})
	if s.Len() != 1 || c.Len() != 2 {
		t.Errorf("copy shares storage: Len %d and %d", s.Len(), c.Len())
	}
	if !c.Remove(Tag{Name: "WEATHER"}) || c.Remove(Tag{Name: "Weather"}) {
		t.Error("Remove reports wrongly")
	}
	if !c.Remove(a) || c.Len() != 0 || s.Len() != 1 {
		t.Error("Remove on a copy changed the original")
	}
	for range c.All() {
		t.Error("empty set yields")
	}
	n := 0
	for range SetOf(a, Tag{Name: "X"}, Tag{Name: "Y"}).All() {
		n++
		break
	}
	if n != 1 {
		t.Error("All does not stop")
	}
}

func TestSetMergeKeepsRicher(t *testing.T) {
	r1, r2 := 40.0, 80.0
	tests := []struct {
		name string
		a, b Tag
		want Tag
	}{
		{"description beats none",
			Tag{Code: "ZZZ-ORG"}, Tag{Code: "ZZZ-ORG", Description: "is armed"},
			Tag{Code: "ZZZ-ORG", Description: "is armed"}},
		{"full beats truncated even when shorter",
			Tag{Code: "ZZZ-ORG", Description: "is an armed group of many", Truncated: true},
			Tag{Code: "ZZZ-ORG", Description: "is armed"},
			Tag{Code: "ZZZ-ORG", Description: "is armed"}},
		{"truncated beats none",
			Tag{Code: "ZZZ-ORG", Name: "Armed groups"}, Tag{Code: "ZZZ-ORG", Description: "is arm", Truncated: true},
			Tag{Code: "ZZZ-ORG", Name: "Armed groups", Description: "is arm", Truncated: true}},
		{"longer full description wins",
			Tag{Name: "X", Description: "is a"}, Tag{Name: "X", Description: "is a b"},
			Tag{Name: "X", Description: "is a b"}},
		{"fields filled from both",
			Tag{Code: "zzz-org", Name: "Armed groups", Aliases: []string{"MIL"}, Relevance: &r1},
			Tag{Code: "ZZZ-ORG", URI: "https://vocab.example.org/o", Aliases: []string{"ARM", "mil"}, Relevance: &r2, Confidence: &r1},
			Tag{Code: "ZZZ-ORG", Name: "Armed groups", Aliases: []string{"ARM", "MIL"}, URI: "https://vocab.example.org/o",
				Relevance: &r2, Confidence: &r1}},
		{"equal aliases keep their order",
			Tag{Name: "X", Aliases: []string{"ZZ", "AA"}}, Tag{Name: "X", Aliases: []string{"ZZ", "AA"}},
			Tag{Name: "X", Aliases: []string{"ZZ", "AA"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range [][2]Tag{{tc.a, tc.b}, {tc.b, tc.a}} {
				s := SetOf(order[0], order[1])
				got := slices.Collect(s.All())
				if diff := cmp.Diff([]Tag{tc.want}, got); diff != "" {
					t.Errorf("SetOf(%v, %v) mismatch (-want +got):\n%s", order[0], order[1], diff)
				}
			}
		})
	}
}

func TestSetUnionIntersect(t *testing.T) {
	a := SetOf(Tag{Code: "ZZZ-ORG"}, Tag{Name: "Weather"}, Tag{Name: "Sport", Description: "is play"})
	b := SetOf(Tag{Code: "zzz-org", Name: "Armed groups"}, Tag{Name: "Trade"}, Tag{Name: "sport"})
	u, v := a.Union(b), b.Union(a)
	if !u.Equal(v) || u.Len() != 4 {
		t.Errorf("Union: %v vs %v", slices.Collect(u.All()), slices.Collect(v.All()))
	}
	i, j := a.Intersect(b), b.Intersect(a)
	want := []Tag{{Code: "ZZZ-ORG", Name: "Armed groups"}, {Name: "Sport", Description: "is play"}}
	if diff := cmp.Diff(want, slices.Collect(i.All())); diff != "" || !i.Equal(j) {
		t.Errorf("Intersect mismatch (-want +got):\n%s", diff)
	}
	if a.Len() != 3 || b.Len() != 3 {
		t.Error("Union or Intersect changed an operand")
	}
	if c := a.Clone(); !c.Equal(a) {
		t.Error("Clone differs")
	}
}

// manyTags returns n distinct tags, half with codes and half with names
// only, in a shuffled order, followed by a duplicate of every tenth one
// carrying a description and an alias.
func manyTags(n int) []Tag {
	ts := make([]Tag, 0, n+n/10)
	for i := range n {
		if i%2 == 0 {
			ts = append(ts, Tag{Code: fmt.Sprintf("ZZZ-%d-%d", i%97, i), Name: fmt.Sprintf("Group %d", i)})
		} else {
			ts = append(ts, Tag{Name: fmt.Sprintf("Topic %d", i)})
		}
	}
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(ts), func(i, j int) { ts[i], ts[j] = ts[j], ts[i] })
	for i := 0; i < n; i += 10 {
		d := ts[i]
		d.Description, d.Aliases = "is invented", []string{fmt.Sprintf("Alias %d", i)}
		ts = append(ts, d)
	}
	return ts
}

func TestSetLarge(t *testing.T) {
	const n = 100_000
	ts := manyTags(n)
	s := SetOf(ts...)
	if s.Len() != n {
		t.Fatalf("SetOf(%d tags).Len() = %d, want %d", len(ts), s.Len(), n)
	}
	// Every Add, Remove and lookup visits at most depth nodes and copies
	// at most depth nodes; a balanced treap of 100k keys is about 40 deep.
	if d := s.root.depth(); d > 100 {
		t.Errorf("SetOf(%d tags) depth = %d, want at most 100", n, d)
	}
	var prev Key
	for tg := range s.All() {
		if k := tg.Key(); !prev.IsZero() && prev.compare(k) >= 0 {
			t.Fatalf("All out of order: %v after %v", k, prev)
		}
		prev = tg.Key()
	}

	var seq Set
	for _, tg := range ts {
		seq.Add(tg)
	}
	if !seq.Equal(s) {
		t.Error("adding 100k tags one by one differs from SetOf")
	}
	if d := seq.root.depth(); d > 100 {
		t.Errorf("Add of %d tags: depth = %d, want at most 100", n, d)
	}
	for _, tg := range ts[:n/2] {
		seq.Remove(tg)
	}
	if seq.Len() != n/2 || s.Len() != n {
		t.Errorf("after removing half: Len = %d (copy %d), want %d (%d)", seq.Len(), s.Len(), n/2, n)
	}
	if d := seq.root.depth(); d > 100 {
		t.Errorf("after Remove: depth = %d, want at most 100", d)
	}
}

func TestSetOfOneKeyManyAliases(t *testing.T) {
	// 100k duplicates of one key, each with its own alias: merged once,
	// not re-sorted on every duplicate.
	const n = 100_000
	ts := make([]Tag, n)
	for i := range ts {
		ts[i] = Tag{Code: "ZZZ-ORG", Aliases: []string{fmt.Sprintf("A%06d", n-i)}}
	}
	s := SetOf(ts...)
	tg, ok := s.Get(Tag{Code: "zzz-org"}.Key())
	if !ok || s.Len() != 1 || len(tg.Aliases) != n || tg.Aliases[0] != "A000001" {
		t.Errorf("SetOf(%d duplicates) = %d tags, %d aliases", n, s.Len(), len(tg.Aliases))
	}
}

func TestSetOfMatchesAdd(t *testing.T) {
	r1, r2 := 0.5, 0.9
	base := []Tag{
		{Code: "ZZZ-ORG", Aliases: []string{"ZZ", "AA"}},
		{Code: "zzz-org", Aliases: []string{"ZZ", "AA"}, Relevance: &r1},
		{Code: "ZZZ/ORG", Name: "Armed groups", Description: "is arm", Truncated: true},
		{Code: "zzz:org", Aliases: []string{"mil", "MIL"}, Relevance: &r2, Description: "is armed"},
		{Name: "Weather", Aliases: []string{"rain"}},
		{Name: "weather", Aliases: []string{"Rain", "sun"}, URI: "https://vocab.example.org/w"},
		{Name: "Trade"},
		{Name: "!!!"},
		{},
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 50 {
		ts := slices.Clone(base)
		rng.Shuffle(len(ts), func(i, j int) { ts[i], ts[j] = ts[j], ts[i] })
		var s Set
		for _, tg := range ts {
			s.Add(tg)
		}
		if diff := cmp.Diff(slices.Collect(s.All()), slices.Collect(SetOf(ts...).All())); diff != "" {
			t.Fatalf("shuffle %d: SetOf differs from Add (-add +SetOf):\n%s", i, diff)
		}
	}
}

func TestSetCopiesStayIndependent(t *testing.T) {
	s := SetOf(Tag{Code: "ZZZ-ORG"}, Tag{Name: "Weather"}, Tag{Name: "Trade"})
	want := slices.Collect(s.All())
	c := s
	// Changing the original must not change the copy either.
	s.Add(Tag{Name: "Sport"})
	s.Add(Tag{Code: "zzz-org", Name: "Armed groups"})
	s.Remove(Tag{Name: "Trade"})
	if diff := cmp.Diff(want, slices.Collect(c.All())); diff != "" || c.Len() != 3 {
		t.Errorf("copy changed with its original (-want +got):\n%s", diff)
	}
	after := slices.Collect(s.All())
	c.Add(Tag{Name: "Finance"})
	c.Remove(Tag{Name: "Weather"})
	if diff := cmp.Diff(after, slices.Collect(s.All())); diff != "" {
		t.Errorf("original changed with its copy (-want +got):\n%s", diff)
	}
}

func TestSetStyle(t *testing.T) {
	page := Tag{Code: "ZZZ-ORG", Name: "Armed groups", Description: "are armed", Truncated: true, Style: Style{Bullet: "•", Marker: "…"}}
	var s Set
	s.Add(page)
	if s.Add(page) {
		t.Error("adding the same styled tag again changed the set")
	}
	got, _ := s.Get(page.Key())
	if got.Style != page.Style {
		t.Errorf("Style after adding twice = %+v, want %+v", got.Style, page.Style)
	}
	plain := page
	plain.Style = Style{}
	if !s.Add(plain) {
		t.Error("adding a duplicate with another Style did not change the set")
	}
	got, _ = s.Get(page.Key())
	if !got.Style.IsZero() || !got.Equal(page) {
		t.Errorf("merge of different Styles = %#v, want the tag with the zero Style", got)
	}
	for _, order := range [][]Tag{{page, plain}, {plain, page}} {
		u := SetOf(order...)
		v, _ := u.Get(page.Key())
		if !v.Style.IsZero() {
			t.Errorf("SetOf(%v) kept Style %+v", order, v.Style)
		}
	}
}
