package htmlmeta

import (
	"bytes"

	"golang.org/x/net/html"
)

// The lexer splits a page held in memory into the tokens of the
// golang.org/x/net/html Tokenizer: the same token types (a doctype is
// reported as a comment), the same raw bytes for each token, the same text.
// It follows the Tokenizer's functions state by state (Next, readTag,
// readTagAttrKey, readTagAttrVal, readRawOrRCDATA, readScript, readComment,
// readMarkupDeclaration) but works on the whole input at once: text, quoted
// values and script data are skipped with bytes.IndexByte, and attributes
// are not copied or collected, which makes it several times faster than
// the Tokenizer. FuzzLexer checks it against the Tokenizer on arbitrary
// input. It never writes to its input, which may be a string's bytes.
type lexer struct {
	buf []byte
	pos int // the end of the current token, where the next one starts

	rawStart           int // the start of the current token
	dataStart, dataEnd int // its text, or its tag name
	tt                 html.TokenType
	eof                bool   // the input is exhausted: the next token is an ErrorToken
	rawTag             string // the raw text element whose content comes next, lower case
	textIsRaw          bool   // the text holds no character references (script, style...)
	convertNUL         bool   // NUL bytes of the text become U+FFFD

	tmp []byte // Text's scratch buffer
}

func (l *lexer) reset(buf []byte) {
	*l = lexer{buf: buf, tmp: l.tmp[:0]}
}

// raw returns the bytes of the current token.
func (l *lexer) raw() []byte { return l.buf[l.rawStart:l.pos] }

// readByte returns the next byte, or false at the end of the input, which
// is then sticky as the Tokenizer's error is.
func (l *lexer) readByte() (byte, bool) {
	if l.pos >= len(l.buf) {
		l.eof = true
		return 0, false
	}
	c := l.buf[l.pos]
	l.pos++
	return c, true
}

// next scans the next token and returns its type, as Tokenizer.Next does.
func (l *lexer) next() html.TokenType {
	l.rawStart = l.pos
	l.dataStart, l.dataEnd = l.pos, l.pos
	if l.eof {
		l.tt = html.ErrorToken
		return l.tt
	}
	if l.rawTag != "" {
		if l.rawTag == "plaintext" {
			l.pos = len(l.buf)
			l.eof = true
			l.dataEnd = l.pos
			l.textIsRaw = true
		} else {
			l.readRawOrRCDATA()
		}
		if l.dataEnd > l.dataStart {
			l.tt = html.TextToken
			l.convertNUL = true
			return l.tt
		}
	}
	l.textIsRaw = false
	l.convertNUL = false

	for !l.eof {
		i := bytes.IndexByte(l.buf[l.pos:], '<')
		if i < 0 {
			l.pos = len(l.buf)
			l.eof = true
			break
		}
		l.pos += i + 1
		c, ok := l.readByte()
		if !ok {
			break
		}
		var tt html.TokenType
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			tt = html.StartTagToken
		case c == '/':
			tt = html.EndTagToken
		case c == '!' || c == '?':
			tt = html.CommentToken
		default:
			l.pos-- // reconsume: it may be a '<'
			continue
		}
		// Text before the tag is a token of its own.
		if x := l.pos - 2; l.rawStart < x {
			l.pos = x
			l.dataEnd = x
			l.tt = html.TextToken
			return l.tt
		}
		switch tt {
		case html.StartTagToken:
			l.tt = l.readStartTag()
			return l.tt
		case html.EndTagToken:
			c, ok = l.readByte()
			if !ok {
				break
			}
			if c == '>' {
				// "</>" is no token; the Tokenizer reports an empty comment.
				l.tt = html.CommentToken
				return l.tt
			}
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				if l.readTag() {
					l.tt = html.EndTagToken
				} else {
					l.tt = html.ErrorToken
				}
				return l.tt
			}
			l.pos--
			l.readUntilCloseAngle()
			l.tt = html.CommentToken
			return l.tt
		default:
			if c == '!' {
				l.readMarkupDeclaration()
			} else {
				l.pos--
				l.readUntilCloseAngle()
			}
			l.tt = html.CommentToken
			return l.tt
		}
	}
	if l.rawStart < l.pos {
		l.dataEnd = l.pos
		l.tt = html.TextToken
		return l.tt
	}
	l.tt = html.ErrorToken
	return l.tt
}

// text returns the text of the current text token as Tokenizer.Text does:
// "\r\n" and "\r" become "\n", NUL becomes U+FFFD in raw text, and
// character references are decoded outside script, style and the like.
// The result is valid until the next call.
func (l *lexer) text() []byte {
	if l.tt != html.TextToken {
		return nil
	}
	s := l.buf[l.dataStart:l.dataEnd]
	cr := bytes.IndexByte(s, '\r') >= 0
	nul := l.convertNUL && bytes.IndexByte(s, 0) >= 0
	amp := !l.textIsRaw && bytes.IndexByte(s, '&') >= 0
	if !cr && !nul && !amp {
		return s
	}
	t := append(l.tmp[:0], s...)
	if cr {
		t = convertNewlines(t)
	}
	l.tmp = t
	if nul {
		t = bytes.ReplaceAll(t, []byte{0}, []byte("\ufffd"))
	}
	if amp {
		t = []byte(html.UnescapeString(string(t)))
	}
	return t
}

// convertNewlines converts "\r" and "\r\n" in s to "\n", in place.
func convertNewlines(s []byte) []byte {
	w := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		}
		s[w] = c
		w++
	}
	return s[:w]
}

// readRawOrRCDATA reads up to the "</name" that ends l.rawTag's content.
func (l *lexer) readRawOrRCDATA() {
	if l.rawTag == "script" {
		l.readScript()
		l.textIsRaw = true
		l.rawTag = ""
		return
	}
	for !l.eof {
		i := bytes.IndexByte(l.buf[l.pos:], '<')
		if i < 0 {
			l.pos = len(l.buf)
			l.eof = true
			break
		}
		l.pos += i + 1
		c, ok := l.readByte()
		if !ok {
			break
		}
		if c != '/' {
			l.pos--
			continue
		}
		if l.readRawEndTag() || l.eof {
			break
		}
	}
	l.dataEnd = l.pos
	l.textIsRaw = l.rawTag != "textarea" && l.rawTag != "title"
	l.rawTag = ""
}

// readRawEndTag reports whether "</" is followed by l.rawTag and a
// character that ends a tag name, and if so backs up to the "<".
func (l *lexer) readRawEndTag() bool {
	for i := 0; i < len(l.rawTag); i++ {
		c, ok := l.readByte()
		if !ok {
			return false
		}
		if c != l.rawTag[i] && c != l.rawTag[i]-('a'-'A') {
			l.pos--
			return false
		}
	}
	c, ok := l.readByte()
	if !ok {
		return false
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		l.pos -= 3 + len(l.rawTag)
		return true
	}
	l.pos--
	return false
}

// readScript reads script data up to its "</script", following the
// escaping rules of the Tokenizer's readScript state by state.
func (l *lexer) readScript() {
	defer func() { l.dataEnd = l.pos }()
	var c byte
	var ok bool

scriptData:
	if i := bytes.IndexByte(l.buf[l.pos:], '<'); i >= 0 {
		l.pos += i + 1
	} else {
		l.pos = len(l.buf)
		l.eof = true
		return
	}
	// scriptDataLessThanSign
	if c, ok = l.readByte(); !ok {
		return
	}
	switch c {
	case '/':
		if l.readRawEndTag() || l.eof {
			return
		}
		goto scriptData
	case '!':
		// scriptDataEscapeStart
		if c, ok = l.readByte(); !ok {
			return
		}
		if c != '-' {
			l.pos--
			goto scriptData
		}
		// scriptDataEscapeStartDash
		if c, ok = l.readByte(); !ok {
			return
		}
		if c != '-' {
			l.pos--
			goto scriptData
		}
		goto scriptDataEscapedDashDash
	}
	l.pos--
	goto scriptData

scriptDataEscaped:
	if c, ok = l.readByte(); !ok {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	if c, ok = l.readByte(); !ok {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	if c, ok = l.readByte(); !ok {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	if c, ok = l.readByte(); !ok {
		return
	}
	if c == '/' {
		if l.readRawEndTag() || l.eof {
			return
		}
		goto scriptDataEscaped
	}
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
		// scriptDataDoubleEscapeStart
		l.pos--
		for i := 0; i < len("script"); i++ {
			if c, ok = l.readByte(); !ok {
				return
			}
			if c != "script"[i] && c != "SCRIPT"[i] {
				l.pos--
				goto scriptDataEscaped
			}
		}
		if c, ok = l.readByte(); !ok {
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			goto scriptDataDoubleEscaped
		}
		l.pos--
		goto scriptDataEscaped
	}
	l.pos--
	goto scriptData

scriptDataDoubleEscaped:
	if c, ok = l.readByte(); !ok {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	if c, ok = l.readByte(); !ok {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	if c, ok = l.readByte(); !ok {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	if c, ok = l.readByte(); !ok {
		return
	}
	if c != '/' {
		l.pos--
		goto scriptDataDoubleEscaped
	}
	// scriptDataDoubleEscapeEnd
	if l.readRawEndTag() {
		l.pos += len("</script>")
		goto scriptDataEscaped
	}
	if l.eof {
		return
	}
	goto scriptDataDoubleEscaped
}

// readMarkupDeclaration reads a token starting with "<!", which has been
// consumed: a comment, or a doctype or bogus comment up to the next ">"
// (without CDATA sections, which the Tokenizer reads only when allowed).
func (l *lexer) readMarkupDeclaration() {
	if l.pos+2 <= len(l.buf) && l.buf[l.pos] == '-' && l.buf[l.pos+1] == '-' {
		l.pos += 2
		l.readComment()
		return
	}
	l.readUntilCloseAngle()
}

// readComment reads a comment whose "<!--" has been consumed.
func (l *lexer) readComment() {
	dashes := 0
	beginning := true
	for {
		c, ok := l.readByte()
		if !ok {
			return
		}
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return
			}
		case '!':
			if dashes >= 2 {
				c, ok = l.readByte()
				if !ok || c == '>' {
					return
				}
				if c == '-' {
					dashes = 1
					beginning = false
					continue
				}
			}
		}
		dashes = 0
		beginning = false
	}
}

// readUntilCloseAngle reads up to and including the next ">".
func (l *lexer) readUntilCloseAngle() {
	if i := bytes.IndexByte(l.buf[l.pos:], '>'); i >= 0 {
		l.pos += i + 1
		return
	}
	l.pos = len(l.buf)
	l.eof = true
}

// isRawTextTag returns the lower-case name of the element name when its
// content is raw text or RCDATA (script, style, title...), and whether it is.
func isRawTextTag(name []byte) (string, bool) {
	if len(name) < 3 || len(name) > 9 {
		return "", false
	}
	var buf [9]byte
	n := buf[:len(name)]
	for i, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		n[i] = c
	}
	switch string(n) {
	case "iframe":
		return "iframe", true
	case "noembed":
		return "noembed", true
	case "noframes":
		return "noframes", true
	case "noscript":
		return "noscript", true
	case "plaintext":
		return "plaintext", true
	case "script":
		return "script", true
	case "style":
		return "style", true
	case "textarea":
		return "textarea", true
	case "title":
		return "title", true
	case "xmp":
		return "xmp", true
	}
	return "", false
}

// readStartTag reads a start tag whose "<" and first letter have been
// consumed.
func (l *lexer) readStartTag() html.TokenType {
	if !l.readTag() {
		return html.ErrorToken
	}
	if t, ok := isRawTextTag(l.buf[l.dataStart:l.dataEnd]); ok {
		l.rawTag = t
	}
	// A "/" before the ">" makes the tag self-closing unless it ends the
	// unquoted value of the tag's last kept attribute (<a href=/>), as the
	// Tokenizer decides it.
	end := l.pos
	if l.buf[end-2] == '/' {
		if ks, ke, ve := l.lastAttr(); ke > ks && ve == end-1 && !l.keyRepeated(ks, ke) {
			return html.StartTagToken
		}
		return html.SelfClosingTagToken
	}
	return html.StartTagToken
}

// readTag reads a tag's name and attributes, after its "<" or "</" and
// the first letter of its name, up to and including its ">". It reports
// false when the input ends first.
func (l *lexer) readTag() bool {
	// The name.
	l.dataStart = l.pos - 1
	for {
		c, ok := l.readByte()
		if !ok {
			return false
		}
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' {
			l.dataEnd = l.pos - 1
			break
		}
		if c == '/' || c == '>' {
			l.pos--
			l.dataEnd = l.pos
			break
		}
	}
	end, _, _, _ := scanAttrs(l.buf, l.pos, nil)
	if end < 0 {
		l.pos = len(l.buf)
		l.eof = true
		return false
	}
	l.pos = end
	return true
}

// lastAttr returns the key and the end of the value of the current tag's
// last attribute (ks == ke when it has none or its key is empty).
func (l *lexer) lastAttr() (ks, ke, ve int) {
	_, ks, ke, ve = scanAttrs(l.buf[:l.pos], l.dataEnd, nil)
	return ks, ke, ve
}

// keyRepeated reports whether the current tag has an attribute before
// buf[ks:ke] with the same key, ignoring ASCII case: the Tokenizer keeps
// only the first of duplicate attributes.
func (l *lexer) keyRepeated(ks, ke int) bool {
	key := l.buf[ks:ke]
	found := false
	scanAttrs(l.buf[:l.pos], l.dataEnd, func(s, e int) {
		if s < ks && e-s == len(key) && equalFoldASCII(l.buf[s:e], key) {
			found = true
		}
	})
	return found
}

func equalFoldASCII(a, b []byte) bool {
	for i := range a {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// scanAttrs reads the attributes of a tag from b[i:], i just after the
// tag name, as the Tokenizer's readTag does, and returns the offset just
// after the closing ">" (-1 when b ends first), and the key and value end
// of the last attribute. key, when not nil, is called with each
// non-empty key.
func scanAttrs(b []byte, i int, key func(s, e int)) (end, ks, ke, ve int) {
	n := len(b)
	for {
		for i < n && isSpace(b[i]) {
			i++
		}
		if i >= n {
			return -1, ks, ke, ve
		}
		if b[i] == '>' {
			return i + 1, ks, ke, ve
		}
		// The key: an "=" that starts it belongs to it.
		ks = i
		i++
		if b[ks] != '=' {
			i = ks
		}
		for i < n {
			c := b[i]
			if c == '=' || c == '/' || c == '>' || isSpace(c) {
				break
			}
			i++
		}
		if i >= n {
			return -1, ks, ke, ve
		}
		ke = i
		if key != nil && ke > ks {
			key(ks, ke)
		}
		// The value.
		ve = i
		for i < n && isSpace(b[i]) {
			i++
		}
		if i >= n {
			return -1, ks, ke, ve
		}
		c := b[i]
		i++
		if c == '/' {
			continue
		}
		if c != '=' {
			i--
			continue
		}
		for i < n && isSpace(b[i]) {
			i++
		}
		if i >= n {
			return -1, ks, ke, ve
		}
		q := b[i]
		i++
		switch q {
		case '>':
			i--
		case '\'', '"':
			j := bytes.IndexByte(b[i:], q)
			if j < 0 {
				return -1, ks, ke, ve
			}
			ve = i + j
			i = ve + 1
		default:
			for {
				if i >= n {
					return -1, ks, ke, ve
				}
				c := b[i]
				if isSpace(c) {
					ve = i
					i++
					break
				}
				if c == '>' {
					ve = i
					break
				}
				i++
			}
		}
	}
}
