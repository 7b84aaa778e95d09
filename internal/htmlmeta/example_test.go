package htmlmeta_test

import (
	"fmt"
	"strings"

	"github.com/newsmodel/news/internal/htmlmeta"
)

func ExampleScan() {
	page := `<html lang="en"><head>
<title>Tide tables revised | Coastline Daily</title>
<meta property="og:site_name" content="Coastline Daily">
<meta property="article:published_time" content="2024-05-01T06:00:00Z">
<meta name="author" content="Rosa Delacroix">
</head><body></body></html>`
	p, err := htmlmeta.Scan(strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Headline)
	fmt.Println(p.SiteName, p.Language, p.Published)
	fmt.Println(p.Authors)
	// Output:
	// Tide tables revised
	// Coastline Daily en 2024-05-01T06:00:00Z
	// [Rosa Delacroix]
}

func ExampleOptions_Scan() {
	page := `<html><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>Kite festival returns</h1>
<p>The kite festival returns to the dunes this weekend after a two-year break, organisers said.</p>
<div class="share-buttons"><a href="#">Share</a></div>
<p>Visitors can fly their own kites on the north field, away from the display teams.</p>
</article>
<footer>All rights reserved.</footer>
</body></html>`
	p, err := htmlmeta.Options{Body: true}.Scan(strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	for _, b := range p.Body {
		fmt.Printf("%s: %s\n", b.Kind, b.Text)
	}
	// Output:
	// heading: Kite festival returns
	// paragraph: The kite festival returns to the dunes this weekend after a two-year break, organisers said.
	// paragraph: Visitors can fly their own kites on the north field, away from the display teams.
}

func ExampleOptions_ScanString() {
	// A page already in memory is scanned without copying it.
	page := `<head><meta property="og:title" content="Ferry timetable extended">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Tomas Brandt"}}</script>`
	p, err := htmlmeta.Options{MaxBytes: 1 << 20}.ScanString(page)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Headline, p.Authors)
	// Output:
	// Ferry timetable extended [Tomas Brandt]
}
