package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The scoring helpers below are shared by the conformance tests that
// compare this library's HTML reading with Mozilla Readability's output in
// the readability folder of the corpus.

var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.000Z0700",
	"2006-01-02T15:04Z07:00", "2006-01-02 15:04:05", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02"}

// SameTime reports whether two published times agree: as instants, or as
// dates when either has no time of day or no zone. Text that reads as no
// time is compared as written.
func SameTime(a, b string) bool {
	parse := func(s string) (time.Time, string, bool) {
		s = strings.TrimSpace(s)
		for _, l := range timeLayouts {
			if t, err := time.Parse(l, s); err == nil {
				return t, l, true
			}
		}
		return time.Time{}, "", false
	}
	ta, la, ok1 := parse(a)
	tb, lb, ok2 := parse(b)
	if !ok1 || !ok2 {
		return strings.TrimSpace(a) == strings.TrimSpace(b)
	}
	zoneless := func(l string) bool { return !strings.Contains(l, "Z07") }
	if zoneless(la) || zoneless(lb) {
		return ta.Format("2006-01-02") == tb.Format("2006-01-02")
	}
	return ta.Equal(tb)
}

// Words splits text into lower-case words of letters and digits; CJK text
// counts each character as a word.
func Words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// WordF1 is the word-level F1 of got against want, counting words as a
// multiset.
func WordF1(got, want []string) float64 {
	if len(got) == 0 || len(want) == 0 {
		if len(got) == len(want) {
			return 1
		}
		return 0
	}
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	common := 0
	for _, w := range got {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(got))
	r := float64(common) / float64(len(want))
	return 2 * p * r / (p + r)
}

// HTMLText returns the text content of an HTML document or fragment, with
// a space between elements and without scripts and styles.
func HTMLText(b []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return "", fmt.Errorf("corpus: %v", err)
	}
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return sb.String(), nil
}

// ReadabilityMeta is the metadata Readability extracted from a page
// (expected-metadata.json); a field is nil where it gives none.
type ReadabilityMeta struct {
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	Lang          *string `json:"lang"`
	Excerpt       *string `json:"excerpt"`
	SiteName      *string `json:"siteName"`
	PublishedTime *string `json:"publishedTime"`
}

// A ReadabilityPage is one page of the readability corpus: its name, its
// source, Readability's metadata and the text of the content Readability
// extracted (expected.html, through [HTMLText]).
type ReadabilityPage struct {
	Name   string
	Source []byte
	Want   ReadabilityMeta
	Text   string
}

// ReadabilityPages loads every page of the readability corpus in
// directory order; like [Dir], it skips (or fails under CI) when the corpus
// is absent, and it fails the test on a page it cannot read.
func ReadabilityPages(tb testing.TB) []ReadabilityPage {
	tb.Helper()
	dir := Dir(tb, "readability")
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var pages []ReadabilityPage
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		pg := ReadabilityPage{Name: e.Name()}
		read := func(file string) []byte {
			b, err := os.ReadFile(filepath.Join(dir, pg.Name, file))
			if err != nil {
				tb.Fatal(err)
			}
			return b
		}
		pg.Source = read("source.html")
		if err := json.Unmarshal(read("expected-metadata.json"), &pg.Want); err != nil {
			tb.Fatalf("%s: %v", pg.Name, err)
		}
		if pg.Text, err = HTMLText(read("expected.html")); err != nil {
			tb.Fatalf("%s: %v", pg.Name, err)
		}
		pages = append(pages, pg)
	}
	return pages
}

// Score counts the pages that agree out of those scored.
type Score struct{ Agree, Total int }

// Add counts one scored page, agreeing when ok.
func (s *Score) Add(ok bool) {
	s.Total++
	if ok {
		s.Agree++
	}
}

// String returns "agree/total (percent%)".
func (s Score) String() string {
	if s.Total == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d (%.0f%%)", s.Agree, s.Total, 100*float64(s.Agree)/float64(s.Total))
}

// Agreement is the outcome of a conformance run against Readability: the
// per-field scores and the body word F1 of every page.
type Agreement struct {
	Title, Byline, Lang, SiteName, Published, Excerpt Score
	F1                                                []float64
}

// Floors are the least figures a conformance run must reach: pages that
// agree per field, and the median and mean body F1.
type Floors struct {
	Title, Byline, Lang, SiteName, Published, Excerpt int
	MedianF1, MeanF1                                  float64
}

// Check logs the figures of a and reports each one below its floor as a
// test error.
func (a Agreement) Check(tb testing.TB, f Floors) {
	tb.Helper()
	f1s := slices.Clone(a.F1)
	slices.Sort(f1s)
	var sum float64
	for _, v := range f1s {
		sum += v
	}
	median, mean := 0.0, 0.0
	if n := len(f1s); n > 0 {
		median = f1s[n/2]
		if n%2 == 0 {
			median = (f1s[n/2-1] + f1s[n/2]) / 2
		}
		mean = sum / float64(n)
	}
	tb.Logf("field         agreement (Readability gives a value)")
	tb.Logf("title         %v", a.Title)
	tb.Logf("byline        %v", a.Byline)
	tb.Logf("lang          %v", a.Lang)
	tb.Logf("siteName      %v", a.SiteName)
	tb.Logf("publishedTime %v", a.Published)
	tb.Logf("excerpt       %v", a.Excerpt)
	tb.Logf("body F1       median %.3f, mean %.3f over %d pages", median, mean, len(f1s))
	for _, c := range []struct {
		name       string
		got, floor int
	}{
		{"title", a.Title.Agree, f.Title}, {"byline", a.Byline.Agree, f.Byline}, {"lang", a.Lang.Agree, f.Lang},
		{"siteName", a.SiteName.Agree, f.SiteName}, {"publishedTime", a.Published.Agree, f.Published},
		{"excerpt", a.Excerpt.Agree, f.Excerpt},
	} {
		if c.got < c.floor {
			tb.Errorf("%s: %d pages agree, want at least %d", c.name, c.got, c.floor)
		}
	}
	if median < f.MedianF1 || mean < f.MeanF1 {
		tb.Errorf("body F1: median %.3f mean %.3f, want at least %.3f and %.3f", median, mean, f.MedianF1, f.MeanF1)
	}
}
