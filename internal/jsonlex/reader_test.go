package jsonlex

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tokens reads data to the end and renders each token as kind or kind:text.
func tokens(data []byte, o Options) ([]string, error) {
	r := o.NewReader(data)
	var out []string
	for {
		k, err := r.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch k {
		case KindKey, KindString, KindNumber:
			out = append(out, k.String()+":"+string(r.Bytes()))
		default:
			out = append(out, k.String())
		}
	}
}

var readerTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty object", `{}`, []string{"'{'", "'}'"}},
	{"empty array", ` [ ] `, []string{"'['", "']'"}},
	{"scalar string", `"a"`, []string{"string:a"}},
	{"scalar number", `-12.5e+3`, []string{"number:-12.5e+3"}},
	{"literals", `[true,false,null]`, []string{"'['", "true", "false", "null", "']'"}},
	{"object", `{"a":1,"b":[2,{"c":"d"}]}`, []string{"'{'", "key:a", "number:1", "key:b", "'['", "number:2", "'{'", "key:c", "string:d", "'}'", "']'", "'}'"}},
	{"whitespace", "\t{ \"a\" :\r\n 0 }\n", []string{"'{'", "key:a", "number:0", "'}'"}},
	{"escapes", `"\"\\\/\b\f\n\r\t\u0041\u00e9\u20ac\ud83d\ude00"`, []string{"string:\"\\/\b\f\n\r\t\u0041é€😀"}},
	{"escaped NUL", `"a\u0000b"`, []string{"string:a\x00b"}},
	{"utf8 raw", `"Zürich – 東京 😀"`, []string{"string:Zürich – 東京 😀"}},
	{"escaped key", `{"\u0061b":true}`, []string{"'{'", "key:ab", "true", "'}'"}},
	{"zero", `0`, []string{"number:0"}},
	{"negative zero exp", `-0E-0`, []string{"number:-0E-0"}},
	{"huge exponent", `1e999999`, []string{"number:1e999999"}},
}

func TestReader(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tokens([]byte(tt.in), Options{})
			if err != nil {
				t.Fatalf("tokens(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokens(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err := Valid([]byte(tt.in), Options{}); err != nil {
				t.Errorf("Valid(%q) = %v, want nil", tt.in, err)
			}
		})
	}
}

var errorTests = []struct {
	name         string
	in           string
	opts         Options
	want         error
	line, column int
	offset       int64
}{
	{"empty", ``, Options{}, ErrSyntax, 1, 1, 0},
	{"only space", "  \n ", Options{}, ErrSyntax, 2, 2, 4},
	{"trailing comma array", `[1,]`, Options{}, ErrSyntax, 1, 4, 3},
	{"trailing comma object", `{"a":1,}`, Options{}, ErrSyntax, 1, 8, 7},
	{"missing colon", `{"a" 1}`, Options{}, ErrSyntax, 1, 6, 5},
	{"single quotes", `['a']`, Options{}, ErrSyntax, 1, 2, 1},
	{"leading zero", `01`, Options{}, ErrSyntax, 1, 2, 1},
	{"plus sign", `+1`, Options{}, ErrSyntax, 1, 1, 0},
	{"dot no digit", `1.`, Options{}, ErrSyntax, 1, 3, 2},
	{"dot first", `.5`, Options{}, ErrSyntax, 1, 1, 0},
	{"exp no digit", `1e+`, Options{}, ErrSyntax, 1, 4, 3},
	{"hex", `0x10`, Options{}, ErrSyntax, 1, 2, 1},
	{"NaN", `NaN`, Options{}, ErrSyntax, 1, 1, 0},
	{"two values", `1 2`, Options{}, ErrSyntax, 1, 3, 2},
	{"unterminated string", `"abc`, Options{}, ErrSyntax, 1, 5, 4},
	{"raw newline in string", "[\"a\nb\"]", Options{}, ErrSyntax, 1, 4, 3},
	{"raw tab in string", "\"a\tb\"", Options{}, ErrSyntax, 1, 3, 2},
	{"bad escape", `"\x41"`, Options{}, ErrSyntax, 1, 2, 1},
	{"short unicode escape", `"\u12"`, Options{}, ErrSyntax, 1, 2, 1},
	{"lone high surrogate", `"\ud800"`, Options{}, ErrSyntax, 1, 2, 1},
	{"lone low surrogate", `"ab\udc00"`, Options{}, ErrSyntax, 1, 4, 3},
	{"invalid utf8", "\"a\xffb\"", Options{}, ErrSyntax, 1, 3, 2},
	{"overlong utf8", "\"\xc0\xaf\"", Options{}, ErrSyntax, 1, 2, 1},
	{"utf8 surrogate", "\"\xed\xa0\x80\"", Options{}, ErrSyntax, 1, 2, 1},
	{"bom", "\xef\xbb\xbf{}", Options{}, ErrSyntax, 1, 1, 0},
	{"truncated object", `{"a":[1,2`, Options{}, ErrSyntax, 1, 10, 9},
	{"truncated literal", `[tru`, Options{}, ErrSyntax, 1, 5, 4},
	{"bad literal", `[nul1]`, Options{}, ErrSyntax, 1, 5, 4},
	{"comment", `{} // no`, Options{}, ErrSyntax, 1, 4, 3},
	{"duplicate key", `{"a":1,"b":2,"a":3}`, Options{}, ErrDuplicateKey, 1, 14, 13},
	{"duplicate escaped key", `{"a":1,"\u0061":2}`, Options{}, ErrDuplicateKey, 1, 8, 7},
	{"depth", `[[[1]]]`, Options{MaxDepth: 2}, ErrDepth, 1, 3, 2},
	{"too large", `[1, 2]`, Options{MaxBytes: 3}, ErrTooLarge, 1, 4, 3},
	{"multi-line position", "{\n  \"a\": 1,\n  \"b\": tru\n}", Options{}, ErrSyntax, 3, 11, 22},
	{"position after non-ASCII", "[\"é€\",\n \"x\", x]", Options{}, ErrSyntax, 2, 7, 16},
	{"CRLF lines", "[\r\n1,\r\n?]", Options{}, ErrSyntax, 3, 1, 7},
}

func TestReaderErrors(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tokens([]byte(tt.in), tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("tokens(%q) error = %v, want %v", tt.in, err, tt.want)
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("tokens(%q) error %T, want *SyntaxError", tt.in, err)
			}
			if se.Line != tt.line || se.Column != tt.column || se.Offset != tt.offset {
				t.Errorf("tokens(%q) error at line %d, column %d, offset %d; want %d, %d, %d (%v)",
					tt.in, se.Line, se.Column, se.Offset, tt.line, tt.column, tt.offset, err)
			}
			if !strings.HasPrefix(err.Error(), "jsonlex: ") {
				t.Errorf("error %q lacks the jsonlex: prefix", err)
			}
			if verr := Valid([]byte(tt.in), tt.opts); !errors.Is(verr, tt.want) {
				t.Errorf("Valid(%q) = %v, want %v", tt.in, verr, tt.want)
			}
			if _, derr := tt.opts.Decode([]byte(tt.in)); !errors.Is(derr, tt.want) {
				t.Errorf("Decode(%q) = %v, want %v", tt.in, derr, tt.want)
			}
		})
	}
}

func TestErrorClassification(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		syntax     bool
		depth      bool
		dup, large bool
	}{
		{"depth", Valid([]byte("[[1]]"), Options{MaxDepth: 1}), true, true, false, false},
		{"dup", Valid([]byte(`{"a":1,"a":1}`), Options{}), false, false, true, false},
		{"large", Valid([]byte(`[]`), Options{MaxBytes: 1}), false, false, false, true},
		{"syntax", Valid([]byte(`[`), Options{}), true, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := [4]bool{errors.Is(tt.err, ErrSyntax), errors.Is(tt.err, ErrDepth), errors.Is(tt.err, ErrDuplicateKey), errors.Is(tt.err, ErrTooLarge)}
			want := [4]bool{tt.syntax, tt.depth, tt.dup, tt.large}
			if got != want {
				t.Errorf("%v: Is(Syntax, Depth, Dup, TooLarge) = %v, want %v", tt.err, got, want)
			}
		})
	}
}

func TestDuplicatePolicies(t *testing.T) {
	in := []byte(`{"a":1,"b":{"a":2,"c":3},"a":4}`)
	if err := Valid(in, Options{DuplicateKeys: DupKeepAll}); err != nil {
		t.Fatalf("Valid(DupKeepAll) = %v", err)
	}
	all, err := Options{DuplicateKeys: DupKeepAll}.Decode(in)
	if err != nil {
		t.Fatal(err)
	}
	last, err := Options{DuplicateKeys: DupKeepLast}.Decode(in)
	if err != nil {
		t.Fatal(err)
	}
	inner := &Object{Keys: []string{"a", "c"}, Values: []any{Number("2"), Number("3")}}
	wantAll := &Object{Keys: []string{"a", "b", "a"}, Values: []any{Number("1"), inner, Number("4")}}
	wantLast := &Object{Keys: []string{"a", "b"}, Values: []any{Number("4"), inner}}
	if diff := cmp.Diff(wantAll, all); diff != "" {
		t.Errorf("DupKeepAll (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantLast, last); diff != "" {
		t.Errorf("DupKeepLast (-want +got):\n%s", diff)
	}
}

// TestDuplicateLargeObjects exercises the hash table path: many keys, nested
// large objects, keys with escapes, and the same names at different levels.
func TestDuplicateLargeObjects(t *testing.T) {
	var build func(n, dupAt int, nested bool) []byte
	build = func(n, dupAt int, nested bool) []byte {
		var b bytes.Buffer
		b.WriteByte('{')
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			k := i
			if i == dupAt {
				k = 3
			}
			if k%7 == 0 {
				fmt.Fprintf(&b, `"\u006b%d":`, k) // "k" escaped
			} else {
				fmt.Fprintf(&b, `"k%d":`, k)
			}
			if nested && i%50 == 10 {
				b.Write(build(40, -1, false))
			} else {
				b.WriteString("0")
			}
		}
		b.WriteByte('}')
		return b.Bytes()
	}
	for _, n := range []int{5, 17, 100, 5000} {
		for _, nested := range []bool{false, true} {
			name := fmt.Sprintf("n=%d/nested=%v", n, nested)
			t.Run(name, func(t *testing.T) {
				if err := Valid(build(n, -1, nested), Options{}); err != nil {
					t.Fatalf("Valid(unique keys) = %v", err)
				}
				err := Valid(build(n, n-1, nested), Options{})
				if !errors.Is(err, ErrDuplicateKey) {
					t.Fatalf("Valid(duplicate at end) = %v, want ErrDuplicateKey", err)
				}
			})
		}
	}
	// A reused Reader must forget the keys of the previous document.
	r := NewReader(nil)
	for range 3 {
		doc := build(300, -1, true)
		r.Reset(doc, Options{})
		if err := r.Skip(); err != nil {
			t.Fatalf("reused Reader: %v", err)
		}
		if err := r.Finish(); err != nil {
			t.Fatalf("reused Reader Finish: %v", err)
		}
	}
}

func TestReplaceInvalid(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\"a\xffb\"", "a\uFFFDb"},
		{`"\ud800x"`, "\uFFFDx"},
		{`"\ud800\u0041"`, "\uFFFDA"},
		{`"\udc00\ud800"`, "\uFFFD\uFFFD"},
		{"\"\xed\xa0\x80\"", "\uFFFD\uFFFD\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Options{ReplaceInvalid: true}.Decode([]byte(tt.in))
			if err != nil {
				t.Fatalf("Decode(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(any(tt.want), got); diff != "" {
				t.Errorf("Decode(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSkipAndRaw(t *testing.T) {
	in := []byte(`{"skip":{"x":[1,2,{"y":"\n"}]},"raw": [ 1 , "two" ] ,"keep":"v","rest":1,"more":2}`)
	r := NewReader(in)
	mustNext := func(want Kind) {
		t.Helper()
		k, err := r.Next()
		if err != nil || k != want {
			t.Fatalf("Next() = %v, %v; want %v", k, err, want)
		}
	}
	mustNext(KindObjectBegin)
	mustNext(KindKey)
	if err := r.Skip(); err != nil {
		t.Fatal(err)
	}
	mustNext(KindKey)
	raw, err := r.RawValue()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(raw), `[ 1 , "two" ]`; got != want {
		t.Errorf("RawValue() = %q, want %q", got, want)
	}
	if err := r.Skip(); err != nil { // key "keep" and its value
		t.Fatal(err)
	}
	mustNext(KindKey)
	if r.String() != "rest" {
		t.Fatalf("key = %q, want rest", r.String())
	}
	if err := r.SkipRest(); err != nil {
		t.Fatal(err)
	}
	if r.Kind() != KindObjectEnd {
		t.Errorf("after SkipRest Kind() = %v, want '}'", r.Kind())
	}
	if err := r.Finish(); err != nil {
		t.Errorf("Finish() = %v", err)
	}
	if err := NewReader([]byte(`[]`)).Skip(); err != nil {
		t.Errorf("Skip([]) = %v", err)
	}
	r = NewReader([]byte(`[]`))
	mustNext(KindArrayBegin)
	if err := r.Skip(); err == nil {
		t.Errorf("Skip before ']' = nil, want error")
	}
}

func TestNumbers(t *testing.T) {
	r := NewReader([]byte(`[9223372036854775807, 18446744073709551615, 1.5e300, 1e400, 2.5]`))
	var i64 int64
	var u64 uint64
	var errs []error
	r.Next()
	r.Next()
	i64, err := r.Int64()
	if err != nil || i64 != 9223372036854775807 {
		t.Errorf("Int64() = %d, %v", i64, err)
	}
	r.Next()
	if _, err := r.Int64(); !errors.Is(err, ErrRange) {
		t.Errorf("Int64(2^64-1) error = %v, want ErrRange", err)
	}
	u64, err = r.Uint64()
	if err != nil || u64 != 18446744073709551615 {
		t.Errorf("Uint64() = %d, %v", u64, err)
	}
	r.Next()
	if f, err := r.Float64(); err != nil || f != 1.5e300 {
		t.Errorf("Float64() = %v, %v", f, err)
	}
	r.Next()
	_, err = r.Float64()
	errs = append(errs, err)
	if !errors.Is(err, ErrRange) {
		t.Errorf("Float64(1e400) error = %v, want ErrRange", err)
	}
	r.Next()
	if _, err := r.Int64(); !errors.Is(err, ErrRange) {
		t.Errorf("Int64(2.5) error = %v, want ErrRange", err)
	}
	if n := r.Number(); n != "2.5" {
		t.Errorf("Number() = %q", n)
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\ncé\r\nx\ry")
	tests := []struct {
		off          int64
		line, column int
	}{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {6, 2, 3}, {8, 3, 1}, {10, 4, 1}, {11, 4, 2}, {99, 4, 2}, {-1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.off), func(t *testing.T) {
			l, c := Position(data, tt.off)
			if l != tt.line || c != tt.column {
				t.Errorf("Position(%q, %d) = %d, %d; want %d, %d", data, tt.off, l, c, tt.line, tt.column)
			}
		})
	}
}

// TestReaderZeroAlloc: a reused Reader over a document without escapes
// allocates nothing per token.
func TestReaderZeroAlloc(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under the race detector")
	}
	doc := articleDoc()
	r := NewReader(doc)
	read := func() {
		r.Reset(doc, Options{})
		for {
			if _, err := r.Next(); err != nil {
				if err != io.EOF {
					t.Fatal(err)
				}
				return
			}
		}
	}
	read()
	if n := testing.AllocsPerRun(20, read); n != 0 {
		t.Errorf("Reader over a %d-byte document: %v allocations per run, want 0", len(doc), n)
	}
	if n := testing.AllocsPerRun(20, func() {
		if err := Valid(doc, Options{}); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("Valid: %v allocations per run, want 0", n)
	}
}

// TestSkipSafe checks the eight-bytes-at-a-time scan against the byte loop
// for every byte value at every position of a 20-byte window.
func TestSkipSafe(t *testing.T) {
	slow := func(data []byte, j int) int {
		for j < len(data) && strSafe[data[j]] {
			j++
		}
		return j
	}
	buf := []byte(strings.Repeat("a", 20))
	for pos := range buf {
		for c := range 256 {
			buf[pos] = byte(c)
			for start := range 3 {
				if got, want := skipSafe(buf, start), slow(buf, start); got != want {
					t.Fatalf("skipSafe(%q, %d) = %d, want %d", buf, start, got, want)
				}
			}
			buf[pos] = 'a'
		}
	}
	// Two stop bytes: the first one wins.
	for _, s := range []string{"ab\x00\"cdefgh", "abc\\\xffdefgh", "abcdefg\x1f\x80", "\xff\"abcdefgh"} {
		if got, want := skipSafe([]byte(s), 0), slow([]byte(s), 0); got != want {
			t.Errorf("skipSafe(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestPeek checks that Peek predicts every token Next returns.
func TestPeek(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader([]byte(tt.in))
			for {
				p := r.Peek()
				k, err := r.Next()
				if p != k {
					t.Fatalf("Peek() = %v, then Next() = %v, %v", p, k, err)
				}
				if err != nil {
					break
				}
			}
		})
	}
	for _, in := range []string{`[1 2]`, `{"a":1 "b"}`, `{1}`, `[1,]`, `1 x`, `[`} {
		r := NewReader([]byte(in))
		for {
			p := r.Peek()
			k, err := r.Next()
			if err != nil && err != io.EOF {
				if p != KindNone {
					t.Errorf("%s: Peek() = %v before error %v", in, p, err)
				}
				break
			}
			if p != k || err != nil {
				t.Errorf("%s: Peek() = %v, Next() = %v, %v", in, p, k, err)
				break
			}
		}
	}
}

func TestStringIn(t *testing.T) {
	in := `{"plain":"abc","esc\u0041":"x\ny","n":-1.5e3,"e":""}`
	src := in
	r := NewReader([]byte(in))
	var got []string
	for {
		k, err := r.Next()
		if err != nil {
			break
		}
		if k == KindKey || k == KindString || k == KindNumber {
			s := r.StringIn(src)
			if s != r.String() {
				t.Errorf("StringIn = %q, String = %q", s, r.String())
			}
			got = append(got, s)
		}
	}
	want := []string{"plain", "abc", "escA", "x\ny", "n", "-1.5e3", "e", ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("StringIn tokens (-want +got):\n%s", diff)
	}
	r = NewReader([]byte(`"abc"`))
	r.Next()
	if s := r.StringIn("wrong length"); s != "abc" {
		t.Errorf("StringIn(wrong src) = %q, want a copy abc", s)
	}
}

// keepLastOf applies the keep-last policy to a tree decoded with
// DupKeepAll: one member per name, at its first position, with its last
// value.
func keepLastOf(v any) any {
	switch x := v.(type) {
	case *Object:
		o := &Object{}
		at := map[string]int{}
		for i, k := range x.Keys {
			val := keepLastOf(x.Values[i])
			if j, ok := at[k]; ok {
				o.Values[j] = val
				continue
			}
			at[k] = len(o.Keys)
			o.Keys = append(o.Keys, k)
			o.Values = append(o.Values, val)
		}
		return o
	case []any:
		a := make([]any, len(x))
		for i, e := range x {
			a[i] = keepLastOf(e)
		}
		return a
	}
	return v
}

// TestKeepLastNestedLargeObjects checks the keep-last index of large
// objects (more than dupThreshold members) when they nest, and when a
// small object sits between two large ones.
func TestKeepLastNestedLargeObjects(t *testing.T) {
	var obj func(depth, n int) string
	obj = func(depth, n int) string {
		var b strings.Builder
		b.WriteByte('{')
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `"k%d":`, i%(n-3)) // the last three names repeat
			switch {
			case depth > 0 && i == n/2:
				b.WriteString(obj(depth-1, n))
			case depth > 0 && i == n/3:
				fmt.Fprintf(&b, `{"s":1,"t":%s,"s":2}`, obj(depth-1, n))
			default:
				fmt.Fprintf(&b, "%d", i)
			}
		}
		b.WriteByte('}')
		return b.String()
	}
	for _, n := range []int{dupThreshold - 1, dupThreshold + 2, 3 * dupThreshold} {
		in := []byte(obj(3, n))
		all, err := Options{DuplicateKeys: DupKeepAll}.Decode(in)
		if err != nil {
			t.Fatal(err)
		}
		last, err := Options{DuplicateKeys: DupKeepLast}.Decode(in)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(keepLastOf(all), last); diff != "" {
			t.Errorf("n=%d: DupKeepLast differs from keep-last applied to DupKeepAll (-want +got):\n%s", n, diff)
		}
	}
}
