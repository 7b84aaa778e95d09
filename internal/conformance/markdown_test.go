package conformance

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"

	"github.com/newsmodel/news/article"
)

// The Markdown writer of package article escapes text so that a CommonMark
// renderer gives back exactly the text of every block. These tests render
// its output with github.com/yuin/goldmark (a CommonMark 0.31 parser, a
// test-only dependency of this module) and compare the text and kind of
// every rendered block with the article's.

// hostileTexts are block texts that would become markup if written as is.
var hostileTexts = []string{
	"Plain text.",
	"*stars* and _underscores_ and **bold** and __bold__",
	"# not a heading",
	"## neither",
	"1. not a list",
	"2) not a list either",
	"2024. The year in review",
	"- not a bullet",
	"-- two dashes",
	"---",
	"+ plus",
	"= equals",
	"> not a quote",
	"<b>not html</b> <!-- not a comment --> <https://example.org>",
	"AT&T &amp; &copy; &#65; entities stay text",
	"[not a link](https://example.org) ![not an image](x.png) [ref]",
	"`not code` ``neither``",
	"~~not struck~~ ~~~",
	"| not | a | table |",
	"back\\slash \\* escaped",
	"trailing backslash \\",
	"    four spaces do not make code",
	"1\\. already escaped",
	"Ünïcödé “quotes” — dashes… and 漢字",
	"#hashtag and C# and #1",
	"a_b_c snake_case_name 2*3*4",
	"_",
	"*",
	"***",
	"[",
	"<",
	"&",
	"!",
	"http://example.org/autolink?x=1&y=2",
	"email@example.org",
	"Line\nbreaks\r\nfold into spaces",
}

// renderedBlock is one block as goldmark renders it.
type renderedBlock struct {
	Tag  string // h1, h2, p, blockquote, li
	Text string
}

var (
	blockLine = regexp.MustCompile(`^<(h1|h2|p|li)>(.*)</(?:h1|h2|p|li)>$`)
	anyTag    = regexp.MustCompile(`<[a-zA-Z/!]`)
)

// renderBlocks renders the Markdown body (after the front matter) and
// returns its blocks. Any inline element (em, a, code, ...) shows as a tag
// left in a block's text, so the comparison fails.
func renderBlocks(t *testing.T, md []byte) []renderedBlock {
	t.Helper()
	body := md
	if bytes.HasPrefix(md, []byte("---\n")) {
		end := bytes.Index(md[4:], []byte("\n---\n"))
		if end < 0 {
			t.Fatalf("front matter not closed:\n%s", md)
		}
		body = md[4+end+5:]
	}
	var out bytes.Buffer
	if err := goldmark.Convert(body, &out); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	var bs []renderedBlock
	quote, item := 0, 0
	for line := range strings.SplitSeq(out.String(), "\n") {
		switch line {
		case "", "<ul>", "</ul>":
			continue
		case "<blockquote>":
			quote++
			continue
		case "</blockquote>":
			quote--
			continue
		case "<li>":
			item++
			continue
		case "</li>":
			item--
			continue
		}
		m := blockLine.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("unexpected rendered line %q", line)
			continue
		}
		tag := m[1]
		if tag == "p" && quote > 0 {
			tag = "blockquote"
		}
		if tag == "p" && item > 0 {
			tag = "li"
		}
		text := m[2]
		if anyTag.MatchString(text) {
			t.Errorf("inline markup rendered in %q", line)
		}
		bs = append(bs, renderedBlock{Tag: tag, Text: html.UnescapeString(text)})
	}
	return bs
}

// expectedBlocks is what the article's headline and body must render as.
func expectedBlocks(a *article.Article) []renderedBlock {
	var bs []renderedBlock
	if a.Headline != "" {
		bs = append(bs, renderedBlock{"h1", foldBreaks(a.Headline)})
	}
	tags := map[article.BlockKind]string{article.Paragraph: "p", article.Heading: "h2", article.Quotation: "blockquote", article.ListItem: "li"}
	for _, b := range a.Body {
		if t := foldBreaks(b.Text); t != "" {
			bs = append(bs, renderedBlock{tags[b.Kind], t})
		}
	}
	return bs
}

// foldBreaks is what CommonMark does to white space: runs holding a line
// break become one space and the ends are trimmed (the writer documents
// the same, and trims every Unicode white space character at the ends, as
// renderers such as goldmark do).
func foldBreaks(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var b strings.Builder
	for i, part := range strings.Split(s, "\n") {
		if i > 0 {
			trimmed := strings.TrimRight(b.String(), " \t")
			b.Reset()
			b.WriteString(trimmed)
			b.WriteByte(' ')
			part = strings.TrimLeft(part, " \t")
		}
		b.WriteString(part)
	}
	return strings.TrimSpace(b.String())
}

func TestMarkdownCommonMark(t *testing.T) {
	kinds := []article.BlockKind{article.Paragraph, article.Heading, article.Quotation, article.ListItem}
	for i, text := range hostileTexts {
		for _, k := range kinds {
			t.Run(fmt.Sprintf("%d/%v", i, k), func(t *testing.T) {
				a := &article.Article{
					Headline: text,
					Summary:  text,
					Body: []article.Block{
						{Kind: k, Text: text},
						{Kind: k, Text: text + " again"},
						{Text: "After."},
					},
				}
				checkMarkdown(t, a)
			})
		}
	}
}

// TestMarkdownMixed checks a body that switches kinds on every block, so
// that lists, quotations and paragraphs meet in every order.
func TestMarkdownMixed(t *testing.T) {
	a := &article.Article{Headline: "Mixed"}
	kinds := []article.BlockKind{article.Paragraph, article.Heading, article.Quotation, article.ListItem}
	for i, text := range hostileTexts {
		a.Body = append(a.Body, article.Block{Kind: kinds[(i*7)%4], Text: text})
	}
	checkMarkdown(t, a)
}

func checkMarkdown(t *testing.T, a *article.Article) {
	t.Helper()
	md, err := article.Marshal(a, article.FormatMarkdown)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	got := renderBlocks(t, md)
	want := expectedBlocks(a)
	if len(got) != len(want) {
		t.Fatalf("rendered %d blocks, want %d\nmarkdown:\n%s\ngot: %q", len(got), len(want), md, got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("block %d renders as %q, want %q\nmarkdown:\n%s", i, got[i], want[i], md)
		}
	}
}

func FuzzMarkdownCommonMark(f *testing.F) {
	for _, s := range hostileTexts {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, kind uint8) {
		a := &article.Article{Headline: "T", Body: []article.Block{{Kind: article.BlockKind(kind % 4), Text: strings.ToValidUTF8(text, "\uFFFD")}}}
		// Control characters and NUL are not text a block can show.
		for _, r := range a.Body[0].Text {
			if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r == 0x7f {
				return
			}
		}
		if strings.TrimSpace(a.Body[0].Text) == "" {
			return
		}
		checkMarkdown(t, a)
	})
}
