package jsonlex

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// seedDocuments returns the table cases of this package's tests, for fuzz
// seeds.
func seedDocuments() [][]byte {
	var seeds [][]byte
	for _, tt := range readerTests {
		seeds = append(seeds, []byte(tt.in))
	}
	for _, tt := range errorTests {
		seeds = append(seeds, []byte(tt.in))
	}
	seeds = append(seeds, articleDoc(),
		[]byte(`{"a":1,"a":2}`), []byte(`"\ud800\u0041"`), []byte("\"\xff\""), []byte(`[[[[[]]]]]`))
	return seeds
}

// addCorpusSeeds adds the JSONTestSuite files when the corpus is present
// (without skipping the fuzz target when it is not).
func addCorpusSeeds(f *testing.F) {
	root, err := os.Getwd()
	if err != nil {
		return
	}
	dir := filepath.Join(root, "..", "..", "..", "shared", "corpus", "jsontestsuite", "test_parsing")
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if data, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil && len(data) < 4096 {
			f.Add(data)
		}
	}
}

// FuzzDecode checks, for any input:
//   - Valid and Decode agree, under strict and lenient options;
//   - Decode → AppendValue → Decode is the identity, and writing is a
//     fixed point (the second write gives the same bytes);
//   - with ReplaceInvalid, DupKeepAll and encoding/json's depth, Valid
//     agrees with encoding/json.Valid on every input (encoding/json
//     accepts invalid UTF-8 and lone surrogates, which ReplaceInvalid
//     repairs); strictly, everything accepted is accepted by encoding/json;
//   - where both accept, the trees hold the same strings and numbers as
//     json.Unmarshal into an any.
func FuzzDecode(f *testing.F) {
	for _, s := range seedDocuments() {
		f.Add(s)
	}
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		strict := Options{}
		lenient := Options{DuplicateKeys: DupKeepAll, ReplaceInvalid: true, MaxDepth: 10000}
		for _, o := range []Options{strict, lenient} {
			verr := Valid(data, o)
			v, derr := o.Decode(data)
			if (verr == nil) != (derr == nil) {
				t.Fatalf("Valid(%+v) = %v but Decode = %v", o, verr, derr)
			}
			if derr != nil {
				var se *SyntaxError
				if !errors.As(derr, &se) || !strings.HasPrefix(derr.Error(), "jsonlex: ") {
					t.Fatalf("Decode error %T %v, want *SyntaxError", derr, derr)
				}
				continue
			}
			out, err := AppendValue(nil, v, false)
			if err != nil {
				t.Fatalf("AppendValue: %v", err)
			}
			if !utf8.Valid(out) {
				t.Fatalf("AppendValue wrote invalid UTF-8: %q", out)
			}
			v2, err := o.Decode(out)
			if err != nil {
				t.Fatalf("Decode(AppendValue(Decode(%q))) = %v; output %q", data, err, out)
			}
			if !reflect.DeepEqual(v, v2) { // cmp.Diff is exponential on deep nesting
				t.Fatalf("round trip mismatch: %q then %q", data, out)
			}
			out2, _ := AppendValue(nil, v2, false)
			if !bytes.Equal(out, out2) {
				t.Fatalf("writing is not a fixed point: %q then %q", out, out2)
			}
		}
		std := json.Valid(data)
		if got := Valid(data, lenient) == nil; got != std {
			t.Fatalf("Valid(lenient, %q) = %v, encoding/json.Valid = %v", data, got, std)
		}
		if Valid(data, strict) == nil {
			if !std {
				t.Fatalf("Valid(strict, %q) accepts what encoding/json rejects", data)
			}
			var want any
			if err := json.Unmarshal(data, &want); err != nil {
				return // a number beyond float64: a conversion question
			}
			got, _ := strict.Decode(data)
			if pg := plain(t, got); !reflect.DeepEqual(want, pg) {
				diff := cmp.Diff(want, pg)
				t.Fatalf("Decode(%q) differs from encoding/json (-json +jsonlex):\n%s", data, diff)
			}
		}
	})
}

// plain converts a tree to what encoding/json's Unmarshal into an any gives.
func plain(t *testing.T, v any) any {
	switch v := v.(type) {
	case *Object:
		m := make(map[string]any, v.Len())
		for k, e := range v.All() {
			m[k] = plain(t, e)
		}
		return m
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = plain(t, e)
		}
		return out
	case Number:
		f, err := v.Float64()
		if err != nil {
			t.Fatalf("Number(%q).Float64: %v", v, err)
		}
		return f
	}
	return v
}

// FuzzAppendString checks that AppendString output is valid JSON and
// valid UTF-8, decodes back to the input (with invalid bytes replaced),
// equals encoding/json's output when htmlSafe, and keeps <, >, & and
// U+2028/U+2029 out of the htmlSafe output.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "abc", "<\u2028>&", "\x00\x1f\"\\", "a\xffb", "😀\xed\xa0\x80"} {
		f.Add(s)
	}
	for _, s := range seedDocuments() {
		f.Add(string(s))
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{false, true} {
			out := AppendString(nil, s, html)
			if !utf8.Valid(out) {
				t.Fatalf("AppendString(%q, %v) = %q: invalid UTF-8", s, html, out)
			}
			v, err := Decode(out)
			if err != nil {
				t.Fatalf("Decode(AppendString(%q, %v)) = %v", s, html, err)
			}
			if want := strings.ToValidUTF8(s, "\uFFFD"); utf8.ValidString(s) && v != s || !utf8.ValidString(s) && utf8.RuneCountInString(v.(string)) < utf8.RuneCountInString(want) {
				t.Fatalf("Decode(AppendString(%q, %v)) = %q", s, html, v)
			}
			if html {
				std, _ := json.Marshal(s)
				if !bytes.Equal(out, std) {
					t.Fatalf("AppendString(%q, true) = %s, encoding/json = %s", s, out, std)
				}
				if bytes.ContainsAny(out, "<>&\u2028\u2029") {
					t.Fatalf("AppendString(%q, true) = %s keeps an HTML-unsafe character", s, out)
				}
			}
		}
	})
}

// FuzzReader checks that a Reader's tokens, Skip and RawValue agree with
// Valid: a document is read to io.EOF exactly when Valid accepts it, and
// the raw text of a skipped top-level value is itself valid; Peek predicts
// every token Next then returns; StringIn agrees with String.
func FuzzReader(f *testing.F) {
	for _, s := range seedDocuments() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		verr := Valid(data, Options{})
		r := NewReader(data)
		var err error
		src := string(data)
		for err == nil {
			p := r.Peek()
			var k Kind
			k, err = r.Next()
			if (err == nil || err == io.EOF) && p != k {
				t.Fatalf("Peek() = %v, then Next() = %v, %v", p, k, err)
			}
			if err == nil && r.StringIn(src) != r.String() {
				t.Fatalf("StringIn = %q, String = %q", r.StringIn(src), r.String())
			}
		}
		if (err == io.EOF) != (verr == nil) {
			t.Fatalf("Reader ended with %v, Valid = %v", err, verr)
		}
		if verr == nil {
			r.Reset(data, Options{})
			raw, err := r.RawValue()
			if err != nil {
				t.Fatalf("RawValue: %v", err)
			}
			if err := Valid(raw, Options{}); err != nil {
				t.Fatalf("Valid(RawValue) = %v for %q", err, raw)
			}
			if err := r.Finish(); err != nil {
				t.Fatalf("Finish after RawValue: %v", err)
			}
		} else {
			var se *SyntaxError
			if !errors.As(verr, &se) || se.Offset < 0 || se.Offset > int64(len(data)) || se.Line < 1 || se.Column < 1 {
				t.Fatalf("Valid error %#v has a bad position", verr)
			}
		}
	})
}
