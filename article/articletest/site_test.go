package articletest

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsmodel/news/article"
)

func TestSite(t *testing.T) {
	as := Builder{Seed: 40}.Articles(3)
	srv := httptest.NewServer(Site{Articles: as, Status: map[string]int{"/articles/3.txt": http.StatusServiceUnavailable}})
	defer srv.Close()
	get := func(path string) (*http.Response, []byte) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, body
	}

	_, index := get("/")
	for _, l := range (Site{Articles: as}).Links() {
		if !strings.Contains(string(index), `href="`+l+`"`) {
			t.Errorf("index lacks a link to %s", l)
		}
	}

	tests := []struct {
		path   string
		format article.Format
		i      int
	}{
		{"/articles/1.html", article.FormatHTML, 0},
		{"/articles/2.txt", article.FormatText, 1},
		{"/ninjs/3", article.FormatNinjs31, 2},
		{"/ninjs/3?version=2.2", article.FormatNinjs22, 2},
		{"/jsonld/1", article.FormatJSONLD, 0},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, body := get(tc.path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %s", tc.path, resp.Status)
			}
			got, err := article.ParseOptions{Format: tc.format}.ParseString(string(body))
			if err != nil {
				t.Fatalf("parsing %s: %v", tc.path, err)
			}
			AssertEqual(t, Expected(as[tc.i], tc.format), got)
		})
	}

	_, feed := get("/feed.jsonl")
	dec := article.NewDecoder(strings.NewReader(string(feed)))
	i := 0
	for a, err := range dec.All() {
		if err != nil {
			t.Fatalf("feed.jsonl line %d: %v", dec.Line(), err)
		}
		AssertEqual(t, as[i], a)
		i++
	}
	if i != len(as) {
		t.Errorf("feed.jsonl holds %d articles, want %d", i, len(as))
	}
	for _, p := range []string{"/rss.xml", "/atom.xml", "/feed.json"} {
		_, body := get(p)
		got, err := article.ParseFeed(strings.NewReader(string(body)))
		if err != nil || len(got) != len(as) {
			t.Errorf("ParseFeed(%s) = %d articles, %v; want %d", p, len(got), err, len(as))
		}
	}
	for path, code := range map[string]int{"/articles/3.txt": 503, "/articles/4.html": 404, "/articles/01.html": 404, "/nothing": 404, "/ninjs/x": 404} {
		if resp, _ := get(path); resp.StatusCode != code {
			t.Errorf("GET %s: %s, want %d", path, resp.Status, code)
		}
	}
	resp, err := http.Post(srv.URL+"/", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %s", resp.Status)
	}
}
