// Package synth generates the synthetic corpus the integration programs and
// their tests feed through SQLite and NATS: deterministic articles with every
// field of the model set, written for the project (invented people, places
// and groups; real country codes and agency names), and broken pages that a
// service must send to its dead-letter subject.
package synth

import (
	"fmt"
	"time"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/tags"
	"golang.org/x/text/language"
)

var (
	first   = []string{"Mira", "Tobin", "Ilse", "Kofi", "Anouk", "Ravi", "Selin", "Jonah", "Lucía", "Oren"}
	last    = []string{"Tallow", "Quarrie", "Vandermeer", "Osei-Brandt", "Lindqvist", "Achterberg", "Moreau", "Kaplan", "Nakagawa", "Del Río"}
	places  = []string{"PORT ALDER", "NORTHWICK", "SAN MIRANTE", "KELVASK", "DUNMORRA"}
	topics  = []string{"harbour expansion", "grain prices", "river flooding", "a transit strike", "the orchard census", "a bridge inspection"}
	codeset = []struct{ code, name string }{
		{"ZZZ-ECON", "Economy"},
		{"ZZZ-ECON-TRADE", "Trade"},
		{"ZZZ-ECON-TRADE-GRAIN", "Grain trade"},
		{"ZZZ-ENV", "Environment"},
		{"ZZZ-ENV-FLOOD", "Floods"},
		{"ZZZ-ORG-NLF", "Northern Lantern Front"},
		{"medtop:20000123", "Transport"},
	}
	countryCodes = []string{"IQ", "US", "MK", "FR", "DE", "BR", "JP", "KE", "IN", "CL", "XK", "NZ"}
	agencies     = []string{"MIA", "AFP", "Reuters", "dpa", "EFE", "ANSA"}
)

// Base is the first publication date of the corpus; article i is published
// i hours later, so that date ranges select predictable slices.
var Base = time.Date(2020, time.January, 24, 0, 0, 0, 0, time.UTC)

// URL returns the canonical URL of article i.
func URL(i int) string { return fmt.Sprintf("https://news.example.org/world/%d/story-%d", 2020+i%5, i) }

// Article returns the i-th article of the corpus. Every field of the model
// is set on some articles (i selects the variations: time precisions and
// zones, block kinds, optional fields), and every article is valid.
func Article(i int) *article.Article {
	a := &article.Article{
		ID:          fmt.Sprintf("synth-%06d", i),
		URL:         URL(i),
		Headline:    fmt.Sprintf("Council in %s weighs %s, report %d", title(places[i%len(places)]), topics[i%len(topics)], i),
		Subheadline: fmt.Sprintf("Officials promised a decision within %d days", 3+i%20),
		Summary:     fmt.Sprintf("A summary of report %d on %s.", i, topics[i%len(topics)]),
		Language:    language.English,
		Section:     []string{"World", []string{"Europe", "Americas", "Asia", "Africa"}[i%4]},
	}
	if i%7 == 3 {
		a.Language = language.MustParse("fr-CA")
	}
	pub := Base.Add(time.Duration(i) * time.Hour)
	switch i % 4 {
	case 0:
		a.Published = article.Date(pub.Year(), pub.Month(), pub.Day())
	case 1:
		a.Published = article.NewTime(pub.Add(17*time.Minute), article.Minute, false)
	case 2:
		a.Published = article.NewTime(pub.Add(17*time.Minute+5*time.Second).In(time.FixedZone("", -5*3600)), article.Second, true)
	case 3:
		a.Published = article.NewTime(pub.Add(123456789*time.Nanosecond), article.Subsecond, true)
	}
	if i%3 == 0 {
		a.Modified = article.NewTime(pub.Add(90*time.Minute), article.Minute, true)
	}
	a.Authors = []article.Person{{Name: person(i)}}
	if i%2 == 0 {
		a.Authors = append(a.Authors, article.Person{Name: person(i + 3), Role: article.RolePhotographer,
			URL: fmt.Sprintf("https://news.example.org/staff/%d", i%97), Affiliation: "Lantern Wire"})
	}
	for k := range 1 + i%3 {
		c := codeset[(i+k*2)%len(codeset)]
		t := tags.Tag{Code: c.code, Name: c.name}
		if k == 0 {
			t.Description = fmt.Sprintf("Stories about %s in the invented region of %s", c.name, title(places[i%len(places)]))
			t.Truncated = i%2 == 0
		}
		if k == 1 && i%5 == 0 {
			r := 80.0
			t.Relevance = &r
			t.URI = "http://cv.example.org/topics/" + c.code
		}
		a.Tags.Add(t)
	}
	a.Tags.Add(tags.Tag{Name: "Briefing " + string(rune('A'+i%26))})
	for k := range 1 + i%3 {
		a.Countries.Add(countries.MustParse(countryCodes[(i+k*5)%len(countryCodes)]))
	}
	src, err := article.LookupSource(agencies[i%len(agencies)], article.Hints{})
	if err != nil {
		src = article.Source{Name: agencies[i%len(agencies)]}
	}
	src.Role = article.SourceOrigin
	a.Sources = []article.Source{src}
	if i%4 == 1 {
		a.Sources = append(a.Sources, article.Source{Name: "Lantern Wire", URL: "https://lantern.example.net/", Role: article.SourceSyndication})
	}
	if i%2 == 1 {
		a.Dateline = article.Dateline{Place: places[i%len(places)], Date: article.Date(pub.Year(), pub.Month(), pub.Day()), Agency: src.Credit()}
	}
	if i%3 == 1 {
		a.Image = article.Image{URL: fmt.Sprintf("https://img.example.org/%d.jpg", i), Caption: "The harbour at dawn", Credit: person(i + 1), AltText: "Boats at a quay", Width: 1200, Height: 800}
	}
	if i%5 == 2 {
		a.Status = article.StatusUsable
		a.Urgency = 1 + i%9
		a.Embargo = article.NewTime(pub.Add(-time.Hour), article.Minute, true)
		a.CopyrightHolder = "Lantern Wire"
		a.CopyrightNotice = "© 2020 Lantern Wire"
		a.UsageTerms = "Not for resale"
		a.Revision = 1 + i%4
	}
	quoted := fmt.Sprintf("We will finish %s before the winter", topics[i%len(topics)])
	a.Body = []article.Block{
		{Text: fmt.Sprintf("Members of the %s council met on Thursday to discuss %s, the %d-th such meeting this year.", title(places[i%len(places)]), topics[i%len(topics)], 1+i%40)},
		{Text: fmt.Sprintf("“%s,” said %s, who chairs the committee.", quoted, person(i+5))},
		{Text: "Residents queued outside the hall for hours; several brought petitions signed by neighbours."},
	}
	if i%3 == 2 {
		a.Body = append(a.Body, article.Block{Kind: article.Heading, Text: "What happens next"},
			article.Block{Kind: article.ListItem, Text: "A vote in the spring session"},
			article.Block{Kind: article.Quotation, Text: "The committee keeps its doors open."})
	}
	a.Quotes = []article.Quote{{Text: quoted, Speaker: person(i + 5), Verb: "said",
		Paragraph: 1, EndParagraph: 1, Start: len("“"), End: len("“") + len(quoted)}}
	if i%6 == 5 {
		a.Extra = []article.Field{{Name: "x-desk", Value: []byte(`{"shift":"night","n":` + fmt.Sprint(i%10) + `}`)}}
	}
	return a
}

// Page returns article i as a scraped text page, the form the stream
// service receives from crawlers.
func Page(i int) []byte {
	b, err := article.Marshal(Article(i), article.FormatText)
	if err != nil {
		panic(fmt.Sprintf("synth: page %d: %v", i, err)) // a bug in the generator, not input
	}
	return b
}

// JSON returns article i in canonical JSON.
func JSON(i int) []byte {
	b, err := Article(i).MarshalJSON()
	if err != nil {
		panic(fmt.Sprintf("synth: article %d: %v", i, err))
	}
	return b
}

// Input returns the i-th raw input of a stream corpus: mostly text pages,
// every third one canonical JSON, and every bad-th one (when bad > 0) a
// broken input that cannot become a valid article. It reports whether the
// input is broken.
func Input(i, bad int) ([]byte, bool) {
	if bad > 0 && i%bad == bad-1 {
		switch (i / bad) % 3 {
		case 0:
			return []byte(`{"id": "broken-` + fmt.Sprint(i) + `", "headline": `), true // truncated JSON
		case 1:
			return []byte(`{"id": "nohead-` + fmt.Sprint(i) + `", "url": "https://news.example.org/x/` + fmt.Sprint(i) + `"}`), true // no headline
		default:
			return []byte(`{"id": "badurl-` + fmt.Sprint(i) + `", "headline": "Relative link", "url": "/relative/` + fmt.Sprint(i) + `"}`), true
		}
	}
	if i%3 == 2 {
		return JSON(i), false
	}
	return Page(i), false
}

func person(i int) string { return first[i%len(first)] + " " + last[(i/len(first)+i)%len(last)] }

func title(s string) string {
	b := []byte(s)
	up := true
	for k, c := range b {
		if c >= 'A' && c <= 'Z' && !up {
			b[k] = c + 'a' - 'A'
		}
		up = c == ' '
	}
	return string(b)
}
