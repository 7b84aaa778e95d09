package jsonlex

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/news/internal/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// conformanceFiles returns the test_parsing files with the given prefix.
func conformanceFiles(t *testing.T, prefix string) (dir string, names []string) {
	t.Helper()
	dir = corpus.Dir(t, "jsontestsuite", "test_parsing")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), prefix) && strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return dir, names
}

// TestConformanceAccept: every y_ file passes the syntax layer. The two
// files with repeated keys are accepted under DupKeepAll and DupKeepLast and
// rejected under the default policy with ErrDuplicateKey, never ErrSyntax.
func TestConformanceAccept(t *testing.T) {
	dir, names := conformanceFiles(t, "y_")
	accepted, dupRejected := 0, 0
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []Options{{DuplicateKeys: DupKeepAll}, {DuplicateKeys: DupKeepLast}, {DuplicateKeys: DupKeepAll, ReplaceInvalid: true}} {
			if err := Valid(data, o); err != nil {
				t.Errorf("%s: Valid(%+v) = %v, want nil", name, o, err)
			}
			v, err := o.Decode(data)
			if err != nil {
				t.Errorf("%s: Decode(%+v) = %v, want nil", name, o, err)
				continue
			}
			checkRoundTrip(t, name, o, v)
		}
		err = Valid(data, Options{})
		_, derr := Decode(data)
		switch {
		case err == nil && derr == nil:
			accepted++
		case errors.Is(err, ErrDuplicateKey) && errors.Is(derr, ErrDuplicateKey) && !errors.Is(err, ErrSyntax):
			dupRejected++
		default:
			t.Errorf("%s: default Valid = %v, Decode = %v; want nil or ErrDuplicateKey", name, err, derr)
		}
	}
	t.Logf("y_: %d files; default options accept %d, reject %d for duplicate keys; DupKeepAll accepts all", len(names), accepted, dupRejected)
	if len(names) != 95 {
		t.Errorf("found %d y_ files, want 95", len(names))
	}
}

// checkRoundTrip writes a decoded tree and decodes it again.
func checkRoundTrip(t *testing.T, name string, o Options, v any) {
	t.Helper()
	out, err := AppendValue(nil, v, false)
	if err != nil {
		t.Errorf("%s: AppendValue: %v", name, err)
		return
	}
	v2, err := o.Decode(out)
	if err != nil {
		t.Errorf("%s: Decode(AppendValue(tree)) = %v; output %q", name, err, out)
		return
	}
	if reflect.DeepEqual(v, v2) {
		return
	}
	if diff := cmp.Diff(v, v2); diff != "" {
		t.Errorf("%s: Decode(AppendValue(tree)) mismatch (-want +got):\n%s", name, diff)
	}
}

// TestConformanceReject: every n_ file is rejected with ErrSyntax by Valid,
// Decode and a Reader, under every policy.
func TestConformanceReject(t *testing.T) {
	dir, names := conformanceFiles(t, "n_")
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []Options{{}, {DuplicateKeys: DupKeepAll}, {ReplaceInvalid: true}} {
			if err := Valid(data, o); !errors.Is(err, ErrSyntax) {
				t.Errorf("%s: Valid(%+v) = %v, want ErrSyntax", name, o, err)
			}
			if _, err := o.Decode(data); !errors.Is(err, ErrSyntax) {
				t.Errorf("%s: Decode(%+v) = %v, want ErrSyntax", name, o, err)
			}
		}
	}
	t.Logf("n_: %d files rejected with ErrSyntax", len(names))
	if len(names) != 188 {
		t.Errorf("found %d n_ files, want 188", len(names))
	}
}

// decision describes what the default options do with a document.
func decision(data []byte, o Options) string {
	err := Valid(data, o)
	_, derr := o.Decode(data)
	if (err == nil) != (derr == nil) {
		return fmt.Sprintf("inconsistent: Valid %v, Decode %v", err, derr)
	}
	if err == nil {
		return "accept"
	}
	var se *SyntaxError
	if !errors.As(err, &se) {
		return fmt.Sprintf("reject with %T", err)
	}
	sentinel := "?"
	for _, s := range []struct {
		name string
		err  error
	}{{"ErrDepth", ErrDepth}, {"ErrDuplicateKey", ErrDuplicateKey}, {"ErrTooLarge", ErrTooLarge}, {"ErrSyntax", ErrSyntax}} {
		if errors.Is(err, s.err) {
			sentinel = s.name
			break
		}
	}
	return fmt.Sprintf("reject %s at offset %d", sentinel, se.Offset)
}

// TestConformanceImplementationDefined records what the default options
// and ReplaceInvalid decide for each i_ file in testdata/i_decisions.golden
// (refresh with -update); the test fails when a decision changes.
func TestConformanceImplementationDefined(t *testing.T) {
	dir, names := conformanceFiles(t, "i_")
	var b bytes.Buffer
	b.WriteString("# Decisions on the implementation-defined i_ files of JSONTestSuite test_parsing.\n")
	b.WriteString("# file<TAB>default Options<TAB>Options{ReplaceInvalid: true}\n")
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", name, decision(data, Options{}), decision(data, Options{ReplaceInvalid: true}))
	}
	golden := filepath.Join("testdata", "i_decisions.golden")
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("i_ decisions changed (-golden +got); run go test -update if intended:\n%s", diff)
	}
	if len(names) != 35 {
		t.Errorf("found %d i_ files, want 35", len(names))
	}
}
