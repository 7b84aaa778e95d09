package htmlmeta

import (
	"bytes"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/newsmodel/news/internal/corpus"
)

// reportCPU reports the process CPU time per operation since start as
// "cpu-ns/op": on a machine shared with other work it varies far less than
// wall time, so ratios between benchmarks are taken from it.
func reportCPU(b *testing.B, start time.Duration) {
	if d := cpuTime() - start; d > 0 && b.N > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkTokenizer is the floor: a bare x/net/html Tokenizer loop of
// z.Next() over the same bytes as BenchmarkScanMeta.
func BenchmarkTokenizer(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	b.ReportAllocs()
	b.SetBytes(n)
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		for _, p := range pages {
			z := html.NewTokenizer(bytes.NewReader(p))
			for z.Next() != html.ErrorToken {
			}
		}
	}
}

// BenchmarkScanMeta scans metadata only (Options.Body off).
func BenchmarkScanMeta(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	b.ReportAllocs()
	b.SetBytes(n)
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		for _, p := range pages {
			if _, err := Scan(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkScanBody scans metadata and extracts the main content.
func BenchmarkScanBody(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	b.ReportAllocs()
	b.SetBytes(n)
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		for _, p := range pages {
			if _, err := (Options{Body: true}).Scan(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkMetaRatio alternates the bare Tokenizer loop and Scan with
// Body off page by page and reports their
// process CPU times ("tok-ns/op", "scan-ns/op") and "ratio", the figure
// the package is held to: on a shared machine, both sides of the ratio
// then see the same load.
func BenchmarkMetaRatio(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	b.ReportAllocs()
	b.SetBytes(n)
	var tok, scan time.Duration
	for b.Loop() {
		for _, p := range pages {
			t0 := cpuTime()
			z := html.NewTokenizer(bytes.NewReader(p))
			for z.Next() != html.ErrorToken {
			}
			t1 := cpuTime()
			if _, err := Scan(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
			tok += t1 - t0
			scan += cpuTime() - t1
		}
	}
	if tok > 0 {
		b.ReportMetric(float64(tok.Nanoseconds())/float64(b.N), "tok-ns/op")
		b.ReportMetric(float64(scan.Nanoseconds())/float64(b.N), "scan-ns/op")
		b.ReportMetric(float64(scan)/float64(tok), "ratio")
	}
}
