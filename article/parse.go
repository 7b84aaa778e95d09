package article

import (
	"context"
	"errors"
	"io"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/newsmodel/news/internal/dates"
)

// DefaultMaxBytes is the input size limit when ParseOptions.MaxBytes is
// zero: 20 MB, that is 20,000,000 bytes (decimal megabytes, not MiB).
const DefaultMaxBytes = 20_000_000

// DefaultMaxErrors is the number of problems a lenient parse reports when
// ParseOptions.MaxErrors is zero.
const DefaultMaxErrors = 100

// ParseOptions control parsing. The zero value detects the format, is
// lenient, and uses the default limits and source registry.
type ParseOptions struct {
	// Format is the format of the input. Zero: detected with [Detect].
	Format Format
	// Strict makes the first problem fatal: Parse returns a nil Article and
	// that error. Zero (lenient): the parser keeps going, returns what it
	// could read, and reports the problems joined with errors.Join (up to
	// MaxErrors of them), each a [*ParseError].
	Strict bool
	// MaxBytes is the largest input read; longer input fails with
	// [ErrTooLarge]. Zero: [DefaultMaxBytes].
	MaxBytes int64
	// MaxErrors is the largest number of problems reported by a lenient
	// parse; later ones are counted in a final error. Zero:
	// [DefaultMaxErrors].
	MaxErrors int
	// Reference is the time relative dates ("3 hours ago", "yesterday")
	// are resolved against. Zero: relative dates are kept unresolved (see
	// [Time]) and reported with [ErrUnresolvedTime].
	Reference time.Time
	// Location is the zone given to times printed without one. Zero (nil):
	// such times stay zone-less.
	Location *time.Location
	// Sources resolves source credits. Zero: the default registry.
	Sources Registry
	// HTML controls the reading of HTML pages ([FormatHTML]). Zero: the
	// body is extracted and the character set detected.
	HTML HTMLOptions
	// Quotes, when true, fills Quotes with [ExtractQuotes] after parsing
	// when the source gave none. Zero: Quotes holds only what the source
	// gave.
	Quotes bool
}

// HTMLOptions control the reading of HTML pages. The zero value extracts
// the main content into Body and detects the character set from the byte
// order mark and the page's declarations.
type HTMLOptions struct {
	// NoBody switches main-content extraction off: only the page's
	// metadata is read, and no tree of the page is built, which is much
	// faster. Zero: the body is extracted.
	NoBody bool
	// Charset forces the character set of the page, a WHATWG label such
	// as "windows-1252" or "shift_jis", over ContentType, byte order marks
	// and declarations in the page. An unknown label fails the parse.
	// Zero: detected.
	Charset string
	// ContentType is the HTTP Content-Type the page was served with, if
	// known; its charset parameter outranks declarations in the page, as
	// in browsers. Zero: none.
	ContentType string
}

// Parse reads an article with the zero ParseOptions.
func Parse(r io.Reader) (*Article, error) { return ParseOptions{}.Parse(r) }

// Parse reads one article from r in o.Format (detected when zero). Input
// is read whole, up to MaxBytes. Invalid UTF-8 is a [*ParseError] wrapping
// [ErrInvalidUTF8] at its position; when lenient, each invalid byte is
// replaced by U+FFFD and reported, and parsing goes on.
func (o ParseOptions) Parse(r io.Reader) (*Article, error) {
	return o.ParseContext(context.Background(), r)
}

// ParseString reads an article from s with the zero ParseOptions.
func ParseString(s string) (*Article, error) { return ParseOptions{}.ParseString(s) }

// ParseString is Parse for input held in a string. It does not copy s: the
// strings of the article share its memory, which is safe because strings
// are immutable, and keeps s alive while they are referenced.
func (o ParseOptions) ParseString(s string) (*Article, error) {
	if int64(len(s)) > o.maxBytes() {
		return nil, tooLarge(o.maxBytes())
	}
	return o.parseString(context.Background(), s)
}

// ParseContext is Parse with a context: it returns ctx.Err() once the
// context is done, checking it while reading and between lines.
func (o ParseOptions) ParseContext(ctx context.Context, r io.Reader) (*Article, error) {
	data, err := o.read(ctx, r)
	if err != nil {
		return nil, err
	}
	return o.parseString(ctx, data)
}

func (o ParseOptions) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o ParseOptions) maxErrors() int {
	if o.MaxErrors <= 0 {
		return DefaultMaxErrors
	}
	return o.MaxErrors
}

func (o ParseOptions) dateOptions() dates.Options {
	return dates.Options{Reference: o.Reference, Location: o.Location}
}

// read reads r whole into a string. A strings.Builder allocates without
// zeroing, and readers that know their length (bytes.Reader,
// strings.Reader) write into it in one copy.
func (o ParseOptions) read(ctx context.Context, r io.Reader) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	limit := o.maxBytes()
	var sb strings.Builder
	if l, ok := r.(interface{ Len() int }); ok {
		if int64(l.Len()) > limit {
			return "", tooLarge(limit)
		}
		if _, ok := r.(io.WriterTo); ok {
			sb.Grow(l.Len())
			if _, err := io.Copy(&sb, r); err != nil {
				return "", err
			}
			return sb.String(), nil
		}
		sb.Grow(l.Len() + 1)
	}
	buf := make([]byte, 32<<10)
	for {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		n, err := r.Read(buf)
		sb.Write(buf[:n])
		if int64(sb.Len()) > limit {
			return "", tooLarge(limit)
		}
		if err == io.EOF {
			return sb.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
}

type tooLargeError struct{ limit int64 }

func (e *tooLargeError) Error() string {
	return "article: input larger than " + itoa(int(e.limit)) + " bytes"
}
func (e *tooLargeError) Unwrap() error { return ErrTooLarge }

func tooLarge(limit int64) error { return &tooLargeError{limit} }

// parseString parses the input.
func (o ParseOptions) parseString(ctx context.Context, data string) (*Article, error) {
	a, err := o.parseFormat(ctx, data)
	if o.Quotes && a != nil && len(a.Quotes) == 0 {
		ExtractQuotes(a)
	}
	return a, err
}

func (o ParseOptions) parseFormat(ctx context.Context, data string) (*Article, error) {
	if int64(len(data)) > o.maxBytes() {
		return nil, tooLarge(o.maxBytes())
	}
	f := o.Format
	if f == FormatAuto {
		f = detect(data)
	}
	switch f {
	case FormatJSON:
		a := new(Article)
		d := newDecoder(unsafe.Slice(unsafe.StringData(data), len(data)), decodeOptions{replaceInvalid: !o.Strict, maxBytes: o.maxBytes()})
		if err := d.article(a); err != nil {
			return nil, err
		}
		if !o.Strict && !utf8.ValidString(data) {
			// Lenient: strings were repaired; report where.
			return a, invalidUTF8At(data)
		}
		return a, nil
	case FormatText:
		return o.parseText(ctx, data)
	case FormatHTML:
		return o.parseHTML(ctx, data)
	case FormatNinjs, FormatNinjs22, FormatNinjs31:
		if o.Format == FormatAuto {
			o.Format = f
		}
		return o.parseNinjs(unsafe.Slice(unsafe.StringData(data), len(data)))
	case FormatJSONLD:
		return o.parseJSONLD(unsafe.Slice(unsafe.StringData(data), len(data)))
	case FormatRSS, FormatAtom, FormatJSONFeed:
		return o.parseFeedOne(ctx, data)
	}
	return nil, &formatError{f.String()}
}

// errorList collects the problems of a lenient parse.
type errorList struct {
	errs    []error
	max     int
	dropped int
}

func (l *errorList) add(err error) {
	if len(l.errs) < l.max {
		l.errs = append(l.errs, err)
		return
	}
	l.dropped++
}

func (l *errorList) err() error {
	if l.dropped > 0 {
		return errors.Join(append(l.errs, errors.New("article: "+itoa(l.dropped)+" more problems not reported"))...)
	}
	return errors.Join(l.errs...)
}

// invalidUTF8At returns a ParseError at the first invalid byte of s.
func invalidUTF8At(s string) error {
	line, start := 1, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return &ParseError{Line: line, Column: i - start + 1, Err: ErrInvalidUTF8}
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += size
	}
	return nil
}
