package article

import (
	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/tags"
)

// An Article is one news story in the library's model. Every format the
// package reads produces an Article, and every format it writes starts from
// one.
//
// The zero Article is empty and valid to use: every field's zero value means
// "not given" (an empty string, a nil slice, [language.Und], the zero [Time],
// an empty set). [Article.Validate] reports which of them a usable article
// needs. An Article is a plain value: it is safe for concurrent reads, and
// copying it copies the slices' headers, not their contents (use
// [Article.Clone] for a deep copy).
type Article struct {
	// ID is the identifier the source gave, or empty. [Article.Fingerprint]
	// derives one when a format requires it.
	ID string
	// URL is the canonical URL of the article, absolute, or empty.
	URL string
	// Headline is the title, once, without the site name.
	Headline string
	// Subheadline is the deck or standfirst under the headline, or empty.
	Subheadline string
	// Summary is a short description (the meta description, a lede written
	// for teasers), or empty.
	Summary string
	// Language is the language of the text; [language.Und] (the zero Tag)
	// when unknown.
	Language language.Tag
	// Published is when the article was first published; Modified is when
	// it was last changed. Each keeps the precision and zone information
	// the source gave.
	Published, Modified Time
	// Authors are the people credited with the story, in credit order.
	Authors []Person
	// Section is the breadcrumb path of the article on its site, outermost
	// first ("World", "Middle East"), without "Home" and without the date.
	Section []string
	// Dateline is the place, date and agency the story opens with.
	Dateline Dateline
	// Tags are the topic tags the source assigns.
	Tags tags.Set
	// Countries are the countries the source declares as affected by the
	// story (not every country the text mentions).
	Countries countries.Set
	// Sources are the news agencies and publishers that supplied the story,
	// resolved against a [Registry] where possible and kept as written
	// otherwise.
	Sources []Source
	// Image is the lead image; its zero value means none.
	Image Image
	// Status is the publication status; the zero value means not given.
	Status Status
	// Urgency is the editorial urgency from 1 (most urgent) to 9 (least),
	// as IPTC defines it; 0 means not given.
	Urgency int
	// Embargo is the time before which the story must not be published; the
	// zero Time means no embargo.
	Embargo Time
	// CopyrightHolder and CopyrightNotice name the rights holder and give
	// the notice as written; UsageTerms are the usage terms as written.
	CopyrightHolder, CopyrightNotice, UsageTerms string
	// Revision is the version number of the story, counted from 1 by the
	// source; 0 means not given.
	Revision int
	// Body is the text of the story as a sequence of blocks.
	Body []Block
	// Quotes are the quotations found in Body (see issue 8's extractor);
	// their offsets refer to Body's blocks.
	Quotes []Quote
	// Extra holds members of a canonical JSON document that this version of
	// the model does not know, in document order, so that they are written
	// back unchanged rather than dropped.
	Extra []Field
}

// A Block is one unit of the body: a paragraph, a heading, a quotation or a
// list item.
type Block struct {
	Kind BlockKind
	Text string
}

// BlockKind is the kind of a [Block]. The zero value is [Paragraph].
type BlockKind uint8

// Block kinds. Parsers use a kind other than Paragraph only where the
// source marks it.
const (
	Paragraph BlockKind = iota
	Heading
	Quotation
	ListItem
)

var blockKindNames = [...]string{Paragraph: "paragraph", Heading: "heading", Quotation: "quotation", ListItem: "listItem"}

// String returns the kind's name as the canonical JSON form writes it:
// "paragraph", "heading", "quotation" or "listItem".
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "blockKind(" + itoa(int(k)) + ")"
}

func parseBlockKind(s string) (BlockKind, bool) {
	for i, n := range blockKindNames {
		if n == s {
			return BlockKind(i), true
		}
	}
	return 0, false
}

// Image is a picture attached to the article. The zero Image means none;
// Width and Height are in pixels, 0 when not given.
type Image struct {
	URL     string
	Caption string
	Credit  string
	AltText string
	Width   int
	Height  int
}

// IsZero reports whether im is the zero Image.
func (im Image) IsZero() bool { return im == Image{} }

// Status is the publication status of an article, with the values IPTC
// ninjs uses. The zero value means not given.
type Status string

// Publication statuses.
const (
	StatusUsable   Status = "usable"
	StatusWithheld Status = "withheld"
	StatusCanceled Status = "canceled"
)

// A Quote is a quotation in the body: the quoted text, who said it and
// where it is. Offsets are byte offsets into the Text of Body[Paragraph]
// (Start) and Body[EndParagraph] (End), so a quotation may span blocks.
type Quote struct {
	// Text is the quoted text without its quotation marks.
	Text string
	// Speaker is the speaker as written ("the minister"); SpeakerResolved
	// is the fullest name the article gives for that speaker, or empty.
	Speaker, SpeakerResolved string
	// Verb is the attribution verb or phrase ("said", "according to").
	Verb string
	// Paragraph and EndParagraph are the indexes of the blocks where the
	// quotation starts and ends.
	Paragraph, EndParagraph int
	// Start and End are byte offsets of the quoted text.
	Start, End int
	// Partial reports a quotation of a few words inside a sentence rather
	// than a full quoted statement.
	Partial bool
}

// A Field is a member of a canonical JSON document that the model does not
// know: its name and its value as compact JSON text.
type Field struct {
	Name  string
	Value []byte
}

// Clone returns a deep copy of a.
func (a *Article) Clone() *Article {
	if a == nil {
		return nil
	}
	c := *a
	c.Authors = append([]Person(nil), a.Authors...)
	c.Section = append([]string(nil), a.Section...)
	c.Sources = append([]Source(nil), a.Sources...)
	c.Body = append([]Block(nil), a.Body...)
	c.Quotes = append([]Quote(nil), a.Quotes...)
	var ts tags.Set
	for t := range a.Tags.All() {
		ts.Add(t)
	}
	c.Tags = ts
	if a.Extra != nil {
		c.Extra = make([]Field, len(a.Extra))
		for i, f := range a.Extra {
			c.Extra[i] = Field{Name: f.Name, Value: append([]byte(nil), f.Value...)}
		}
	}
	return &c
}

// Text returns the body as plain text: the blocks' texts separated by blank
// lines.
func (a *Article) Text() string {
	n := 0
	for _, b := range a.Body {
		n += len(b.Text) + 2
	}
	buf := make([]byte, 0, n)
	for i, b := range a.Body {
		if i > 0 {
			buf = append(buf, '\n', '\n')
		}
		buf = append(buf, b.Text...)
	}
	return string(buf)
}

func itoa(n int) string {
	var b [20]byte
	return string(appendInt(b[:0], n))
}

func appendInt(dst []byte, n int) []byte {
	if n < 0 {
		dst = append(dst, '-')
		if n == -n { // math.MinInt
			return append(dst, "9223372036854775808"...)
		}
		n = -n
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(dst, b[i:]...)
}
