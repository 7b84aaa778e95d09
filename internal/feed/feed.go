package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Format names a feed format.
type Format uint8

// The formats. The zero Format is Unknown.
const (
	Unknown Format = iota
	RSS
	Atom
	JSONFeed
)

// String returns the name of the format: "rss", "atom", "jsonfeed".
func (f Format) String() string {
	switch f {
	case RSS:
		return "rss"
	case Atom:
		return "atom"
	case JSONFeed:
		return "jsonfeed"
	}
	return "unknown"
}

// Feed is one feed and its items.
type Feed struct {
	Format      Format
	Version     string // "2.0", "1.0" (RDF), "1.0" (Atom), "1.1" (JSON Feed)
	Title       string
	Description string // RSS description, Atom subtitle, JSON Feed description
	Link        string // the site the feed belongs to
	FeedURL     string // the feed's own address, where it says so
	Language    string
	Updated     string // as written
	Authors     []Person
	Items       []Item
}

// Item is one entry of a feed.
type Item struct {
	ID          string // RSS guid, Atom id, JSON Feed id
	Title       string
	Link        string
	Summary     string
	SummaryType string // "html", "text" or "xhtml"; "" when Summary is empty
	Content     string
	ContentType string // "html", "text" or "xhtml"; "" when Content is empty
	Published   string // as written
	Updated     string // as written
	Authors     []Person
	Categories  []Category
	Media       []Media
	Language    string
	Source      string // the feed an item was taken from (RSS source, Atom source title)
	Rights      string
	ExternalURL string // JSON Feed external_url: the page the item is about
}

// Person is an author of a feed or an item.
type Person struct {
	Name, Email, URL string
}

// Category is a category, keyword or tag of an item.
type Category struct {
	Term   string
	Scheme string // RSS domain, Atom scheme
	Label  string
}

// Media is an image, video or other enclosure of an item.
type Media struct {
	URL         string
	Type        string // MIME type
	Medium      string // "image", "video", ... (media:content)
	Width       int
	Height      int
	Length      int64
	Title       string
	Description string
	Credit      string
}

// Defaults of the Options limits.
const (
	DefaultMaxBytes = 20 << 20
	DefaultMaxDepth = 256
	DefaultMaxItems = 100000
)

// Options controls reading. The zero value uses the defaults.
type Options struct {
	// MaxBytes is the largest document read; zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxDepth is the deepest nesting of elements or values; zero means
	// DefaultMaxDepth.
	MaxDepth int
	// MaxItems is the most items a feed may hold; zero means
	// DefaultMaxItems.
	MaxItems int
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) maxDepth() int {
	if o.MaxDepth <= 0 {
		return DefaultMaxDepth
	}
	return o.MaxDepth
}

func (o Options) maxItems() int {
	if o.MaxItems <= 0 {
		return DefaultMaxItems
	}
	return o.MaxItems
}

// Errors matched with errors.Is.
var (
	ErrSyntax   = errors.New("feed: syntax error")
	ErrFormat   = errors.New("feed: not a feed")
	ErrTooLarge = errors.New("feed: document too large")
	ErrDepth    = errors.New("feed: nesting too deep")
	ErrTooMany  = errors.New("feed: too many items")
	ErrType     = errors.New("feed: wrong type")
)

// ParseError is an error at a position of a document. Line and Column are
// 1-based; either is 0 when unknown. Path names the element or member.
type ParseError struct {
	Line, Column int
	Path         string
	Err          error
}

func (e *ParseError) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), "feed: ")
	if e.Path != "" {
		msg = fmt.Sprintf("%s: %s", e.Path, msg)
	}
	if e.Line > 0 {
		return fmt.Sprintf("feed: line %d, column %d: %s", e.Line, e.Column, msg)
	}
	return "feed: " + msg
}

func (e *ParseError) Unwrap() error { return e.Err }

// Detect reports the format of a document from its first bytes: JSON Feed
// for a JSON object, RSS for an <rss> or <rdf:RDF> root and Atom for a
// <feed> root. It returns Unknown for anything else.
func Detect(data []byte) Format {
	data = bytes.TrimLeft(data, " \t\r\n\ufeff")
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(data) == 0 {
		return Unknown
	}
	if data[0] == '{' {
		if bytes.Contains(data[:min(len(data), 4096)], []byte("jsonfeed.org/version")) {
			return JSONFeed
		}
		return Unknown
	}
	if data[0] != '<' {
		return Unknown
	}
	// Skip the prolog: declarations, comments, processing instructions.
	for len(data) > 1 && data[0] == '<' && (data[1] == '?' || data[1] == '!') {
		end := bytes.IndexByte(data, '>')
		if open := bytes.IndexByte(data, '['); bytes.HasPrefix(data, []byte("<!DOCTYPE")) && open >= 0 && open < end {
			// A document type declaration with an internal subset.
			if close := bytes.Index(data, []byte("]>")); close >= 0 {
				end = close + 1
			}
		}
		if end < 0 {
			return Unknown
		}
		data = bytes.TrimLeft(data[end+1:], " \t\r\n")
	}
	name := data[min(1, len(data)):]
	if i := bytes.IndexAny(name, " \t\r\n>/"); i >= 0 {
		name = name[:i]
	}
	if i := bytes.IndexByte(name, ':'); i >= 0 && !bytes.Equal(name, []byte("rdf:RDF")) {
		name = name[i+1:]
	}
	switch string(name) {
	case "rss", "rdf:RDF", "RDF":
		return RSS
	case "feed":
		return Atom
	}
	return Unknown
}

// Parse reads a feed with the zero Options.
func Parse(r io.Reader) (*Feed, error) { return Options{}.Parse(r) }

// Parse reads a feed of any format from r.
func (o Options) Parse(r io.Reader) (*Feed, error) {
	return o.ParseContext(context.Background(), r)
}

// ParseContext is Parse that stops soon after ctx is done, returning
// ctx.Err().
func (o Options) ParseContext(ctx context.Context, r io.Reader) (*Feed, error) {
	data, err := readAll(ctx, r, o.maxBytes())
	if err != nil {
		return nil, err
	}
	switch Detect(data) {
	case RSS, Atom:
		return o.parseXML(ctx, data)
	case JSONFeed:
		return o.parseJSON(data)
	}
	return nil, &ParseError{Err: ErrFormat}
}

// readAll reads r up to limit bytes, failing with ErrTooLarge past it.
func readAll(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	chunk := make([]byte, 32<<10)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := r.Read(chunk)
		buf.Write(chunk[:n])
		if int64(buf.Len()) > limit {
			return nil, &ParseError{Err: fmt.Errorf("%w (limit %d bytes)", ErrTooLarge, limit)}
		}
		if err == io.EOF {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, err
		}
	}
}
