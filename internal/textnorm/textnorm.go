package textnorm

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Options control how [Options.String] cleans text. The zero value is the
// default described in the package documentation.
type Options struct {
	// StraightenQuotes maps typographic single and double quotation marks
	// to their ASCII forms. Zero: quotation marks are kept as written.
	StraightenQuotes bool
}

// String cleans s with the zero [Options].
func String(s string) string { return Options{}.String(s) }

// String returns s cleaned as the package documentation describes. It
// returns s unchanged, without allocating, when s is already clean.
func (o Options) String(s string) string {
	if o.isClean(s) {
		return s
	}
	return o.rebuild(s)
}

// IsClean reports whether [String] would return s unchanged.
func IsClean(s string) bool { return Options{}.isClean(s) }

const (
	lo8    = 0x0101010101010101
	lo7    = 0x7F7F7F7F7F7F7F7F
	hi8    = 0x8080808080808080
	spaces = 0x2020202020202020
	dels   = 0x7F7F7F7F7F7F7F7F
)

// load64 reads s[i:i+8] as a little-endian word; the caller guarantees
// i+8 <= len(s).
func load64(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)), 8))
}

// wordFlags returns, for eight bytes, the high bit set in each byte that
// is not plain ASCII text or that starts a double space inside the word
// (bad), and in each byte that is a space (sp).
func wordFlags(x uint64) (bad, sp uint64) {
	y := x ^ spaces
	sp = ^(((y & lo7) + lo7) | y | lo7)
	z := x ^ dels
	bad = x | ((x - 0x20*lo8) &^ x) | ((z - lo8) &^ z) | sp&(sp>>8)
	return bad, sp
}

// isClean is the fast path: it accepts ASCII without control characters,
// double or edge spaces, and non-ASCII runes that are known to be in NFC,
// visible and not spaces. Sixteen bytes are checked at a time; a flagged
// byte is looked at alone and the word loop resumes right after it.
func (o Options) isClean(s string) bool {
	n := len(s)
	if n == 0 {
		return true
	}
	if s[0] == ' ' || s[n-1] == ' ' {
		return false
	}
	i := 0
	prevSpace := false
	for i < n {
		if i+16 <= n {
			b1, sp1 := wordFlags(load64(s, i))
			b2, sp2 := wordFlags(load64(s, i+8))
			b1 &= hi8
			b2 &= hi8
			if prevSpace {
				b1 |= sp1 & 0x80
			}
			if sp1>>63 != 0 {
				b2 |= sp2 & 0x80
			}
			if b1|b2 == 0 {
				prevSpace = sp2>>63 != 0
				i += 16
				continue
			}
			k := 8 + bits.TrailingZeros64(b2)/8
			if b1 != 0 {
				k = bits.TrailingZeros64(b1) / 8
			}
			if k > 0 {
				prevSpace = s[i+k-1] == ' '
				i += k
			}
		}
		// One character alone.
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7F || c == ' ' && prevSpace {
				return false
			}
			prevSpace = c == ' '
			i++
			continue
		}
		prevSpace = false
		// Inline decoding of the two- and three-byte forms news text
		// is full of: Latin-1 letters and general punctuation.
		if c >= 0xC2 && c <= 0xCB && i+1 < n && s[i+1]&0xC0 == 0x80 {
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); r <= 0xA0 || r == 0xAD {
				return false
			}
			i += 2
			continue
		}
		if c == 0xE2 && i+2 < n && s[i+2]&0xC0 == 0x80 {
			if c1 := s[i+1]; c1 == 0x80 && s[i+2] >= 0x90 && s[i+2] <= 0xA7 && !(o.StraightenQuotes && s[i+2] >= 0x98 && s[i+2] <= 0x9F) ||
				c1 == 0x80 && s[i+2] >= 0xB0 && !(o.StraightenQuotes && (s[i+2] == 0xB2 || s[i+2] == 0xB3)) ||
				c1 == 0x81 && s[i+2] <= 0x9E {
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !o.safeRune(r) {
			return false
		}
		i += size
	}
	return true
}

// safeRune reports whether r is visible, not a space, needs no change and
// cannot combine with its neighbours under NFC. The ranges are those where
// news text spends its time: Latin-1 and Latin Extended letters, general
// punctuation (dashes, quotes, ellipsis) and the euro sign.
func (o Options) safeRune(r rune) bool {
	switch {
	case r < 0x300:
		return r > 0xA0 && r != 0xAD
	case r >= 0x2010 && r <= 0x2027:
		if o.StraightenQuotes && isQuote(r) {
			return false
		}
		return true
	case r >= 0x2030 && r <= 0x205E:
		if o.StraightenQuotes && (r == 0x2032 || r == 0x2033) {
			return false
		}
		return true
	case r == 0x20AC:
		return true
	}
	return false
}

func isQuote(r rune) bool {
	switch r {
	case '‘', '’', '‚', '‛', '“', '”', '„', '‟':
		return true
	}
	return false
}

// IsSpace reports whether String folds r to an ASCII space.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.IsSpace(r)
}

// IsInvisible reports whether String removes r wherever it occurs:
// zero-width characters, bidirectional controls and other control
// characters (U+200C and U+200D are handled by context and not included).
func IsInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E,
		0x200E, 0x200F, 0x061C,
		0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
		0x2066, 0x2067, 0x2068, 0x2069:
		return true
	}
	if r < 0x20 && (r < '\t' || r > '\r') || r == 0x7F || r >= 0x80 && r < 0xA0 && r != 0x85 {
		return true
	}
	return false
}

func (o Options) rebuild(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	var prev rune = -1 // last rune written, -1 at start
	needNFC := false
	for i := 0; i < len(s); {
		// Runs of printable ASCII other than space are copied whole.
		if c := s[i]; c > ' ' && c < 0x7F {
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < 0x7F {
				j++
			}
			if pendingSpace {
				b.WriteByte(' ')
				pendingSpace = false
			}
			b.WriteString(s[i:j])
			prev = rune(s[j-1])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case IsSpace(r):
			if prev >= 0 {
				pendingSpace = true
			}
			continue
		case IsInvisible(r):
			continue
		case r == 0x200C || r == 0x200D:
			// Kept only between two visible non-ASCII characters, so that
			// a second pass sees the same neighbours.
			next, _ := utf8.DecodeRuneInString(s[i:])
			if pendingSpace || !joins(prev) || !joins(next) {
				continue
			}
		case o.StraightenQuotes:
			switch r {
			case '“', '”', '„', '‟', '″':
				r = '"'
			case '‘', '’', '‚', '‛', '′':
				r = '\''
			}
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		b.WriteRune(r) // writes U+FFFD for invalid bytes
		if r >= 0x300 && !needNFC && !o.safeRune(r) {
			needNFC = true
		}
		prev = r
	}
	out := b.String()
	if needNFC && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// joins reports whether r may stand beside a kept U+200C or U+200D.
func joins(r rune) bool {
	return r >= utf8.RuneSelf && r != utf8.RuneError && r != 0x200C && r != 0x200D && !IsSpace(r) && !IsInvisible(r)
}

// Repair returns b as a string with each invalid UTF-8 sequence replaced by
// U+FFFD, and the byte offsets in b where invalid sequences began (nil when
// b is valid). It changes nothing else.
func Repair(b []byte) (string, []int) {
	if utf8.Valid(b) {
		return string(b), nil
	}
	var bad []int
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad = append(bad, i)
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		sb.Write(b[i : i+size])
		i += size
	}
	return sb.String(), bad
}
