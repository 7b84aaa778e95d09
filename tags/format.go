package tags

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// truncationMarker is the marker String writes for a truncated tag.
const truncationMarker = "...[+]"

// String returns t in its line form, the form [Parse] reads: the code,
// the name, the aliases, the description and the truncation marker,
// separated by single spaces. With the zero [Style] it writes no bullet,
// the marker "...[+]" and the run-together form pages use
// ("ZZZ-ORG-NLF Northern Lantern Front NLF is an …") whenever Parse reads
// it back unchanged, and the explicit forms otherwise: a code in brackets
// ("[ECON] Economy", "[] " before a name that would read as a code),
// aliases after " / ", and " — " before a description. A non-zero Style
// puts back the page's bullet, marker, separator, brackets and slashes, so
// a parsed tag gives the page's line back modulo white space; String uses
// it only when Parse reads the result back as t's fields, and otherwise
// writes the default form. URI, Relevance and Confidence are not part of
// the line form; JSON carries every field. String is for display: it
// never fails, writes invalid UTF-8 as U+FFFD and leaves out what the
// line form cannot carry; [Tag.MarshalText] reports such tags instead.
func (t Tag) String() string {
	b := t.appendStyled(make([]byte, 0, t.lineLen()))
	if !utf8.Valid(b) {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(b)
}

func (t Tag) lineLen() int {
	n := len(t.Code) + len(t.Name) + len(t.Description) + len(truncationMarker) + 8
	for _, a := range t.Aliases {
		n += len(a) + 3
	}
	return n + len(t.Style.Bullet) + len(t.Style.Marker) + len(t.Style.Separator) + 4
}

// MarshalText implements [encoding.TextMarshaler] with the line form of
// [Tag.String]. Unlike String it never loses anything: it fails with an
// error wrapping ErrSyntax for a tag that [Tag.MarshalJSON] rejects, and
// with one wrapping ErrNoLineForm for a tag with a URI or scores, or one
// that Parse would not read back as the same tag (modulo whitespace in
// its fields) with the same Style, including lines longer than
// [DefaultMaxBytes] and Styles that Parse never returns for such a tag
// (a Marker on a tag that is not truncated, a Separator where String
// writes that one anyway, ...).
func (t Tag) MarshalText() ([]byte, error) {
	return t.AppendText(nil)
}

// UnmarshalText implements [encoding.TextUnmarshaler] by calling [Parse].
func (t *Tag) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// AppendText implements [encoding.TextAppender]: it appends the line form
// of [Tag.String] to b, failing as [Tag.MarshalText] does.
func (t Tag) AppendText(b []byte) ([]byte, error) {
	if err := t.check(); err != nil {
		return b, err
	}
	if t.URI != "" || t.Relevance != nil || t.Confidence != nil {
		return b, &ParseError{Msg: "URI and scores have no line form", Err: ErrNoLineForm}
	}
	start := len(b)
	b = t.appendStyled(b)
	back, err := Parse(string(b[start:]))
	if err != nil {
		return b[:start], &ParseError{Msg: fmt.Sprintf("line form does not parse: %v", err), Err: ErrNoLineForm}
	}
	if !back.sameLine(t) || back.Style != t.Style {
		return b[:start], &ParseError{Msg: fmt.Sprintf("line %q does not read back as the tag", b[start:]), Err: ErrNoLineForm}
	}
	return b, nil
}

// appendStyled appends the line form in t's Style when Parse reads it
// back as t's fields, and in the default form otherwise.
func (t Tag) appendStyled(b []byte) []byte {
	start := len(b)
	b = t.appendLine(b, t.Style)
	if t.Style.IsZero() {
		return b
	}
	back, err := ParseOptions{MaxBytes: len(b) - start + 1}.Parse(string(b[start:]))
	if err == nil && back.sameLine(t) {
		return b
	}
	return t.appendLine(b[:start], Style{})
}

// sameLine reports whether t and u have the same line-form fields, with
// the white space in their text compared as Parse reads it.
func (t Tag) sameLine(u Tag) bool {
	if t.Code != u.Code || t.Truncated != u.Truncated || len(t.Aliases) != len(u.Aliases) ||
		!sameWords(t.Name, u.Name) || !sameWords(t.Description, u.Description) {
		return false
	}
	for i, a := range t.Aliases {
		if !sameWords(a, u.Aliases[i]) {
			return false
		}
	}
	return true
}

// sameWords reports whether s and t hold the same words.
func sameWords(s, t string) bool {
	for {
		var a, b string
		a, s = firstWord(s)
		b, t = firstWord(t)
		if a != b {
			return false
		}
		if a == "" {
			return true
		}
	}
}

// appendLine appends the line form in the style st, without checks.
func (t Tag) appendLine(b []byte, st Style) []byte {
	var arr [48]string
	out, bracket := t.words(arr[:0], st)
	if st.Bullet != "" {
		b = append(b, st.Bullet...)
		b = append(b, ' ')
	}
	for i, w := range out {
		if i > 0 {
			b = append(b, ' ')
		}
		if i == 0 && bracket {
			b = append(b, '[')
			b = append(b, w...)
			b = append(b, ']')
			continue
		}
		b = append(b, w...)
	}
	if t.Truncated {
		b = appendMarker(b, st.Marker, st.Bullet != "" || len(out) > 1)
	}
	return b
}

// appendMarker appends the truncation marker m (see [Style.Marker]),
// glued to the last word, except a bracketed mark without an ellipsis,
// which follows a space ("… weather [more]") when spaced is set: when it
// would not stand first on the line, where the bullet rule would read it
// on its own. A marker that begins with two ellipses before a
// bracketed mark ("… …[more]") was written with the first ellipsis ending
// the word before; it keeps a space after that ellipsis, which the second
// one would otherwise swallow.
func appendMarker(b []byte, m string, spaced bool) []byte {
	if m == "" {
		return append(b, truncationMarker...)
	}
	if m[0] == '[' && spaced {
		b = append(b, ' ')
	}
	if _, e1 := cutEllipsisPrefix(m); e1 != "" {
		if rest, e := cutEllipsisPrefix(m[len(e1):]); e != "" && rest != "" {
			b = append(b, e1...)
			b = append(b, ' ')
			return append(b, m[len(e1):]...)
		}
	}
	return append(b, m...)
}

// cutEllipsisPrefix removes an ellipsis from the start of s and returns it.
func cutEllipsisPrefix(s string) (rest, e string) {
	for _, m := range ellipsisMarkers {
		if strings.HasPrefix(s, m) {
			return s[len(m):], m
		}
	}
	return s, ""
}

// words returns the words of the line form in the style st, without the
// bullet and the marker, and whether the first word goes in brackets (the
// code, or "" for "[]").
func (t Tag) words(out []string, st Style) ([]string, bool) {
	var nameArr [16]string
	words := appendFields(nameArr[:0], t.Name)
	out = append(out, "") // room for the code
	out = append(out, words...)
	implicitAliases := t.aliasesImplicit(words)
	slash := !implicitAliases || st.AliasSlash || st.TrailingSlash
	for _, a := range t.Aliases {
		if slash {
			out = append(out, "/")
		}
		out = appendFields(out, a)
	}
	if !implicitAliases && len(t.Aliases) == 0 || st.TrailingSlash {
		out = append(out, "/") // the name ends with an acronym that is not an alias
	}
	if t.explicitDesc(words) || st.Separator != "" {
		sep := "—"
		if st.Separator != "" {
			sep = st.Separator
		}
		out = append(out, sep)
	}
	out = appendFields(out, t.Description)

	next := ""
	if len(out) > 1 {
		next = out[1]
	}
	switch {
	case t.Code != "":
		out[0] = t.Code
		return out, st.BracketCode || !codeLooksImplicit(t.Code, next)
	case len(out) > 1 && (st.BracketCode || nameNeedsEscape(out[1:], st.Bullet != "", t.Truncated)):
		return out, true // "[]"
	}
	return out[1:], false
}

// explicitDesc reports whether the default line form writes a separator
// before the description, or after the name when there is no description:
// whenever the run-together form would be misread. Copulas in the name or
// aliases would end a capitalised name early; a description runs together
// with a capitalised name only when it starts with a copula and holds no
// separator word.
func (t Tag) explicitDesc(words []string) bool {
	capital := len(words) > 0 && !startsLower(words[0])
	headCopula := false
	if capital {
		for _, w := range words[1:] {
			headCopula = headCopula || isCopula(w)
		}
		for _, a := range t.Aliases {
			headCopula = headCopula || hasWord(a, isCopula)
		}
	}
	if t.Description == "" {
		return headCopula
	}
	first, _ := firstWord(t.Description)
	implicit := capital && !headCopula && isCopula(first) && !hasWord(t.Description, isSeparator)
	return !implicit
}

// firstWord returns the first word of s and the rest, splitting at the
// white space the parser recognises.
func firstWord(s string) (word, rest string) {
	start := -1
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				return s[start:i], s[i:]
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start < 0 {
		return "", ""
	}
	return s[start:], ""
}

// hasWord reports whether a word of s satisfies f.
func hasWord(s string, f func(string) bool) bool {
	for s != "" {
		w, rest := firstWord(s)
		if w == "" {
			return false
		}
		if f(w) {
			return true
		}
		s = rest
	}
	return false
}

// rawStyle is the punctuation Parse saw: the bullet, the marker (already
// as Style spells it) and the separator word as written, and whether the
// code or "[]" was in brackets, whether "/" appeared and whether a "/"
// ended the name and aliases.
type rawStyle struct {
	Style
	bracket, slash, trailing bool
}

// canonicalStyle returns the Style that keeps raw's departures from the
// default line form of t: the one with which words gives the page's words
// back, and the zero Style for a line in the default form.
func (t Tag) canonicalStyle(raw rawStyle) Style {
	st := Style{Bullet: raw.Bullet, Marker: raw.Marker}
	if raw.Separator == "" && !raw.bracket && !raw.slash {
		return st
	}
	var nameArr [16]string
	words := appendFields(nameArr[:0], t.Name)
	implicitAliases := t.aliasesImplicit(words)
	if len(t.Aliases) > 0 {
		st.AliasSlash = raw.slash && implicitAliases
		st.TrailingSlash = raw.trailing
	} else {
		st.TrailingSlash = raw.trailing && implicitAliases
	}
	if raw.Separator != "—" || !t.explicitDesc(words) {
		st.Separator = raw.Separator
	}
	if raw.bracket {
		var arr [48]string
		_, bracket := t.words(arr[:0], st)
		st.BracketCode = !bracket
	}
	return st
}

// aliasesImplicit reports whether the aliases can follow the name without
// " / ": each is one acronym, and the parser would split exactly them off.
func (t Tag) aliasesImplicit(words []string) bool {
	for _, a := range t.Aliases {
		if !isAcronym(a) {
			return false
		}
	}
	if len(words) == 0 {
		return true
	}
	if isAcronym(words[len(words)-1]) {
		// The parser takes trailing acronyms as aliases unless every word
		// of the head is one.
		allAcronyms := true
		for _, w := range words {
			if !isAcronym(w) {
				allAcronyms = false
			}
		}
		if !allAcronyms || len(t.Aliases) > 0 {
			return false
		}
	}
	return true
}

// nameNeedsEscape reports whether a line without a code would be misread:
// its first word would read as a code or, unless a bullet precedes it, as
// a bullet. The bullet rule sees the first word as written, so when it is
// the only word of a truncated line it sees the marker glued to it.
func nameNeedsEscape(words []string, bullet, truncated bool) bool {
	w := words[0]
	next := ""
	if len(words) > 1 {
		next = words[1]
	}
	if codeLooksImplicit(w, next) {
		return true
	}
	if len(w) >= 2 && w[0] == '[' && w[len(w)-1] == ']' {
		return true
	}
	if bullet {
		return false
	}
	rest, ok := cutBullet(w)
	if ok && rest == "" && truncated && len(words) == 1 {
		// Every marker begins with a character that is not a bullet, so
		// the word and its marker read as a bullet only when the word is a
		// run of the bullets that may be glued to text.
		return gluedBullets(w)
	}
	return ok
}

// gluedBullets reports whether s is made only of the bullets that may be
// glued to text (see cutBullet).
func gluedBullets(s string) bool {
	for _, r := range s {
		switch r {
		case '•', '·', '‣', '◦', '▪', '●':
		default:
			return false
		}
	}
	return true
}

// appendFields appends the words of s, split at the white space the
// parser recognises.
func appendFields(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}
