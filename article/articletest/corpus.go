package articletest

import (
	"fmt"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/tags"
)

// A Document is one generated input and the article a parser must read
// from it.
type Document struct {
	// Name is a file name for the document: "article-0007.ninjs-3.1.json".
	Name string
	// Format is the document's format.
	Format article.Format
	// Data is the document.
	Data []byte
	// Source is the article the document was written from.
	Source *article.Article
	// Want is what parsing Data in Format gives: Source restricted to the
	// fields the format carries (see [Expected]).
	Want *article.Article
}

// A Corpus describes a generated set of documents: N articles built by
// Builder from consecutive seeds, each written in every format of
// Formats.
type Corpus struct {
	// Builder builds the articles; article i has seed Builder.Seed+i.
	Builder Builder
	// N is the number of articles. Zero: 10.
	N int
	// Formats are the formats written. Zero: [Formats]().
	Formats []article.Format
}

// Documents returns the documents of c, article by article and, for each,
// in the order of c.Formats. It fails when an article cannot be written in
// a format (a Format that [Write] does not support).
func (c Corpus) Documents() ([]Document, error) {
	n := c.N
	if n <= 0 {
		n = 10
	}
	fs := c.Formats
	if len(fs) == 0 {
		fs = Formats()
	}
	docs := make([]Document, 0, n*len(fs))
	for i, a := range c.Builder.Articles(n) {
		for _, f := range fs {
			data, err := Write(a, f)
			if err != nil {
				return nil, err
			}
			docs = append(docs, Document{
				Name:   fmt.Sprintf("article-%04d.%s%s", c.Builder.Seed+uint64(i), f, ext(f)),
				Format: f,
				Data:   data,
				Source: a,
				Want:   Expected(a, f),
			})
		}
	}
	return docs, nil
}

// Write returns a in format f: the page of [HTML] for
// [article.FormatHTML], which package article reads but does not write,
// and [article.Marshal] otherwise (feed formats hold one item).
func Write(a *article.Article, f article.Format) ([]byte, error) {
	if f == article.FormatHTML {
		return HTML(a)
	}
	return article.Marshal(a, f)
}

func ext(f article.Format) string {
	switch f {
	case article.FormatText:
		return ".txt"
	case article.FormatHTML:
		return ".html"
	case article.FormatRSS, article.FormatAtom:
		return ".xml"
	case article.FormatMarkdown:
		return ".md"
	}
	return ".json"
}

// Formats returns the formats a [Corpus] writes by default, in the order
// of their [article.Format] values: every format package article both
// writes and reads back, plus [article.FormatHTML] through [HTML]. Formats
// written but not read (Markdown) are left out. The list follows package
// article: it enumerates the Format values by name, so a format added
// there appears here once [Expected] knows what it carries.
func Formats() []article.Format {
	var fs []article.Format
	for f := article.FormatText; ; f++ {
		if _, err := article.ParseFormat(f.String()); err != nil {
			return fs // past the last Format
		}
		if _, ok := losses[f]; ok {
			fs = append(fs, f)
		}
	}
}

// Expected returns what parsing a written in format f (with [Write])
// gives: a copy of a restricted to the fields f carries, holding the
// values f reads back. It returns nil for a format it does not know
// (see [Formats]). Per format:
//
//   - text: every field the scraped page holds (see package article)
//     but Quotes; run [article.ExtractQuotes] after parsing to get them.
//   - json: every field.
//   - ninjs, ninjs-3.1: every field but Quotes (a source's Country, which
//     ninjs does not hold, comes back from the registry).
//   - ninjs-2.2: as ninjs-3.1, and 2.2 date-times always have seconds: a
//     time of minute precision comes back at second precision, a date
//     (or month, or year) as zone-less midnight of its first day at second
//     precision.
//   - jsonld: every field; quotations come back without their Verb.
//   - rss: no Section, Countries, Sources or Quotes; tags by name only;
//     a month or year comes back as its first day, sub-seconds are cut.
//   - atom: no Section, Countries, Sources or Quotes; the ID is the URL
//     when a has none; a month or year comes back as its first day, a
//     zoned time of minute precision with seconds (a zone-less one keeps
//     its precision); a Modified equal to Published is left out.
//   - jsonfeed: as atom, but a Modified equal to Published is kept; tags
//     by name only.
//   - html (the pages of [HTML]): every field but Quotes (the page's
//     JSON-LD carries what its meta tags do not).
func Expected(a *article.Article, f article.Format) *article.Article {
	ls, ok := losses[f]
	if !ok {
		return nil
	}
	w := a.Clone()
	for _, l := range ls {
		l(w)
	}
	return w
}

// A loss changes an article the way writing and reading a format does.
type loss func(*article.Article)

// losses lists, per format, what writing and reading a document of that
// format loses or changes; a format missing here is not in the corpus.
var losses = map[article.Format][]loss{
	article.FormatText:     {noQuotes},
	article.FormatJSON:     nil,
	article.FormatHTML:     {noQuotes},
	article.FormatNinjs:    {noQuotes},
	article.FormatNinjs22:  {noQuotes, secondsAtLeast},
	article.FormatNinjs31:  {noQuotes},
	article.FormatJSONLD:   {noQuoteVerb},
	article.FormatRSS:      {daysAtLeast, noSubseconds, noSection, tagNames, noCountries, noSources, noQuotes},
	article.FormatAtom:     {idFromURL, daysAtLeast, minuteSeconds, noSameModified, noSection, noCountries, noSources, noQuotes},
	article.FormatJSONFeed: {idFromURL, daysAtLeast, minuteSeconds, noSection, tagNames, noCountries, noSources, noQuotes},
}

func noQuotes(a *article.Article)    { a.Quotes = nil }
func noSection(a *article.Article)   { a.Section = nil }
func noCountries(a *article.Article) { a.Countries = countries.Set{} }
func noSources(a *article.Article)   { a.Sources = nil }

func noQuoteVerb(a *article.Article) {
	for i := range a.Quotes {
		a.Quotes[i].Verb = ""
	}
}

func tagNames(a *article.Article) {
	var ts tags.Set
	for t := range a.Tags.All() {
		ts.Add(tags.Tag{Name: t.Name})
	}
	a.Tags = ts
}

func idFromURL(a *article.Article) {
	if a.ID == "" {
		a.ID = a.URL
	}
}

// Feeds leave out an update time equal to the publication time.
func noSameModified(a *article.Article) {
	if a.Modified.Equal(a.Published) {
		a.Modified = article.Time{}
	}
}

// minuteSeconds: RFC 3339 gives a zoned time seconds; a zone-less one is
// written at its precision.
func minuteSeconds(a *article.Article) {
	eachTime(a, func(t article.Time) article.Time {
		if t.Precision() == article.Minute && t.Zoned() {
			return article.NewTime(t.Time(), article.Second, t.Zoned())
		}
		return t
	})
}

func secondsAtLeast(a *article.Article) {
	eachTime(a, func(t article.Time) article.Time {
		switch p := t.Precision(); {
		case p == article.Minute:
			return article.NewTime(t.Time(), article.Second, t.Zoned())
		case p != article.Unknown && p <= article.Day:
			return article.NewTime(t.Time(), article.Second, false)
		}
		return t
	})
}

func daysAtLeast(a *article.Article) {
	eachTime(a, func(t article.Time) article.Time {
		if p := t.Precision(); p == article.Year || p == article.Month {
			return article.NewTime(t.Time(), article.Day, false)
		}
		return t
	})
}

func noSubseconds(a *article.Article) {
	eachTime(a, func(t article.Time) article.Time {
		if t.Precision() == article.Subsecond {
			return article.NewTime(t.Time(), article.Second, t.Zoned())
		}
		return t
	})
}

func eachTime(a *article.Article, f func(article.Time) article.Time) {
	a.Published = f(a.Published)
	a.Modified = f(a.Modified)
	a.Embargo = f(a.Embargo)
}
