package agencies

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxCuts bounds the word boundaries a folded string remembers for the
// prefix rule of [Lookup]; words after the maxCuts-th are never tried alone.
const maxCuts = 32

// folded is a string folded into a key: lower case, without diacritics,
// without anything that is not a letter, a digit or a spacing mark. It lives
// on the caller's stack so that a lookup that misses allocates nothing.
type folded struct {
	buf   [bufLen]byte
	n     int  // bytes of buf in use
	limit int  // fold no further than this many bytes (at most bufLen)
	over  bool // the string folds to more than limit bytes
	// cuts holds the lengths of the folded prefixes that end at a word
	// boundary of the source (a dropped character, or a change between
	// letters and digits), ascending and without duplicates.
	cuts [maxCuts]uint16
	ncut int
	last uint8 // class of the last byte written: 0 none, 1 letter, 2 digit
}

const (
	classNone = iota
	classLetter
	classDigit
)

// bufLen is the size of the buffer of a folded string: room for any key
// (gen.go and NewRegistry refuse longer ones), and for the compatibility
// decomposition of any one rune (the longest, U+FDFA, is 33 bytes), which
// Key relies on.
const bufLen = 256

// newFolded returns a folded string that stops at limit bytes, at most
// bufLen.
func newFolded(limit int) folded { return folded{limit: min(limit, bufLen)} }

// key returns the folded bytes.
func (f *folded) key() []byte { return f.buf[:f.n] }

// fold folds s into f. It stops reading as soon as the folded form is longer
// than any key of the table, so its cost is bounded by the length of s and
// not by what it folds to.
func (f *folded) fold(s string) {
	for i := 0; i < len(s) && !f.over; {
		c := s[i]
		if c < utf8.RuneSelf {
			f.ascii(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// An invalid byte reads as U+FFFD, a symbol: a separator.
			f.sep()
			i++
			continue
		}
		if d := norm.NFKD.PropertiesString(s[i:]).Decomposition(); d != nil {
			for len(d) > 0 {
				dr, dsize := utf8.DecodeRune(d)
				f.rune(dr)
				d = d[dsize:]
			}
		} else {
			f.rune(r)
		}
		i += size
	}
	if !f.over {
		f.sep()
	}
}

func (f *folded) ascii(c byte) {
	switch {
	case 'a' <= c && c <= 'z':
		f.put(c, classLetter)
	case 'A' <= c && c <= 'Z':
		f.put(c+'a'-'A', classLetter)
	case '0' <= c && c <= '9':
		f.put(c, classDigit)
	default:
		f.sep()
	}
}

func (f *folded) rune(r rune) {
	if r < utf8.RuneSelf {
		f.ascii(byte(r))
		return
	}
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me):
		// Diacritics (left over by the decomposition) are dropped without
		// marking a word boundary.
		return
	case unicode.IsLetter(r):
		r = unicode.ToLower(r)
		switch r {
		case 'ß':
			f.put('s', classLetter)
			f.put('s', classLetter)
			return
		case 'æ':
			f.put('a', classLetter)
			f.put('e', classLetter)
			return
		case 'œ':
			f.put('o', classLetter)
			f.put('e', classLetter)
			return
		case 'þ':
			f.put('t', classLetter)
			f.put('h', classLetter)
			return
		case 'ø':
			r = 'o'
		case 'đ', 'ð':
			r = 'd'
		case 'ł':
			r = 'l'
		case 'ı':
			r = 'i'
		case 'ħ':
			r = 'h'
		case 'ŧ':
			r = 't'
		case 'ς':
			r = 'σ'
		}
		f.putRune(r, classLetter)
	case unicode.IsDigit(r):
		f.putRune(r, classDigit)
	case unicode.Is(unicode.Mc, r):
		// Spacing vowel signs belong to the word (Devanagari, Bengali, ...).
		f.putRune(r, classLetter)
	default:
		f.sep()
	}
}

func (f *folded) putRune(r rune, class uint8) {
	if r < utf8.RuneSelf {
		f.put(byte(r), class)
		return
	}
	f.boundary(class)
	if f.n+utf8.RuneLen(r) > f.limit {
		f.over = true
		return
	}
	f.n += utf8.EncodeRune(f.buf[f.n:], r)
}

func (f *folded) put(c byte, class uint8) {
	f.boundary(class)
	if f.n >= f.limit {
		f.over = true
		return
	}
	f.buf[f.n] = c
	f.n++
}

// boundary records a cut between letters and digits ("MIA001").
func (f *folded) boundary(class uint8) {
	if f.last != classNone && f.last != class {
		f.cut()
	}
	f.last = class
}

// sep records a word boundary at a dropped character.
func (f *folded) sep() {
	if f.last != classNone {
		f.cut()
	}
	f.last = classNone
}

func (f *folded) cut() {
	n := f.n
	if n == 0 || n > bufLen || f.ncut == maxCuts || (f.ncut > 0 && int(f.cuts[f.ncut-1]) == n) {
		return
	}
	f.cuts[f.ncut] = uint16(n)
	f.ncut++
}

// Key returns the folded form of s under which [Lookup] compares names,
// acronyms and aliases: letters in lower case without diacritics (by
// compatibility decomposition, plus ß→ss, æ→ae, œ→oe, þ→th, ø→o, đ/ð→d,
// ł→l, ı→i, ħ→h, ŧ→t, ς→σ), digits, and nothing else: spaces, punctuation,
// symbols, control and format characters and invalid UTF-8 bytes are
// dropped. Key("Agência  Brasil") and Key("agencia-brasil") are both
// "agenciabrasil".
//
// Key is exported for callers that compare or index names of their own the
// way the registry does (a [Registry] indexes its agencies with it). Its
// result is not truncated, unlike the folding inside Lookup.
func Key(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		// One rune at a time: a rune folds to at most bufLen bytes.
		_, size := utf8.DecodeRuneInString(s[i:])
		f := folded{limit: bufLen}
		f.fold(s[i : i+size])
		out = append(out, f.key()...)
		i += size
	}
	return string(out)
}
