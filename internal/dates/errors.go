package dates

import (
	"errors"
	"strconv"
)

// MaxLen is the longest input, in bytes, that [Parse], [Options.Parse],
// [ParseISO] and [ParseRFC822] accept. Longer input fails with [ErrTooLong]
// before any of it is examined, which bounds the time and memory a hostile
// string can cost. No date that news pages print comes near it.
const MaxLen = 256

// Sentinel errors, for use with [errors.Is]. Every error returned by the
// parsers of this package is a [*ParseError] wrapping exactly one of them.
var (
	// ErrSyntax reports text that is not a date in any form this package
	// reads: an unknown word, a misplaced number, invalid UTF-8.
	ErrSyntax = errors.New("dates: syntax error")
	// ErrRange reports a well-formed date whose fields are out of range:
	// year 0 or 99999, February 30, hour 25, offset +24:00.
	ErrRange = errors.New("dates: value out of range")
	// ErrRelative reports a date that can only be resolved against a
	// reference time ("3 hours ago", "yesterday", "Jan 23" without a year,
	// "3:45 PM" without a date) when [Options.Reference] is zero.
	ErrRelative = errors.New("dates: relative date without a reference time")
	// ErrAmbiguous reports an all-numeric date such as "01/02/2020" whose
	// day/month order cannot be decided, when [Options.Order] is
	// [RejectAmbiguous].
	ErrAmbiguous = errors.New("dates: ambiguous day and month order")
	// ErrTooLong reports input longer than [MaxLen] bytes.
	ErrTooLong = errors.New("dates: input too long")
)

// A ParseError describes a date string that could not be parsed.
// Column is the 1-based byte offset in Input where the problem was found
// (0 when the problem concerns the input as a whole, such as its length
// or a missing reference time). Err is one of the package's sentinels.
type ParseError struct {
	Input  string // the text given, cut to MaxLen bytes
	Column int    // 1-based byte column, or 0
	Msg    string // what went wrong, without the package prefix
	Err    error  // ErrSyntax, ErrRange, ErrRelative, ErrAmbiguous or ErrTooLong
}

// Error returns a message of the form
// `dates: parsing "January 32, 2020": column 9: day out of range`.
func (e *ParseError) Error() string {
	b := make([]byte, 0, 48+len(e.Input)+len(e.Msg))
	b = append(b, "dates: parsing "...)
	b = strconv.AppendQuote(b, e.Input)
	if e.Column > 0 {
		b = append(b, ": column "...)
		b = strconv.AppendInt(b, int64(e.Column), 10)
	}
	b = append(b, ": "...)
	b = append(b, e.Msg...)
	return string(b)
}

// Unwrap returns the sentinel the error wraps.
func (e *ParseError) Unwrap() error { return e.Err }

// newError builds a *ParseError; pos is a 0-based byte offset or -1.
func newError(s string, pos int, msg string, sentinel error) *ParseError {
	if len(s) > MaxLen {
		s = s[:MaxLen]
	}
	return &ParseError{Input: s, Column: pos + 1, Msg: msg, Err: sentinel}
}

func tooLong(s string) error {
	return newError(s, -1, "input of "+strconv.Itoa(len(s))+" bytes exceeds the limit of "+strconv.Itoa(MaxLen), ErrTooLong)
}
