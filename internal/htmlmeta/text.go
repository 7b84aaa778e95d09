package htmlmeta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold returns s with every run of white space (Unicode White_Space,
// including NBSP) replaced by one ASCII space, zero-width and BOM
// characters removed, and leading and trailing space trimmed. s must be
// valid UTF-8.
func fold(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			clean = false
			break
		}
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		if sp && (prevSpace || c != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	if clean && len(s) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// validString converts b to a string, replacing each invalid UTF-8 sequence
// by U+FFFD and counting it in *n.
func validString(b []byte, n *int) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			*n++
			sb.WriteRune(utf8.RuneError)
			b = b[1:]
			// A run of invalid bytes of one broken sequence counts once
			// per byte, like strings.ToValidUTF8 would collapse; keep per byte.
			continue
		}
		sb.Write(b[:size])
		b = b[size:]
	}
	return sb.String()
}

// lowerASCII lower-cases the ASCII letters of b in place.
func lowerASCII(b []byte) []byte {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// dedupe appends each non-empty value of vs not yet in out, ignoring case,
// in linear time.
func dedupe(out []string, vs ...string) []string {
	seen := make(map[string]bool, len(out)+len(vs))
	for _, o := range out {
		seen[strings.ToLower(o)] = true
	}
	for _, v := range vs {
		k := strings.ToLower(v)
		if v == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}
