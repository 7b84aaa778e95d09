// Command pipeline is a small news pipeline, written as the model of how
// to test one with package articletest: it crawls a news site's index,
// fetches every linked article page, parses and normalises it, fills in
// the quotations and the countries the text mentions, and stores the
// articles as JSON Lines.
//
// Usage:
//
//	pipeline [-out file] URL
//	pipeline -demo [-out file]
//
// URL is the site's index page. -demo serves a synthetic site
// (articletest.Site) on a local port and crawls it, so that the program
// runs without a network. The articles go to -out, or to standard output;
// problems go to standard error, one line per page, and make the exit
// status 1. See pipeline_test.go for the tests.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"time"

	"golang.org/x/net/html"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/articletest"
)

func main() {
	out := flag.String("out", "", "write the articles to `file` (default: standard output)")
	demo := flag.Bool("demo", false, "crawl a synthetic site served locally")
	flag.Parse()
	base := flag.Arg(0)
	if *demo {
		srv := httptest.NewServer(articletest.Site{Articles: articletest.Builder{Seed: 1}.Articles(5)})
		defer srv.Close()
		base = srv.URL + "/"
	}
	if base == "" || flag.NArg() > 1 {
		fmt.Fprintln(os.Stderr, "usage: pipeline [-out file] URL | pipeline -demo [-out file]")
		os.Exit(2)
	}
	w := io.Writer(os.Stdout)
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "pipeline:", err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	stats, err := Pipeline{Client: &http.Client{Timeout: 30 * time.Second}}.Run(context.Background(), base, bw)
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = ferr
	}
	fmt.Fprintf(os.Stderr, "pipeline: %d pages, %d stored, %d failed\n", stats.Pages, stats.Stored, stats.Failed)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// Pipeline crawls one site. The zero value uses http.DefaultClient.
type Pipeline struct {
	// Client fetches pages. Zero (nil): http.DefaultClient.
	Client *http.Client
	// MaxPages is the most article pages fetched. Zero: 1000.
	MaxPages int
}

// Stats count what a run did.
type Stats struct {
	Pages, Stored, Failed int
}

// A PageError reports a page the pipeline could not store.
type PageError struct {
	URL string
	Err error
}

func (e *PageError) Error() string { return "pipeline: " + e.URL + ": " + e.Err.Error() }
func (e *PageError) Unwrap() error { return e.Err }

// Mention is the per-country summary stored in each article's Extra
// member "mentions".
type Mention struct {
	Country  string `json:"country"`
	Count    int    `json:"count"`
	Declared bool   `json:"declared"`
}

// Run crawls the index page at base, stores every article it links to as
// one JSON Lines record on w, and returns the counts and the problems:
// an errors.Join of *PageError values, one per page that failed (a fetch
// error, a bad status, a page that does not parse or is not valid). A
// failed page does not stop the run; a failure to fetch the index or to
// write does.
func (p Pipeline) Run(ctx context.Context, base string, w io.Writer) (Stats, error) {
	var st Stats
	links, err := p.links(ctx, base)
	if err != nil {
		return st, err
	}
	max := p.MaxPages
	if max <= 0 {
		max = 1000
	}
	enc := article.NewEncoder(w)
	var errs []error
	for i, link := range links {
		if i == max {
			break
		}
		st.Pages++
		a, err := p.article(ctx, link)
		if err != nil {
			st.Failed++
			errs = append(errs, &PageError{URL: link, Err: err})
			continue
		}
		if err := enc.Encode(a); err != nil {
			return st, errors.Join(append(errs, err)...)
		}
		st.Stored++
	}
	return st, errors.Join(errs...)
}

// article fetches, parses, normalises, enriches and validates one page.
func (p Pipeline) article(ctx context.Context, link string) (*article.Article, error) {
	body, err := p.get(ctx, link)
	if err != nil {
		return nil, err
	}
	a, err := article.ParseOptions{Format: article.FormatHTML}.ParseString(string(body))
	if a == nil {
		return nil, err
	}
	// A lenient parse that recovered keeps the article; Validate decides.
	article.Normalize(a)
	article.ExtractQuotes(a)
	if err := Enrich(a); err != nil {
		return nil, err
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return a, nil
}

// Enrich adds the countries the article mentions to its Extra member
// "mentions", replacing one already there: a JSON array of Mention in
// the order of first mention. Articles that mention no country get none.
func Enrich(a *article.Article) error {
	var ms []Mention
	for _, m := range a.MentionedCountries() {
		ms = append(ms, Mention{Country: m.Country.Alpha2(), Count: m.Count, Declared: m.Declared})
	}
	extra := a.Extra[:0:0]
	for _, f := range a.Extra {
		if f.Name != "mentions" {
			extra = append(extra, f)
		}
	}
	a.Extra = extra
	if len(ms) == 0 {
		return nil
	}
	v, err := json.Marshal(ms)
	if err != nil {
		return err
	}
	a.Extra = append(a.Extra, article.Field{Name: "mentions", Value: v})
	return nil
}

// links returns the absolute URLs of the <a href> links of the index page,
// in page order, each once.
func (p Pipeline) links(ctx context.Context, base string) ([]string, error) {
	body, err := p.get(ctx, base)
	if err != nil {
		return nil, fmt.Errorf("pipeline: index: %w", err)
	}
	bu, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	var out []string
	seen := map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out, nil
		case html.StartTagToken:
			name, more := z.TagName()
			if string(name) != "a" {
				continue
			}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				if string(k) != "href" {
					continue
				}
				u, err := bu.Parse(string(v))
				if err != nil || u.Host != bu.Host {
					continue
				}
				if s := u.String(); !seen[s] && s != base {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
	}
}

func (p Pipeline) get(ctx context.Context, u string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	c := p.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: %s", ErrStatus, resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, article.DefaultMaxBytes))
}

// ErrStatus reports a response whose status is not 200 OK.
var ErrStatus = errors.New("pipeline: bad HTTP status")
