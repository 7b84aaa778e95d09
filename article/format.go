package article

import (
	"io"
	"strings"
	"unsafe"
)

// Format names a format the package reads or writes. The zero Format,
// [FormatAuto], asks [ParseOptions.Parse] to detect the format; it cannot be
// written. Later versions add values; their numbers are not stable, their
// names are.
type Format uint8

// Formats.
const (
	// FormatAuto detects the format when reading.
	FormatAuto Format = iota
	// FormatText is the scraped text page: navigation residue, breadcrumb,
	// title, tag lines, labelled lines and paragraphs (see the package
	// documentation).
	FormatText
	// FormatJSON is the package's canonical JSON form.
	FormatJSON
	// FormatHTML is an HTML page (read only): metadata from meta tags,
	// OpenGraph, JSON-LD and microdata, and the main content as the body.
	FormatHTML
	// FormatNinjs is an IPTC ninjs document of any version, 1.0 to 3.1,
	// read in the version its "$schema", its declaration or the spelling of
	// its keys gives (2.2 when nothing does); it writes ninjs 3.1. See
	// [FromNinjs] and [Article.Ninjs] for the mapping.
	FormatNinjs
	// FormatNinjs22 writes ninjs 2.2; it reads ninjs taking 2.2 as the
	// version of a document without "$schema".
	FormatNinjs22
	// FormatNinjs31 writes ninjs 3.1; it reads ninjs taking 3.1 as the
	// version of a document without "$schema".
	FormatNinjs31
	// FormatJSONLD is a schema.org NewsArticle as a JSON-LD object, safe to
	// embed in an HTML <script> element. See [Article.AppendJSONLD] for
	// the mapping.
	FormatJSONLD
	// FormatRSS is an RSS 2.0 feed (RSS 1.0 is read too), FormatAtom an
	// Atom 1.0 feed and FormatJSONFeed a JSON Feed 1.1 document. Parse
	// reads the first item (see [ErrMultipleArticles]); [ParseFeed] reads
	// them all and [WriteFeed] writes several; ParseFeed and
	// [FeedOptions.WriteFeed] say what each holds.
	FormatRSS
	FormatAtom
	FormatJSONFeed
	// FormatMarkdown is CommonMark with YAML front matter (write only):
	// the metadata as front matter, the headline as a level-1 heading,
	// then one block per body Block (paragraph, "## " heading, "> "
	// quotation, "- " list item), escaped so that a CommonMark renderer
	// gives back each block's text exactly (line breaks fold to spaces).
	// Front matter keys, each a double-quoted YAML string or a list of
	// them: title, subtitle, description, id, url, lang, date, lastmod
	// (ISO 8601 at their precision), authors ("Name (role)"), section,
	// dateline, tags (names, or codes), countries (alpha-2), sources,
	// image, image_caption, image_credit, image_alt, status, urgency,
	// embargo, copyright_holder, copyright, usage_terms, revision.
	FormatMarkdown
)

var formatNames = [...]string{FormatAuto: "auto", FormatText: "text", FormatJSON: "json", FormatHTML: "html",
	FormatNinjs: "ninjs", FormatNinjs22: "ninjs-2.2", FormatNinjs31: "ninjs-3.1", FormatJSONLD: "jsonld", FormatRSS: "rss", FormatAtom: "atom", FormatJSONFeed: "jsonfeed", FormatMarkdown: "markdown"}

// String returns the format's name, as [ParseFormat] reads it: "auto",
// "text", "json", "html", "ninjs", "ninjs-2.2", "ninjs-3.1", "jsonld",
// "rss", "atom", "jsonfeed" or "markdown".
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "format(" + itoa(int(f)) + ")"
}

// ParseFormat returns the Format named s, as [Format.String] writes it.
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if n == s {
			return Format(i), nil
		}
	}
	return FormatAuto, &formatError{s}
}

type formatError struct{ name string }

func (e *formatError) Error() string { return "article: unknown format " + quote(e.name) }
func (e *formatError) Unwrap() error { return ErrUnknownFormat }

// MarshalText implements encoding.TextMarshaler.
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseFormat].
func (f *Format) UnmarshalText(b []byte) error {
	v, err := ParseFormat(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Detect returns the format of data as [ParseOptions.Parse] detects it:
// after an optional byte order mark and white space, "{" is canonical
// JSON, or FormatJSONFeed when the object declares a JSON Feed version,
// FormatJSONLD when it has "@context", "@type" or "@graph", FormatNinjs
// when more of its member names belong to ninjs only than to the canonical
// form only; "[" whose first object is JSON-LD is FormatJSONLD;
// "<" is markup (HTML, or FormatRSS or FormatAtom for an XML document whose
// root is rss, rdf:RDF or feed; FormatAuto for other XML), anything else is
// a text page.
func Detect(data []byte) Format {
	return detect(unsafe.String(unsafe.SliceData(data), len(data)))
}

func detect(data string) Format {
	data = strings.TrimPrefix(data, "\xef\xbb\xbf")
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			if isJSONFeed(data[i:]) {
				return FormatJSONFeed
			}
			return detectJSON(data[i:])
		case '[':
			if f := detectJSON(data[i:]); f == FormatJSONLD {
				return f
			}
			return FormatText
		case '<':
			if f := detectXMLFeed(data[i:]); f != FormatAuto {
				return f
			}
			return detectMarkup(data[i:])
		}
		return FormatText
	}
	return FormatText
}

// Marshal returns a in format f.
func Marshal(a *Article, f Format) ([]byte, error) {
	switch f {
	case FormatJSON:
		return a.appendJSON(nil)
	case FormatText:
		return a.appendText(nil)
	case FormatMarkdown:
		return a.appendMarkdown(nil)
	case FormatRSS, FormatAtom, FormatJSONFeed:
		return FeedOptions{}.appendFeed(nil, []*Article{a}, f)
	case FormatNinjs, FormatNinjs22, FormatNinjs31:
		v, _ := ninjsVersion(f)
		return a.appendNinjs(nil, v)
	case FormatJSONLD:
		return a.AppendJSONLD(nil)
	}
	return nil, &formatError{f.String()}
}

// Write writes a to w in format f. It is the one writing entry point:
// every format the package writes is a Format value.
func Write(w io.Writer, a *Article, f Format) error {
	b, err := Marshal(a, f)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
