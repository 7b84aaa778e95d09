package agencies

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/news/internal/corpus"
)

// TestCorpusSourceLines resolves the "Source:" lines of the scraped pages
// of the shared corpus; the seed page credits the Macedonian Information
// Agency.
func TestCorpusSourceLines(t *testing.T) {
	dir := corpus.Dir(t, "seed")
	pages, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in %s (%v)", dir, err)
	}
	want := map[string]string{"page-2020-01-24-iraq.txt": "MIA/MK"}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			f, err := os.Open(page)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var found []string
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				line := strings.TrimSpace(sc.Text())
				if !strings.HasPrefix(line, "Source:") {
					continue
				}
				got := Lookup(line)
				if got == nil {
					t.Errorf("Lookup(%q) = nil, want an agency", line)
				}
				found = append(found, ids(got)...)
			}
			if w, ok := want[filepath.Base(page)]; ok {
				if len(found) != 1 || found[0] != w {
					t.Errorf("the Source lines resolve to %q, want [%s]", found, w)
				}
			}
		})
	}
}
