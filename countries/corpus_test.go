package countries

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsmodel/news/internal/corpus"
)

// TestCorpusSeed reads the project's seed page: its "Affected Countries"
// line and the countries its text mentions.
func TestCorpusSeed(t *testing.T) {
	dir := corpus.Dir(t, "seed")
	b, err := os.ReadFile(filepath.Join(dir, "page-2020-01-24-iraq.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	var list string
	for line := range strings.Lines(page) {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "Affected Countries:"); ok {
			list = rest
		}
	}
	got, err := ParseList(list)
	if err != nil || got != SetOf(MustParse("IQ"), MustParse("US")) {
		t.Errorf("ParseList(%q) = %v, %v, want IQ,US", list, got, err)
	}
	var found Set
	for m := range Mentions(page) {
		found.Add(m.Country)
	}
	if !found.Contains(MustParse("IQ")) || !found.Contains(MustParse("US")) {
		t.Errorf("Mentions of the seed page = %v, want IQ and US among them", found)
	}
}

// TestCorpusMentions runs Mentions over the main text of the readability
// pages and checks its properties on real prose.
func TestCorpusMentions(t *testing.T) {
	dir := corpus.Dir(t, "readability")
	files, err := filepath.Glob(filepath.Join(dir, "*", "expected.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := tag.ReplaceAllString(string(b), " ")
		last := 0
		for m := range Mentions(text) {
			n++
			span := text[m.Start:m.End]
			if m.Start < last {
				t.Errorf("%s: mention %q overlaps the previous one", f, span)
			}
			last = m.End
			if c, ok := Lookup(span); !ok || c != m.Country {
				t.Errorf("%s: mention %q is %v, Lookup gives %v", f, span, m.Country, c)
			}
		}
	}
	t.Logf("%d mentions in %d pages", n, len(files))
}
