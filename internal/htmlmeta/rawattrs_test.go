package htmlmeta

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

var rawAttrCases = []string{
	`<meta name="author" content="Ana Ruiz">`,
	`<META NAME=Author CONTENT='Ana'>`,
	`<meta name = "keywords" content = "a, b" >`,
	`<meta name="" name=author content=x content=y>`,
	`<meta =name content=z name=x>`,
	`<meta/name=author/content=slash/>`,
	`<meta name=author content="q"/>`,
	`<meta name=unq/ content=x>`,
	`<link rel=canonical href=https://x.example/a title=T hreflang>`,
	"<meta\tname=author\ncontent=\"nl\"\f>",
	`<html xml:lang=fr lang=de>`,
	`<a class="byline author" id=x itemprop="author" itemscope hidden aria-hidden=" TRUE ">`,
	`<time datetime="2020-01-02" pubdate>`,
	`<meta name=a content="x>y">`,
	`<img src=a.jpg width=10 height=20 alt="">`,
	`<div style="display: none" role=navigation>`,
	`<meta name="x" content="a&amp;b">`,
}

// TestRawAttrs checks that attributes parsed from the raw tag are those
// the tokenizer's TagAttr returns, for tags that need no decoding.
func TestRawAttrs(t *testing.T) {
	for _, tc := range rawAttrCases {
		t.Run(tc, func(t *testing.T) { checkRawAttrs(t, []byte(tc)) })
	}
}

func FuzzRawAttrs(f *testing.F) {
	for _, tc := range rawAttrCases {
		f.Add([]byte(tc))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkRawAttrs(t, b) })
}

// checkRawAttrs compares rawAttrs.parse with TagAttr on the first token
// of in, when it is a start tag.
func checkRawAttrs(t *testing.T, in []byte) {
	z := html.NewTokenizer(bytes.NewReader(in))
	tt := z.Next()
	if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
		return
	}
	raw := bytes.Clone(z.Raw())
	var r rawAttrs
	r.parse(raw)
	want := map[string]string{}
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if attrKey(k) >= 0 {
			if _, ok := want[string(k)]; !ok {
				want[string(k)] = string(v)
			}
		}
	}
	if !r.plain {
		return
	}
	got := map[string]string{}
	for _, k := range r.order[:r.n] {
		got[attrNames[k]] = string(r.v[k])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rawAttrs.parse(%q) (-TagAttr +parse):\n%s", raw, diff)
	}
	if strings.Contains(strings.ToLower(string(raw)), "author") && !mayMatter(raw) {
		t.Errorf("mayMatter(%q) = false, want true", raw)
	}
}

// TestTagTokenizer checks that the Tokenizer shared by the tags whose
// attributes need decoding reads each as a fresh Tokenizer would.
func TestTagTokenizer(t *testing.T) {
	tags := []string{
		`<title lang="a&amp;b">`,
		`<meta name="x" content="a&amp;b">`,
		`<script type="application/ld+json" title="&lt;">`,
		`<meta content="` + strings.Repeat("&amp;", 2000) + `" name=big>`,
		"<link rel=canonical href=\"a\r\nb\" title='x&notit;y'>",
		`<meta/name="&#65;"/content=&amp=x/>`,
		`<a href="?a=1&amp;b=2" class="author&#32;x">`,
	}
	s := newScanner(Options{})
	for _, round := range []int{1, 2} {
		for _, tag := range tags {
			var got, want attrs
			got.read(s.tagTokenizer([]byte(tag)), s)
			z := html.NewTokenizer(strings.NewReader(tag))
			z.Next()
			want.read(z, s)
			if got != want {
				t.Errorf("round %d: tagTokenizer(%q) read %+v, want %+v", round, tag, got, want)
			}
		}
	}
}
