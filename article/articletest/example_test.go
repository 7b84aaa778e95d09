package articletest_test

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/articletest"
)

func ExampleBuilder() {
	a := articletest.Builder{Seed: 7, Paragraphs: 5, Precision: article.Day}.Article()
	fmt.Println(a.Headline)
	fmt.Println(a.Published, a.Published.Precision())
	fmt.Println(len(a.Body), "paragraphs,", len(a.Quotes), "quotes, countries", a.Countries)
	fmt.Println("source:", a.Sources[0].Name)
	fmt.Println("valid:", a.Validate() == nil)
	// Output:
	// Port operators open customs corridor in Tessaly Bay
	// 2025-08-27 day
	// 5 paragraphs, 4 quotes, countries CL,GH
	// source: Anadolu Agency
	// valid: true
}

func ExampleBreakage() {
	a := articletest.Builder{Seed: 7}.Article()
	broken, want := articletest.ModifiedBeforePublished.Apply(a)
	fmt.Println("want:", want)
	fmt.Println("got: ", broken.Validate())
	// Output:
	// want: article: /modified: times out of order
	// got:  article: /modified: times out of order
}

func ExampleCorpus() {
	docs, err := articletest.Corpus{Builder: articletest.Builder{Seed: 1}, N: 1}.Documents()
	if err != nil {
		panic(err)
	}
	for _, d := range docs {
		got, err := article.ParseOptions{Format: d.Format}.ParseString(string(d.Data))
		fmt.Println(d.Name, err == nil && articletest.Diff(d.Want, got) == "")
	}
	// Output:
	// article-0001.text.txt true
	// article-0001.json.json true
	// article-0001.html.html true
	// article-0001.ninjs.json true
	// article-0001.ninjs-2.2.json true
	// article-0001.ninjs-3.1.json true
	// article-0001.jsonld.json true
	// article-0001.rss.xml true
	// article-0001.atom.xml true
	// article-0001.jsonfeed.json true
}

// A pipeline under test: fetch HTML pages from a site, parse and normalise
// them, fill in quotes, and keep them as JSON Lines. The test serves a
// generated corpus with Site and compares what the pipeline stored with
// what each page carries.
func Example() {
	want := articletest.Builder{Seed: 20}.Articles(3)
	site := articletest.Site{Articles: want}
	srv := httptest.NewServer(site)
	defer srv.Close()

	// The pipeline.
	var store bytes.Buffer
	enc := article.NewEncoder(&store)
	for _, link := range site.Links() {
		resp, err := http.Get(srv.URL + link)
		if err != nil {
			panic(err)
		}
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		a, err := article.ParseString(string(page))
		if err != nil {
			fmt.Println(link, err)
			continue
		}
		article.Normalize(a)
		article.ExtractQuotes(a)
		enc.Encode(a)
	}

	// The check: HTML pages carry no countries or sources, so compare
	// with what the format carries, and the quotes found again.
	dec := article.NewDecoder(&store)
	i := 0
	for got, err := range dec.All() {
		if err != nil {
			fmt.Println("line", dec.Line(), err)
			continue
		}
		exp := articletest.Expected(want[i], article.FormatHTML)
		article.ExtractQuotes(exp)
		if d := articletest.Paths(exp, got); len(d) > 0 {
			fmt.Printf("%d %q differs at %v\n", i+1, got.Headline, d)
		} else {
			fmt.Printf("%d %q ok\n", i+1, got.Headline)
		}
		i++
	}
	// Output:
	// 1 "River authorities delay dam plan in Dunmore Reach" ok
	// 2 "Clinic networks share vaccine stocks in Lake Varo" ok
	// 3 "Fishing cooperatives agree shared quota in Ambervale" ok
}
