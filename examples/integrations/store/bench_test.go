package main

import (
	"context"
	"testing"
	"time"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/examples/integrations/internal/synth"
)

// BenchmarkPut measures the insert rate: one transaction per article, with
// its child rows and full-text row, into a file in WAL mode.
func BenchmarkPut(b *testing.B) {
	s, _ := openTemp(b)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := synth.Article(i) // a new ID each time: inserts, not replacements
		if _, err := s.Put(ctx, a); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkQuery measures each query on a store of 2000 articles.
func BenchmarkQuery(b *testing.B) {
	s, _ := openTemp(b)
	load(b, s, 2000)
	ctx := context.Background()
	iq := countries.MustParse("IQ")
	from, to := synth.Base, synth.Base.Add(30*24*time.Hour)
	queries := []struct {
		name string
		run  func() ([]Hit, error)
	}{
		{"affecting", func() ([]Hit, error) { return s.Affecting(ctx, iq, from, to) }},
		{"tagged", func() ([]Hit, error) { return s.TaggedWithin(ctx, "ZZZ-ECON-TRADE") }},
		{"source", func() ([]Hit, error) { return s.FromSource(ctx, "MIA") }},
		{"search", func() ([]Hit, error) { return s.Search(ctx, "flooding", 20) }},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			hits := 0
			for b.Loop() {
				hs, err := q.run()
				if err != nil {
					b.Fatal(err)
				}
				hits = len(hs)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
			b.ReportMetric(float64(hits), "hits")
		})
	}
}
