package tags

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultMaxBytes is the line length limit of [Parse]: 4096 bytes, far
// more than any page prints for one tag.
const DefaultMaxBytes = 4096

// ParseOptions controls [ParseOptions.Parse]. The zero value is the
// default used by [Parse].
type ParseOptions struct {
	// MaxBytes is the longest line accepted, in bytes; longer lines fail
	// with an error wrapping ErrTooLong. Zero or negative means
	// DefaultMaxBytes.
	MaxBytes int
}

// Parse reads one tag line as pages print it, with the default options.
// See the package documentation for the grammar.
func Parse(line string) (Tag, error) { return ParseOptions{}.Parse(line) }

// token is a word of a tag line and its byte offset in the line.
type token struct {
	s   string
	off int
}

// Parse reads one tag line: an optional bullet, an optional code, a name
// with optional aliases, an optional description and an optional
// truncation marker (see the package documentation for every rule).
// Errors are *ParseError values wrapping ErrSyntax (with the 1-based byte
// column of the offending text) or ErrTooLong.
func (o ParseOptions) Parse(line string) (Tag, error) {
	limit := o.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if len(line) > limit {
		return Tag{}, &ParseError{Line: 1, Column: limit + 1, Err: ErrTooLong,
			Msg: fmt.Sprintf("line of %d bytes exceeds the limit of %d", len(line), limit)}
	}
	var arr [48]token
	toks, err := tokenize(arr[:0], line)
	if err != nil {
		return Tag{}, err
	}

	// Bullet.
	var raw rawStyle
	if len(toks) > 0 {
		if rest, ok := cutBullet(toks[0].s); ok {
			raw.Bullet = toks[0].s[:len(toks[0].s)-len(rest)]
			if rest == "" {
				toks = toks[1:]
			} else {
				toks[0] = token{rest, toks[0].off + len(toks[0].s) - len(rest)}
			}
		}
	}

	var t Tag
	// Truncation marker.
	if n := len(toks); n > 0 {
		last := &toks[n-1]
		rest, e, b := cutMarker(last.s)
		if e != 0 || b != 0 {
			t.Truncated = true
			last.s = rest
			e1 := 0
			if rest == "" {
				toks = toks[:n-1]
				if n := len(toks); b != 0 && n > 0 {
					// "… [more]": an ellipsis may end the word before.
					toks[n-1].s, e1 = cutEllipsis(toks[n-1].s)
					if toks[n-1].s == "" {
						toks = toks[:n-1]
					}
				}
			}
			raw.Marker = markerSpellings[e1][e][b]
		}
	}
	if len(toks) == 0 {
		return Tag{}, syntaxError(1, "empty tag line")
	}

	// Code.
	if s := toks[0].s; len(s) >= 2 && s[0] == '[' && s[len(s)-1] == ']' {
		inner := s[1 : len(s)-1]
		if inner != "" {
			if !ValidCode(inner) {
				return Tag{}, syntaxError(toks[0].off+2, fmt.Sprintf("invalid code %q", inner))
			}
			t.Code = inner
		}
		raw.bracket = true
		toks = toks[1:]
	} else {
		next := ""
		if len(toks) > 1 {
			next = toks[1].s
		}
		if codeLooksImplicit(s, next) {
			t.Code = s
			toks = toks[1:]
		}
	}
	if len(toks) == 0 {
		if t.Code == "" {
			return Tag{}, syntaxError(len(line)+1, "tag without code or name")
		}
		t.Style = t.canonicalStyle(raw)
		return t, nil
	}
	// Name and description.
	head := toks
	if i := indexSeparator(toks); i >= 0 {
		head = toks[:i]
		raw.Separator = toks[i].s
		t.Description = join(line, toks[i+1:])
		if i == 0 && t.Code == "" {
			return Tag{}, syntaxError(toks[0].off+1, "missing name before separator")
		}
	} else if !startsLower(toks[0].s) {
		if i := indexCopula(toks); i > 0 {
			head = toks[:i]
			t.Description = join(line, toks[i:])
		}
	}
	if len(head) == 0 {
		t.Style = t.canonicalStyle(raw)
		return t, nil
	}

	// Aliases.
	if indexSlash(head) >= 0 {
		raw.slash = true
		start := 0
		for i := 0; i <= len(head); i++ {
			if i < len(head) && head[i].s != "/" {
				continue
			}
			if i == start && i == len(head) && start > 0 {
				raw.trailing = true // a trailing "/" only turns the acronym rule off
				break
			}
			if i == start {
				col := len(line) + 1
				if i < len(head) {
					col = head[i].off + 1
				}
				return Tag{}, syntaxError(col, "empty name or alias around '/'")
			}
			part := join(line, head[start:i])
			if start == 0 {
				t.Name = part
			} else {
				t.Aliases = append(t.Aliases, part)
			}
			start = i + 1
		}
		t.Style = t.canonicalStyle(raw)
		return t, nil
	}
	j := len(head)
	for j > 0 && isAcronym(head[j-1].s) {
		j--
	}
	if j == 0 {
		j = len(head)
	}
	t.Name = join(line, head[:j])
	for _, a := range head[j:] {
		t.Aliases = append(t.Aliases, a.s)
	}
	t.Style = t.canonicalStyle(raw)
	return t, nil
}

func syntaxError(col int, msg string) *ParseError {
	return &ParseError{Line: 1, Column: col, Msg: msg, Err: ErrSyntax}
}

// isSpace reports whether r separates words: Unicode white space
// (including NBSP, the narrow NBSP and the other Zs spaces) and the
// invisible separators ZWSP, WJ, U+180E and the BOM.
func isSpace(r rune) bool {
	switch r {
	case '\u200b', '\u2060', '\ufeff', '\u180e':
		return true
	}
	return unicode.IsSpace(r)
}

// tokenize splits line into words, rejecting invalid UTF-8 and control
// characters other than white space.
func tokenize(dst []token, line string) ([]token, error) {
	start := -1
	for i := 0; i < len(line); {
		r, size := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(line[i:])
			if r == utf8.RuneError && size == 1 {
				return nil, syntaxError(i+1, fmt.Sprintf("invalid UTF-8 (byte 0x%02x)", line[i]))
			}
		}
		switch {
		case isSpace(r):
			if start >= 0 {
				dst = append(dst, token{line[start:i], start})
				start = -1
			}
		case unicode.IsControl(r):
			return nil, syntaxError(i+1, fmt.Sprintf("control character %U", r))
		default:
			if start < 0 {
				start = i
			}
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, token{line[start:], start})
	}
	return dst, nil
}

// cutBullet removes a leading bullet from the first word: a word made only
// of bullet characters (•, ·, -, *, ‣, ◦, ▪, ●, –, —), or a leading run of
// the non-ASCII bullets •, ·, ‣, ◦, ▪, ● glued to the text.
func cutBullet(s string) (rest string, ok bool) {
	i := 0
	glued := true
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '•', '·', '‣', '◦', '▪', '●':
		case '-', '*', '–', '—':
			glued = false
		default:
			if i == 0 || !glued {
				return s, false
			}
			return s[i:], true
		}
		i += size
	}
	return "", true
}

// markers are the truncation marks recognised at the end of a line,
// bracketed ones first; an ellipsis may precede a bracketed mark.
var (
	bracketMarkers  = [...]string{"[+]", "[more]", "[More]", "[MORE]"}
	ellipsisMarkers = [...]string{"...", "…"}
)

// markerSpellings[e1][e][b] is the spelling, white space removed, of a
// marker made of the ellipsis e1 ending the word before, the ellipsis e and
// the bracketed mark b (1-based indices into ellipsisMarkers and
// bracketMarkers; 0 for none), as Style.Marker holds it: String's default
// "...[+]" is spelled "", and so are the combinations Parse never reads
// (an ellipsis ending the word before needs a bracketed mark). Parse takes
// its Marker from this table, so it does not allocate.
var markerSpellings = func() (t [1 + len(ellipsisMarkers)][1 + len(ellipsisMarkers)][1 + len(bracketMarkers)]string) {
	part := func(list []string, i int) string {
		if i == 0 {
			return ""
		}
		return list[i-1]
	}
	for e1 := range t {
		for e := range t[e1] {
			for b := range t[e1][e] {
				s := part(ellipsisMarkers[:], e1) + part(ellipsisMarkers[:], e) + part(bracketMarkers[:], b)
				if s == truncationMarker || e1 != 0 && b == 0 {
					s = ""
				}
				t[e1][e][b] = s
			}
		}
	}
	return t
}()

// cutMarker removes a truncation marker from the end of the last word and
// returns the 1-based indices of its ellipsis and of its bracketed mark (0
// when absent; both 0 when there is no marker).
func cutMarker(s string) (rest string, e, b int) {
	for i, m := range bracketMarkers {
		if strings.HasSuffix(s, m) {
			s, b = s[:len(s)-len(m)], i+1
			break
		}
	}
	s, e = cutEllipsis(s)
	return s, e, b
}

// cutEllipsis removes an ellipsis from the end of s and returns its
// 1-based index in ellipsisMarkers, or 0.
func cutEllipsis(s string) (string, int) {
	for i, m := range ellipsisMarkers {
		if strings.HasSuffix(s, m) {
			return s[:len(s)-len(m)], i + 1
		}
	}
	return s, 0
}

// isSeparator reports whether s is a standalone name–description separator.
func isSeparator(s string) bool {
	switch s {
	case "—", "–", "-", "--":
		return true
	}
	return false
}

func indexSeparator(toks []token) int {
	for i, t := range toks {
		if isSeparator(t.s) {
			return i
		}
	}
	return -1
}

// isCopula reports whether s is one of the English copulas that start a
// run-together description.
func isCopula(s string) bool {
	switch s {
	case "is", "are", "was", "were":
		return true
	}
	return false
}

func indexCopula(toks []token) int {
	for i, t := range toks {
		if i > 0 && isCopula(t.s) {
			return i
		}
	}
	return -1
}

func indexSlash(toks []token) int {
	for i, t := range toks {
		if t.s == "/" {
			return i
		}
	}
	return -1
}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// isAcronym reports whether s is an all-capitals acronym that may be an
// alias: two to twelve runes, only upper-case letters (of any script) and
// digits, at least two letters, and not a Roman numeral ("II", "XIV").
func isAcronym(s string) bool {
	letters, n := 0, 0
	for _, r := range s {
		n++
		switch {
		case unicode.IsUpper(r):
			letters++
		case '0' <= r && r <= '9':
		default:
			return false
		}
	}
	return letters >= 2 && n <= 12 && !isRoman(s)
}

// isRoman reports whether s is a well-formed Roman numeral in capitals.
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	type digit struct {
		one, five, ten byte
	}
	i := 0
	for i < len(s) && s[i] == 'M' {
		i++
	}
	if i > 3 {
		return false
	}
	for _, d := range []digit{{'C', 'D', 'M'}, {'X', 'L', 'C'}, {'I', 'V', 'X'}} {
		rest := s[i:]
		switch {
		case len(rest) >= 2 && rest[0] == d.one && (rest[1] == d.ten || rest[1] == d.five):
			i += 2
			continue
		case len(rest) >= 1 && rest[0] == d.five:
			i++
		}
		k := 0
		for i < len(s) && s[i] == d.one && k < 3 {
			i++
			k++
		}
	}
	return i == len(s)
}

// join returns the words of toks separated by single spaces, slicing the
// line when it already is written that way.
func join(line string, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	first, last := toks[0], toks[len(toks)-1]
	end := last.off + len(last.s)
	if first.off+len(first.s) <= end && end <= len(line) && line[last.off:end] == last.s {
		s := line[first.off:end]
		if first.s == line[first.off:first.off+len(first.s)] && singleSpaced(s, len(toks)) {
			return s
		}
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.s)
	}
	return b.String()
}

// singleSpaced reports whether s holds exactly n words separated by single
// ASCII spaces and no other white space.
func singleSpaced(s string, n int) bool {
	spaces := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || s[i-1] == ' ' {
				return false
			}
			spaces++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if isSpace(r) {
				return false
			}
			i += size - 1
		} else if c < ' ' {
			return false
		}
	}
	return spaces == n-1
}
