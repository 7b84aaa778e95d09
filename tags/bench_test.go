package tags

import (
	"fmt"
	"testing"
)

const benchLine = "  • ZZZ-ORG-NLF Northern Lantern Front NLF is an invented armed group holding the Vell Valley...[+]"

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchLine)))
	for b.Loop() {
		if _, err := Parse(benchLine); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkString(b *testing.B) {
	t, err := Parse(benchLine)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = t.String()
	}
}

// BenchmarkStringDefault formats the same tag with the zero Style, which
// String writes without reading the line back.
func BenchmarkStringDefault(b *testing.B) {
	t, err := Parse(benchLine)
	if err != nil {
		b.Fatal(err)
	}
	t.Style = Style{}
	b.ReportAllocs()
	for b.Loop() {
		_ = t.String()
	}
}

func benchLookup(b *testing.B, in, want string) {
	v := loadTestVocabulary(b)
	if t, ok := v.Lookup(in); !ok || t.Name != want {
		b.Fatalf("Lookup(%q) = %q, %v", in, t.Name, ok)
	}
	b.ReportAllocs()
	for b.Loop() {
		v.Lookup(in)
	}
}

func BenchmarkVocabularyLookupName(b *testing.B) {
	benchLookup(b, "Northern Lantern Front", "Northern Lantern Front")
}

func BenchmarkVocabularyLookupNameDiacritics(b *testing.B) {
	benchLookup(b, "CAFÉ CULTURE", "Café culture")
}

func BenchmarkVocabularyLookupAlias(b *testing.B) {
	benchLookup(b, "Frente Linterna", "Northern Lantern Front")
}

func BenchmarkVocabularyLookupCode(b *testing.B) {
	benchLookup(b, "sec-grp-nlf", "Northern Lantern Front")
}

func BenchmarkSetAdd(b *testing.B) {
	ts := []Tag{{Code: "ZZZ-ORG-NLF", Name: "Northern Lantern Front"}, {Name: "Weather"}, {Name: "Trade"}, {Code: "ZZZ-ORG"}}
	b.ReportAllocs()
	for b.Loop() {
		var s Set
		for _, t := range ts {
			s.Add(t)
		}
	}
}

func TestVocabularyLookupDoesNotAllocate(t *testing.T) {
	v := loadTestVocabulary(t)
	if n := testing.AllocsPerRun(100, func() { v.LookupCode("sec/grp/nlf") }); n != 0 {
		t.Errorf("LookupCode allocates %v times", n)
	}
	for _, in := range []string{"Northern Lantern Front", "Frente Linterna", "CAFÉ CULTURE", "sec-grp-nlf", "футбол", "missing"} {
		if n := testing.AllocsPerRun(100, func() { v.Lookup(in) }); n != 0 {
			t.Errorf("Lookup(%q) allocates %v times", in, n)
		}
		tg := Tag{Name: in}
		if n := testing.AllocsPerRun(100, func() { v.Resolve(tg); v.Broader(tg) }); n != 0 {
			t.Errorf("Resolve/Broader(%q) allocate %v times", in, n)
		}
	}
}

// The Set benchmarks build sets of 10k and 100k tags; ns/op growing about
// tenfold (not a hundredfold) from the first to the second shows
// near-linear growth.
func benchSetSizes(b *testing.B, f func(b *testing.B, ts []Tag)) {
	for _, n := range []int{10_000, 100_000} {
		ts := manyTags(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			f(b, ts)
		})
	}
}

func BenchmarkSetOf(b *testing.B) {
	benchSetSizes(b, func(b *testing.B, ts []Tag) {
		for b.Loop() {
			SetOf(ts...)
		}
	})
}

func BenchmarkSetAddMany(b *testing.B) {
	benchSetSizes(b, func(b *testing.B, ts []Tag) {
		for b.Loop() {
			var s Set
			for _, t := range ts {
				s.Add(t)
			}
		}
	})
}

func BenchmarkSetUnmarshalJSON(b *testing.B) {
	benchSetSizes(b, func(b *testing.B, ts []Tag) {
		data, err := SetOf(ts...).MarshalJSON()
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var s Set
			if err := s.UnmarshalJSON(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestParseAllocs(t *testing.T) {
	// Recording the Style costs no allocation: single-spaced lines without
	// aliases parse without allocating, whatever their punctuation, and
	// the benchmark line (one alias) allocates once.
	for _, line := range []string{
		"[ZZZ-ORG] Armed groups",
		"* [] Weather -- is rain [more]",
		"Storms — are large weather systems…",
		"Trade - goods… ...[+]",
		"Weather /",
		"ZZZ-ORG –",
	} {
		if n := testing.AllocsPerRun(100, func() { Parse(line) }); n != 0 {
			t.Errorf("Parse(%q) allocates %v times, want 0", line, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { Parse(benchLine) }); n > 1 {
		t.Errorf("Parse(%q) allocates %v times, want at most 1", benchLine, n)
	}
}
