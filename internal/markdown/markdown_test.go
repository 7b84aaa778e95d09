package markdown

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestAppend(t *testing.T) {
	d := Document{
		Front: []Field{
			{Key: "title", Value: `Port talks "resume"`},
			{Key: "date", Value: "2020-01-24"},
			{Key: "empty"},
			{Key: "tags", List: []string{"ports", "a: b"}},
			{Key: "none", List: []string{}},
		},
		Title: "# Port talks",
		Body: []Block{
			{Kind: Paragraph, Text: "1. The *first* line & <b>more</b>"},
			{Kind: Heading, Text: "Why it matters #2 ##"},
			{Kind: Quotation, Text: "> nested"},
			{Kind: ListItem, Text: "- one"},
			{Kind: ListItem, Text: "two\nlines"},
			{Kind: Paragraph, Text: "   "},
			{Kind: Paragraph, Text: `back\slash [link](x) ~~x~~ | a`},
		},
	}
	want := `---
title: "Port talks \"resume\""
date: "2020-01-24"
tags:
  - "ports"
  - "a: b"
---

# \# Port talks

1\. The \*first\* line \& \<b\>more\</b\>

## Why it matters \#2 \#\#

> \> nested

- \- one
- two lines

back\\slash \[link\](x) \~\~x\~\~ \| a

`
	if diff := cmp.Diff(want, string(Append(nil, d))); diff != "" {
		t.Errorf("Append mismatch (-want +got):\n%s", diff)
	}
}

func TestHostileFront(t *testing.T) {
	d := Document{
		Front: []Field{{Key: "a\nb: c", Value: "v"}, {Key: "k\xff", Value: "w"}},
		Title: "a\xffb",
	}
	want := "---\n\"a\\nb: c\": \"v\"\n\"k\uFFFD\": \"w\"\n---\n\n# a\uFFFDb\n\n"
	if got := string(Append(nil, d)); got != want {
		t.Errorf("Append = %q, want %q", got, want)
	}
}

func TestYAMLString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{"a\"b\\c", `"a\"b\\c"`},
		{"line\nbreak\ttab", `"line\nbreak\ttab"`},
		{"nul\x00 bell\x07", `"nul\u0000 bell\u0007"`},
		{"ls\u2028ps\u2029", `"ls\u2028ps\u2029"`},
		{"bad\xffutf8", "\"bad\uFFFDutf8\""},
	}
	for _, tt := range tests {
		if got := string(appendYAMLString(nil, tt.in)); got != tt.want {
			t.Errorf("appendYAMLString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// unescape removes the backslash before ASCII punctuation, as a CommonMark
// renderer does for inline text.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"1. x", "# h", "a*b_c", "<script>", "&amp;", "-", "10) y", `\`} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, heading bool) {
		text := fold(s)
		out := string(appendText(nil, text, heading))
		if !utf8.ValidString(out) {
			t.Fatalf("appendText(%q) is not valid UTF-8", s)
		}
		if got := unescape(out); got != text {
			t.Fatalf("unescape(appendText(%q)) = %q, want %q", text, got, text)
		}
		if fold(text) != text {
			t.Fatalf("fold is not idempotent on %q", s)
		}
	})
}

func BenchmarkAppend(b *testing.B) {
	d := Document{Front: []Field{{Key: "title", Value: "A headline"}}, Title: "A headline"}
	for range 50 {
		d.Body = append(d.Body, Block{Text: "A paragraph of body text, with some punctuation: (1) & [2] *stars*."})
	}
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = Append(buf[:0], d)
	}
	b.SetBytes(int64(len(buf)))
}
