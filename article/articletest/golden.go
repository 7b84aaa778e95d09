package articletest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/news/article"
)

// update is the package's own flag, namespaced so that it never clashes
// with a -update flag the user's tests define.
var update = flag.Bool("articletest.update", false, "rewrite the golden files of articletest.Golden")

// Updating reports whether [Golden] rewrites golden files: when the
// -articletest.update flag is set, when the test binary has a boolean flag
// named "update" (the user's own) that is set, or when the environment
// variable ARTICLETEST_UPDATE is "1" or "true".
func Updating() bool {
	if *update {
		return true
	}
	if f := flag.Lookup("update"); f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			if b, ok := g.Get().(bool); ok && b {
				return true
			}
		}
	}
	v := os.Getenv("ARTICLETEST_UPDATE")
	return v == "1" || v == "true"
}

// Golden compares got with the golden file testdata/<name>.json, which
// holds its canonical JSON form indented by two spaces. When [Updating],
// it writes the file instead (creating testdata/). When the file is
// missing or differs it fails t, naming the fields that differ by their
// JSON Pointers, and saying how to update.
//
// Run
//
//	go test ./yourpkg -articletest.update
//
// to rewrite the golden files (or -update, if your tests define that flag
// themselves; or ARTICLETEST_UPDATE=1). name may contain slashes for
// subdirectories; t.Name() is a good choice.
func Golden(t testing.TB, name string, got *article.Article) {
	t.Helper()
	data, err := got.AppendJSON(nil)
	if err != nil {
		t.Fatalf("articletest: golden %s: %v", name, err)
	}
	var ind bytes.Buffer
	if err := json.Indent(&ind, data, "", "  "); err != nil {
		t.Fatalf("articletest: golden %s: %v", name, err)
	}
	ind.WriteByte('\n')
	path := filepath.Join("testdata", filepath.FromSlash(name))
	if !strings.HasSuffix(path, ".json") {
		path += ".json"
	}
	if Updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("articletest: %v", err)
		}
		if err := os.WriteFile(path, ind.Bytes(), 0o644); err != nil {
			t.Fatalf("articletest: %v", err)
		}
		return
	}
	wantData, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("articletest: golden file: %v (run go test with -articletest.update to create it)", err)
	}
	if bytes.Equal(wantData, ind.Bytes()) {
		return
	}
	var want article.Article
	if err := want.UnmarshalJSON(wantData); err != nil {
		t.Fatalf("articletest: golden file %s: %v", path, err)
	}
	if d := Diff(&want, got); d != "" {
		t.Errorf("%s differs at %s (-want +got):\n%s\n(run go test with -articletest.update to accept)", path, strings.Join(Paths(&want, got), ", "), d)
		return
	}
	t.Errorf("%s: the article is equal but its canonical JSON differs (run go test with -articletest.update to rewrite)", path)
}
