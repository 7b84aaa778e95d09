package htmlmeta

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsmodel/news/internal/corpus"
)

// lexCases are inputs where the lexer must follow the Tokenizer's less
// obvious rules.
var lexCases = []struct{ name, in string }{
	{"text", "a < b <3 <<p>x</p> &amp; &notit; &ampx"},
	{"tags", `<div class=a id="b" data-x='c'>x</div><br/><img src=/><a href=/ />`},
	{"self-closing duplicate", `<a b=/ b=/><a B=x b=/><a b c=/><a =x/>`},
	{"end tags", `</><//x></ p></p x=">"></P\n>`},
	{"comments", `<!----><!--><!---><!-- a -- b --!><!--x--!y-->z--><!-x><?php x ?><!DOCTYPE html><!doctype><!>`},
	{"raw text", `<title>a <b> &amp; </titlex> </title ><style>p{}</STYLE><textarea>&lt;</textarea/><xmp>x</xmp>`},
	{"noscript iframe", `<noscript><p>x</noscript><iframe><b></iframe><noembed>a</noembed><noframes></noframes>`},
	{"script", `<script>if (a<b && c</d) {}</script><script>x = "</scr" + "ipt>"</script>`},
	{"script escapes", `<script><!-- <script> </script> --> x</script><script><!--<script>--></script>y</script>`},
	{"script escapes 2", `<script><!-- a -> <b </script><script><!--- x </SCRIPT/>`},
	{"double escape end", `<script><!--<script></script>--></script>`},
	{"plaintext", `<p>a<plaintext>b</plaintext><p>c`},
	{"nul and cr", "<script>a\x00b\r\nc\rd</script><p>e\x00f\r\n&amp;\rg<title>\x00\r</title>"},
	{"eof in tag", `<p>text<a href="x`},
	{"eof after lt", `text<`},
	{"eof after lt slash", `text</`},
	{"eof in end tag", `text</p`},
	{"eof in comment", `a<!-- b -`},
	{"eof in bogus", `a<!x`},
	{"eof in doctype", `a<!DOCT`},
	{"eof in raw", `<title>abc</titl`},
	{"eof in script", `<script>a<!--<script>`},
	{"empty raw", `<script></script><title></title>`},
	{"unquoted values", "<a x=1\ty=2\fz=3\nw=>a</a><b c=d>e=f>"},
	{"equals key", `<a ==x =y= z>`},
	{"self-closing raw", `<script/>a</script><title/>b</title>`},
	{"cdata", `<![CDATA[a<b>]]>c`},
}

func TestLexer(t *testing.T) {
	for _, tc := range lexCases {
		t.Run(tc.name, func(t *testing.T) { checkLexer(t, []byte(tc.in)) })
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) { checkLexer(t, b) })
	}
}

// TestLexerCorpus compares the lexer with the Tokenizer on every page of
// the readability corpus.
func TestLexerCorpus(t *testing.T) {
	dir := corpus.Dir(t, "readability")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name(), "source.html"))
		if err != nil {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) { checkLexer(t, b) })
	}
}

// FuzzLexer is the differential test of the lexer against the
// golang.org/x/net/html Tokenizer on arbitrary bytes: the same token
// types (doctypes are comments), raw bytes and text, and for start tags
// the same attributes read from the raw tag.
func FuzzLexer(f *testing.F) {
	for _, tc := range lexCases {
		f.Add([]byte(tc.in))
	}
	for _, tc := range rawAttrCases {
		f.Add([]byte(tc))
	}
	for _, sh := range hostileShapes {
		f.Add([]byte(sh.build(256)))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkLexer(t, b) })
}

func checkLexer(t *testing.T, in []byte) {
	t.Helper()
	orig := bytes.Clone(in)
	z := html.NewTokenizer(bytes.NewReader(in))
	var l lexer
	l.reset(in)
	for i := 0; ; i++ {
		want := z.Next()
		got := l.next()
		if want == html.DoctypeToken {
			want = html.CommentToken
		}
		if got != want {
			t.Fatalf("token %d of %q: lexer %v %q, Tokenizer %v %q", i, in, got, l.raw(), want, z.Raw())
		}
		if want == html.ErrorToken {
			break
		}
		if !bytes.Equal(l.raw(), z.Raw()) {
			t.Fatalf("token %d (%v) of %q: lexer raw %q, Tokenizer raw %q", i, want, in, l.raw(), z.Raw())
		}
		switch want {
		case html.TextToken:
			if g, w := l.text(), z.Text(); !bytes.Equal(g, w) {
				t.Fatalf("token %d of %q: lexer text %q, Tokenizer text %q", i, in, g, w)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			var buf [32]byte
			name, _ := tagName(l.raw(), &buf)
			name = lowerASCII(bytes.Clone(name))
			zname, _ := z.TagName()
			if !bytes.Equal(name, zname) && bytes.IndexByte(name, 0) < 0 {
				t.Fatalf("token %d of %q: lexer name %q, Tokenizer name %q", i, in, name, zname)
			}
		}
	}
	if !bytes.Equal(in, orig) {
		t.Fatalf("the lexer changed its input %q to %q", orig, in)
	}
}
