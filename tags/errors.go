package tags

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors. Errors returned by this package wrap one of them, so
// callers branch with [errors.Is].
var (
	// ErrSyntax reports ill-formed input: a tag line, a code, a JSON tag or
	// a vocabulary record that does not follow the documented syntax,
	// including invalid UTF-8.
	ErrSyntax = errors.New("tags: invalid syntax")

	// ErrTooLong reports a tag line longer than the limit (see
	// [ParseOptions.MaxBytes] and [DefaultMaxBytes]).
	ErrTooLong = errors.New("tags: line too long")

	// ErrNoLineForm reports a tag that the line form cannot carry without
	// loss (see [Tag.MarshalText]); JSON carries every tag.
	ErrNoLineForm = errors.New("tags: tag has no faithful line form")

	// ErrTooLarge reports vocabulary input larger than
	// [VocabularyOptions.MaxBytes] or with more entries than
	// [VocabularyOptions.MaxEntries].
	ErrTooLarge = errors.New("tags: input too large")

	// ErrDuplicate reports a vocabulary that lists the same code twice.
	ErrDuplicate = errors.New("tags: duplicate code")

	// ErrUnknown reports a well-formed reference to a code that the
	// vocabulary does not define (a broader code, for instance).
	ErrUnknown = errors.New("tags: unknown code")

	// ErrCycle reports a vocabulary whose broader links form a cycle.
	ErrCycle = errors.New("tags: broader links form a cycle")
)

// A ParseError describes where parsing failed. Line and Column are
// 1-based; Column counts bytes, like [encoding/csv.ParseError]. For
// [Parse], Line is always 1. For a vocabulary, Line is the line (CSV) or
// the entry number (JSON) and Field names the column or member. Err is
// one of the sentinel errors above.
type ParseError struct {
	Line   int    // 1-based line (or JSON entry) number; 0 when unknown
	Column int    // 1-based byte column; 0 when unknown
	Field  string // vocabulary column or JSON member, if any
	Msg    string // what is wrong, without the "tags: " prefix
	Err    error  // sentinel: ErrSyntax, ErrTooLong, ErrDuplicate, ...
}

// Error returns "tags: line L, column C: msg" (omitting unknown parts).
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("tags: ")
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(", column ")
			b.WriteString(strconv.Itoa(e.Column))
		}
		b.WriteString(": ")
	} else if e.Column > 0 {
		b.WriteString("column ")
		b.WriteString(strconv.Itoa(e.Column))
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }
