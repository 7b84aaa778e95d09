package jsonlex

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// ErrSyntax is matched by every error for input that is not a JSON text as
// RFC 8259 and the rules in the package documentation define it, including
// nesting beyond the depth limit (see [ErrDepth]).
var ErrSyntax = errors.New("jsonlex: syntax error")

// ErrDepth reports nesting deeper than [Options.MaxDepth]. It wraps
// [ErrSyntax], so errors.Is(err, ErrSyntax) also holds for depth errors: a
// caller that only asks "is this acceptable JSON?" needs one test.
var ErrDepth error = &sentinelError{"jsonlex: nesting too deep", ErrSyntax}

// ErrTooLarge reports input longer than [Options.MaxBytes]. It does not wrap
// [ErrSyntax]: the input was not looked at.
var ErrTooLarge = errors.New("jsonlex: input too large")

// ErrDuplicateKey reports an object with two members of the same name (after
// unescaping) under the default [DupReject] policy. It does not wrap
// [ErrSyntax]: such a document is well-formed JSON that the policy refuses.
var ErrDuplicateKey = errors.New("jsonlex: duplicate key")

// ErrRange reports a number that does not fit the Go type asked for, or a
// float (NaN, ±Inf) that JSON cannot represent.
var ErrRange = errors.New("jsonlex: number out of range")

// ErrUnsupported reports a Go value that [AppendValue] cannot write.
var ErrUnsupported = errors.New("jsonlex: unsupported value")

type sentinelError struct {
	msg    string
	parent error
}

func (e *sentinelError) Error() string { return e.msg }
func (e *sentinelError) Unwrap() error { return e.parent }

// A SyntaxError describes where and why input was rejected. Err is one of
// [ErrSyntax], [ErrDepth], [ErrTooLarge] or [ErrDuplicateKey]; use
// errors.Is rather than comparing Err.
type SyntaxError struct {
	// Offset is the byte offset in the input where the problem starts.
	Offset int64
	// Line and Column are 1-based; Column counts Unicode code points (each
	// invalid byte counts as one) from the start of the line. Lines end at
	// "\n", "\r\n" or a lone "\r". Both are 0 when the position is unknown.
	Line, Column int
	// Msg describes the problem, without the "jsonlex: " prefix.
	Msg string
	// Err is the sentinel the error wraps.
	Err error
}

// Error returns "jsonlex: line L, column C: Msg".
func (e *SyntaxError) Error() string {
	b := make([]byte, 0, 48+len(e.Msg))
	b = append(b, "jsonlex: "...)
	if e.Line > 0 {
		b = append(b, "line "...)
		b = strconv.AppendInt(b, int64(e.Line), 10)
		b = append(b, ", column "...)
		b = strconv.AppendInt(b, int64(e.Column), 10)
	} else {
		b = append(b, "offset "...)
		b = strconv.AppendInt(b, e.Offset, 10)
	}
	b = append(b, ": "...)
	b = append(b, e.Msg...)
	return string(b)
}

// Unwrap returns Err.
func (e *SyntaxError) Unwrap() error { return e.Err }

// Position returns the 1-based line and column of byte offset off in data,
// counted as [SyntaxError] documents. Offsets outside data are clamped.
// It costs a scan of data[:off]; call it only to report a problem.
func Position(data []byte, off int64) (line, column int) {
	if off < 0 {
		off = 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line = 1
	start := 0
	for i := 0; i < int(off); i++ {
		switch data[i] {
		case '\n':
			line++
			start = i + 1
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				continue
			}
			line++
			start = i + 1
		}
	}
	return line, 1 + utf8.RuneCount(data[start:off])
}

// quoteChar formats the byte at data[i] for a message: a printable rune
// in quotes, or its hex value.
func quoteChar(data []byte, i int) string {
	if i >= len(data) {
		return "end of input"
	}
	c := data[i]
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	if c >= 0x20 && c < 0x7f {
		return "'" + string(c) + "'"
	}
	if c < 0x20 {
		return strconv.QuoteRuneToASCII(rune(c))
	}
	r, size := utf8.DecodeRune(data[i:])
	if r == utf8.RuneError && size <= 1 {
		return "byte 0x" + strconv.FormatUint(uint64(c), 16)
	}
	return strconv.QuoteRuneToASCII(r)
}
