package agencies

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// conjunctions join credits in a combined credit line: "AFP and dpa",
// "AFP et Reuters", "dpa und AFP", "EFE y AP", "Lusa e Reuters",
// "PAP i Reuters", "NTB og TT", "TT och NTB", "ANP en Belga", "STT ja TT",
// "MTI és AFP", "AA ve Reuters", "ТАСС и РИА".
var conjunctions = [...]string{"and", "und", "et", "y", "e", "i", "og", "och", "en", "ja", "és", "ve", "и"}

// maxMerge is the largest number of pieces Split joins back into one
// credit.
const maxMerge = 4

// Split returns the single credits of a combined credit line, in order:
// "AP/Reuters" yields "AP" and "Reuters"; "AFP and dpa" yields "AFP" and
// "dpa". Each credit is a substring of s with surrounding spaces, quotes
// and unbalanced brackets removed; empty pieces are skipped, so Split of a
// line without separators yields the trimmed line.
//
// Credits are separated by / , ; | + & and line breaks, and by the word
// "and" in the languages of the table's agencies (and, und, et, y, e, i, og,
// och, en, ja, és, ve, и) standing between spaces. A URL with a scheme is never
// cut at its slashes. Pieces that together spell the name of an agency of
// the registry are joined back, so "Dow Jones & Company" stays one credit.
// Each credit may then be given to [Lookup].
func Split(s string) iter.Seq[string] { return (*Registry)(nil).Split(s) }

// Split is like the package function [Split], and also keeps together the
// pieces that spell the name of one of the registry's own agencies.
func (r *Registry) Split(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		ps := pieces(s)
		for i := 0; i < len(ps); {
			j := i
			for k := min(i+maxMerge, len(ps)) - 1; k > i; k-- {
				if r.exact(s[ps[i].start:ps[k].end]) {
					j = k
					break
				}
			}
			if !yield(s[ps[i].start:ps[j].end]) {
				return
			}
			i = j + 1
		}
	}
}

type span struct{ start, end int }

// pieces returns the trimmed, non-empty pieces of s between separators.
// It reads s once.
func pieces(s string) []span {
	var out []span
	add := func(start, end int) {
		start, end = trim(s, start, end)
		if start < end {
			out = append(out, span{start, end})
		}
	}
	start := 0          // start of the current piece
	word := 0           // start of the current word
	afterSpace := false // the current word follows a space
	inURL := false      // the current word is a URL with a scheme
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ':' && !inURL && word < i && i-word <= 16 && strings.HasPrefix(s[i:], "://") && isScheme(s[word:i]):
			inURL = true
		case r == '/' && inURL:
		case r == '/' || r == ',' || r == ';' || r == '|' || r == '+' || r == '&' || r == '\n' || r == '\r':
			add(start, i)
			start, word, afterSpace, inURL = i+size, i+size, false, false
		case unicode.IsSpace(r):
			if afterSpace && isConjunction(s[word:i]) {
				add(start, word)
				start = i + size
			}
			word, afterSpace, inURL = i+size, true, false
		}
		i += size
	}
	add(start, len(s))
	return out
}

func isConjunction(w string) bool {
	if len(w) > 3 {
		return false
	}
	for _, c := range conjunctions {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// trim narrows s[start:end] past spaces, quotes, brackets that have no
// partner inside the piece, and up to three pairs of brackets around the
// whole piece ("(AFP)"). Its cost is linear in the length of the piece.
func trim(s string, start, end int) (int, int) {
	for range 4 {
		piece := s[start:end]
		var has [3]bool // the piece holds ')', ']', '}' after an opener
		for k, pair := range [3]string{"()", "[]", "{}"} {
			has[k] = strings.IndexByte(piece, pair[0]) >= 0 && strings.IndexByte(piece, pair[1]) >= 0
		}
		for start < end {
			r, size := utf8.DecodeRuneInString(s[start:end])
			if !(unicode.IsSpace(r) || isQuote(r) || bracket(r) >= 0 && !has[bracket(r)]) {
				break
			}
			start += size
		}
		for start < end {
			r, size := utf8.DecodeLastRuneInString(s[start:end])
			if !(unicode.IsSpace(r) || isQuote(r) || bracket(r) >= 0 && !has[bracket(r)]) {
				break
			}
			end -= size
		}
		if end-start < 2 || closerOf(s[start]) == 0 || s[end-1] != closerOf(s[start]) {
			return start, end
		}
		start, end = start+1, end-1
	}
	return start, end
}

// bracket returns 0, 1 or 2 for the round, square and curly brackets, and
// -1 for any other rune.
func bracket(r rune) int {
	switch r {
	case '(', ')':
		return 0
	case '[', ']':
		return 1
	case '{', '}':
		return 2
	}
	return -1
}

func isQuote(r rune) bool { return strings.ContainsRune("\"'“”‘’«»„", r) }

// closerOf returns the closing bracket of an opening one, or 0.
func closerOf(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	}
	return 0
}

// exact reports whether s folds exactly to a key of the registry.
func (r *Registry) exact(s string) bool {
	limit := maxKeyLen
	if r != nil {
		limit = max(limit, r.maxLen)
	}
	f := newFolded(limit)
	f.fold(s)
	if f.over || f.n == 0 {
		return false
	}
	lo, hi := builtin.search(f.key())
	elo, ehi := r.extraIndex().search(f.key())
	return lo < hi || elo < ehi
}
