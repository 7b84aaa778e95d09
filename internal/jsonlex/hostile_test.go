package jsonlex

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestHostile(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		opts Options
		want error // nil: accepted
	}{
		{"100k open arrays", bytes.Repeat([]byte("["), 100_000), Options{}, ErrDepth},
		{"100k open objects", bytes.Repeat([]byte(`{"a":`), 100_000), Options{}, ErrDepth},
		{"100k closed arrays", append(bytes.Repeat([]byte("["), 100_000), bytes.Repeat([]byte("]"), 100_000)...), Options{}, ErrDepth},
		{"100k arrays within a raised limit", append(bytes.Repeat([]byte("["), 100_000), bytes.Repeat([]byte("]"), 100_000)...), Options{MaxDepth: 100_000}, nil},
		{"1000 arrays at the default limit", append(bytes.Repeat([]byte("["), 1000), bytes.Repeat([]byte("]"), 1000)...), Options{}, nil},
		{"1001 arrays over the default limit", append(bytes.Repeat([]byte("["), 1001), bytes.Repeat([]byte("]"), 1001)...), Options{}, ErrDepth},
		{"huge string", []byte(`"` + strings.Repeat("x", 8<<20) + `"`), Options{}, nil},
		{"huge escaped string", []byte(`"` + strings.Repeat(`\n`, 2<<20) + `"`), Options{}, nil},
		{"huge unterminated string", []byte(`"` + strings.Repeat("x", 8<<20)), Options{}, ErrSyntax},
		{"over MaxBytes", bytes.Repeat([]byte(" "), DefaultMaxBytes+1), Options{}, ErrTooLarge},
		{"100k keys", hugeObject(100_000, false), Options{}, nil},
		{"100k keys with duplicate", hugeObject(100_000, true), Options{}, ErrDuplicateKey},
		{"long number", []byte(strings.Repeat("9", 1<<20)), Options{}, nil},
		{"truncated after key", []byte(`{"a"`), Options{}, ErrSyntax},
		{"truncated after colon", []byte(`{"a":`), Options{}, ErrSyntax},
		{"truncated escape", []byte(`"\`), Options{}, ErrSyntax},
		{"truncated unicode escape", []byte(`"\u00`), Options{}, ErrSyntax},
		{"truncated surrogate pair", []byte(`"\ud83d\ude`), Options{}, ErrSyntax},
		{"truncated utf8", []byte("\"\xe2\x82"), Options{}, ErrSyntax},
		{"NUL byte", []byte("[\x00]"), Options{}, ErrSyntax},
		{"UTF-16", []byte("\xff\xfe[\x00]\x00"), Options{}, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Valid(tt.in, tt.opts)
			_, derr := tt.opts.Decode(tt.in)
			if tt.want == nil {
				if err != nil || derr != nil {
					t.Fatalf("Valid = %v, Decode = %v; want nil", err, derr)
				}
				return
			}
			if !errors.Is(err, tt.want) || !errors.Is(derr, tt.want) {
				t.Fatalf("Valid = %v, Decode = %v; want %v", err, derr, tt.want)
			}
		})
	}
}

func hugeObject(n int, dup bool) []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		k := i
		if dup && i == n-1 {
			k = n / 2
		}
		b.WriteString(`"key`)
		b.WriteString(itoa(k))
		b.WriteString(`":[]`)
	}
	b.WriteByte('}')
	return b.Bytes()
}

// TestConcurrent decodes and writes in parallel goroutines (run with -race):
// pooled readers must never share state between documents.
func TestConcurrent(t *testing.T) {
	docs := [][]byte{articleDoc(), []byte(`{"a":1,"a":2}`), []byte(`[1,2,{"x":"\u00e9"}]`), []byte(`[`)}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = fmt.Sprint(decodeAndWrite(d))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for n := range 50 {
				i := (g + n) % len(docs)
				if got := fmt.Sprint(decodeAndWrite(docs[i])); got != want[i] {
					t.Errorf("goroutine %d: document %d gave %s, want %s", g, i, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

func decodeAndWrite(d []byte) (string, error) {
	if err := Valid(d, Options{}); err != nil {
		return "", err
	}
	v, err := Decode(d)
	if err != nil {
		return "", err
	}
	out, err := AppendValue(nil, v, true)
	return string(out), err
}

// TestDepthStopsEarly: the depth error comes at the first bracket over the
// limit, so the rest of a hostile document is never scanned.
func TestDepthStopsEarly(t *testing.T) {
	doc := bytes.Repeat([]byte(`[{"k":`), 100_000)
	for _, max := range []int{0, 1, 10, 5000} {
		err := Valid(doc, Options{MaxDepth: max})
		var se *SyntaxError
		if !errors.As(err, &se) || !errors.Is(err, ErrDepth) {
			t.Fatalf("Valid(MaxDepth %d) = %v, want a *SyntaxError wrapping ErrDepth", max, err)
		}
		limit := Options{MaxDepth: max}.maxDepth()
		// Containers alternate '[' (1 byte) and '{"k":' (5 bytes).
		want := int64(limit/2*6 + limit%2*1)
		if se.Offset != want {
			t.Errorf("Valid(MaxDepth %d) failed at offset %d, want %d", max, se.Offset, want)
		}
	}
}
