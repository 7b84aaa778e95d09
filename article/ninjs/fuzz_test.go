package ninjs

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzRoundTrip checks, for any input that reads as a 2.x or 3.x document,
// that writing is deterministic, that the output reads back to the same
// Document (read → write → read is the identity) and that writing that
// again gives the same bytes (a fixed point). Validation must not panic
// either. Seeds: the synthetic documents and the table cases.
func FuzzRoundTrip(f *testing.F) {
	for _, c := range synthetic {
		f.Add(readFile(f, c.file))
	}
	for _, s := range []string{
		`{"uri":"u","slugline":"","title":"T"}`,
		`{"uri":"u","title":5,"subjects":[{"name":"s","relevance":"high"}],"x-custom":{"a":[1,2]}}`,
		`{"uri":"u","versionCreated":"2024","urgency":2.5,"eventDetails":{"dates":{"expectedStartDate":"2024-07"}}}`,
		`{"uri":"u","people":[],"places":[{"geojson":null}],"standard":{}}`,
		`{"uri":"u","subjects":[{"relevance":1e2,"confidence":-0}],"renditions":[{"name":"a","width":1.5e3}]}`,
		`{"uri":"\u2028<script>","headlines":[{"value":"a\"b\\c"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, _ := Parse(data)
		if d == nil {
			return
		}
		_ = Validate(d)
		if d.Version.Major() == 1 {
			return
		}
		out, err := Marshal(d)
		if err != nil {
			t.Fatalf("Marshal(Parse(%q)) error: %v", data, err)
		}
		if again, _ := Marshal(d); !bytes.Equal(out, again) {
			t.Fatalf("Marshal is not deterministic for %q", data)
		}
		back, _ := ReadOptions{Version: latest(d.Version.Major())}.Parse(out)
		if back == nil {
			t.Fatalf("Parse(Marshal(d)) failed for %s", out)
		}
		if diff := cmp.Diff(d, back, cmpopts.IgnoreFields(Document{}, "Version")); diff != "" {
			t.Fatalf("read(write(d)) != d (-want +got):\n%s\nin:  %s\nout: %s", diff, data, out)
		}
		out2, err := Marshal(back)
		if err != nil || !bytes.Equal(out, out2) {
			t.Fatalf("write is not a fixed point:\n%s\n%s", out, out2)
		}
	})
}
