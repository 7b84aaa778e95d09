package conformance

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsmodel/news/article/ninjs"
	"github.com/newsmodel/news/internal/corpus"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// officialSchema compiles the official schema of v from the corpus. The
// GeoJSON schema the 2.x and 3.x schemas refer to is loaded from the test
// suite's copy; nothing is fetched.
func officialSchema(t *testing.T, v ninjs.Version, formats bool) *jsonschema.Schema {
	t.Helper()
	spec := corpus.Dir(t, "ninjs", "specification")
	c := jsonschema.NewCompiler()
	c.UseLoader(noNetwork{})
	if formats {
		c.AssertFormat()
		c.RegisterFormat(&jsonschema.Format{Name: "uri", Validate: rfc3986URI})
	}
	add := func(url, path string) {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if err := c.AddResource(url, doc); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	add("https://geojson.org/schema/GeoJSON.json", filepath.Join(spec, "..", "validation", "test_suite", "GeoJSON-schema.json"))
	url := v.SchemaURI()
	add(url, filepath.Join(spec, "ninjs-schema_"+v.String()+".json"))
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile %s: %v", url, err)
	}
	return sch
}

// rfc3986URI is the schema library's "uri" check held to RFC 3986's
// character set. The library parses with net/url, which accepts what the
// RFC excludes (space, controls, non-ASCII, <>"{}|\^` and "%" without two
// hex digits); package ninjs follows the RFC, and the official schemas
// name RFC 3986 through the "uri" format, so both sides are held to it.
func rfc3986URI(v any) error {
	s, ok := v.(string)
	if !ok {
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("-._~:/?#[]@!$&'()*+,;=", c) >= 0:
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
		default:
			return fmt.Errorf("byte %q at %d is not allowed in a URI", c, i)
		}
	}
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if !u.IsAbs() {
		return errors.New("relative URI")
	}
	return nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

type noNetwork struct{}

func (noNetwork) Load(url string) (any, error) {
	return nil, fmt.Errorf("conformance: refusing to load %s", url)
}

func instance(t *testing.T, data []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("UnmarshalJSON: %v\n%s", err, data)
	}
	return v
}

func jsonFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".json" && !strings.HasSuffix(p, "GeoJSON-schema.json") {
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

// versionOf returns the version named by the nearest folder of path.
func versionOf(path string) ninjs.Version {
	for p := filepath.Dir(path); filepath.Dir(p) != p; p = filepath.Dir(p) {
		switch b := filepath.Base(p); b {
		case "1.x_dev":
			return ninjs.Version16
		case "2.x_dev":
			return ninjs.Version22
		default:
			if v, err := ninjs.ParseVersion(b); err == nil {
				return v
			}
		}
	}
	return 0
}

// written is one document the writer produced, with where it came from.
type written struct {
	name string
	out  []byte
}

// TestWrittenDocumentsValidate writes every readable document, synthetic
// and from the corpus, as 2.2 (2.x sources) and 3.1 (2.x and 3.x sources),
// and checks the output against the official schema. Documents that are
// not valid in their own version are skipped: the writer copies faults, it
// does not repair them.
func TestWrittenDocumentsValidate(t *testing.T) {
	schemas := map[ninjs.Version]*jsonschema.Schema{
		ninjs.Version22: officialSchema(t, ninjs.Version22, false),
		ninjs.Version31: officialSchema(t, ninjs.Version31, false),
	}
	var sources []string
	sources = append(sources, jsonFiles(t, filepath.Join("..", "..", "article", "ninjs", "testdata"))...)
	for _, sub := range [][]string{{"validation", "test_suite"}, {"examples"}, {"doc-examples"}} {
		sources = append(sources, jsonFiles(t, corpus.Dir(t, append([]string{"ninjs"}, sub...)...))...)
	}
	count := map[ninjs.Version]int{}
	for _, src := range sources {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ninjs.ReadOptions{Version: versionOf(src), DuplicateKeys: ninjs.DupKeepLast}.ParseAll(data)
		if docs == nil || err != nil {
			continue
		}
		for i, d := range docs {
			if d.Version.Major() == 1 || ninjs.Validate(d) != nil {
				continue
			}
			targets := []ninjs.Version{ninjs.Version31}
			if d.Version.Major() == 2 {
				targets = append(targets, ninjs.Version22)
			}
			for _, v := range targets {
				out, err := ninjs.WriteOptions{Version: v}.Append(nil, d)
				if errors.Is(err, ninjs.ErrUnsupported) && v.Major() != d.Version.Major() {
					continue // the target version cannot hold a member: an explicit refusal
				}
				if err != nil {
					t.Errorf("%s[%d] as %v: %v", src, i, v, err)
					continue
				}
				if err := schemas[v].Validate(instance(t, out)); err != nil {
					t.Errorf("%s[%d] written as %v does not validate: %v\n%s", src, i, v, err, out)
				}
				count[v]++
			}
		}
	}
	t.Logf("validated against the official schemas: %d documents written as 2.2, %d as 3.1", count[ninjs.Version22], count[ninjs.Version31])
	if count[ninjs.Version22] < minWritten22 || count[ninjs.Version31] < minWritten31 {
		t.Errorf("fewer documents than recorded (%d, %d)", minWritten22, minWritten31)
	}
}

// suiteFiles is the number of JSON files of the test suite (1.3 to 3.1)
// compared by TestValidatorsAgree.
const suiteFiles = 100

// The numbers of written documents checked when the corpus is present.
const (
	minWritten22 = 48
	minWritten31 = 102
)

// TestValidatorsAgree runs IPTC's test suite through both validators and
// fails where the Go validator of package ninjs and the JSON Schema
// validator disagree. Files that are not JSON are left out. Formats are
// asserted on both sides (the schema validator asserts them for draft-07
// and earlier whatever it is told, so this is the mode both can share).
func TestValidatorsAgree(t *testing.T) {
	root := corpus.Dir(t, "ninjs", "validation", "test_suite")
	agree, total := 0, 0
	for _, folder := range []string{"1.3", "1.4", "1.5", "1.6", "2.0", "2.1", "2.2", "3.0", "3.1"} {
		v, _ := ninjs.ParseVersion(folder)
		sch := officialSchema(t, v, true)
		for _, f := range jsonFiles(t, filepath.Join(root, folder)) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				continue
			}
			total++
			theirs := sch.Validate(inst) == nil
			d, err := ninjs.ReadOptions{Version: v, DuplicateKeys: ninjs.DupKeepLast}.Parse(data)
			ours := d != nil && errors.Join(err, ninjs.ValidateOptions{Version: v, Formats: true}.Validate(d)) == nil
			if ours != theirs {
				t.Errorf("%s/%s: ninjs.Validate says valid=%v, jsonschema says valid=%v", folder, filepath.Base(f), ours, theirs)
				continue
			}
			agree++
		}
	}
	t.Logf("validators agree on %d of %d test suite files", agree, total)
	if total < suiteFiles {
		t.Errorf("only %d test suite files compared, recorded %d", total, suiteFiles)
	}
}
