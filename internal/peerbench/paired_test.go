package peerbench

import (
	"slices"
	"testing"
	"time"

	biter "github.com/biter777/countries"
	"github.com/pariz/gountries"
	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/hostile"
)

// paired times ours and the peer in alternating batches of batch calls
// and reports the median over batches of each side's time per call and of
// the ratio peer/ours ("x-faster"). Alternating within one benchmark keeps
// both sides under the same load, so the ratio survives a shared, noisy
// machine better than two separate benchmarks do.
func paired(b *testing.B, batch int, ours, peer func()) {
	var to, tp, ratios []float64
	for b.Loop() {
		t0 := time.Now()
		for range batch {
			ours()
		}
		t1 := time.Now()
		for range batch {
			peer()
		}
		t2 := time.Now()
		o, p := float64(t1.Sub(t0).Nanoseconds())/float64(batch), float64(t2.Sub(t1).Nanoseconds())/float64(batch)
		to, tp, ratios = append(to, o), append(tp, p), append(ratios, p/max(o, 1e-3))
	}
	b.ReportMetric(median(to), "ours-ns/op")
	b.ReportMetric(median(tp), "peer-ns/op")
	b.ReportMetric(median(ratios), "x-faster")
	b.ReportMetric(0, "ns/op")
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	v = slices.Clone(v)
	slices.Sort(v)
	return v[len(v)/2]
}

var sink any

func BenchmarkPaired(b *testing.B) {
	q := gountries.New()
	for _, name := range names {
		b.Run("LookupName/biter777/"+name, func(b *testing.B) {
			paired(b, 200, func() { sink, _ = countries.Lookup(name) }, func() { sink = biter.ByName(name) })
		})
		b.Run("LookupName/gountries/"+name, func(b *testing.B) {
			paired(b, 200, func() { sink, _ = countries.Lookup(name) }, func() { sink, _ = q.FindCountryByName(name) })
		})
	}
	for _, code := range []string{"IQ", "IRQ", "368"} {
		b.Run("Parse/xtext/"+code, func(b *testing.B) {
			paired(b, 200, func() { sink, _ = countries.Parse(code) }, func() { sink, _ = language.ParseRegion(code) })
		})
	}
	b.Run("Mentions/ahocorasick", func(b *testing.B) {
		text := hostile.NewsText(1 << 20)
		builder := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
			AsciiCaseInsensitive: true,
			MatchOnlyWholeWords:  true,
			MatchKind:            ahocorasick.LeftMostLongestMatch,
			DFA:                  true,
		})
		ac := builder.Build(englishForms(b))
		paired(b, 1, func() {
			for range countries.Mentions(text) {
			}
		}, func() {
			it := ac.Iter(text)
			for m := it.Next(); m != nil; m = it.Next() {
			}
		})
	})
}
