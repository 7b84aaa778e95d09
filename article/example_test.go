package article_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsmodel/news/article"
)

const examplePage = `Skip to Content

May 7, 2024 » World » /

Harbour talks resume in Valdora

  • ECON-TRADE-PORTS Port trade Trade through sea ports...[+]

Affected Countries: france; switzerland;

GENEVA (AFP) - Delegations from two port cities met again on Tuesday.

The talks are expected to end on Friday.

Source: AFP`

func ExampleParse() {
	a, err := article.Parse(strings.NewReader(examplePage))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Published, a.Published.Precision())
	fmt.Println(a.Section)
	for c := range a.Countries.All() {
		fmt.Println(c.Alpha2(), c.Name())
	}
	fmt.Println(a.Sources[0].Acronym, "=", a.Sources[0].Name)
	fmt.Println(a.Dateline.Place, len(a.Body))
	// Output:
	// Harbour talks resume in Valdora
	// 2024-05-07 day
	// [World]
	// CH Switzerland
	// FR France
	// AFP = Agence France-Presse
	// GENEVA 2
}

func ExampleArticle_Validate() {
	a := &article.Article{URL: "/relative", Body: []article.Block{{Text: ""}}}
	err := a.Validate()
	var fe *article.FieldError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		if errors.As(e, &fe) {
			fmt.Println(fe.Path, errors.Is(e, article.ErrNotAbsolute), errors.Is(e, article.ErrMissing))
		}
	}
	// Output:
	// /url true false
	// /headline false true
	// /body/0/text false false
}

func ExampleNormalize() {
	a := &article.Article{
		URL:      "https://example.org/story?id=7&utm_source=feed#top",
		Headline: "Harbour\u00a0talks  resume",
		Authors:  []article.Person{{Name: "By Ana Ruiz and Li Wei"}},
	}
	article.Normalize(a)
	fmt.Println(a.URL)
	fmt.Printf("%q\n", a.Headline)
	fmt.Println(a.Authors[0].Name, "/", a.Authors[1].Name)
	// Output:
	// https://example.org/story?id=7
	// "Harbour talks resume"
	// Ana Ruiz / Li Wei
}

func ExampleArticle_MarshalJSON() {
	a, _ := article.Parse(strings.NewReader("Harbour talks resume\nPublished: 2024-05-07\nUpdated: 2024-05-07T15:04+02:00\n\nDelegations met.\n"))
	b, _ := article.Marshal(a, article.FormatJSON)
	fmt.Println(string(b))
	// Output:
	// {"headline":"Harbour talks resume","published":"2024-05-07","modified":"2024-05-07T15:04+02:00","body":[{"text":"Delegations met."}]}
}
