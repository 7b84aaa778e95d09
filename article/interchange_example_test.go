package article_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsmodel/news/article"
)

func ExampleParseFeed() {
	const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Valdora Harbour Gazette</title>
<item>
<title>Harbour talks resume</title>
<link>https://gazette.example.org/harbour</link>
<pubDate>7 May 2024</pubDate>
<dc:creator>Ana Ruiz</dc:creator>
<content:encoded><![CDATA[<p>Delegations met on <em>Tuesday</em>.</p><blockquote>“We are close.”</blockquote>]]></content:encoded>
</item>
</channel>
</rss>`
	as, err := article.ParseFeed(strings.NewReader(rss))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range as {
		fmt.Println(a.Headline, "|", a.Published, a.Published.Precision(), "|", a.Authors[0].Name, "|", a.Sources[0].Name)
		for _, b := range a.Body {
			fmt.Printf("%s: %s\n", b.Kind, b.Text)
		}
	}
	// Output:
	// Harbour talks resume | 2024-05-07 day | Ana Ruiz | Valdora Harbour Gazette
	// paragraph: Delegations met on Tuesday.
	// quotation: “We are close.”
}

func ExampleWriteFeed() {
	a := &article.Article{
		ID:        "gazette-1",
		URL:       "https://gazette.example.org/harbour",
		Headline:  "Harbour talks resume",
		Published: article.Date(2024, time.May, 7),
		Body:      []article.Block{{Text: "Delegations met on Tuesday."}},
	}
	err := article.FeedOptions{Title: "Valdora Harbour Gazette", Link: "https://gazette.example.org/"}.
		WriteFeed(os.Stdout, []*article.Article{a}, article.FormatJSONFeed)
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"version":"https://jsonfeed.org/version/1.1","title":"Valdora Harbour Gazette","home_page_url":"https://gazette.example.org/","items":[
	// {"id":"gazette-1","url":"https://gazette.example.org/harbour","title":"Harbour talks resume","content_html":"\u003cp\u003eDelegations met on Tuesday.\u003c/p\u003e","date_published":"2024-05-07T00:00:00-00:00"}]}
}

func ExampleDecoder() {
	stream := `{"headline":"First"}

{"headline":
{"headline":"Third","published":"2024-05-07"}
`
	d := article.NewDecoder(strings.NewReader(stream))
	for a, err := range d.All() {
		var pe *article.ParseError
		if errors.As(err, &pe) {
			fmt.Println("line", pe.Line, "skipped, syntax error:", errors.Is(err, article.ErrSyntax))
			continue
		}
		fmt.Printf("line %d: %s\n", d.Line(), strings.TrimSpace(a.Headline+" "+a.Published.String()))
	}
	// Output:
	// line 1: First
	// line 3 skipped, syntax error: true
	// line 4: Third 2024-05-07
}

func ExampleEncoder() {
	var buf bytes.Buffer
	e := article.NewEncoder(&buf)
	for _, h := range []string{"First", "Second"} {
		if err := e.Encode(&article.Article{Headline: h}); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Print(buf.String())
	// Output:
	// {"headline":"First"}
	// {"headline":"Second"}
}

func ExampleMarshal_markdown() {
	a := &article.Article{
		Headline:  "Harbour talks resume",
		Published: article.Date(2024, time.May, 7),
		Authors:   []article.Person{{Name: "Ana Ruiz"}},
		Body: []article.Block{
			{Text: "1. Delegations *met* on Tuesday."},
			{Kind: article.Quotation, Text: "We are close."},
		},
	}
	b, err := article.Marshal(a, article.FormatMarkdown)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// ---
	// title: "Harbour talks resume"
	// date: "2024-05-07"
	// authors:
	//   - "Ana Ruiz"
	// ---
	//
	// # Harbour talks resume
	//
	// 1\. Delegations \*met\* on Tuesday.
	//
	// > We are close.
}
