package article_test

import (
	"fmt"
	"strings"

	"github.com/newsmodel/news/article"
)

// ExampleParse_html parses an HTML page: format detection, metadata with
// the documented precedence, and the main content as the body.
func ExampleParse_html() {
	page := `<!DOCTYPE html><html lang="en"><head>
<title>Ferry service resumes | The Saltmere Courier</title>
<meta property="og:site_name" content="The Saltmere Courier">
<meta property="article:published_time" content="2024-05-07">
<meta name="author" content="By Ana Ruiz">
</head><body><article>
<p>SALTMERE (AP) - The island ferry resumed its service on Tuesday after a week of storms kept it in the harbour.</p>
<p>The first crossing left at seven in the morning with forty passengers on board.</p>
</article></body></html>`
	a, err := article.Parse(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Published, a.Published.Precision())
	fmt.Println(a.Authors[0].Name, "|", a.Language)
	fmt.Println(a.Dateline.Place, a.Dateline.Agency)
	for _, s := range a.Sources {
		fmt.Println(strings.TrimSpace(s.Credit() + " " + string(s.Role)))
	}
	fmt.Println(len(a.Body), a.Body[0].Text)
	// Output:
	// Ferry service resumes
	// 2024-05-07 day
	// Ana Ruiz | en
	// SALTMERE AP
	// The Saltmere Courier publisher
	// AP
	// 2 The island ferry resumed its service on Tuesday after a week of storms kept it in the harbour.
}
