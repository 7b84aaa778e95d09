package ninjs

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsmodel/news/internal/corpus"
)

// suiteVersions maps the folders of IPTC's test suite to the version their
// files are read and validated as. The "x_dev" folders hold tests of
// development schemas that became the last minor version of their major.
var suiteVersions = map[string]Version{
	"1.0": Version10, "1.1": Version11, "1.2": Version12, "1.3": Version13, "1.4": Version14,
	"1.5": Version15, "1.6": Version16, "1.x_dev": Version16,
	"2.0": Version20, "2.1": Version21, "2.2": Version22, "2.x_dev": Version22,
	"3.0": Version30, "3.1": Version31,
}

// suiteScore is what the conformance test reached per folder: should_pass
// files read and valid, should_fail files rejected. The test fails when a
// count drops (a regression) and asks for an update when one rises.
var suiteScore = map[string][2]int{
	"1.0": {61, 17}, "1.1": {5, 2}, "1.2": {9, 6}, "1.3": {8, 7}, "1.4": {4, 6}, "1.5": {3, 2},
	"1.6": {1, 1}, "2.0": {9, 3}, "2.1": {13, 4}, "2.2": {1, 1}, "3.0": {27, 8}, "3.1": {1, 1},
	// The x_dev folders test development schemas; three should_pass files
	// of each use "advices", which no approved version has.
	"1.x_dev": {5, 6}, "2.x_dev": {5, 6},
}

func jsonFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".json" {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// check reads and validates one file as version v.
func check(path string, v Version) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := ReadOptions{Version: v}.Parse(data)
	if d == nil {
		return nil, err
	}
	return d, errors.Join(err, ValidateOptions{}.Validate(d))
}

func TestConformanceSuite(t *testing.T) {
	root := corpus.Dir(t, "ninjs", "validation", "test_suite")
	folders := make([]string, 0, len(suiteVersions))
	for f := range suiteVersions {
		folders = append(folders, f)
	}
	sort.Strings(folders)
	for _, folder := range folders {
		v := suiteVersions[folder]
		t.Run(folder, func(t *testing.T) {
			pass, fail := 0, 0
			passFiles := jsonFiles(t, filepath.Join(root, folder, "should_pass"))
			failFiles := jsonFiles(t, filepath.Join(root, folder, "should_fail"))
			for _, f := range passFiles {
				if _, err := check(f, v); err != nil {
					t.Logf("should_pass %s: %v", filepath.Base(f), err)
					continue
				}
				pass++
			}
			for _, f := range failFiles {
				_, err := check(f, v)
				if err == nil {
					t.Logf("should_fail %s: accepted", filepath.Base(f))
					continue
				}
				var fe *FieldError
				var pe *ParseError
				if !errors.As(err, &fe) && !errors.As(err, &pe) {
					t.Errorf("should_fail %s: error without a path: %v", filepath.Base(f), err)
					continue
				}
				if testing.Verbose() {
					t.Logf("should_fail %s: %v", filepath.Base(f), err)
				}
				fail++
			}
			t.Logf("ninjs %s: should_pass %d/%d, should_fail %d/%d", folder, pass, len(passFiles), fail, len(failFiles))
			want := suiteScore[folder]
			if pass < want[0] || fail < want[1] {
				t.Errorf("regression: %s reached %d/%d, recorded %d/%d", folder, pass, fail, want[0], want[1])
			} else if pass > want[0] || fail > want[1] {
				t.Logf("improvement: update suiteScore[%q] to {%d, %d}", folder, pass, fail)
			}
		})
	}
}

// exampleVersion returns the version named by the nearest folder of
// path, or 0 (detect) when none is.
func exampleVersion(path string) Version {
	for p := filepath.Dir(path); filepath.Dir(p) != p; p = filepath.Dir(p) {
		if v, err := ParseVersion(filepath.Base(p)); err == nil {
			return v
		}
	}
	return 0
}

func containsDir(path, dir string) bool {
	for p := filepath.Dir(path); filepath.Dir(p) != p; p = filepath.Dir(p) {
		if filepath.Base(p) == dir {
			return true
		}
	}
	return false
}

// exampleValid counts the provider and documentation examples that also
// validate against the schema of their folder's version (the examples are
// not promised to be valid; the count guards against regressions).
const exampleValid = 62

func TestConformanceExamples(t *testing.T) {
	valid, total := 0, 0
	for _, sub := range []string{"examples", "doc-examples"} {
		root := corpus.Dir(t, "ninjs", sub)
		for _, f := range jsonFiles(t, root) {
			rel, _ := filepath.Rel(root, f)
			name := sub + "/" + filepath.ToSlash(rel)
			t.Run(name, func(t *testing.T) {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				opts := ReadOptions{Version: exampleVersion(f)}
				docs, err := opts.ParseAll(data)
				if errors.Is(err, ErrDuplicateKey) {
					t.Logf("%s: %v; reading with DupKeepLast", name, err)
					opts.DuplicateKeys = DupKeepLast
					docs, err = opts.ParseAll(data)
				}
				var pe *ParseError
				if docs == nil || errors.As(err, &pe) {
					t.Fatalf("ParseAll(%s) error: %v", name, err)
				}
				if err != nil {
					t.Logf("%s: read with members kept in Extra: %v", name, err)
				}
				for i, d := range docs {
					total++
					err := Validate(d)
					notValid := containsDir(f, "not-valid")
					switch {
					case notValid && err == nil:
						t.Errorf("Validate(%s) = nil, want an error (not-valid example)", name)
					case notValid:
						t.Logf("%s: rejected as expected: %v", name, err)
					case err != nil:
						t.Logf("%s[%d] (read as %v) does not validate: %v", name, i, d.Version, err)
					default:
						valid++
					}
					testRoundTrip(t, d)
				}
			})
		}
	}
	t.Logf("examples: %d of %d documents validate", valid, total)
	if valid < exampleValid {
		t.Errorf("regression: %d examples validate, recorded %d", valid, exampleValid)
	}
}
