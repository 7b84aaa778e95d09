package jsonlex

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
)

// The benchmarks compare the Reader, Valid and Decode with encoding/json
// on the same ~5 KB article-like document (see articleDoc). Run with
//
//	go test -run '^$' -bench . -count 10 ./internal/jsonlex
//
// and compare medians.

func BenchmarkReaderTokens(b *testing.B) {
	doc := articleDoc()
	r := NewReader(doc)
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		r.Reset(doc, Options{})
		for {
			if _, err := r.Next(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
}

func BenchmarkStdDecoderToken(b *testing.B) {
	doc := articleDoc()
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		dec := json.NewDecoder(bytes.NewReader(doc))
		for {
			if _, err := dec.Token(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				break
			}
		}
	}
}

func BenchmarkValid(b *testing.B) {
	doc := articleDoc()
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if err := Valid(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdValid(b *testing.B) {
	doc := articleDoc()
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if !json.Valid(doc) {
			b.Fatal("invalid")
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	doc := articleDoc()
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if _, err := Decode(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdUnmarshalAny(b *testing.B) {
	doc := articleDoc()
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		var v any
		if err := json.Unmarshal(doc, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendValue(b *testing.B) {
	doc := articleDoc()
	tree, err := Decode(doc)
	if err != nil {
		b.Fatal(err)
	}
	buf, _ := AppendValue(nil, tree, true)
	b.ReportAllocs()
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		buf, _ = AppendValue(buf[:0], tree, true)
	}
}

func BenchmarkStdMarshalAny(b *testing.B) {
	doc := articleDoc()
	var tree any
	if err := json.Unmarshal(doc, &tree); err != nil {
		b.Fatal(err)
	}
	out, _ := json.Marshal(tree)
	b.ReportAllocs()
	b.SetBytes(int64(len(out)))
	for b.Loop() {
		if _, err := json.Marshal(tree); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendString(b *testing.B) {
	s := strings.Repeat("The council met on Tuesday <to> discuss the plan – “quoted” text. ", 16)
	buf := AppendString(nil, s, true)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		buf = AppendString(buf[:0], s, true)
	}
}

func BenchmarkStdMarshalString(b *testing.B) {
	s := strings.Repeat("The council met on Tuesday <to> discuss the plan – “quoted” text. ", 16)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if _, err := json.Marshal(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDeepNesting shows that rejecting 100k levels of nesting costs
// about as much as reading the first 1000.
func BenchmarkDeepNesting(b *testing.B) {
	doc := bytes.Repeat([]byte("["), 100_000)
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if err := Valid(doc, Options{}); err == nil {
			b.Fatal("accepted")
		}
	}
}

// BenchmarkGrowth measures Valid on pathological shapes (100k-member
// objects, escape-heavy strings, deep nesting with long arrays) at 1 KiB,
// 32 KiB and 1 MiB: time per byte should stay nearly flat.
func BenchmarkGrowth(b *testing.B) {
	shapes := map[string]func(n int) []byte{
		"keys": func(n int) []byte { return hugeObject(n/12, false) },
		"string": func(n int) []byte {
			return []byte(`"` + strings.Repeat(`a\u00e9`, n/7) + `"`)
		},
		"arrays": func(n int) []byte {
			d := min(n/2, 900)
			return []byte(strings.Repeat("[", d) + strings.Repeat("0,", (n-2*d)/2) + "0" + strings.Repeat("]", d))
		},
	}
	for _, name := range []string{"keys", "string", "arrays"} {
		for _, size := range []int{1 << 10, 32 << 10, 1 << 20} {
			doc := shapes[name](size)
			if err := Valid(doc, Options{}); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			b.Run(name+"/"+itoa(size), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(doc)))
				for b.Loop() {
					Valid(doc, Options{})
				}
			})
		}
	}
}
