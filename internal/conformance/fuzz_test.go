package conformance

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsmodel/news/article/ninjs"
	"github.com/newsmodel/news/internal/corpus"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// FuzzValidatorsAgree checks, for any JSON object, that the Go validator
// of package ninjs and the official 2.2 and 3.1 schemas (run by the schema
// validator, formats asserted on both sides) reach the same verdict, and
// that what the writer produces from a valid document is valid. Seeds: the
// synthetic documents of package ninjs and, when present, the 2.x and 3.x
// files of IPTC's test suite.
func FuzzValidatorsAgree(f *testing.F) {
	synth, _ := filepath.Glob(filepath.Join("..", "..", "article", "ninjs", "testdata", "synthetic-*.json"))
	seeds := synth
	if p, err := corpus.Path("ninjs", "validation", "test_suite"); err == nil {
		for _, v := range []string{"2.2", "3.0", "3.1"} {
			m, _ := filepath.Glob(filepath.Join(p, v, "*", "*.json"))
			seeds = append(seeds, m...)
		}
	}
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	var schemas map[ninjs.Version]*jsonschema.Schema
	f.Fuzz(func(t *testing.T, data []byte) {
		if schemas == nil {
			schemas = map[ninjs.Version]*jsonschema.Schema{
				ninjs.Version22: officialSchema(t, ninjs.Version22, true),
				ninjs.Version31: officialSchema(t, ninjs.Version31, true),
			}
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, v := range []ninjs.Version{ninjs.Version22, ninjs.Version31} {
			d, err := ninjs.ReadOptions{Version: v}.Parse(data)
			if d == nil {
				continue // not an object, or refused by the syntax layer (duplicates)
			}
			ours := errors.Join(err, ninjs.ValidateOptions{Formats: true}.Validate(d))
			theirs := schemas[v].Validate(inst)
			if (ours == nil) != (theirs == nil) {
				t.Fatalf("as %v: ninjs.Validate = %v; schema = %v\n%s", v, ours, theirs, data)
			}
			if ours != nil {
				continue
			}
			out, err := ninjs.WriteOptions{Version: v}.Append(nil, d)
			if err != nil {
				t.Fatalf("as %v: Append error %v", v, err)
			}
			back, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if err := schemas[v].Validate(back); err != nil {
				t.Fatalf("as %v: written document does not validate: %v\n%s", v, err, out)
			}
		}
	})
}
