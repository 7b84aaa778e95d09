package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/news/internal/corpus"
)

func seedParagraphs(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpus.Dir(t, "seed"), "page-2020-01-24-iraq.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		// Body paragraphs are the sentences: lines closed by a full stop
		// or a closing quotation mark.
		if strings.Count(line, " ") >= 5 && (strings.HasSuffix(line, ".") || strings.HasSuffix(line, "”")) && !strings.HasPrefix(line, "•") {
			paras = append(paras, line)
		}
	}
	return paras
}
