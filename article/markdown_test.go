package article_test

import (
	"strings"
	"testing"

	"github.com/newsmodel/news/article"
)

func TestMarkdownGolden(t *testing.T) {
	a := fullArticle()
	a.Body = append(a.Body,
		article.Block{Kind: article.ListItem, Text: "Another item"},
		article.Block{Text: "1. *Not* a list, # not a heading, <b>not HTML</b> & [not a link](x)"},
		article.Block{Kind: article.Quotation, Text: "- not a bullet"},
	)
	b, err := article.Marshal(a, article.FormatMarkdown)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	checkGolden(t, "markdown/golden.md", b)
}

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		a    *article.Article
		want string
	}{
		{"empty", &article.Article{}, ""},
		{"headline only", &article.Article{Headline: "A *bold* claim"}, "---\ntitle: \"A *bold* claim\"\n---\n\n# A \\*bold\\* claim\n\n"},
		{"line break in headline", &article.Article{Headline: "Two\nlines"}, "---\ntitle: \"Two\\nlines\"\n---\n\n# Two lines\n\n"},
		{"list items are tight", &article.Article{Body: []article.Block{{Kind: article.ListItem, Text: "a"}, {Kind: article.ListItem, Text: "b"}, {Text: "c"}}},
			"- a\n- b\n\nc\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := article.Marshal(tt.a, article.FormatMarkdown)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			if got := string(b); got != tt.want {
				t.Errorf("Marshal(FormatMarkdown) = %q, want %q", got, tt.want)
			}
		})
	}
	// Markdown is write-only.
	if _, err := (article.ParseOptions{Format: article.FormatMarkdown}).Parse(strings.NewReader("# x")); err == nil {
		t.Errorf("Parse(FormatMarkdown) succeeded, want an error")
	}
}

func BenchmarkMarkdown(b *testing.B) {
	a := fullArticle()
	for range 50 {
		a.Body = append(a.Body, article.Block{Text: "Delegates from the two port cities said on Tuesday that *talks* would go on — and that 2,000 dock workers were waiting."})
	}
	out, _ := article.Marshal(a, article.FormatMarkdown)
	b.ReportAllocs()
	b.SetBytes(int64(len(out)))
	for b.Loop() {
		if _, err := article.Marshal(a, article.FormatMarkdown); err != nil {
			b.Fatal(err)
		}
	}
}
