package article_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/ninjs"
	"github.com/newsmodel/news/countries"
)

// Reading a ninjs document from a provider: the format is detected, and
// members the model has no field for are kept for writing back.
func Example_ninjs() {
	const doc = `{"uri":"urn:example:valdora-7","type":"text","versioncreated":"2024-05-07T10:00:00Z",
"headlines":[{"role":"main","value":"Harbour talks resume"}],
"places":[{"name":"Iraq","rel":"about","uri":"http://cvx.iptc.org/iso3166-1a2/iq"}],
"subjects":[{"name":"Trade","literal":"ECON-TRADE"}],"by":"Ana Ruiz",
"bodies":[{"contenttype":"text/html","value":"<p>VALDORA (EXW) - Delegations met.</p>"}],
"slugline":"harbour-talks"}`
	a, err := article.ParseString(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID, "|", a.Headline, "|", a.Modified, "|", a.Authors[0].Name)
	for c := range a.Countries.All() {
		fmt.Println("country:", c.Name())
	}
	for t := range a.Tags.All() {
		fmt.Println("tag:", t.Code, t.Name)
	}
	fmt.Println("dateline:", a.Dateline.Place, a.Dateline.Agency, "| body:", a.Body[0].Text)
	d, _ := a.Ninjs(ninjs.Version22)
	fmt.Println("slugline kept:", d.Slugline)
	// Output:
	// urn:example:valdora-7 | Harbour talks resume | 2024-05-07T10:00:00Z | Ana Ruiz
	// country: Iraq
	// tag: ECON-TRADE Trade
	// dateline: VALDORA EXW | body: Delegations met.
	// slugline kept: harbour-talks
}

// Writing ninjs 3.1 keeps a date-only time as a date; 2.2 has no place for
// the precision and writes a full date-time.
func ExampleMarshal_ninjs() {
	a := &article.Article{
		ID:        "urn:example:1",
		Headline:  "Harbour reopens",
		Published: article.Date(2020, time.January, 24),
		Countries: countries.SetOf(countries.MustParse("IQ")),
	}
	for _, f := range []article.Format{article.FormatNinjs31, article.FormatNinjs22} {
		b, err := article.Marshal(a, f)
		if err != nil {
			fmt.Println(err)
			return
		}
		os.Stdout.Write(b)
		fmt.Println()
	}
	// Output:
	// {"uri":"urn:example:1","type":"text","firstCreated":"2020-01-24","headlines":[{"role":"main","value":"Harbour reopens"}],"places":[{"name":"Iraq","rel":"about","uri":"http://cvx.iptc.org/iso3166-1a2/iq"}],"standard":{"name":"ninjs","version":"3.1","schema":"http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"}}
	// {"uri":"urn:example:1","type":"text","firstcreated":"2020-01-24T00:00:00-00:00","headlines":[{"role":"main","value":"Harbour reopens"}],"places":[{"name":"Iraq","rel":"about","uri":"http://cvx.iptc.org/iso3166-1a2/iq"}],"standard":{"name":"ninjs","version":"2.2","schema":"http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"}}
}

// JSON-LD output can be put into a <script> element as it is: <, > and &
// are escaped.
func ExampleMarshal_jsonld() {
	a := &article.Article{
		Headline:  "Q&A: </script> tags in headlines",
		Published: article.Date(2020, time.January, 24),
		Authors:   []article.Person{{Name: "Ana Ruiz"}},
	}
	b, err := article.Marshal(a, article.FormatJSONLD)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("<script type=\"application/ld+json\">%s</script>\n", b)
	back, _ := article.ParseOptions{Format: article.FormatJSONLD}.Parse(strings.NewReader(string(b)))
	fmt.Println(back.Headline, back.Published.Precision())
	// Output:
	// <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Q\u0026A: \u003c/script\u003e tags in headlines","datePublished":"2020-01-24","author":[{"@type":"Person","name":"Ana Ruiz"}]}</script>
	// Q&A: </script> tags in headlines day
}
