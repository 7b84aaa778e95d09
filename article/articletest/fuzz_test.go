package articletest

import (
	"testing"

	"github.com/newsmodel/news/article"
)

// FuzzRoundTrip checks, for any seed and precision, that the built article
// is valid and that every corpus format gives back what Expected says.
func FuzzRoundTrip(f *testing.F) {
	for _, b := range builders {
		f.Add(b.Seed, uint8(b.Precision), b.Zoneless, uint8(b.Paragraphs))
	}
	f.Fuzz(func(t *testing.T, seed uint64, prec uint8, zoneless bool, paras uint8) {
		b := Builder{Seed: seed, Precision: article.Precision(prec % 7), Zoneless: zoneless, Paragraphs: int(paras % 12)}
		a := b.Article()
		if !AssertValid(t, a) {
			return
		}
		for _, f := range Formats() {
			AssertRoundTrip(t, a, f)
		}
	})
}

func BenchmarkBuilder(b *testing.B) {
	b.ReportAllocs()
	for i := range b.N {
		Builder{Seed: uint64(i), Paragraphs: 8}.Article()
	}
}

func BenchmarkCorpus(b *testing.B) {
	b.ReportAllocs()
	for i := range b.N {
		if _, err := (Corpus{Builder: Builder{Seed: uint64(i)}, N: 1}).Documents(); err != nil {
			b.Fatal(err)
		}
	}
}
