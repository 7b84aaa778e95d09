package countries

import (
	"errors"
	"strconv"
)

// Sentinel errors, for errors.Is.
var (
	// ErrSyntax reports ill-formed input: not two letters, three letters
	// or three digits where a code is expected, or text and JSON forms of
	// a Set that do not follow their grammar.
	ErrSyntax = errors.New("countries: invalid syntax")
	// ErrUnknown reports well-formed input that names no country: an
	// unassigned code ("ZZ", "999") or an unrecognised name.
	ErrUnknown = errors.New("countries: unknown country")
	// ErrAmbiguous reports a name shared by several countries ("Congo",
	// "Korea"); errors that wrap it also wrap ErrUnknown.
	ErrAmbiguous = errors.New("countries: ambiguous name")
)

// A CodeError reports a code that Parse could not read.
type CodeError struct {
	Code string // the input, cut to 64 bytes
	Err  error  // ErrSyntax or ErrUnknown
}

// Error returns "countries: unknown code \"ZZ\"" or "countries: invalid
// code \"...\"".
func (e *CodeError) Error() string {
	if e.Err == ErrUnknown {
		return "countries: unknown code " + strconv.Quote(e.Code)
	}
	return "countries: invalid code " + strconv.Quote(e.Code)
}

// Unwrap returns Err.
func (e *CodeError) Unwrap() error { return e.Err }

func codeError(s string, err error) error {
	if len(s) > 64 {
		s = s[:64]
	}
	return &CodeError{Code: s, Err: err}
}

// Parse returns the country of an ISO 3166-1 code: alpha-2 ("IQ"),
// alpha-3 ("IRQ") or numeric ("368"), in any letter case. Nothing else is
// accepted: no spaces, no names (use [Lookup] for those). Ill-formed input
// returns an error wrapping [ErrSyntax]; a well-formed code that is not
// assigned, such as "ZZ" or "999", an error wrapping [ErrUnknown]. Both are
// a *[CodeError]. The user-assigned XK and XKX are accepted for Kosovo;
// the other user-assigned codes (AA, QM-QZ, XA-XZ, ZZ) are unknown.
func Parse(s string) (Country, error) {
	if c, ok := parseCode(s); ok {
		return c, nil
	}
	if wellFormed(s) {
		return Country{}, codeError(s, ErrUnknown)
	}
	return Country{}, codeError(s, ErrSyntax)
}

// MustParse is like Parse but panics on error. It is meant for constants
// in programs and tests, never for input.
func MustParse(s string) Country {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func isLetter(c byte) bool { return 'A' <= upper(c) && upper(c) <= 'Z' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func wellFormed(s string) bool {
	switch len(s) {
	case 2:
		return isLetter(s[0]) && isLetter(s[1])
	case 3:
		return isLetter(s[0]) && isLetter(s[1]) && isLetter(s[2]) ||
			isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2])
	}
	return false
}

// parseCode is Parse without the error values.
func parseCode(s string) (Country, bool) {
	switch len(s) {
	case 2:
		a, b := upper(s[0]), upper(s[1])
		if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
			return Country{}, false
		}
		i := alpha2Index[int(a-'A')*26+int(b-'A')]
		return Country{uint16(i)}, i != 0
	case 3:
		if isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) {
			i := numericIndex[int(s[0]-'0')*100+int(s[1]-'0')*10+int(s[2]-'0')]
			return Country{uint16(i)}, i != 0
		}
		a, b, c := upper(s[0]), upper(s[1]), upper(s[2])
		if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || c < 'A' || c > 'Z' {
			return Country{}, false
		}
		code := uint32(a)<<16 | uint32(b)<<8 | uint32(c)
		lo, hi := 0, len(alpha3Codes)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if alpha3Codes[m] < code {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(alpha3Codes) && alpha3Codes[lo] == code {
			return Country{uint16(alpha3Countries[lo])}, true
		}
	}
	return Country{}, false
}
