package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/require"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/articletest"
	"github.com/newsmodel/news/countries"
)

// stored decodes the pipeline's JSON Lines output.
func stored(t *testing.T, out *bytes.Buffer) []*article.Article {
	t.Helper()
	var as []*article.Article
	dec := article.NewDecoder(out)
	for a, err := range dec.All() {
		require.NoError(t, err, "output line %d", dec.Line())
		as = append(as, a)
	}
	return as
}

// expected is what the pipeline must store for an article served as an
// HTML page: what the page carries, with the quotes and mentions the
// pipeline adds.
func expected(t *testing.T, a *article.Article) *article.Article {
	t.Helper()
	exp := articletest.Expected(a, article.FormatHTML)
	article.ExtractQuotes(exp)
	require.NoError(t, Enrich(exp))
	return exp
}

func TestPipeline(t *testing.T) {
	src := articletest.Builder{Seed: 30, Paragraphs: 6}.Articles(4)
	srv := httptest.NewServer(articletest.Site{Articles: src})
	defer srv.Close()

	var out bytes.Buffer
	st, err := Pipeline{Client: srv.Client()}.Run(context.Background(), srv.URL+"/", &out)
	require.NoError(t, err)
	if want := (Stats{Pages: 4, Stored: 4}); st != want {
		t.Errorf("Run() stats = %+v, want %+v", st, want)
	}
	got := stored(t, &out)
	require.Len(t, got, len(src))
	for i, a := range got {
		articletest.AssertValid(t, a)
		articletest.AssertEqual(t, expected(t, src[i]), a)
		if len(a.Quotes) == 0 {
			t.Errorf("article %d: no quotes", i)
		}
		// The builder's text mentions exactly the countries its source
		// declares; the HTML page does not declare them, so the pipeline
		// finds them as undeclared mentions.
		var ms []Mention
		require.Len(t, a.Extra, 1)
		require.NoError(t, json.Unmarshal(a.Extra[0].Value, &ms))
		var codes []string
		for _, m := range ms {
			codes = append(codes, m.Country)
		}
		var declared []string
		for c := range src[i].Countries.All() {
			declared = append(declared, c.Alpha2())
		}
		if diff := cmp.Diff(declared, codes, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
			t.Errorf("article %d mentions (-declared by the source +found):\n%s", i, diff)
		}
	}
	articletest.Golden(t, "pipeline-first", got[0])
}

func TestPipelineFailures(t *testing.T) {
	src := articletest.Builder{Seed: 50}.Articles(5)
	src[1], _ = articletest.ModifiedBeforePublished.Apply(src[1])
	src[3], _ = articletest.MissingHeadline.Apply(src[3])
	site := articletest.Site{Articles: src, Status: map[string]int{"/articles/3.html": http.StatusInternalServerError}}
	srv := httptest.NewServer(site)
	defer srv.Close()

	var out bytes.Buffer
	st, err := Pipeline{Client: srv.Client()}.Run(context.Background(), srv.URL+"/", &out)
	if want := (Stats{Pages: 5, Stored: 2, Failed: 3}); st != want {
		t.Errorf("Run() stats = %+v, want %+v", st, want)
	}
	tests := []struct {
		page string
		err  error
	}{
		{"/articles/2.html", article.ErrOrder},
		{"/articles/3.html", ErrStatus},
		{"/articles/4.html", article.ErrMissing},
	}
	for _, tc := range tests {
		t.Run(tc.page, func(t *testing.T) {
			if !pageFailed(err, srv.URL+tc.page, tc.err) {
				t.Errorf("Run() error = %v\nwant a *PageError for %s wrapping %v", err, tc.page, tc.err)
			}
		})
	}
	got := stored(t, &out)
	require.Len(t, got, 2)
	articletest.AssertEqual(t, expected(t, src[0]), got[0])
	articletest.AssertEqual(t, expected(t, src[4]), got[1])

	// The index itself failing stops the run.
	site.Status = map[string]int{"/": http.StatusServiceUnavailable}
	srv2 := httptest.NewServer(site)
	defer srv2.Close()
	if _, err := (Pipeline{}).Run(context.Background(), srv2.URL+"/", &out); !errors.Is(err, ErrStatus) {
		t.Errorf("Run(index 503) error = %v, want ErrStatus", err)
	}
}

func pageFailed(err error, url string, sentinel error) bool {
	u, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return false
	}
	for _, e := range u.Unwrap() {
		var pe *PageError
		if errors.As(e, &pe) && pe.URL == url && errors.Is(pe, sentinel) {
			return true
		}
	}
	return false
}

func TestEnrich(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{"none", "Nothing happened.", ""},
		{"demonym", "A Kenyan diplomat met Peruvian officials in Kenya.", `[{"country":"KE","count":2,"declared":true},{"country":"PE","count":1,"declared":false}]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Headline: "Talks", Body: []article.Block{{Text: tc.body}}}
			a.Countries.Add(countries.MustParse("KE"))
			require.NoError(t, Enrich(a))
			require.NoError(t, Enrich(a)) // idempotent
			got := ""
			if len(a.Extra) > 0 {
				got = string(a.Extra[0].Value)
			}
			if len(a.Extra) > 1 || got != tc.want {
				t.Errorf("Enrich(%q) Extra = %v, want mentions %s", tc.body, a.Extra, tc.want)
			}
			articletest.AssertValid(t, a)
		})
	}
}
