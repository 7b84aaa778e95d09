package peerbench

import (
	"bytes"
	"runtime"
	"slices"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/internal/corpus"
	"github.com/newsmodel/news/internal/htmlmeta"
)

// HTML peers: the full parse of each readability corpus page to an
// article.Article (metadata and body) beside go-readability's Parse and
// go-trafilatura's Extract with their default options, over the same
// bytes in one process. Compare medians of -count 10 (bench.sh).

func htmlReportCPU(b *testing.B, start time.Duration) {
	if d := htmlProcCPU() - start; start > 0 && d > 0 && b.N > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func BenchmarkHTMLArticle(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	for _, p := range pages { // warm-up: tables built on first use
		_, _ = article.Parse(bytes.NewReader(p))
	}
	b.ReportAllocs()
	b.SetBytes(n)
	defer htmlReportCPU(b, htmlProcCPU())
	for b.Loop() {
		for _, p := range pages {
			if a, _ := article.Parse(bytes.NewReader(p)); a == nil {
				b.Fatal("no article")
			}
		}
	}
}

func BenchmarkHTMLReadability(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	for _, p := range pages { // warm-up: tables built on first use
		ps := readability.NewParser()
		_, _ = ps.Parse(bytes.NewReader(p), nil)
	}
	b.ReportAllocs()
	b.SetBytes(n)
	defer htmlReportCPU(b, htmlProcCPU())
	for b.Loop() {
		for _, p := range pages {
			ps := readability.NewParser()
			_, _ = ps.Parse(bytes.NewReader(p), nil)
		}
	}
}

func BenchmarkHTMLTrafilatura(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	for _, p := range pages { // warm-up: tables built on first use
		_, _ = trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{})
	}
	b.ReportAllocs()
	b.SetBytes(n)
	defer htmlReportCPU(b, htmlProcCPU())
	for b.Loop() {
		for _, p := range pages {
			_, _ = trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{})
		}
	}
}

// BenchmarkHTMLPaired runs ours, go-readability and go-trafilatura in
// turn over the whole corpus in each pass, so that all three run under the
// same load, and reports the medians over passes of each one's wall time
// and process CPU time per pass and of the ratios peer/ours, by wall time
// ("x-readability", "x-trafilatura") and by CPU time ("x-readability-cpu",
// "x-trafilatura-cpu": on a machine shared with other work CPU time
// varies less). A first pass warms up all three (tables built on first
// use) and is not counted.
func BenchmarkHTMLPaired(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	runs := []func(p []byte){
		func(p []byte) {
			if a, _ := article.Parse(bytes.NewReader(p)); a == nil {
				b.Fatal("no article")
			}
		},
		func(p []byte) {
			ps := readability.NewParser()
			_, _ = ps.Parse(bytes.NewReader(p), nil)
		},
		func(p []byte) { _, _ = trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{}) },
	}
	for _, run := range runs {
		for _, p := range pages {
			run(p)
		}
	}
	b.SetBytes(n)
	var wall, cpu [3][]float64
	for b.Loop() {
		for i, run := range runs {
			w0, c0 := time.Now(), htmlProcCPU()
			for _, p := range pages {
				run(p)
			}
			wall[i] = append(wall[i], float64(time.Since(w0)))
			cpu[i] = append(cpu[i], float64(htmlProcCPU()-c0))
		}
	}
	ratio := func(v [3][]float64, i int) float64 {
		var r []float64
		for k := range v[0] {
			r = append(r, v[i][k]/max(v[0][k], 1))
		}
		return htmlMedian(r)
	}
	b.ReportMetric(htmlMedian(wall[0]), "ours-ns/pass")
	b.ReportMetric(htmlMedian(cpu[0]), "ours-cpu-ns/pass")
	b.ReportMetric(htmlMedian(wall[1]), "readability-ns/pass")
	b.ReportMetric(htmlMedian(cpu[1]), "readability-cpu-ns/pass")
	b.ReportMetric(htmlMedian(wall[2]), "trafilatura-ns/pass")
	b.ReportMetric(htmlMedian(cpu[2]), "trafilatura-cpu-ns/pass")
	b.ReportMetric(ratio(wall, 1), "x-readability")
	b.ReportMetric(ratio(wall, 2), "x-trafilatura")
	b.ReportMetric(ratio(cpu, 1), "x-readability-cpu")
	b.ReportMetric(ratio(cpu, 2), "x-trafilatura-cpu")
}

func htmlMedian(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	v = slices.Clone(v)
	slices.Sort(v)
	if n := len(v); n%2 == 0 {
		return (v[n/2-1] + v[n/2]) / 2
	}
	return v[len(v)/2]
}

// BenchmarkHTMLMetaPaired holds the metadata-only parse to issue 6's
// target: with body extraction off, within 1.3 times a bare
// golang.org/x/net/html Tokenizer loop of z.Next() over the same bytes.
// Each pass runs, over the whole corpus in turn, the bare Tokenizer loop,
// article.ParseOptions{Format: FormatHTML, HTML: {NoBody: true}}.Parse to
// an Article, and htmlmeta's Scan with Body off (the scanner alone), each
// reading the page from a bytes.Reader. It reports the medians over passes
// of each one's process CPU time per pass and of the per-pass ratios to
// the Tokenizer loop: "x-article" (the figure the issue holds the library
// to) and "x-htmlmeta". A first pass warms all three up and is not
// counted. Use -benchtime 20x or more for enough passes per run.
func BenchmarkHTMLMetaPaired(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	noBody := article.ParseOptions{Format: article.FormatHTML, HTML: article.HTMLOptions{NoBody: true}}
	runs := []func(p []byte){
		func(p []byte) {
			z := html.NewTokenizer(bytes.NewReader(p))
			for z.Next() != html.ErrorToken {
			}
		},
		func(p []byte) {
			if a, _ := noBody.Parse(bytes.NewReader(p)); a == nil {
				b.Fatal("no article")
			}
		},
		func(p []byte) {
			if pg, _ := htmlmeta.Scan(bytes.NewReader(p)); pg == nil {
				b.Fatal("no page")
			}
		},
	}
	for _, run := range runs {
		for _, p := range pages {
			run(p)
		}
	}
	b.SetBytes(n)
	var cpu [3][]float64
	for b.Loop() {
		for i, run := range runs {
			// Each pass starts from a collected heap, so that none pays
			// for the garbage of the one before.
			b.StopTimer()
			runtime.GC()
			b.StartTimer()
			c0 := htmlProcCPU()
			for _, p := range pages {
				run(p)
			}
			cpu[i] = append(cpu[i], float64(htmlProcCPU()-c0))
		}
	}
	ratio := func(i int) float64 {
		var r []float64
		for k := range cpu[0] {
			r = append(r, cpu[i][k]/max(cpu[0][k], 1))
		}
		return htmlMedian(r)
	}
	b.ReportMetric(htmlMedian(cpu[0]), "tokenizer-cpu-ns/pass")
	b.ReportMetric(htmlMedian(cpu[1]), "article-cpu-ns/pass")
	b.ReportMetric(htmlMedian(cpu[2]), "htmlmeta-cpu-ns/pass")
	b.ReportMetric(ratio(1), "x-article")
	b.ReportMetric(ratio(2), "x-htmlmeta")
}
