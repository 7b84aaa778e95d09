package ninjs

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/news/internal/corpus"
)

// TestJSONTestSuite runs the syntax layer of Parse over JSONTestSuite: every
// y_ file passes it (a valid JSON text that is not a document fails with
// ErrType, never ErrSyntax), every n_ file fails with ErrSyntax, and the
// decision on each i_ file is recorded in testdata/jsontestsuite-i.golden.
func TestJSONTestSuite(t *testing.T) {
	dir := corpus.Dir(t, "jsontestsuite", "test_parsing")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	var y, n int
	var decisions strings.Builder
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Parse(data)
		syntax := errors.Is(err, ErrSyntax) || errors.Is(err, ErrDuplicateKey) || errors.Is(err, ErrTooLarge)
		switch name[0] {
		case 'y':
			y++
			// Duplicate member names are valid JSON that the default
			// policy refuses with ErrDuplicateKey, which is not ErrSyntax.
			if errors.Is(err, ErrSyntax) {
				t.Errorf("Parse(%s) = %v, want no syntax error", name, err)
			}
		case 'n':
			n++
			if !errors.Is(err, ErrSyntax) {
				t.Errorf("Parse(%s) = %v, want ErrSyntax", name, err)
			}
		case 'i':
			decision := "accept"
			if syntax {
				decision = "reject"
			}
			decisions.WriteString(name + " " + decision + "\n")
		}
	}
	t.Logf("JSONTestSuite: %d y_ and %d n_ files checked", y, n)
	golden := filepath.Join("testdata", "jsontestsuite-i.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(decisions.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), decisions.String()); diff != "" {
		t.Errorf("i_ decisions changed (-want +got):\n%s", diff)
	}
}
