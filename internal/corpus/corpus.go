// Package corpus locates the shared conformance corpus for tests.
//
// The corpus lives beside the module root at ../shared/corpus. Tests that
// need it call [Dir]; when the corpus is absent the test is skipped with a
// message naming the path, unless the CI environment variable is set, in
// which case the test fails so that a wrong path can never pass silently.
package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// ModuleRoot returns the root of the module the test runs in: the nearest
// directory at or above the working directory that holds a go.mod with the
// shared corpus beside it, or else the nearest directory with a go.mod.
// Nested modules (internal/peerbench, examples/integrations) thereby find
// the corpus of the outer module.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	nearest := ""
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			if nearest == "" {
				nearest = dir
			}
			if _, err := os.Stat(filepath.Join(dir, "..", "shared", "corpus")); err == nil {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if nearest == "" {
		return "", errors.New("corpus: no go.mod above the working directory")
	}
	return nearest, nil
}

// Path returns the path of elem inside the corpus, without checking that
// it exists.
func Path(elem ...string) (string, error) {
	root, err := ModuleRoot()
	if err != nil {
		return "", err
	}
	return filepath.Join(append([]string{root, "..", "shared", "corpus"}, elem...)...), nil
}

// Dir returns the path of elem inside the corpus. When it does not exist
// the test is skipped, or fails when the CI environment variable is set.
func Dir(tb testing.TB, elem ...string) string {
	tb.Helper()
	p, err := Path(elem...)
	if err == nil {
		_, err = os.Stat(p)
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("corpus: %s is required when CI is set: %v", p, err)
		}
		tb.Skipf("corpus: %s not found, skipping: %v", p, err)
	}
	return p
}

// Pages returns the source.html of every page of the corpus directory elem
// (such as "readability") in directory order, and their total size in
// bytes; like [Dir], it skips (or fails under CI) when the corpus is absent.
func Pages(tb testing.TB, elem ...string) (pages [][]byte, size int64) {
	tb.Helper()
	dir := Dir(tb, elem...)
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join(dir, e.Name(), "source.html"))
		if err != nil {
			continue
		}
		pages = append(pages, src)
		size += int64(len(src))
	}
	return pages, size
}
