package htmlmeta

// Page is what [Options.Scan] found in one HTML page: the raw values of
// each source, in document order, and the resolved best values chosen
// from them by the precedence described in the package documentation.
//
// All strings are valid UTF-8 with entities decoded and, except JSON-LD
// article bodies, whitespace folded to single spaces.
type Page struct {
	// Resolved values.

	Headline    string   // best title, site-name suffix removed
	Description string   // summary or standfirst
	URL         string   // canonical URL as the page states it (not resolved against a base)
	Language    string   // BCP 47 tag as given ("en-US"; og:locale's "en_US" becomes "en-US")
	SiteName    string   // publisher or site name
	Section     string   // first section
	Authors     []string // author names, deduplicated, in source order
	Keywords    []string // keywords and tags, deduplicated, in source order
	Published   string   // publication time as the page states it (usually ISO 8601)
	Modified    string   // modification time as the page states it
	Image       *Image   // lead image; nil when none
	Body        []Block  // main content; only with Options.Body
	BodySource  string   // "jsonld", "articleBody", "article" or "density"; empty without body

	// Raw values per source.

	Title     string   // text of the first <title> outside <svg>
	H1        string   // text of the first <h1>
	Lang      string   // <html lang> (or xml:lang)
	Meta      []Meta   // <meta> with name, property, itemprop or http-equiv
	Links     []Link   // <link> and <a> with rel author, <link> with rel canonical/alternate/...
	Times     []Time   // <time> elements
	JSONLD    []Thing  // schema.org nodes from every JSON-LD script, flattened
	Microdata []Meta   // itemprop values of elements other than <meta> (Key is the itemprop)
	Bylines   []string // text of elements marked as a byline or author in the page
	Figures   []Figure // <figure> elements with an image or a caption

	// Charset is the name of the character set the page was decoded from
	// ("utf-8", "windows-1252", ...).
	Charset string

	// Warnings lists the problems that did not stop the scan, each a
	// *ParseError: invalid UTF-8 replaced by U+FFFD (one warning with the
	// count), JSON-LD that is not JSON or nests too deep, values dropped
	// for a limit.
	Warnings []error

	// InvalidUTF8 counts the invalid byte sequences replaced by U+FFFD in
	// the values of this Page.
	InvalidUTF8 int
}

// Meta is one <meta> element, or one microdata itemprop.
type Meta struct {
	// Attr is the attribute that named it: "name", "property",
	// "itemprop" or "http-equiv".
	Attr string
	// Key is that attribute's value, lower-cased ("og:title", "dc.creator").
	Key string
	// Content is the content attribute (or, for microdata, the element's
	// datetime, content, href or text).
	Content string
}

// Link is a <link> element, or an <a> element with a rel attribute of author.
type Link struct {
	Rel      string // lower-cased rel ("canonical", "author", "alternate")
	Href     string
	Hreflang string
	Type     string
	Title    string // title attribute, or text of an <a>
}

// Time is a <time> element.
type Time struct {
	Datetime string // datetime attribute, or empty
	Text     string // element text
	Itemprop string // itemprop attribute, lower-cased
	Pubdate  bool   // has the pubdate attribute, or itemprop datePublished
	Class    string // class attribute, lower-cased
	// Article is, for a time inside an <article> element, the ordinal
	// (from 1) of the last <article> start tag before it; 0 outside any.
	// Aside reports that it is inside an <aside>, <nav> or <footer>.
	Article int
	Aside   bool
}

// Figure is a <figure> element: the src of its first <img>, the text of its
// <figcaption> and of the element in the figure marked as the credit (a
// class or itemprop holding "credit", "copyright" or "photographer").
type Figure struct {
	Src     string
	Caption string
	Credit  string
	Aside   bool // inside an <aside>, <nav> or <footer>
}

// Image describes a picture: the lead image of an article.
type Image struct {
	URL     string
	Caption string
	Credit  string
	Width   int // pixels; 0 when not stated
	Height  int
}

// Person is an author or publisher named in JSON-LD.
type Person struct {
	Type string // "Person", "Organization", ...; may be empty
	Name string
	URL  string
}

// Thing is one schema.org node of a JSON-LD script, with the properties
// this package reads. Nodes nested in @graph or arrays are flattened into
// [Page.JSONLD]; nested author, publisher and image nodes stay in their
// parent.
type Thing struct {
	Types         []string // @type values
	ID            string   // @id
	Headline      string
	Name          string
	Description   string
	ArticleBody   string // paragraphs separated by "\n"
	URL           string
	DatePublished string
	DateModified  string
	InLanguage    string
	Sections      []string
	Keywords      []string
	Authors       []Person
	Publisher     *Person
	Images        []Image
}

// Kind is the kind of a body [Block].
type Kind uint8

// Block kinds.
const (
	Paragraph Kind = iota
	Heading
	Quotation
	ListItem
	Preformatted
)

var kindNames = [...]string{"paragraph", "heading", "quotation", "list item", "preformatted"}

// String returns the kind's name ("paragraph", "list item", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Block is one block of main content: clean text, without markup.
type Block struct {
	Kind Kind
	Text string
}

// Values returns the contents of the [Page.Meta] entries whose key is key
// (lower-cased, Dublin Core prefixes written "dc." and "dcterms."), in
// document order: p.Values("og:title"), p.Values("article:tag").
func (p *Page) Values(key string) []string {
	key = metaKey(key)
	var out []string
	for _, m := range p.Meta {
		if m.Key == key {
			out = append(out, m.Content)
		}
	}
	return out
}
