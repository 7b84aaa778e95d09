package articletest

import (
	"time"

	"github.com/newsmodel/news/article"
)

// A Breakage breaks exactly one thing in an article, for testing the error
// paths of a pipeline: applied to a valid article, it gives an article
// whose [article.Article.Validate] reports exactly one [*article.FieldError],
// the one Apply returns.
type Breakage struct {
	// Name names the breakage in test names: "missing-headline".
	Name string
	// Err is the sentinel the FieldError wraps, for errors.Is.
	Err   error
	apply func(a *article.Article) (path string)
}

// Apply returns a broken copy of a (a itself is not changed) and the
// FieldError Validate reports for it: Path is a JSON Pointer into the
// canonical JSON form, Err the sentinel. a must be valid, such as the
// articles of [Builder].
func (b Breakage) Apply(a *article.Article) (*article.Article, *article.FieldError) {
	c := a.Clone()
	path := b.apply(c)
	return c, &article.FieldError{Path: path, Err: b.Err}
}

// String returns b.Name.
func (b Breakage) String() string { return b.Name }

// The breakages. Each changes one field; see [Breakages] for them all.
var (
	// MissingHeadline empties the headline.
	MissingHeadline = Breakage{"missing-headline", article.ErrMissing, func(a *article.Article) string {
		a.Headline = ""
		return "/headline"
	}}
	// BadURL makes the URL relative.
	BadURL = Breakage{"bad-url", article.ErrNotAbsolute, func(a *article.Article) string {
		a.URL = "/2024/01/story"
		return "/url"
	}}
	// ModifiedBeforePublished sets Modified a year before Published, at
	// Published's precision.
	ModifiedBeforePublished = Breakage{"modified-before-published", article.ErrOrder, func(a *article.Article) string {
		p := a.Published
		if !p.IsResolved() {
			p = article.Date(2024, time.June, 1)
			a.Published = p
		}
		a.Modified = article.NewTime(p.Time().AddDate(-1, 0, 0), p.Precision(), p.Zoned())
		return "/modified"
	}}
	// UnresolvedPublished makes Published a relative date read without a
	// reference time.
	UnresolvedPublished = Breakage{"unresolved-published", article.ErrUnresolvedTime, func(a *article.Article) string {
		a.Published = article.Unresolved("3 hours ago")
		return "/published"
	}}
	// EmptyParagraph appends an empty paragraph to the body.
	EmptyParagraph = Breakage{"empty-paragraph", article.ErrEmpty, func(a *article.Article) string {
		a.Body = append(a.Body, article.Block{})
		return "/body/" + itoa(len(a.Body)-1) + "/text"
	}}
	// EmptyAuthor appends an author without a name.
	EmptyAuthor = Breakage{"empty-author", article.ErrEmpty, func(a *article.Article) string {
		a.Authors = append(a.Authors, article.Person{})
		return "/authors/" + itoa(len(a.Authors)-1) + "/name"
	}}
	// BadAuthorURL gives the first author (added when there is none) a
	// relative profile URL.
	BadAuthorURL = Breakage{"bad-author-url", article.ErrNotAbsolute, func(a *article.Article) string {
		if len(a.Authors) == 0 {
			a.Authors = []article.Person{{Name: "Ilka Varga"}}
		}
		a.Authors[0].URL = "/staff/ilka-varga"
		return "/authors/0/url"
	}}
	// UnnamedSource appends a source with a URL but no name.
	UnnamedSource = Breakage{"unnamed-source", article.ErrMissing, func(a *article.Article) string {
		a.Sources = append(a.Sources, article.Source{URL: "https://wire.example.org/"})
		return "/sources/" + itoa(len(a.Sources)-1) + "/name"
	}}
	// UrgencyOutOfRange sets an urgency of 10 (IPTC urgency is 1 to 9).
	UrgencyOutOfRange = Breakage{"urgency-out-of-range", article.ErrRange, func(a *article.Article) string {
		a.Urgency = 10
		return "/urgency"
	}}
	// QuoteOutOfRange appends a quote that points past the body.
	QuoteOutOfRange = Breakage{"quote-out-of-range", article.ErrRange, func(a *article.Article) string {
		n := len(a.Body)
		a.Quotes = append(a.Quotes, article.Quote{Text: "Nothing", Paragraph: n, EndParagraph: n, End: 7})
		return "/quotes/" + itoa(len(a.Quotes)-1)
	}}
	// InvisibleCharacter puts a zero-width space into the headline, which
	// Normalize would remove.
	InvisibleCharacter = Breakage{"invisible-character", article.ErrUnclean, func(a *article.Article) string {
		if a.Headline == "" {
			a.Headline = "Headline"
		}
		a.Headline = a.Headline[:1] + "\u200b" + a.Headline[1:]
		return "/headline"
	}}
	// InvalidUTF8 puts a byte that is not UTF-8 into the summary.
	InvalidUTF8 = Breakage{"invalid-utf8", article.ErrInvalidUTF8, func(a *article.Article) string {
		a.Summary += " \xff"
		return "/summary"
	}}
)

// Breakages returns every Breakage of the package, in a fixed order.
//
// There is no breakage for an invalid country: a countries.Set holds
// valid countries only, so an article cannot carry one.
func Breakages() []Breakage {
	return []Breakage{
		MissingHeadline, BadURL, ModifiedBeforePublished, UnresolvedPublished,
		EmptyParagraph, EmptyAuthor, BadAuthorURL, UnnamedSource,
		UrgencyOutOfRange, QuoteOutOfRange, InvisibleCharacter, InvalidUTF8,
	}
}
