package textnorm

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

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

// lineFlags returns the high bit set in some byte of the word x at s[i]
// when that byte is not printable ASCII (a control character, line feeds
// included, DEL or a byte of a multi-byte sequence), or is a space followed
// by a space; x1 is the word at s[i+1]. The lowest flagged byte is always
// a real one; bytes above it may be flagged falsely by a borrow, so
// callers look only at the lowest.
func lineFlags(x, x1 uint64) uint64 {
	d := x ^ spaces | x1 ^ spaces // zero where two spaces start
	return ((x & lo7) + lo8 | x | (x-0x20*lo8)&^x | (d-lo8)&^d) & hi8
}

// CutLine finds the first line of s and reports whether String would
// return it unchanged. The line ends at the first line feed, whose index
// is end (len(s) when there is none); a carriage return right before that
// line feed or at the end of s is not part of the line. CutLine reads s
// once, eight bytes at a time where they are printable ASCII, validating
// UTF-8 as it goes: it is the fast path of line-oriented parsers, which
// need String (and an allocation) only for lines that are not clean.
func (o Options) CutLine(s string) (end int, clean bool) {
	n := len(s)
	i := 0
	for {
		// The word loop. A flagged byte that starts a dash or a
		// typographic quotation mark (U+2010–U+2027, U+2030–U+205E), most
		// of what flags words in news text, is accepted here and the
		// word's next flagged byte looked at; any other stops the loop.
		m80, m81 := o.punctMasks()
	words:
		for i+9 <= n {
			f := lineFlags(load64(s, i), load64(s, i+1))
			if f == 0 && i+17 <= n {
				// Two words at once while the text is plain.
				f = lineFlags(load64(s, i+8), load64(s, i+9))
				i += 8
				if f == 0 {
					i += 8
					continue
				}
			}
			next := i + 8
			for f != 0 {
				k := i + bits.TrailingZeros64(f)/8
				if s[k] != 0xE2 || k+3 > n {
					i = k
					break words
				}
				c1, c2 := s[k+1], s[k+2]
				if c2&0xC0 != 0x80 || !(c1 == 0x80 && m80>>(c2&0x3F)&1 != 0 || c1 == 0x81 && m81>>(c2&0x3F)&1 != 0) {
					i = k
					break words
				}
				if k+3 >= next {
					next = k + 3
					break
				}
				f &= ^uint64(0) << (8 * uint(k+3-i))
			}
			i = next
		}
		if i >= n {
			line := s
			if n > 0 && s[n-1] == '\r' {
				line = s[:n-1]
			}
			return n, o.edgesClean(line)
		}
		c := s[i]
		if c >= 0x20 && c < 0x7F {
			if c == ' ' && i+1 < n && s[i+1] == ' ' {
				return o.skipLine(s, i)
			}
			i++
			continue
		}
		switch {
		case c == '\n':
			line := s[:i]
			if i > 0 && s[i-1] == '\r' {
				line = s[:i-1]
			}
			return i, o.edgesClean(line)
		case c == '\r' && (i+1 == n || s[i+1] == '\n'):
			i++
			continue
		case c < utf8.RuneSelf:
			return o.skipLine(s, i)
		}
		// Inline decoding of the two- and three-byte forms news text is
		// full of: Latin-1 and Latin Extended letters and general
		// punctuation.
		if c >= 0xC2 && c <= 0xCB && i+1 < n && s[i+1]&0xC0 == 0x80 {
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); r <= 0xA0 || r == 0xAD {
				return o.skipLine(s, i)
			}
			i += 2
			continue
		}
		if c == 0xE2 && i+2 < n && s[i+2]&0xC0 == 0x80 {
			if c1, c2 := s[i+1], s[i+2]; c1 == 0x80 && c2 >= 0x90 && c2 <= 0xA7 && !(o.StraightenQuotes && c2 >= 0x98 && c2 <= 0x9F) ||
				c1 == 0x80 && c2 >= 0xB0 && !(o.StraightenQuotes && (c2 == 0xB2 || c2 == 0xB3)) ||
				c1 == 0x81 && c2 <= 0x9E {
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !o.safeRune(r) {
			return o.skipLine(s, i)
		}
		i += size
	}
}

// punctMasks returns the sets of third bytes, less 0x80, of the
// three-byte forms E2 80 xx and E2 81 xx that the word loop of CutLine
// accepts: U+2010–U+2027, U+2030–U+203F and U+2040–U+205E, without the
// quotation marks and primes that StraightenQuotes changes.
func (o Options) punctMasks() (m80, m81 uint64) {
	m80 = (1<<40 - 1<<16) | (1<<64 - 1<<48) // 0x90–0xA7, 0xB0–0xBF
	m81 = 1<<31 - 1                         // 0x80–0x9E
	if o.StraightenQuotes {
		m80 &^= 0xFF<<24 | 3<<50 // 0x98–0x9F, 0xB2–0xB3
	}
	return m80, m81
}

// skipLine returns the end of the line that holds s[i], which is not
// clean.
func (o Options) skipLine(s string, i int) (int, bool) {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j, false
	}
	return len(s), false
}

// edgesClean reports whether line, whose bytes CutLine found clean, has
// no space at its ends.
func (o Options) edgesClean(line string) bool {
	return line == "" || line[0] != ' ' && line[len(line)-1] != ' '
}

// CutLine is [Options.CutLine] with the zero Options.
func CutLine(s string) (end int, clean bool) { return Options{}.CutLine(s) }
