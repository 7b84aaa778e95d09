package tags

import "strings"

// isCodeSep reports whether c separates the segments of a code.
func isCodeSep(c byte) bool { return c == '-' || c == '/' || c == ':' }

// isCodeByte reports whether c may appear inside a code segment.
func isCodeByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '.'
}

// codeShape reports whether s is a well-formed code and returns its number
// of segments: one or more non-empty segments of ASCII letters, digits,
// '_' and '.', joined by single '-', '/' or ':' separators, beginning with
// a letter or digit.
func codeShape(s string) (segments int, ok bool) {
	if s == "" || len(s) > maxCodeBytes {
		return 0, false
	}
	if c := s[0]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
		return 0, false
	}
	segments = 1
	prevSep := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isCodeSep(c):
			if prevSep {
				return 0, false
			}
			prevSep = true
			segments++
		case isCodeByte(c):
			prevSep = false
		default:
			return 0, false
		}
	}
	if prevSep {
		return 0, false
	}
	return segments, true
}

// maxCodeBytes bounds the length of a code.
const maxCodeBytes = 256

// ValidCode reports whether code is a well-formed tag code: one or more
// segments of ASCII letters, digits, '_' and '.', separated by single '-',
// '/' or ':' characters, beginning with a letter or digit, at most 256
// bytes long. "LLL-GFATF-ISIS", "medtop:20000123" and "ECON" are valid;
// "-X", "A--B" and "é-1" are not.
func ValidCode(code string) bool {
	_, ok := codeShape(code)
	return ok
}

// appendCodeKey appends the identity form of a code: ASCII upper case,
// every separator written as '-'.
func appendCodeKey(dst []byte, code string) []byte {
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case isCodeSep(c):
			c = '-'
		}
		dst = append(dst, c)
	}
	return dst
}

// codeLooksImplicit reports whether the first word tok of a tag line, not
// in brackets, is read as a code, given the word after it (empty at the
// end of the line). This is the rule that tells codes from hyphenated
// names; doc.go states it for users:
//
//   - tok must have the shape of a code with at least two segments;
//   - a code with ':' or '/' must begin with a letter;
//   - a code whose only separator is '-' must have no lower-case letter,
//     at least one letter, must not be a designation (two segments, the
//     second all digits: "COVID-19", "F-16", "G-7"), and must not be
//     followed by a word that begins with a lower-case letter ("UK-EU
//     relations" is a name).
func codeLooksImplicit(tok, next string) bool {
	n, ok := codeShape(tok)
	if !ok || n < 2 {
		return false
	}
	if strings.ContainsAny(tok, ":/") {
		c := tok[0]
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	letters := false
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			letters = true
		}
	}
	if !letters {
		return false
	}
	if n == 2 {
		last := tok[strings.LastIndexByte(tok, '-')+1:]
		if allDigits(last) {
			return false
		}
	}
	if next != "" && startsLower(next) {
		return false
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Segments returns the segments of t's code: "LLL-GFATF-ISIS" gives
// ["LLL" "GFATF" "ISIS"], "medtop:20000123" gives ["medtop" "20000123"].
// It returns nil when t has no code.
func (t Tag) Segments() []string {
	if t.Code == "" {
		return nil
	}
	return strings.FieldsFunc(t.Code, func(r rune) bool { return r == '-' || r == '/' || r == ':' })
}

// Parent returns t's code without its last segment, as written:
// "LLL-GFATF-ISIS" gives "LLL-GFATF". It returns "" for a code of one
// segment and for a tag without a code.
func (t Tag) Parent() string {
	i := strings.LastIndexAny(t.Code, "-/:")
	if i < 0 {
		return ""
	}
	return t.Code[:i]
}

// Within reports whether t's code equals code or lies below it in the
// hierarchy, comparing whole segments case-insensitively and treating
// '-', '/' and ':' alike: "LLL-GFATF-ISIS" is within "LLL-GFATF",
// "lll/gfatf" and itself, but not within "LLL-GF". A tag without a code
// is within nothing, and nothing is within "".
func (t Tag) Within(code string) bool {
	c := t.Code
	if c == "" || code == "" || len(code) > len(c) {
		return false
	}
	for i := 0; i < len(code); i++ {
		a, b := c[i], code[i]
		if isCodeSep(a) && isCodeSep(b) {
			continue
		}
		if 'a' <= a && a <= 'z' {
			a -= 'a' - 'A'
		}
		if 'a' <= b && b <= 'z' {
			b -= 'a' - 'A'
		}
		if a != b || isCodeSep(a) || isCodeSep(b) {
			return false
		}
	}
	return len(code) == len(c) || isCodeSep(c[len(code)])
}
