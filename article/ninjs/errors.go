package ninjs

import (
	"errors"
	"strconv"
	"strings"
)

// Errors of the syntax layer and of the limits, returned by [ReadOptions.Parse]
// and [ReadOptions.Read] inside a [*ParseError].
var (
	// ErrSyntax reports input that is not a single strict RFC 8259 JSON text
	// (including invalid UTF-8).
	ErrSyntax = errors.New("ninjs: syntax error")
	// ErrDepth reports nesting deeper than [ReadOptions.MaxDepth]. It
	// wraps ErrSyntax, so errors.Is(err, ErrSyntax) holds for it too.
	ErrDepth error = &detail{ErrSyntax, "ninjs: nesting too deep"}
	// ErrTooLarge reports input longer than [ReadOptions.MaxBytes].
	ErrTooLarge = errors.New("ninjs: document too large")
	// ErrDuplicateKey reports an object with two members of the same name.
	ErrDuplicateKey = errors.New("ninjs: duplicate key")
)

// Errors wrapped by [*FieldError], returned by [Validate], by the reader (for
// members whose JSON type does not fit the field) and by the writer.
var (
	// ErrType reports a value of the wrong JSON type (a number where the
	// schema wants a string, a non-object document, and so on).
	ErrType = errors.New("ninjs: wrong type")
	// ErrRequired reports a missing required member, such as "uri".
	ErrRequired = errors.New("ninjs: missing required member")
	// ErrEnum reports a value outside the schema's enumeration.
	ErrEnum = errors.New("ninjs: value not allowed")
	// ErrFormat reports a string that is not a URI or an RFC 3339 date-time
	// where the schema asks for one.
	ErrFormat = errors.New("ninjs: bad format")
	// ErrPattern reports a string that does not match the schema's pattern
	// (for example a truncated date-time).
	ErrPattern = errors.New("ninjs: does not match pattern")
	// ErrRange reports a number below the minimum or above the maximum, or
	// one that no Go number holds.
	ErrRange = errors.New("ninjs: number out of range")
	// ErrNotAllowed reports a member the schema does not allow (an
	// additional property, or a pattern property with a bad name).
	ErrNotAllowed = errors.New("ninjs: member not allowed")
	// ErrAlternatives reports a value that does not satisfy the schema's
	// alternatives (oneOf, anyOf): none of them, or more than one of a oneOf,
	// such as rights info with both linked and encoded rights.
	ErrAlternatives = errors.New("ninjs: alternatives not satisfied")
	// ErrGeoJSON reports a place's geometry that is not GeoJSON (RFC 7946).
	ErrGeoJSON = errors.New("ninjs: invalid GeoJSON")
	// ErrUnsupported reports a field set on a [Document] that the version
	// being written or validated cannot hold (for example event details in
	// 2.2, or a 1.x code and scheme in 3.1), and a version that is not
	// known.
	ErrUnsupported = errors.New("ninjs: not supported by this version")
)

// A ParseError reports input rejected by the syntax layer or a limit.
type ParseError struct {
	// Offset is the byte offset of the problem in the input.
	Offset int64
	// Line and Column are 1-based (Column counts code points); 0 when unknown.
	Line, Column int
	// Msg describes the problem.
	Msg string
	// Err is one of [ErrSyntax], [ErrDepth], [ErrTooLarge], [ErrDuplicateKey].
	Err error
}

// Error returns "ninjs: line L, column C: Msg".
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("ninjs: ")
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(", column ")
		b.WriteString(strconv.Itoa(e.Column))
	} else {
		b.WriteString("offset ")
		b.WriteString(strconv.FormatInt(e.Offset, 10))
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns Err.
func (e *ParseError) Unwrap() error { return e.Err }

// A FieldError reports one problem with one member of a document. Path is a
// JSON Pointer (RFC 6901) to the member, such as "/subjects/1/relevance";
// the empty Path is the document itself.
type FieldError struct {
	Path string
	Err  error
}

// Error returns "ninjs: Path: problem".
func (e *FieldError) Error() string {
	msg := e.Err.Error()
	msg = strings.TrimPrefix(msg, "ninjs: ")
	p := e.Path
	if p == "" {
		p = "(document)"
	}
	return "ninjs: " + p + ": " + msg
}

// Unwrap returns Err.
func (e *FieldError) Unwrap() error { return e.Err }

// detail is an error that prints its own message and wraps a sentinel.
type detail struct {
	sentinel error
	msg      string
}

func (d *detail) Error() string { return d.msg }
func (d *detail) Unwrap() error { return d.sentinel }

func fieldErr(path string, sentinel error, msg string) error {
	if msg == "" {
		return &FieldError{Path: path, Err: sentinel}
	}
	return &FieldError{Path: path, Err: &detail{sentinel, msg}}
}

// pointer appends one JSON Pointer reference token to path.
func pointer(path, token string) string {
	if !strings.ContainsAny(token, "~/") {
		return path + "/" + token
	}
	token = strings.ReplaceAll(token, "~", "~0")
	token = strings.ReplaceAll(token, "/", "~1")
	return path + "/" + token
}

func index(path string, i int) string { return path + "/" + strconv.Itoa(i) }

var errNil = &FieldError{Path: "", Err: &detail{ErrType, "nil document"}}
