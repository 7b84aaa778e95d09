package article_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/internal/hostile"
)

// syntheticPage returns a scraped page whose body has n paragraphs of
// about size bytes on average (from half to one and a half times size, as
// news paragraphs vary), with typographic quotes and dashes as real pages
// have them.
func syntheticPage(n, size int) []byte {
	var b bytes.Buffer
	b.WriteString("Skip to Content\n\nMay 7, 2024 » World » /\n\nHarbour talks resume in Valdora\n\nHarbour talks resume in Valdora\n\n")
	b.WriteString("  • ECON-TRADE-PORTS Port trade Trade through sea ports...[+]\n\n\u00a0Affected Countries: france; switzerland;\n\n")
	sentence := "Delegates from the two port cities said on Tuesday that “talks would go on” — and that 2,000 dock workers were waiting. "
	long := strings.Repeat(sentence, 2*size/len(sentence)+2)
	for i := 0; i < n; i++ {
		l := size/2 + (i*7919)%(size+1)
		para := strings.TrimRight(strings.ToValidUTF8(long[:l], ""), " ")
		b.WriteString(para)
		b.WriteString(".\n\n")
	}
	b.WriteString("Source: AFP")
	return b.Bytes()
}

// megaPage is a page with a 1 MiB body of paragraphs of 250 bytes on
// average (the seed page's paragraphs run from 120 to 280 bytes).
var megaPage = syntheticPage(1<<20/250, 250)

// BenchmarkParseText and BenchmarkLineLoop run over the same bytes: the
// ratio of their throughputs is the parser's cost over a bare line scan.
func BenchmarkParseText(b *testing.B) {
	// reader: Parse from an io.Reader, which copies the input once.
	b.Run("reader", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(megaPage)))
		for b.Loop() {
			a, err := article.Parse(bytes.NewReader(megaPage))
			if err != nil || len(a.Body) < 4000 {
				b.Fatalf("Parse: %v, %d blocks", err, len(a.Body))
			}
		}
	})
	// string: ParseString, which shares the input's memory.
	page := string(megaPage)
	b.Run("string", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(page)))
		for b.Loop() {
			a, err := article.ParseString(page)
			if err != nil || len(a.Body) < 4000 {
				b.Fatalf("Parse: %v, %d blocks", err, len(a.Body))
			}
		}
	})
}

func BenchmarkLineLoop(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(megaPage)))
	for b.Loop() {
		if lines := lineLoop(megaPage); lines < 4000 {
			b.Fatal(lines)
		}
	}
}

// lineLoop is the bare line scan the parser is measured against.
func lineLoop(page []byte) int {
	lines := 0
	for rest := page; len(rest) > 0; lines++ {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			break
		}
		rest = rest[i+1:]
	}
	return lines
}

// BenchmarkParseTextRatio measures the parser against the line loop in
// the same iterations, alternating the two, so that a machine shared with
// other processes slows both alike. It reports the parse throughput as a
// percentage of the line loop's, by wall time (wall-%) and by the CPU time
// of the process (cpu-%, 0 where it is not measured), for Parse from an
// io.Reader and for ParseString.
func BenchmarkParseTextRatio(b *testing.B) {
	page := string(megaPage)
	parsers := []struct {
		name  string
		parse func() (*article.Article, error)
	}{
		{"reader", func() (*article.Article, error) { return article.Parse(bytes.NewReader(megaPage)) }},
		{"string", func() (*article.Article, error) { return article.ParseString(page) }},
	}
	for _, p := range parsers {
		b.Run(p.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(megaPage)))
			var lineWall, lineCPU, parseWall, parseCPU time.Duration
			for b.Loop() {
				w0, c0 := time.Now(), processCPU()
				if lines := lineLoop(megaPage); lines < 4000 {
					b.Fatal(lines)
				}
				w1, c1 := time.Now(), processCPU()
				a, err := p.parse()
				w2, c2 := time.Now(), processCPU()
				if err != nil || len(a.Body) < 4000 {
					b.Fatalf("Parse: %v, %d blocks", err, len(a.Body))
				}
				lineWall, lineCPU = lineWall+w1.Sub(w0), lineCPU+c1-c0
				parseWall, parseCPU = parseWall+w2.Sub(w1), parseCPU+c2-c1
			}
			b.ReportMetric(100*float64(lineWall)/float64(parseWall), "wall-%")
			if parseCPU > 0 {
				b.ReportMetric(100*float64(lineCPU)/float64(parseCPU), "cpu-%")
			}
			b.ReportMetric(float64(parseCPU.Nanoseconds())/float64(b.N), "parse-cpu-ns/op")
		})
	}
}

// TestParseAllocsScale checks that allocations grow with the number of
// fields, not with the number of bytes: paragraphs ten times longer cost
// no more allocations.
func TestParseAllocsScale(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counting")
	}
	if hostile.Race {
		t.Skip("allocation counts are not stable under the race detector")
	}
	short, long := syntheticPage(500, 100), syntheticPage(500, 1000)
	count := func(page []byte) float64 {
		return testing.AllocsPerRun(5, func() {
			if _, err := article.Parse(bytes.NewReader(page)); err != nil {
				t.Fatal(err)
			}
		})
	}
	s, l := count(short), count(long)
	if l > s+2 {
		t.Errorf("allocations: %v for 500 short paragraphs, %v for 500 long ones; want the same", s, l)
	}
}

// plainArticle is the canonical JSON form as a plain struct, for
// encoding/json to reflect over in the comparison benchmarks.
type plainArticle struct {
	ID          string        `json:"id,omitempty"`
	URL         string        `json:"url,omitempty"`
	Headline    string        `json:"headline,omitempty"`
	Subheadline string        `json:"subheadline,omitempty"`
	Summary     string        `json:"summary,omitempty"`
	Language    string        `json:"language,omitempty"`
	Published   string        `json:"published,omitempty"`
	Modified    string        `json:"modified,omitempty"`
	Authors     []plainPerson `json:"authors,omitempty"`
	Section     []string      `json:"section,omitempty"`
	Dateline    *struct {
		Place   string          `json:"place,omitempty"`
		Country string          `json:"country,omitempty"`
		Date    json.RawMessage `json:"date,omitempty"`
		Agency  string          `json:"agency,omitempty"`
		Text    string          `json:"text,omitempty"`
	} `json:"dateline,omitempty"`
	Tags []struct {
		Code        string   `json:"code,omitempty"`
		Name        string   `json:"name,omitempty"`
		Aliases     []string `json:"aliases,omitempty"`
		Description string   `json:"description,omitempty"`
		Truncated   bool     `json:"truncated,omitempty"`
		URI         string   `json:"uri,omitempty"`
		Relevance   *float64 `json:"relevance,omitempty"`
		Confidence  *float64 `json:"confidence,omitempty"`
	} `json:"tags,omitempty"`
	Countries []string `json:"countries,omitempty"`
	Sources   []struct {
		Name    string `json:"name,omitempty"`
		Acronym string `json:"acronym,omitempty"`
		URL     string `json:"url,omitempty"`
		Country string `json:"country,omitempty"`
		Role    string `json:"role,omitempty"`
	} `json:"sources,omitempty"`
	Image *struct {
		URL     string `json:"url,omitempty"`
		Caption string `json:"caption,omitempty"`
		Credit  string `json:"credit,omitempty"`
		AltText string `json:"altText,omitempty"`
		Width   int    `json:"width,omitempty"`
		Height  int    `json:"height,omitempty"`
	} `json:"image,omitempty"`
	Status          string `json:"status,omitempty"`
	Urgency         int    `json:"urgency,omitempty"`
	Embargo         string `json:"embargo,omitempty"`
	CopyrightHolder string `json:"copyrightHolder,omitempty"`
	CopyrightNotice string `json:"copyrightNotice,omitempty"`
	UsageTerms      string `json:"usageTerms,omitempty"`
	Revision        int    `json:"revision,omitempty"`
	Body            []struct {
		Kind string `json:"kind,omitempty"`
		Text string `json:"text"`
	} `json:"body,omitempty"`
	Quotes []struct {
		Text            string `json:"text"`
		Speaker         string `json:"speaker,omitempty"`
		SpeakerResolved string `json:"speakerResolved,omitempty"`
		Verb            string `json:"verb,omitempty"`
		Paragraph       int    `json:"paragraph"`
		Start           int    `json:"start"`
		EndParagraph    int    `json:"endParagraph"`
		End             int    `json:"end"`
		Partial         bool   `json:"partial,omitempty"`
	} `json:"quotes,omitempty"`
	XRank json.RawMessage `json:"x-rank,omitempty"`
}

type plainPerson struct {
	Name        string `json:"name,omitempty"`
	Role        string `json:"role,omitempty"`
	URL         string `json:"url,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
}

// benchArticle is fullArticle with a body of 40 paragraphs.
func benchArticle() *article.Article {
	a := fullArticle()
	para := "Delegates from the two port cities said on Tuesday that “talks would go on” — and that 2,000 dock workers were waiting for an answer. "
	for i := 0; i < 40; i++ {
		a.Body = append(a.Body, article.Block{Text: strings.Repeat(para, 3)})
	}
	return a
}

func BenchmarkJSON(b *testing.B) {
	a := benchArticle()
	data, err := article.Marshal(a, article.FormatJSON)
	if err != nil {
		b.Fatal(err)
	}
	var plain plainArticle
	if err := json.Unmarshal(data, &plain); err != nil {
		b.Fatal(err)
	}
	if pd, _ := json.Marshal(&plain); len(pd) != len(data) {
		b.Fatalf("plain struct is not equivalent: %d vs %d bytes\n%s\n%s", len(pd), len(data), pd, data)
	}
	b.Run("Marshal/article", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := a.MarshalJSON(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Marshal/encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := json.Marshal(&plain); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Unmarshal/article", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var v article.Article
			if err := v.UnmarshalJSON(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Unmarshal/encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var v plainArticle
			if err := json.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	a := benchArticle()
	b.ReportAllocs()
	for b.Loop() {
		c := *a
		article.Normalize(&c)
	}
}
