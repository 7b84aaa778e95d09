package article_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
)

// jsonlStream returns the canonical JSON of a as one line.
func jsonlLine(t testing.TB, a *article.Article) string {
	t.Helper()
	var b bytes.Buffer
	if err := article.NewEncoder(&b).Encode(a); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return b.String()
}

type jsonlResult struct {
	Headline string
	Line     int
	Err      error
}

func readAll(d *article.Decoder) []jsonlResult {
	var out []jsonlResult
	for a, err := range d.All() {
		if err != nil {
			var pe *article.ParseError
			line := 0
			if errors.As(err, &pe) {
				line = pe.Line
			}
			out = append(out, jsonlResult{Line: line, Err: err})
			continue
		}
		out = append(out, jsonlResult{Headline: a.Headline, Line: d.Line()})
	}
	return out
}

func TestJSONLines(t *testing.T) {
	long := `{"headline":"` + strings.Repeat("x", 300) + `"}`
	tests := []struct {
		name string
		in   string
		max  int
		want []jsonlResult
	}{
		{"empty", "", 0, nil},
		{"one", `{"headline":"A"}`, 0, []jsonlResult{{Headline: "A", Line: 1}}},
		{"crlf and blank lines", "\r\n{\"headline\":\"A\"}\r\n  \n\n{\"headline\":\"B\"}\r\n", 0,
			[]jsonlResult{{Headline: "A", Line: 2}, {Headline: "B", Line: 5}}},
		{"bad record goes on", "{\"headline\":\"A\"}\n{\"headline\":\n{\"headline\":\"C\"}\n", 0,
			[]jsonlResult{{Headline: "A", Line: 1}, {Line: 2, Err: article.ErrSyntax}, {Headline: "C", Line: 3}}},
		{"duplicate member", "{\"headline\":\"A\",\"headline\":\"B\"}\n", 0,
			[]jsonlResult{{Line: 1, Err: article.ErrDuplicate}}},
		{"not an object", "[1]\n\"x\"\n", 0,
			[]jsonlResult{{Line: 1, Err: article.ErrSyntax}, {Line: 2, Err: article.ErrSyntax}}},
		{"two values on a line", "{\"headline\":\"A\"} {}\n", 0,
			[]jsonlResult{{Line: 1, Err: article.ErrSyntax}}},
		{"too long skipped", "{\"headline\":\"A\"}\n" + long + "\n{\"headline\":\"C\"}", 100,
			[]jsonlResult{{Headline: "A", Line: 1}, {Line: 2, Err: article.ErrLineTooLong}, {Headline: "C", Line: 3}}},
		{"too long at end", "{\"headline\":\"A\"}\n" + long, 100,
			[]jsonlResult{{Headline: "A", Line: 1}, {Line: 2, Err: article.ErrLineTooLong}}},
		{"exactly the limit", `{"headline":"` + strings.Repeat("y", 85) + "\"}\r\n", 100,
			[]jsonlResult{{Headline: strings.Repeat("y", 85), Line: 1}}},
		{"invalid UTF-8 repaired", "{\"headline\":\"a\xffb\"}\n", 0,
			[]jsonlResult{{Headline: "a\uFFFDb", Line: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := article.NewDecoder(strings.NewReader(tt.in))
			d.MaxLineBytes = tt.max
			got := readAll(d)
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool {
				return a == nil && b == nil || a != nil && b != nil && (errors.Is(a, b) || errors.Is(b, a))
			})); diff != "" {
				t.Errorf("All() (-want +got):\n%s", diff)
			}
		})
	}
}

// A record longer than the reader's buffer is assembled; one longer than
// the limit is skipped without being held.
func TestJSONLinesLong(t *testing.T) {
	body := strings.Repeat("word ", 40000) // 200 kB, beyond bufio's 64 KiB
	a := &article.Article{Headline: "Long", Body: []article.Block{{Text: strings.TrimSpace(body)}}}
	line := jsonlLine(t, a)
	in := line + strings.Repeat("z", 3<<20) + "\n" + line
	d := article.NewDecoder(strings.NewReader(in))
	var got []jsonlResult
	for a, err := range d.All() {
		if err != nil {
			got = append(got, jsonlResult{Line: d.Line(), Err: err})
			continue
		}
		got = append(got, jsonlResult{Headline: a.Headline + " " + itoaT(len(a.Body[0].Text)), Line: d.Line()})
	}
	want := []jsonlResult{{Headline: "Long 199999", Line: 1}, {Line: 2, Err: article.ErrLineTooLong}, {Headline: "Long 199999", Line: 3}}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) || errors.Is(b, a) })); diff != "" {
		t.Errorf("All() (-want +got):\n%s", diff)
	}
}

func itoaT(n int) string {
	var b []byte
	for ; n > 0 || len(b) == 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestJSONLinesRoundTrip(t *testing.T) {
	as := []*article.Article{fullArticle(), {Headline: "Two\nlines\u2028here"}, {Headline: "Three"}}
	var b bytes.Buffer
	e := article.NewEncoder(&b)
	for _, a := range as {
		if err := e.Encode(a); err != nil {
			t.Fatalf("Encode: %v", err)
		}
	}
	if n := strings.Count(b.String(), "\n"); n != len(as) {
		t.Fatalf("Encode wrote %d lines, want %d", n, len(as))
	}
	var got []*article.Article
	for a, err := range article.NewDecoder(&b).All() {
		if err != nil {
			t.Fatalf("All: %v", err)
		}
		got = append(got, a)
	}
	if diff := cmp.Diff(as, got, cmpOpts...); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestJSONLinesStop(t *testing.T) {
	in := strings.Repeat("{\"headline\":\"A\"}\nnot json\n", 10)
	n := 0
	for _, err := range article.NewDecoder(strings.NewReader(in)).All() {
		n++
		if err != nil {
			break
		}
	}
	if n != 2 {
		t.Errorf("stopping at the first error took %d steps, want 2", n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n = 0
	var last error
	for _, err := range article.NewDecoder(strings.NewReader(in)).AllContext(ctx) {
		n++
		last = err
		cancel()
	}
	if n != 2 || !errors.Is(last, context.Canceled) {
		t.Errorf("AllContext after cancel: %d steps, last error %v; want 2 steps ending in context.Canceled", n, last)
	}
}

type failReader struct{ err error }

func (r failReader) Read([]byte) (int, error) { return 0, r.err }

func TestJSONLinesReaderError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader("{\"headline\":\"A\"}\n"), failReader{boom})
	d := article.NewDecoder(r)
	var got []error
	for _, err := range d.All() {
		got = append(got, err)
	}
	if len(got) != 2 || got[0] != nil || !errors.Is(got[1], boom) {
		t.Errorf("All() = %v, want [nil boom]", got)
	}
	var a article.Article
	if err := d.Decode(&a); !errors.Is(err, boom) {
		t.Errorf("Decode after reader error = %v, want boom", err)
	}
}

func TestJSONLinesStrict(t *testing.T) {
	d := article.NewDecoder(strings.NewReader("{\"headline\":\"a\xffb\"}\n"))
	d.Strict = true
	var a article.Article
	err := d.Decode(&a)
	var pe *article.ParseError
	if !errors.As(err, &pe) || pe.Line != 1 || !errors.Is(err, article.ErrSyntax) {
		t.Errorf("strict Decode = %v, want a line-1 ParseError wrapping ErrSyntax", err)
	}
}

// repeatReader yields records repeated up to n bytes without holding them.
type repeatReader struct {
	rec  []byte
	off  int
	left int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.left {
		p = p[:r.left]
	}
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.rec[r.off:])
		n += c
		r.off = (r.off + c) % len(r.rec)
	}
	r.left -= int64(n)
	return n, nil
}

// jsonlBenchRecord is a typical article line of about 2.5 kB.
func jsonlBenchRecord(b *testing.B) []byte {
	a := fullArticle()
	para := strings.Repeat("Delegates from the two port cities said on Tuesday that talks would go on. ", 5)
	for range 6 {
		a.Body = append(a.Body, article.Block{Text: strings.TrimSpace(para)})
	}
	return []byte(jsonlLine(b, a))
}

const jsonlBenchBytes = 64 << 20 // per iteration; -benchtime=16x covers 1 GiB

// BenchmarkJSONLines decodes a long stream from a reader that repeats one
// record without holding the stream; BenchmarkJSONLinesScan is a bare
// bufio line loop over the same bytes. The ratio of their throughputs
// shows what bounds decoding.
func BenchmarkJSONLines(b *testing.B) {
	rec := jsonlBenchRecord(b)
	records := jsonlBenchBytes / len(rec)
	size := int64(records * len(rec))
	b.Run("decode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		mallocs(b)
		for b.Loop() {
			d := article.NewDecoder(&repeatReader{rec: rec, left: size})
			var a article.Article
			n := 0
			for {
				err := d.Decode(&a)
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != records {
				b.Fatalf("decoded %d records, want %d", n, records)
			}
		}
		b.ReportMetric(float64(mallocs(b))/float64(b.N*records), "allocs/record")
	})
	b.Run("scan", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			r := bufio.NewReaderSize(&repeatReader{rec: rec, left: size}, 64<<10)
			n := 0
			for {
				line, err := r.ReadSlice('\n')
				if len(line) > 0 {
					n++
				}
				if err != nil {
					break
				}
			}
			if n != records {
				b.Fatalf("scanned %d lines, want %d", n, records)
			}
		}
	})
}

// mallocs returns the heap allocations since its previous call in b.
var mallocsAt = map[*testing.B]uint64{}

func mallocs(b *testing.B) uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	n := ms.Mallocs - mallocsAt[b]
	mallocsAt[b] = ms.Mallocs
	return n
}

func BenchmarkJSONLinesEncode(b *testing.B) {
	rec := jsonlBenchRecord(b)
	var a article.Article
	if err := a.UnmarshalJSON(rec[:len(rec)-1]); err != nil {
		b.Fatal(err)
	}
	e := article.NewEncoder(io.Discard)
	b.ReportAllocs()
	b.SetBytes(int64(len(rec)))
	for b.Loop() {
		if err := e.Encode(&a); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzJSONLines reads arbitrary streams: records come with increasing line
// numbers, every error is a positioned *ParseError, and every article read
// re-encodes to a line that reads back the same.
func FuzzJSONLines(f *testing.F) {
	f.Add("{\"headline\":\"A\"}\n\n{\"headline\":\n[1]\r\n{\"headline\":\"B\",\"x\":{\"y\":[1,2]}}", 40)
	f.Add(jsonlLine(f, fullArticle())+"{}\n", 0)
	f.Fuzz(func(t *testing.T, in string, max int) {
		d := article.NewDecoder(strings.NewReader(in))
		d.MaxLineBytes = max % 4096
		last := 0
		for a, err := range d.All() {
			if d.Line() < last {
				t.Fatalf("line %d after line %d", d.Line(), last)
			}
			last = d.Line()
			if err != nil {
				var pe *article.ParseError
				if !errors.As(err, &pe) || pe.Line != d.Line() {
					t.Fatalf("error %v is not a ParseError at line %d", err, d.Line())
				}
				continue
			}
			line := jsonlLine(t, a)
			var back article.Article
			if err := article.NewDecoder(strings.NewReader(line)).Decode(&back); err != nil {
				t.Fatalf("re-decoding %q: %v", line, err)
			}
			if diff := cmp.Diff(a, &back, cmpOpts...); diff != "" {
				t.Fatalf("re-decoded article differs (-first +second):\n%s", diff)
			}
		}
	})
}

func TestEncoderGolden(t *testing.T) {
	var b bytes.Buffer
	e := article.NewEncoder(&b)
	for _, a := range append(feedArticles(), &article.Article{Headline: "Line\nbreak \u2028 and <html> & \"quotes\""}) {
		if err := e.Encode(a); err != nil {
			t.Fatalf("Encode: %v", err)
		}
	}
	checkGolden(t, "jsonl/golden.jsonl", b.Bytes())
}
