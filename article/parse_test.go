package article_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
)

func TestParseHTMLOptions(t *testing.T) {
	page := "<html><head><title>Caf\xe9 talks</title></head><body><article><p>Delegates met in the caf\xe9 on Tuesday to talk about the harbour and its future for the whole region.</p></article></body></html>"
	tests := []struct {
		name         string
		html         article.HTMLOptions
		headline     string
		wantBodyText bool
	}{
		{"charset", article.HTMLOptions{Charset: "windows-1252"}, "Café talks", true},
		{"content type", article.HTMLOptions{ContentType: "text/html; charset=iso-8859-1"}, "Café talks", true},
		{"no body", article.HTMLOptions{NoBody: true, Charset: "windows-1252"}, "Café talks", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.ParseOptions{Format: article.FormatHTML, HTML: tt.html}.ParseString(page)
			if a == nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(tt.headline, a.Headline); diff != "" {
				t.Errorf("Headline (-want +got):\n%s", diff)
			}
			if got := len(a.Body) > 0; got != tt.wantBodyText {
				t.Errorf("len(Body) = %d, want body %v", len(a.Body), tt.wantBodyText)
			}
		})
	}
}
