// Command store is a small article store on SQLite through the pure-Go
// driver modernc.org/sqlite (no cgo). It loads articles into a database
// file and runs the store's queries on it.
//
//	go run ./store                      # a synthetic corpus in a temporary database
//	go run ./store -db news.db page.txt # store files (any format the library reads) and query them
//
// Flags choose the queries: -country, -from, -to, -tag, -source, -search.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/examples/integrations/internal/synth"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("store: ")
	dbPath := flag.String("db", "", "SQLite file (default: a temporary file removed at exit)")
	n := flag.Int("n", 1000, "synthetic articles to load when no files are given")
	country := flag.String("country", "IQ", "query: articles affecting this country")
	from := flag.String("from", "2020-01-24", "query: published on or after this date")
	to := flag.String("to", "2020-02-24", "query: published before this date")
	tag := flag.String("tag", "ZZZ-ECON", "query: articles tagged within this code")
	source := flag.String("source", "MIA", "query: articles from this source")
	search := flag.String("search", "harbour", "query: FTS5 full-text search over headline and body")
	flag.Parse()

	if *dbPath == "" {
		dir, err := os.MkdirTemp("", "newsstore")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
		*dbPath = filepath.Join(dir, "news.db")
	}
	if err := run(*dbPath, *n, flag.Args(), query{*country, *from, *to, *tag, *source, *search}); err != nil {
		log.Print(err)
		os.Exit(1)
	}
}

type query struct{ country, from, to, tag, source, search string }

func run(path string, n int, files []string, q query) error {
	ctx := context.Background()
	s, err := Open(path)
	if err != nil {
		return err
	}
	defer s.Close()

	start := time.Now()
	loaded := 0
	if len(files) == 0 {
		for i := range n {
			if _, err := s.Put(ctx, synth.Article(i)); err != nil {
				return err
			}
		}
		loaded = n
	}
	for _, f := range files {
		a, err := readFile(f)
		if err != nil {
			return err
		}
		id, err := s.Put(ctx, a)
		if err != nil {
			return err
		}
		fmt.Printf("stored %s as %q\n", f, id)
		loaded++
	}
	total, err := s.Count(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("%s: stored %d articles in %v (%d in the store)\n\n", path, loaded, time.Since(start).Round(time.Millisecond), total)

	c, err := countries.Parse(q.country)
	if err != nil {
		return err
	}
	f, err := time.Parse(time.DateOnly, q.from)
	if err != nil {
		return err
	}
	t, err := time.Parse(time.DateOnly, q.to)
	if err != nil {
		return err
	}
	show(fmt.Sprintf("affecting %s (%s) from %s to %s", c.Name(), c.Alpha2(), q.from, q.to),
		func() ([]Hit, error) { return s.Affecting(ctx, c, f, t) })
	show("tagged within "+q.tag, func() ([]Hit, error) { return s.TaggedWithin(ctx, q.tag) })
	show("from source "+q.source, func() ([]Hit, error) { return s.FromSource(ctx, q.source) })
	show("matching "+q.search, func() ([]Hit, error) { return s.Search(ctx, q.search, 0) })
	return nil
}

func show(what string, f func() ([]Hit, error)) {
	start := time.Now()
	hs, err := f()
	if err != nil {
		fmt.Printf("%s: %v\n\n", what, err)
		return
	}
	fmt.Printf("%s: %d articles (%v)\n", what, len(hs), time.Since(start).Round(time.Microsecond))
	for i, h := range hs {
		if i == 3 {
			fmt.Printf("  ...\n")
			break
		}
		fmt.Printf("  %-16s %s  %s\n", h.Published, h.ID, h.Headline)
	}
	fmt.Println()
}

func readFile(name string) (*article.Article, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	a, err := article.Parse(f)
	if a == nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err != nil {
		log.Printf("%s: read with problems: %v", name, err)
	}
	article.Normalize(a)
	if err := a.Validate(); err != nil {
		log.Printf("%s: stored although invalid: %v", name, err)
	}
	return a, nil
}
