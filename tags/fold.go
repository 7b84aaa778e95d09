package tags

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendFold appends the matching form of s to dst: compatibility
// decomposition (NFKD, from x/text), combining marks removed after Latin,
// Greek and common-script letters, letters case-folded, and every run of
// other characters (spaces, punctuation, symbols, invalid bytes) turned
// into one sep byte, never leading or trailing. "Al-Qaeda", "al qaeda"
// and "AL QAEDA" fold alike, as do "Côte d’Ivoire" and "cote d ivoire".
// Letters of other scripts keep their marks ("й" stays "й", not "и"), so
// input is expected in NFC, as article.Normalize leaves it.
//
// It allocates only when dst lacks capacity, so callers that fold into a
// stack buffer look names up without allocating.
func appendFold(dst []byte, s string, sep byte) []byte {
	f := folder{start: len(dst), sep: sep}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = f.emit(dst, rune(c))
			case 'A' <= c && c <= 'Z':
				dst = f.emit(dst, rune(c+'a'-'A'))
			default:
				f.pending = true
			}
			f.strip = true
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			f.pending = true
			i++
			continue
		}
		d := norm.NFKD.PropertiesString(s[i:]).Decomposition()
		if d != nil {
			base, _ := utf8.DecodeRune(d)
			if !stripsMarks(base) && norm.NFD.PropertiesString(s[i:]).Decomposition() != nil {
				// A canonical composite of a script whose marks matter.
				d = nil
			}
		}
		i += size
		if d == nil {
			dst = f.rune(dst, r)
			continue
		}
		for len(d) > 0 {
			r, n := utf8.DecodeRune(d)
			d = d[n:]
			dst = f.rune(dst, r)
		}
	}
	return dst
}

// stripsMarks reports whether combining marks after r are diacritics to
// ignore: r is Latin, Greek or of the common script.
func stripsMarks(r rune) bool {
	return r < utf8.RuneSelf || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Common)
}

// folder is the state of appendFold between runes. The bytes stay in the
// caller's slice, passed along, so that a stack buffer does not escape.
type folder struct {
	start   int
	sep     byte
	pending bool // a separator is due before the next letter
	strip   bool // the last letter's marks are dropped
}

func (f *folder) emit(dst []byte, r rune) []byte {
	if f.pending && len(dst) > f.start {
		dst = append(dst, f.sep)
	}
	f.pending = false
	if r < utf8.RuneSelf {
		return append(dst, byte(r))
	}
	return utf8.AppendRune(dst, r)
}

func (f *folder) rune(dst []byte, r rune) []byte {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc):
		if !f.strip && len(dst) > f.start && !f.pending {
			dst = f.emit(dst, r)
		}
	case r == 'ß' || r == 'ẞ':
		dst = f.emit(dst, 's')
		dst = f.emit(dst, 's')
		f.strip = true
	case unicode.IsLetter(r) || unicode.IsNumber(r):
		dst = f.emit(dst, unicode.ToLower(unicode.ToUpper(r)))
		f.strip = stripsMarks(r)
	default:
		f.pending = true
	}
	return dst
}

// foldString returns the matching form of s with words separated by one
// space.
func foldString(s string) string {
	var buf [128]byte
	return string(appendFold(buf[:0], s, ' '))
}
