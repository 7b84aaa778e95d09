package htmlmeta

import (
	"errors"
	"fmt"
)

// Default limits applied when the matching [Options] field is zero.
const (
	DefaultMaxBytes      = 20 << 20 // 20 MB of input
	DefaultMaxDepth      = 512      // open elements, and JSON-LD nesting
	DefaultMaxElements   = 1 << 20  // start tags per page
	DefaultMaxTokenBytes = 4 << 20  // one tag, text run, comment or script
	DefaultMaxAttrBytes  = 64 << 10 // one kept attribute value or captured text
	DefaultMaxMeta       = 4096     // kept <meta>, <link> and <time> entries, each
)

// Sentinel errors. Every error returned by [Options.Scan] or recorded in
// [Page.Warnings] wraps one of them (or a context error) for [errors.Is].
var (
	// ErrTooLarge: the input is longer than Options.MaxBytes.
	ErrTooLarge = errors.New("htmlmeta: input too large")
	// ErrDepth: more than Options.MaxDepth elements are open at once, or a
	// JSON-LD value nests deeper than Options.MaxDepth.
	ErrDepth = errors.New("htmlmeta: nesting too deep")
	// ErrTooManyElements: the page has more than Options.MaxElements start tags.
	ErrTooManyElements = errors.New("htmlmeta: too many elements")
	// ErrTokenTooLarge: a single tag, text run, comment or script is longer
	// than Options.MaxTokenBytes (a giant attribute, an unterminated comment).
	ErrTokenTooLarge = errors.New("htmlmeta: token too large")
	// ErrValueTooLarge: an attribute value or captured text was longer than
	// Options.MaxAttrBytes and was dropped (a warning, not a failure).
	ErrValueTooLarge = errors.New("htmlmeta: value too large")
	// ErrTooMany: more than Options.MaxMeta entries of one kind; the rest
	// were dropped (a warning).
	ErrTooMany = errors.New("htmlmeta: too many entries")
	// ErrCharset: the requested or declared character set is unknown.
	ErrCharset = errors.New("htmlmeta: unknown character set")
	// ErrInvalidUTF8: the decoded page held invalid UTF-8 sequences; each was
	// replaced by U+FFFD (a warning).
	ErrInvalidUTF8 = errors.New("htmlmeta: invalid UTF-8")
	// ErrJSONLD: a JSON-LD script is not valid JSON; it was skipped (a warning).
	ErrJSONLD = errors.New("htmlmeta: invalid JSON-LD")
)

// Options controls [Options.Scan]. The zero value scans metadata only, with
// the default limits.
type Options struct {
	// Body enables main-content extraction into [Page.Body]. Zero: off, and
	// no tree of the page is built.
	Body bool

	// MaxBytes limits the bytes read from the reader, counted before
	// character set decoding. Zero: DefaultMaxBytes; negative: no limit.
	// Reading more fails with ErrTooLarge (never silent truncation).
	MaxBytes int64

	// MaxDepth limits the open elements while tokenizing and the nesting
	// of JSON-LD values. Zero: DefaultMaxDepth.
	MaxDepth int

	// MaxElements limits the start tags of a page. Zero: DefaultMaxElements.
	MaxElements int

	// MaxTokenBytes limits one token of the tokenizer. Zero:
	// DefaultMaxTokenBytes.
	MaxTokenBytes int

	// MaxAttrBytes limits one kept attribute value, captured text or
	// JSON-LD script; longer ones are dropped with a warning. Zero:
	// DefaultMaxAttrBytes; JSON-LD scripts may be 16 times as long.
	MaxAttrBytes int

	// MaxMeta limits the kept entries of each raw list (Meta, Links,
	// Times, JSONLD, Bylines); further ones are counted in a warning.
	// Zero: DefaultMaxMeta.
	MaxMeta int

	// ContentType is the HTTP Content-Type of the page, if known; its
	// charset parameter outranks declarations in the page, as in browsers.
	ContentType string

	// Charset forces the character set (a WHATWG label such as
	// "windows-1252" or "shift_jis"), overriding ContentType, byte order
	// marks and declarations. Zero: detect. An unknown label fails with
	// ErrCharset.
	Charset string
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes == 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func orDefault(v, d int) int {
	if v <= 0 {
		return d
	}
	return v
}

// ParseError reports where in the decoded page a problem was found. Line
// and Column are 1-based (Column counts bytes); Offset counts bytes of the
// decoded (UTF-8) text from 0.
type ParseError struct {
	Line, Column int
	Offset       int64
	Msg          string // detail, may be empty
	Err          error  // a sentinel of this package
}

// Error returns the message: the sentinel's text, the detail and the position.
func (e *ParseError) Error() string {
	msg := e.Err.Error()
	if e.Msg != "" {
		msg += ": " + e.Msg
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s (line %d, column %d)", msg, e.Line, e.Column)
	}
	return msg
}

// Unwrap returns the sentinel, for [errors.Is].
func (e *ParseError) Unwrap() error { return e.Err }
