package jsonlex

// Number is the text of a JSON number, kept exactly as written so that no
// precision is lost between reading and writing.
type Number string

// String returns the number's text.
func (n Number) String() string { return string(n) }

// Int64 parses n as an int64; see [Reader.Int64].
func (n Number) Int64() (int64, error) { return parseInt([]byte(n)) }

// Float64 parses n as a float64; see [Reader.Float64].
func (n Number) Float64() (float64, error) { return parseFloat([]byte(n), 64) }

// IsValid reports whether n follows the RFC 8259 number grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (n Number) IsValid() bool { return validNumber(string(n)) }

func validNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	if i >= len(s) {
		return false
	}
	switch {
	case s[i] == '0':
		i++
	case s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) || !isDigit(s[i]) {
			return false
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || !isDigit(s[i]) {
			return false
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	return i == len(s)
}
