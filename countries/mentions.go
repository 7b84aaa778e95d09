package countries

import (
	"iter"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/news/countries/internal/key"
)

// A Mention is a country named in running text.
type Mention struct {
	Country Country
	// Start and End are the byte offsets of the mention in the text:
	// text[Start:End] is "Iraq" or "Iraqis" or "U.S.".
	Start, End int
	Form       Form
}

// MentionOptions controls the search for mentions. The zero value is the
// default, which [Mentions] uses.
type MentionOptions struct {
	// Codes also reports ISO 3166-1 alpha-2 and alpha-3 codes written in
	// upper case as whole words ("IQ", "IRQ") as FormCode mentions. Zero:
	// codes are not reported, because "IT", "IN", "NO", "ME", "AM", "TO"
	// and "CAN" are words in headlines and capitals.
	Codes bool
}

// Mentions returns the country mentions in text with the default options;
// see [MentionOptions.Mentions].
func Mentions(text string) iter.Seq[Mention] { return MentionOptions{}.Mentions(text) }

// Mentions returns the country mentions in text, in order: every whole-word
// English name, official name, alias, abbreviation, former name and demonym
// of the built-in table, leftmost-longest ("Iraqis" is one mention, "South
// Sudan" is not Sudan, "Papua New Guinea" is not Guinea). The package
// documentation states the policy on case and on words that are usually
// not countries. Invalid UTF-8 counts as a space; the sequence does no
// allocation.
func (o MentionOptions) Mentions(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		n := len(text)
		for i := 0; i < n; {
			i = nextCandidate(text, i)
			if i >= n {
				return
			}
			size := 1
			if c := text[i]; c >= utf8.RuneSelf {
				var r rune
				r, size = utf8.DecodeRuneInString(text[i:])
				if !unicode.IsUpper(r) {
					i += size
					continue
				}
			}
			if i > 0 && wordBefore(text, i) {
				i += size
				continue
			}
			m, end := o.match(text, i)
			if end > i {
				if m.Country.IsValid() && !yield(m) {
					return
				}
				i = end
				continue
			}
			i += size
		}
	}
}

// Bytes of eight ASCII bytes at once.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// nextCandidate returns the index of the first byte at or after i that is
// an upper-case ASCII letter or a non-ASCII byte, or len(text). Every
// mention starts with an upper-case letter, so the lower-case words that
// make most of a text are skipped eight bytes at a time.
func nextCandidate(text string, i int) int {
	n := len(text)
	for i+8 <= n {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		// A byte's high bit is set when it is >= 'A' and not > 'Z', or
		// when it is non-ASCII. Carries out of non-ASCII bytes only
		// disturb the bytes after the first of them.
		m := ((x+(0x80-'A')*ones)&^(x+(0x80-'Z'-1)*ones) | x) & highs
		if m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for ; i < n; i++ {
		if c := text[i]; c >= utf8.RuneSelf || key.Class[c]&key.Upper != 0 {
			return i
		}
	}
	return n
}

// wordBefore reports whether the rune before text[i] is a word rune.
func wordBefore(text string, i int) bool {
	c := text[i-1]
	if c < utf8.RuneSelf {
		return key.Class[c]&key.Word != 0
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	return !(r == utf8.RuneError && size == 1) && key.IsWordRune(r)
}

// apostrophe returns the width of the apostrophe at text[i], or 0.
func apostrophe(text string, i int) int {
	if text[i] == '\'' {
		return 1
	}
	if text[i] == 0xe2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99 { // U+2019
		return 3
	}
	return 0
}

// maxWordBytes bounds the length of a word of a name.
const maxWordBytes = 40

// hashWord feeds the folded word at text[pos:] into h and returns its end.
// It joins the letters of dotted abbreviations ("U.S.", with the final
// dot) and words with an inner apostrophe ("d'Ivoire"), but stops before a
// possessive "'s".
func hashWord(text string, pos int, h *key.Hasher) int {
	n := len(text)
	i := pos
	seg := 0 // letters since the last dot of an abbreviation
	dotted := false
	for i < n {
		if i-pos > maxWordBytes {
			return pos // no name has such a word; bounds the work on hostile text
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if key.Class[c]&key.Word != 0 {
				h.Add(key.Lower[c])
				seg++
				i++
				continue
			}
			if c == '.' && seg == 1 && i+1 < n && key.Class[text[i+1]]&key.Upper != 0 &&
				(i+2 == n || key.Class[text[i+2]]&key.Word == 0) {
				dotted = true
				seg = 0
				i++
				continue
			}
		}
		if w := apostrophe(text, i); w > 0 && i > pos && i+w < n {
			next := text[i+w]
			possessive := (next == 's' || next == 'S') && (i+w+1 == n || key.Class[text[i+w+1]]&key.Word == 0 && text[i+w+1] < utf8.RuneSelf)
			if !possessive && (key.Class[next]&key.Word != 0 || next >= utf8.RuneSelf) {
				i += w
				continue
			}
			break
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == utf8.RuneError && size == 1) || !key.IsWordRune(r) {
			break
		}
		var buf [16]byte
		f, _ := key.AppendFold(buf[:0], text[i:])
		for _, b := range f {
			h.Add(b)
		}
		seg++
		i += size
	}
	if dotted && i < n && text[i] == '.' {
		i++
	}
	return i
}

// isGap reports whether c may separate the words of a multi-word name.
func isGap(c byte) bool {
	switch c {
	case ' ', '-', '&', '.', ',', '\n', '\r', '\t':
		return true
	}
	return false
}

// match returns the mention that starts at text[i], an upper-case letter
// at a word start, and its end; an end of i means there is none. A
// blocked, ambiguous or suppressed phrase returns a zero Mention with its
// end, so that no shorter name inside it is reported.
func (o MentionOptions) match(text string, i int) (Mention, int) {
	type cand struct {
		e   *nameEntry
		end int
	}
	var cands [maxKeyWords]cand
	nc := 0
	n := len(text)
	h := key.NewHasher()
	pos := i
	for range maxKeyWords {
		end := hashWord(text, pos, &h)
		if end == pos {
			break
		}
		e := probe(h.Sum())
		if e == nil {
			break
		}
		if e.flags&flagTerminal != 0 {
			cands[nc] = cand{e, end}
			nc++
		}
		if e.flags&flagPrefix == 0 {
			break
		}
		g := end
		for g < n && g-end < 4 && isGap(text[g]) {
			g++
		}
		if g == end || g == n {
			break
		}
		h.Add(' ')
		pos = g
	}
	for k := nc - 1; k >= 0; k-- {
		e, end := cands[k].e, cands[k].end
		var buf [256]byte
		if kb := key.Append(buf[:0], text[i:end]); string(kb) != e.key {
			continue // a hash collision or a spelling the key does not fold
		}
		if e.flags&flagBlock != 0 {
			return Mention{}, end
		}
		if e.flags&flagUpper != 0 && !allUpper(text[i:end]) {
			continue
		}
		if e.country == 0 {
			return Mention{}, end
		}
		if e.flags&flagPerson != 0 && nameLike(text, i, end, e.flags&flagPlace != 0) {
			return Mention{}, end
		}
		return Mention{Country: Country{e.country}, Start: i, End: end, Form: e.form}, end
	}
	if o.Codes {
		end := i
		for end < n && 'A' <= text[end] && text[end] <= 'Z' {
			end++
		}
		if (end-i == 2 || end-i == 3) && (end == n || !wordAt(text, end)) {
			if c, ok := parseCode(text[i:end]); ok {
				return Mention{Country: c, Start: i, End: end, Form: FormCode}, end
			}
		}
	}
	return Mention{}, i
}

// allUpper reports whether every ASCII letter of s is upper case.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// wordAt reports whether a word rune starts at text[i].
func wordAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return key.Class[c]&key.Word != 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return !(r == utf8.RuneError && size == 1) && key.IsWordRune(r)
}

// upperAt reports whether an upper-case letter starts at text[i].
func upperAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return key.Class[c]&key.Upper != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// nameLike reports whether the one-word name text[i:end] reads as part of
// a personal name ("Chad Smith", "Michael Jordan") or, when place is set,
// of a place elsewhere ("Atlanta, Georgia").
func nameLike(text string, i, end int, place bool) bool {
	if end+1 < len(text) && text[end] == ' ' && upperAt(text, end+1) {
		return true
	}
	if i >= 2 && text[i-1] == ' ' {
		ws := i - 1
		for ws > 0 && (key.Class[text[ws-1]]&key.Word != 0 || text[ws-1] == '.' || text[ws-1] >= utf8.RuneSelf) {
			ws--
		}
		if ws < i-1 && upperAt(text, ws) && !functionWord(text[ws:i-1]) {
			return true
		}
	}
	if place && i >= 3 && text[i-1] == ' ' && text[i-2] == ',' {
		ws := i - 2
		for ws > 0 && (key.Class[text[ws-1]]&key.Word != 0 || text[ws-1] >= utf8.RuneSelf) {
			ws--
		}
		if ws < i-2 && upperAt(text, ws) {
			return true
		}
	}
	return false
}

// functionWord reports whether w, capitalised at a sentence start, is a
// preposition, conjunction or determiner ("In Jordan") rather than a
// given name ("Michael Jordan").
func functionWord(w string) bool {
	if len(w) > 10 {
		return false
	}
	var buf [10]byte
	for i := 0; i < len(w); i++ {
		buf[i] = key.Lower[w[i]]
	}
	switch string(buf[:len(w)]) {
	case "a", "an", "the", "in", "to", "from", "at", "for", "with", "by", "on",
		"of", "and", "but", "or", "nor", "like", "unlike", "than", "into", "as",
		"after", "before", "since", "until", "if", "while", "when", "where",
		"both", "neither", "either", "only", "even", "then", "also", "so", "yet",
		"although", "though", "because", "via", "near", "between", "among",
		"against", "about", "across", "around", "inside", "outside", "within",
		"without", "toward", "towards", "throughout", "beyond", "over", "under",
		"visit", "visiting", "leave", "leaving", "in-", "across-", "said", "says":
		return true
	}
	return false
}
