package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var stringTests = []struct {
	name, in, want string
	opts           Options
}{
	{name: "empty", in: "", want: ""},
	{name: "clean ascii", in: "Plain text, nothing to do.", want: "Plain text, nothing to do."},
	{name: "nbsp and edges", in: "\u00a0 Affected\u00a0Countries: \t", want: "Affected Countries:"},
	{name: "unicode spaces", in: "a\u2002b\u2009c\u3000d\u202fe\u205ff", want: "a b c d e f"},
	{name: "line breaks", in: "one\r\ntwo\n\nthree\u2028four", want: "one two three four"},
	{name: "zero width", in: "zero\u200bwidth\ufeff\u2060 soft\u00adhyphen", want: "zerowidth softhyphen"},
	{name: "bidi controls", in: "\u202aleft\u202c \u200fright\u200e \u2067iso\u2069", want: "left right iso"},
	{name: "zwnj kept in persian", in: "می\u200cخواهم", want: "می\u200cخواهم"},
	{name: "zwj dropped in ascii", in: "a\u200db", want: "ab"},
	{name: "controls", in: "bell\x07 del\x7f c1\u0085x", want: "bell del c1 x"},
	{name: "nfc", in: "Cafe\u0301 Ame\u0301lie", want: "Café Amélie"},
	{name: "singleton spaces", in: "a\u2000b\u2001c", want: "a b c"},
	{name: "invalid utf8", in: "bad\xffbyte", want: "bad\ufffdbyte"},
	{name: "curly kept", in: "“Quoted,” she said, ‘it’s fine’", want: "“Quoted,” she said, ‘it’s fine’"},
	{name: "curly straightened", in: "“Quoted,” it’s „low“ ″", want: "\"Quoted,\" it's \"low\" \"", opts: Options{StraightenQuotes: true}},
	{name: "guillemets kept", in: "« Bonjour »", want: "« Bonjour »", opts: Options{StraightenQuotes: true}},
	{name: "dashes and ellipsis", in: "a – b — c…", want: "a – b — c…"},
}

func TestString(t *testing.T) {
	for _, tt := range stringTests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.opts.String(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("String(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if again := tt.opts.String(got); again != got {
				t.Errorf("String(%q) = %q, not idempotent: %q", tt.in, got, again)
			}
		})
	}
}

func TestStringNoAlloc(t *testing.T) {
	s := "A clean paragraph with “curly quotes”, an em dash — and café."
	if n := testing.AllocsPerRun(100, func() { _ = String(s) }); n != 0 {
		t.Errorf("String(clean) allocates %v times, want 0", n)
	}
}

func TestRepair(t *testing.T) {
	tests := []struct {
		name, in, want string
		bad            []int
	}{
		{"valid", "héllo", "héllo", nil},
		{"one bad", "a\xffb", "a\ufffdb", []int{1}},
		{"truncated", "ab\xe2\x80", "ab\ufffd\ufffd", []int{2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad := Repair([]byte(tt.in))
			if got != tt.want {
				t.Errorf("Repair(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if diff := cmp.Diff(tt.bad, bad); diff != "" {
				t.Errorf("Repair(%q) offsets (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzString(f *testing.F) {
	for _, tt := range stringTests {
		f.Add(tt.in, tt.opts.StraightenQuotes)
	}
	f.Fuzz(func(t *testing.T, s string, straight bool) {
		o := Options{StraightenQuotes: straight}
		got := o.String(s)
		if !utf8.ValidString(got) {
			t.Fatalf("String(%q) = %q, invalid UTF-8", s, got)
		}
		if again := o.String(got); again != got {
			t.Fatalf("String(%q) = %q, then %q: not idempotent", s, got, again)
		}
		if o.isClean(s) && o.rebuild(s) != s {
			t.Fatalf("fast path accepted %q but rebuild gives %q", s, o.rebuild(s))
		}
		if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Fatalf("String(%q) = %q, spaces not folded", s, got)
		}
	})
}

func BenchmarkString(b *testing.B) {
	para := strings.TrimSpace(strings.Repeat("The delegation said on Thursday that “talks would continue” — and that the 2,000-strong mission stays. ", 8))
	b.Run("clean", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(para)))
		for b.Loop() {
			_ = String(para)
		}
	})
	dirty := strings.ReplaceAll(para, " ", "\u00a0")
	b.Run("nbsp", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(dirty)))
		for b.Loop() {
			_ = String(dirty)
		}
	})
}

// TestFastPathAgrees checks the fast path against the full rebuild for
// every character of the ranges it decodes inline.
func TestFastPathAgrees(t *testing.T) {
	for _, o := range []Options{{}, {StraightenQuotes: true}} {
		for r := rune(0x20); r < 0x2100; r++ {
			s := "a" + string(r) + "b"
			if o.isClean(s) && o.rebuild(s) != s {
				t.Errorf("%+v: fast path accepts %U but rebuild changes it", o, r)
			}
		}
	}
}

func TestCutLine(t *testing.T) {
	var inputs []string
	for _, tt := range stringTests {
		inputs = append(inputs, tt.in)
	}
	inputs = append(inputs, "", "\n", "\r\n", "a\r", "a\rb", "a\r\r\n", " a\nb", "a \nb", "a  b\nc", "a\tb",
		"sixteen bytes ok and more than sixteen bytes of plain text\nnext",
		"0123456789abcdef\n0123456789abcdef", "0123456789abcde\xff\n", "“curly” — dash…\nnext",
		"mixed \u00e9\u00e8 and \u0101 and Cafe\u0301\nx", "control\x01 in line\nnext", "\xe2\x80", "tail \xe2\x80\x9c")
	for _, in := range inputs {
		for _, o := range []Options{{}, {StraightenQuotes: true}} {
			end, clean := o.CutLine(in)
			wantEnd := strings.IndexByte(in, '\n')
			if wantEnd < 0 {
				wantEnd = len(in)
			}
			line := strings.TrimSuffix(in[:wantEnd], "\r")
			// CutLine agrees with the check String makes before rebuilding.
			if end != wantEnd || clean != o.isClean(line) {
				t.Errorf("%+v.CutLine(%q) = %d, %v; want %d, %v", o, in, end, clean, wantEnd, o.isClean(line))
			}
			if clean && o.String(line) != line {
				t.Errorf("%+v.CutLine(%q) reports clean, String changes the line", o, in)
			}
		}
	}
}

func FuzzCutLine(f *testing.F) {
	for _, tt := range stringTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		end, clean := CutLine(in)
		wantEnd := strings.IndexByte(in, '\n')
		if wantEnd < 0 {
			wantEnd = len(in)
		}
		line := strings.TrimSuffix(in[:wantEnd], "\r")
		if end != wantEnd {
			t.Fatalf("CutLine(%q) end = %d, want %d", in, end, wantEnd)
		}
		if clean && String(line) != line {
			t.Fatalf("CutLine(%q) reports clean, String changes the line", in)
		}
	})
}

// newsText is a megabyte of news paragraphs, one per line, with the
// typographic quotes and dashes real pages have.
var newsText = func() string {
	sentence := "Delegates from the two port cities said on Tuesday that “talks would go on” — and that 2,000 dock workers were waiting. "
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(strings.TrimSpace(strings.Repeat(sentence, 2)))
		b.WriteString("\n\n")
	}
	return b.String()
}()

func BenchmarkCutLine(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(newsText)))
	for b.Loop() {
		for s := newsText; s != ""; {
			end, clean := CutLine(s)
			if !clean {
				b.Fatalf("CutLine(%.40q) reports unclean", s)
			}
			if end == len(s) {
				break
			}
			s = s[end+1:]
		}
	}
}
