package article

import (
	"errors"
	"strconv"
)

// Sentinel errors. Errors returned by the package wrap one of them, so
// callers branch with errors.Is.
var (
	// ErrSyntax reports input that is not well-formed in its format.
	ErrSyntax = errors.New("article: syntax error")
	// ErrTooLarge reports input longer than ParseOptions.MaxBytes.
	ErrTooLarge = errors.New("article: input too large")
	// ErrInvalidUTF8 reports bytes that are not UTF-8.
	ErrInvalidUTF8 = errors.New("article: invalid UTF-8")
	// ErrUnknownFormat reports input whose format could not be detected, or
	// a Format the operation does not support.
	ErrUnknownFormat = errors.New("article: unknown format")
	// ErrTime reports a date or time that could not be read.
	ErrTime = errors.New("article: invalid time")
	// ErrUnresolvedTime reports a relative date ("3 hours ago") read
	// without a reference time; the text is kept in an unresolved Time.
	ErrUnresolvedTime = errors.New("article: unresolved relative time")
	// ErrUnknownCountry reports a country name or code that is not known.
	ErrUnknownCountry = errors.New("article: unknown country")
	// ErrTag reports a tag line or tag that could not be read or is invalid.
	ErrTag = errors.New("article: invalid tag")
	// ErrUnknownSource reports a source name the registry does not know.
	// Parsers keep such sources as written; the error is informational.
	ErrUnknownSource = errors.New("article: unknown source")
	// ErrAmbiguousSource reports a source name that names several agencies
	// and that the article's language and countries do not decide.
	ErrAmbiguousSource = errors.New("article: ambiguous source")
	// ErrDuplicate reports a member given twice in a canonical JSON object.
	ErrDuplicate = errors.New("article: duplicate member")

	// ErrMissing reports a required field that is empty (Validate).
	ErrMissing = errors.New("article: missing")
	// ErrNotAbsolute reports a URL that is not an absolute http(s) URL.
	ErrNotAbsolute = errors.New("article: URL is not absolute")
	// ErrInvalidLanguage reports a language tag that is not well-formed.
	ErrInvalidLanguage = errors.New("article: invalid language")
	// ErrOrder reports times out of order, such as Modified before Published.
	ErrOrder = errors.New("article: times out of order")
	// ErrInvalidCountry reports a country value that is not valid.
	ErrInvalidCountry = errors.New("article: invalid country")
	// ErrEmpty reports an empty body block, author name or section.
	ErrEmpty = errors.New("article: empty")
	// ErrRange reports a number or offset out of its range.
	ErrRange = errors.New("article: out of range")
	// ErrUnclean reports text with characters Normalize would remove
	// (control, zero-width or bidirectional control characters).
	ErrUnclean = errors.New("article: unclean text")
)

// A ParseError reports a problem at a position of the input. Line and
// Column are 1-based; Column counts bytes from the start of the line, as
// encoding/csv does. Both are 0 when the position is not known (a problem
// found in a decoded value rather than in the input's bytes). Field names the field being read ("headline",
// "countries", "/published" for JSON), or is empty.
type ParseError struct {
	Line, Column int
	Field        string
	Err          error
}

// Error returns "article: line L, column C, field: message". When the
// position is not known (Line is 0), it returns "article: field: message",
// or "article: message" without a field.
func (e *ParseError) Error() string {
	msg := "article: "
	if e.Line > 0 {
		msg += "line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column)
		if e.Field != "" {
			msg += ", " + e.Field
		}
		msg += ": "
	} else if e.Field != "" {
		msg += e.Field + ": "
	}
	return msg + trimPrefix(e.Err.Error())
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// A FieldError reports a problem with one field of an Article. Path is a
// JSON Pointer (RFC 6901) into the canonical JSON form: "/headline",
// "/countries/1", "/body/3/text".
type FieldError struct {
	Path string
	Err  error
}

// Error returns "article: path: message".
func (e *FieldError) Error() string {
	return "article: " + e.Path + ": " + trimPrefix(e.Err.Error())
}

// Unwrap returns the underlying error.
func (e *FieldError) Unwrap() error { return e.Err }

// trimPrefix drops a leading "article: " so that wrapped messages read once.
func trimPrefix(s string) string {
	const p = "article: "
	if len(s) > len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}

func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "..."
	}
	return strconv.Quote(s)
}
