package tags

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// truncationMarker is the marker String writes for a truncated tag.
const truncationMarker = "...[+]"

// String returns t in its line form, the form [Parse] reads: the code,
// the name, the aliases, the description and "...[+]" when truncated,
// separated by single spaces, without a bullet. It writes the run-together
// form pages use ("ZZZ-ORG-NLF Northern Lantern Front NLF is an …")
// whenever Parse reads it back unchanged, and the explicit forms
// otherwise: a code in brackets ("[ECON] Economy", "[] " before a name
// that would read as a code), aliases after " / ", and " — " before a
// description. URI, Relevance and Confidence are not part of the line
// form; JSON carries every field. String is for display: it never fails,
// writes invalid UTF-8 as U+FFFD and leaves out what the line form cannot
// carry; [Tag.MarshalText] reports such tags instead.
func (t Tag) String() string {
	b := t.appendLine(make([]byte, 0, t.lineLen()))
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
	return n
}

// MarshalText implements [encoding.TextMarshaler] with the line form of
// [Tag.String]. Unlike String it never loses anything: it fails with an
// error wrapping ErrSyntax for a tag that [Tag.MarshalJSON] rejects, and
// with one wrapping ErrNoLineForm for a tag with a URI or scores, or one
// that Parse would not read back as the same tag (modulo whitespace in
// its fields), including lines longer than [DefaultMaxBytes].
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
	b = t.appendLine(b)
	back, err := Parse(string(b[start:]))
	if err != nil {
		return b[:start], &ParseError{Msg: fmt.Sprintf("line form does not parse: %v", err), Err: ErrNoLineForm}
	}
	if !back.Equal(t.spaced()) {
		return b[:start], &ParseError{Msg: fmt.Sprintf("line %q does not read back as the tag", b[start:]), Err: ErrNoLineForm}
	}
	return b, nil
}

// spaced returns t with the white space of its text fields normalised as
// Parse normalises it.
func (t Tag) spaced() Tag {
	norm := func(s string) string { return strings.Join(appendFields(nil, s), " ") }
	t.Name = norm(t.Name)
	t.Description = norm(t.Description)
	if len(t.Aliases) > 0 {
		as := make([]string, len(t.Aliases))
		for i, a := range t.Aliases {
			as[i] = norm(a)
		}
		t.Aliases = as
	}
	return t
}

// appendLine appends the line form without checks.
func (t Tag) appendLine(b []byte) []byte {
	var arr [48]string
	out := t.words(arr[:0])
	for i, w := range out {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	if t.Truncated {
		b = append(b, truncationMarker...)
	}
	return b
}

// words returns the words of the line form, without the marker.
func (t Tag) words(out []string) []string {
	var nameArr [16]string
	words := appendFields(nameArr[:0], t.Name)
	out = append(out, "") // room for the code
	out = append(out, words...)
	implicitAliases := t.aliasesImplicit(words)
	for _, a := range t.Aliases {
		if !implicitAliases {
			out = append(out, "/")
		}
		out = appendFields(out, a)
	}
	if !implicitAliases && len(t.Aliases) == 0 {
		out = append(out, "/") // the name ends with an acronym that is not an alias
	}

	// Copulas in the head would end a capitalised name early.
	head := out[1:]
	headCopula := false
	if len(words) > 0 && !startsLower(words[0]) {
		for i, w := range head {
			if i > 0 && isCopula(w) {
				headCopula = true
			}
		}
	}
	if t.Description != "" {
		n := len(out)
		out = appendFields(out, t.Description)
		desc := out[n:]
		implicit := len(words) > 0 && !startsLower(words[0]) && !headCopula &&
			len(desc) > 0 && isCopula(desc[0])
		for _, w := range desc {
			if isSeparator(w) {
				implicit = false
			}
		}
		if !implicit {
			out = append(out[:n], "—")
			out = appendFields(out, t.Description)
		}
	} else if headCopula {
		out = append(out, "—")
	}

	next := ""
	if len(out) > 1 {
		next = out[1]
	}
	switch {
	case t.Code != "":
		if codeLooksImplicit(t.Code, next) {
			out[0] = t.Code
		} else {
			out[0] = "[" + t.Code + "]"
		}
	case len(out) > 1 && t.nameNeedsEscape(out[1:]):
		out[0] = "[]"
	default:
		out = out[1:]
	}
	return out
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
// its first word would read as a code or a bullet.
func (t Tag) nameNeedsEscape(words []string) bool {
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
	if _, ok := cutBullet(w); ok {
		return true
	}
	return false
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
