package articletest

import (
	"bufio"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"

	"github.com/newsmodel/news/article"
)

// A Site is a fake news source: an http.Handler, for
// net/http/httptest.NewServer, that serves its articles in the formats
// package article writes, so that crawler code is tested without a
// network. Article i (from 1) is served at
//
//	GET /                       an HTML index linking to every article page
//	GET /articles/{i}.html      the page of [HTML]
//	GET /articles/{i}.txt       the scraped text page
//	GET /ninjs/{i}              ninjs 3.1 (?version=2.2 for ninjs 2.2)
//	GET /jsonld/{i}             schema.org JSON-LD
//	GET /feed.jsonl             every article as JSON Lines
//	GET /rss.xml, /atom.xml, /feed.json   the feeds
//
// with the Content-Type of each. Unknown paths are 404, other methods than
// GET and HEAD 405.
//
// A Site is a value: the zero Site serves no articles. It does not change
// its fields and is safe for concurrent use.
type Site struct {
	// Articles are the articles served.
	Articles []*article.Article
	// Status forces a response status for a path ("/articles/2.html":
	// 500), to test a crawler's error paths. Zero: none.
	Status map[string]int
}

// ServeHTTP serves the site.
func (s Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if code, ok := s.Status[p]; ok {
		http.Error(w, http.StatusText(code), code)
		return
	}
	switch p {
	case "/":
		s.index(w)
		return
	case "/feed.jsonl":
		w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
		bw := bufio.NewWriter(w)
		enc := article.NewEncoder(bw)
		for _, a := range s.Articles {
			if err := enc.Encode(a); err != nil {
				return
			}
		}
		bw.Flush()
		return
	case "/rss.xml":
		s.feed(w, article.FormatRSS, "application/rss+xml; charset=utf-8")
		return
	case "/atom.xml":
		s.feed(w, article.FormatAtom, "application/atom+xml; charset=utf-8")
		return
	case "/feed.json":
		s.feed(w, article.FormatJSONFeed, "application/feed+json; charset=utf-8")
		return
	}
	dir, file, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	num, ext, _ := strings.Cut(file, ".")
	i, err := strconv.Atoi(num)
	if err != nil || i < 1 || i > len(s.Articles) || strconv.Itoa(i) != num {
		http.NotFound(w, r)
		return
	}
	a := s.Articles[i-1]
	var f article.Format
	var ctype string
	switch {
	case dir == "articles" && ext == "html":
		f, ctype = article.FormatHTML, "text/html; charset=utf-8"
	case dir == "articles" && ext == "txt":
		f, ctype = article.FormatText, "text/plain; charset=utf-8"
	case dir == "ninjs" && ext == "" && r.URL.Query().Get("version") == "2.2":
		f, ctype = article.FormatNinjs22, "application/json"
	case dir == "ninjs" && ext == "":
		f, ctype = article.FormatNinjs31, "application/json"
	case dir == "jsonld" && ext == "":
		f, ctype = article.FormatJSONLD, "application/ld+json"
	default:
		http.NotFound(w, r)
		return
	}
	data, err := Write(a, f)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Write(data)
}

func (s Site) index(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Synthetic news</title></head>\n<body>\n<ul>\n")
	for i, a := range s.Articles {
		fmt.Fprintf(&b, "<li><a href=\"/articles/%d.html\">%s</a></li>\n", i+1, html.EscapeString(a.Headline))
	}
	b.WriteString("</ul>\n</body>\n</html>\n")
	w.Write([]byte(b.String()))
}

func (s Site) feed(w http.ResponseWriter, f article.Format, ctype string) {
	var b strings.Builder
	opts := article.FeedOptions{Title: "Synthetic news", Link: "https://news.example.com/"}
	if err := opts.WriteFeed(&b, s.Articles, f); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Write([]byte(b.String()))
}

// Links returns the paths of the article pages the index links to, in
// order: "/articles/1.html", ...
func (s Site) Links() []string {
	out := make([]string, len(s.Articles))
	for i := range s.Articles {
		out[i] = "/articles/" + strconv.Itoa(i+1) + ".html"
	}
	return out
}
