package htmlmeta

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// chunkReader returns its data in small pieces of pseudo-random length.
type chunkReader struct {
	data []byte
	rng  *rand.Rand
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := 1 + c.rng.IntN(16)
	n = min(n, len(p), len(c.data))
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

// FuzzScan checks that Scan is deterministic, that its result does not
// depend on how the reader splits the input, that ScanBytes gives the
// same result without changing its input, and that every value is valid
// UTF-8.
func FuzzScan(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err == nil {
			f.Add(b, uint64(1))
		}
	}
	f.Add([]byte(`<script type="application/ld+json">[{"@type":"NewsArticle","author":"A"}]</script><p>x`), uint64(7))
	f.Add([]byte("<p>\xff\xfe</p><title>\xc3"), uint64(3))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		o := Options{Body: true, MaxBytes: 1 << 20}
		a, errA := o.Scan(bytes.NewReader(data))
		b, errB := o.Scan(&chunkReader{data: data, rng: rand.New(rand.NewPCG(seed, seed))})
		if (errA == nil) != (errB == nil) {
			t.Fatalf("whole read error %v, chunked read error %v", errA, errB)
		}
		if diff := cmp.Diff(a, b, cmp.Comparer(func(x, y error) bool { return x.Error() == y.Error() })); diff != "" {
			t.Fatalf("chunked read differs (-whole +chunked):\n%s", diff)
		}
		in := bytes.Clone(data)
		c, errC := o.ScanBytes(in)
		if !bytes.Equal(in, data) {
			t.Fatalf("ScanBytes changed its input %q to %q", data, in)
		}
		if (errA == nil) != (errC == nil) {
			t.Fatalf("Scan error %v, ScanBytes error %v", errA, errC)
		}
		if diff := cmp.Diff(a, c, cmp.Comparer(func(x, y error) bool { return x.Error() == y.Error() })); diff != "" {
			t.Fatalf("ScanBytes differs from Scan (-Scan +ScanBytes):\n%s", diff)
		}
		if a == nil {
			return
		}
		check := func(s string) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
		for _, s := range []string{a.Headline, a.Description, a.URL, a.Language, a.SiteName, a.Title, a.H1, a.Published} {
			check(s)
		}
		for _, s := range a.Authors {
			check(s)
		}
		for _, blk := range a.Body {
			check(blk.Text)
		}
		for _, m := range a.Meta {
			check(m.Key)
			check(m.Content)
		}
	})
}
