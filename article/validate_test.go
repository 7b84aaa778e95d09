package article_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/tags"
)

func TestValidate(t *testing.T) {
	if err := fullArticle().Validate(); err != nil {
		t.Fatalf("Validate(fullArticle) = %v", err)
	}
	tests := []struct {
		name   string
		modify func(a *article.Article)
		want   map[string]error // path -> sentinel
	}{
		{"missing headline", func(a *article.Article) { a.Headline = "" }, map[string]error{"/headline": article.ErrMissing}},
		{"relative url", func(a *article.Article) { a.URL = "/2024/05/x" }, map[string]error{"/url": article.ErrNotAbsolute}},
		{"modified before published", func(a *article.Article) {
			a.Published = article.NewTime(time.Date(2024, 5, 8, 10, 0, 0, 0, time.UTC), article.Minute, true)
			a.Modified = article.Date(2024, time.May, 7)
		}, map[string]error{"/modified": article.ErrOrder}},
		{"same day is not before", func(a *article.Article) {
			a.Published = article.NewTime(time.Date(2024, 5, 7, 10, 0, 0, 0, time.UTC), article.Minute, true)
			a.Modified = article.Date(2024, time.May, 7)
		}, map[string]error{}},
		{"unresolved", func(a *article.Article) { a.Published = article.Unresolved("yesterday") }, map[string]error{"/published": article.ErrUnresolvedTime}},
		{"empty paragraph and author", func(a *article.Article) {
			a.Body[1].Text = ""
			a.Authors[0].Name = ""
		}, map[string]error{"/body/1/text": article.ErrEmpty, "/authors/0/name": article.ErrEmpty}},
		{"bad tag", func(a *article.Article) {
			a.Tags.Add(tags.Tag{Code: "-X", Name: "bad"})
		}, map[string]error{"/tags/0/code": article.ErrTag}},
		{"nan score", func(a *article.Article) {
			a.Tags = tags.Set{}
			a.Tags.Add(tags.Tag{Name: "n", Relevance: float(math.NaN())})
		}, map[string]error{"/tags/0/relevance": article.ErrRange}},
		{"ranges", func(a *article.Article) {
			a.Urgency = 12
			a.Revision = -1
			a.Image.Width = -5
			a.Status = "draft"
			a.Body[0].Kind = 9
			a.Quotes[0].End = 999
		}, map[string]error{"/urgency": article.ErrRange, "/revision": article.ErrRange, "/image/width": article.ErrRange,
			"/status": article.ErrRange, "/body/0/kind": article.ErrRange, "/quotes/0": article.ErrRange}},
		{"unclean and invalid text", func(a *article.Article) {
			a.Summary = "zero\u200bwidth"
			a.Subheadline = "bad \xff"
		}, map[string]error{"/summary": article.ErrUnclean, "/subheadline": article.ErrInvalidUTF8}},
		{"extra", func(a *article.Article) {
			a.Extra = append(a.Extra, article.Field{Name: "url", Value: []byte(`"x"`)}, article.Field{Name: "y/z", Value: []byte(`{`)})
		}, map[string]error{"/url": article.ErrDuplicate, "/y~1z": article.ErrSyntax}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := fullArticle()
			tt.modify(a)
			err := a.Validate()
			got := map[string]error{}
			for _, e := range unwrapAll(err) {
				var fe *article.FieldError
				if !errors.As(e, &fe) {
					t.Fatalf("Validate error %v is not a *FieldError", e)
				}
				got[fe.Path] = fe.Err
			}
			var gotPaths, wantPaths []string
			for p := range got {
				gotPaths = append(gotPaths, p)
			}
			for p, s := range tt.want {
				wantPaths = append(wantPaths, p)
				if s != nil && !errors.Is(got[p], s) {
					t.Errorf("Validate error at %s = %v, want %v", p, got[p], s)
				}
			}
			if diff := cmp.Diff(wantPaths, gotPaths, sortStrings); diff != "" {
				t.Errorf("Validate paths mismatch (-want +got):\n%s\n%v", diff, err)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "article: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

var sortStrings = cmp.Transformer("sort", func(in []string) []string {
	out := append([]string(nil), in...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
})

func unwrapAll(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
