package article

import (
	"github.com/newsmodel/news/countries"
)

// Part names the part of an article a [Mention] stands in.
type Part uint8

// Parts of an article searched for mentions.
const (
	PartHeadline Part = iota
	PartSubheadline
	PartSummary
	PartBody
)

var partNames = [...]string{PartHeadline: "headline", PartSubheadline: "subheadline", PartSummary: "summary", PartBody: "body"}

// String returns the part's name: "headline", "subheadline", "summary" or
// "body".
func (p Part) String() string {
	if int(p) < len(partNames) {
		return partNames[p]
	}
	return "part(" + itoa(int(p)) + ")"
}

// A Mention is a country named in the text of an article.
type Mention struct {
	Country countries.Country
	// Form is the kind of text that matched: a name, an alias, a demonym...
	Form countries.Form
	// Part is where the mention stands; Paragraph indexes a.Body when Part
	// is PartBody and is 0 otherwise.
	Part      Part
	Paragraph int
	// Start and End are byte offsets into the text of that part (the
	// headline, or a.Body[Paragraph].Text).
	Start, End int
}

// CountryMentions sums up the mentions of one country.
type CountryMentions struct {
	Country countries.Country
	// Count is the number of mentions.
	Count int
	// First is the first mention in reading order: headline, subheadline,
	// summary, then body.
	First Mention
	// Declared reports whether the country is among a.Countries, the
	// countries the source declares as affected.
	Declared bool
}

// Mentions returns every country mention in the headline, subheadline,
// summary and body of a, in reading order. They are computed on demand
// and are not part of the model or its formats.
//
// Mentions follow the policy of [countries.Mentions]: whole words,
// leftmost-longest (so a name that contains another country's name, such
// as "Papua New Guinea" or "South Sudan", is one mention of the longer
// name), demonyms count ("a Kenyan diplomat" mentions Kenya, "Swiss banks"
// Switzerland), abbreviations only in capitals ("us" is never the United
// States), names shared by two countries ("Congo", "Korea") are not
// reported, and words that are usually not countries ("fine china",
// "Michael Jordan", "Chad Smith", "Atlanta, Georgia") are not reported.
func (a *Article) Mentions() []Mention {
	var out []Mention
	add := func(p Part, para int, text string) {
		for m := range countries.Mentions(text) {
			out = append(out, Mention{Country: m.Country, Form: m.Form, Part: p, Paragraph: para, Start: m.Start, End: m.End})
		}
	}
	add(PartHeadline, 0, a.Headline)
	add(PartSubheadline, 0, a.Subheadline)
	add(PartSummary, 0, a.Summary)
	for i, b := range a.Body {
		add(PartBody, i, b.Text)
	}
	return out
}

// MentionedCountries sums up a.Mentions() per country, in the order of
// each country's first mention, and reports for each whether it is among
// the declared a.Countries. Declared countries that the text never
// mentions are not listed.
func (a *Article) MentionedCountries() []CountryMentions {
	var out []CountryMentions
	index := make(map[countries.Country]int)
	for _, m := range a.Mentions() {
		if i, ok := index[m.Country]; ok {
			out[i].Count++
			continue
		}
		index[m.Country] = len(out)
		out = append(out, CountryMentions{Country: m.Country, Count: 1, First: m, Declared: a.Countries.Contains(m.Country)})
	}
	return out
}
