// Package key turns country names into lookup keys and hashes them.
//
// The generator (countries/gen.go) and the countries package share it, so
// that the hash values written into the generated tables are the ones the
// package computes at run time.
//
// A key is the name folded to lower case, with diacritics removed (through
// the canonical decomposition of golang.org/x/text/unicode/norm and the
// removal of the marks IsDiacritic reports), full stops and apostrophes dropped, and
// every other run of punctuation, symbols and spaces replaced by one space,
// with no space at either end. "Côte d’Ivoire" becomes "cote divoire",
// "U.S." becomes "us" and "united_states" becomes "united states". Invalid
// UTF-8 counts as a separator.
package key

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Seed and K define the hash: keys are read as little-endian 64-bit
// words, each mixed in with a multiply and a shift; a Hasher computes the
// same hash a byte at a time.
const (
	Seed uint64 = 0x243f6a8885a308d3
	K    uint64 = 0x9e3779b97f4a7c15
)

func mix(h, w uint64) uint64 {
	h = (h ^ w) * K
	return h ^ h>>29
}

// A Hasher hashes a key a byte at a time, as Hash does at once. The zero
// Hasher is not ready: start from NewHasher.
type Hasher struct {
	h, buf uint64
	n      uint
}

// NewHasher returns a Hasher of the empty key.
func NewHasher() Hasher { return Hasher{h: Seed} }

// Add adds a byte to the key.
func (s *Hasher) Add(c byte) {
	s.buf |= uint64(c) << (s.n * 8)
	s.n++
	if s.n == 8 {
		s.h = mix(s.h, s.buf)
		s.buf, s.n = 0, 0
	}
}

// Sum returns the hash of the bytes added so far.
func (s *Hasher) Sum() uint64 { return mix(s.h, s.buf^uint64(s.n+1)<<60) }

// Class bits of ASCII bytes.
const (
	Word  = 1 << iota // letter or digit
	Upper             // A-Z
	Drop              // removed without a separator: '.' and '\''
)

// Class holds the class bits of each ASCII byte; bytes from 0x80 are 0.
var Class = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = Word
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = Word | Upper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = Word
	}
	t['.'] = Drop
	t['\''] = Drop
	return t
}()

// Lower maps ASCII upper-case letters to lower case and every other byte
// to itself.
var Lower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	return t
}()

// IsApostrophe reports whether r is an apostrophe that keys drop.
func IsApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02bc' || r == '\u2018' || r == '`'
}

// IsWordRune reports whether r belongs to a word.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsDiacritic reports whether r is a combining mark that keys drop: the
// combining diacritical marks used with Latin, Greek and Cyrillic letters,
// Arabic harakat and Hebrew points. The vowel signs of Indic and Southeast
// Asian scripts, also nonspacing marks, are kept: they are letters there.
func IsDiacritic(r rune) bool {
	switch {
	case 0x0300 <= r && r <= 0x036f, 0x1ab0 <= r && r <= 0x1aff, 0x1dc0 <= r && r <= 0x1dff,
		0x20d0 <= r && r <= 0x20ff, 0xfe20 <= r && r <= 0xfe2f:
		return true
	case 0x0591 <= r && r <= 0x05c7:
		return unicode.Is(unicode.Mn, r)
	case 0x0610 <= r && r <= 0x061a, 0x064b <= r && r <= 0x065f, r == 0x0670, 0x06d6 <= r && r <= 0x06ed:
		return unicode.Is(unicode.Mn, r)
	}
	return false
}

// AppendFold appends the folded form of the first rune of s, which must
// be a word rune, to dst, and returns dst and the rune's width in s. A
// diacritic (see IsDiacritic) folds to nothing.
func AppendFold(dst []byte, s string) ([]byte, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return append(dst, Lower[c]), 1
	}
	r, size := utf8.DecodeRuneInString(s)
	if IsDiacritic(r) {
		return dst, size
	}
	d := norm.NFD.PropertiesString(s[:size]).Decomposition()
	if d == nil {
		return utf8.AppendRune(dst, unicode.ToLower(r)), size
	}
	for len(d) > 0 {
		r2, n := utf8.DecodeRune(d)
		d = d[n:]
		if IsDiacritic(r2) {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r2))
	}
	return dst, size
}

// Append appends the key of s to dst.
func Append(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	// ASCII text that fits the spare capacity is written in place; the
	// general loop takes over at the first non-ASCII byte.
	if free := dst[start:cap(dst)]; len(s) <= len(free) {
		j := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				return appendSlow(dst[:start+j], start, s[i:], space)
			}
			cl := Class[c]
			if cl&Word != 0 {
				if space && j > 0 {
					free[j] = ' '
					j++
				}
				space = false
				free[j] = Lower[c]
				j++
			} else if cl&Drop == 0 {
				space = true
			}
		}
		return dst[:start+j]
	}
	return appendSlow(dst, start, s, space)
}

// appendSlow appends the key of s to dst, whose key began at start, with
// a pending separator when space is set.
func appendSlow(dst []byte, start int, s string, space bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			cl := Class[c]
			switch {
			case cl&Word != 0:
				if space && len(dst) > start {
					dst = append(dst, ' ')
				}
				space = false
				dst = append(dst, Lower[c])
			case cl&Drop == 0:
				space = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			space = true
		case IsWordRune(r):
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst, _ = AppendFold(dst, s[i:])
		case IsApostrophe(r):
		default:
			space = true
		}
		i += size
	}
	return dst
}

// AppendHash appends the key of s to dst and also returns the hash of the
// key.
func AppendHash(dst []byte, s string) ([]byte, uint64) {
	start := len(dst)
	dst = Append(dst, s)
	return dst, Hash(dst[start:])
}

// Hash returns the hash of the key b.
func Hash(b []byte) uint64 {
	h := Seed
	for len(b) >= 8 {
		h = mix(h, uint64(b[0])|uint64(b[1])<<8|uint64(b[2])<<16|uint64(b[3])<<24|
			uint64(b[4])<<32|uint64(b[5])<<40|uint64(b[6])<<48|uint64(b[7])<<56)
		b = b[8:]
	}
	var buf uint64
	for i, c := range b {
		buf |= uint64(c) << (8 * i)
	}
	return mix(h, buf^uint64(len(b)+1)<<60)
}

// HashString returns the hash of the key s.
func HashString(s string) uint64 {
	h := Seed
	for len(s) >= 8 {
		h = mix(h, uint64(s[0])|uint64(s[1])<<8|uint64(s[2])<<16|uint64(s[3])<<24|
			uint64(s[4])<<32|uint64(s[5])<<40|uint64(s[6])<<48|uint64(s[7])<<56)
		s = s[8:]
	}
	var buf uint64
	for i := 0; i < len(s); i++ {
		buf |= uint64(s[i]) << (8 * i)
	}
	return mix(h, buf^uint64(len(s)+1)<<60)
}
