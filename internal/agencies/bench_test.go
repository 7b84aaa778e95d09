package agencies

import "testing"

func BenchmarkLookup(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"acronym", "MIA"},
		{"name", "Macedonian Information Agency"},
		{"domain", "https://www.mia.mk/en/latest-news"},
		{"wirecode", "MIA001"},
		{"ambiguous", "CNA"},
		{"nonlatin", "Македонска информативна агенција"},
		{"miss", "Nonexistent Wire Service"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Lookup(bb.in)
			}
		})
	}
}

func BenchmarkSplit(b *testing.B) {
	b.ReportAllocs()
	s := "AFP, Reuters and dpa / Dow Jones & Company"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		for range Split(s) {
		}
	}
}
