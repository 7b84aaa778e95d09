package htmlmeta

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// Scan reads an HTML page from r with the zero [Options]: metadata only.
func Scan(r io.Reader) (*Page, error) { return Options{}.ScanContext(context.Background(), r) }

// ScanContext is [Scan] with a context; see [Options.ScanContext].
func ScanContext(ctx context.Context, r io.Reader) (*Page, error) {
	return Options{}.ScanContext(ctx, r)
}

// Scan reads an HTML page from r and returns what it found.
// See [Options.ScanContext].
func (o Options) Scan(r io.Reader) (*Page, error) { return o.ScanContext(context.Background(), r) }

// ScanContext reads an HTML page from r and returns what it found. The
// page is read whole (at most [Options.MaxBytes]) before it is scanned. It
// stops soon after ctx is cancelled and returns ctx's error.
//
// A limit (ErrTooLarge, ErrDepth, ErrTooManyElements, ErrTokenTooLarge),
// a read error or cancellation stops the scan: the error is returned
// together with a non-nil Page holding what was found before it, resolved
// as usual, so that a caller may keep a documented partial result. Only
// ErrCharset (an unknown forced charset) returns a nil Page. Problems
// that do not stop the scan are listed in [Page.Warnings].
func (o Options) ScanContext(ctx context.Context, r io.Reader) (*Page, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	bp := readBufs.Get().(*[]byte)
	data, err := readAll(ctx, r, o.maxBytes(), (*bp)[:0])
	p, err := o.scan(ctx, data, err)
	// The Page holds copies of what it keeps, never views of data.
	if cap(data) <= maxPooledBuf {
		*bp = data
		readBufs.Put(bp)
	}
	return p, err
}

// readBufs recycles the buffers pages are read into; those longer than
// maxPooledBuf are left to the garbage collector.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledBuf = 4 << 20

// ScanBytes is [Options.Scan] for a page held in memory; it neither
// modifies b nor keeps it.
func (o Options) ScanBytes(b []byte) (*Page, error) {
	return o.ScanBytesContext(context.Background(), b)
}

// ScanBytesContext is [Options.ScanContext] for a page held in memory; it
// neither modifies b nor keeps it.
func (o Options) ScanBytesContext(ctx context.Context, b []byte) (*Page, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	var err error
	if max := o.maxBytes(); max >= 0 && int64(len(b)) > max {
		b, err = b[:max], tooLarge(max)
	}
	return o.scan(ctx, b, err)
}

// ScanString is [Options.Scan] for a page held in a string, without
// copying it.
func (o Options) ScanString(s string) (*Page, error) {
	return o.ScanStringContext(context.Background(), s)
}

// ScanStringContext is [Options.ScanContext] for a page held in a string,
// without copying it.
func (o Options) ScanStringContext(ctx context.Context, s string) (*Page, error) {
	// The scanner only reads its input and keeps no reference to it.
	return o.ScanBytesContext(ctx, unsafe.Slice(unsafe.StringData(s), len(s)))
}

// scan scans data, the page or the part of it read before the read error
// readErr, which is returned once that part has been scanned.
func (o Options) scan(ctx context.Context, data []byte, readErr error) (*Page, error) {
	s := newScanner(o)
	buf, err := s.decode(data)
	if errors.Is(err, ErrCharset) {
		return nil, err
	}
	if readErr == nil {
		readErr = err
	}
	err = s.run(ctx, buf, readErr)
	s.finish()
	return s.p, err
}

func tooLarge(max int64) error { return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max) }

// limitReader fails with ErrTooLarge once more than n bytes were read,
// and with the context's error once it is done.
type limitReader struct {
	ctx context.Context
	r   io.Reader
	n   int64 // remaining; negative: no limit
	max int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if err := l.ctx.Err(); err != nil {
		return 0, err
	}
	if l.n < 0 {
		return l.r.Read(p)
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	if int64(n) > l.n {
		n = int(l.n)
		l.n = 0
		return n, tooLarge(l.max)
	}
	l.n -= int64(n)
	return n, err
}

// readAll reads r whole into buf, at most max bytes (negative: no
// limit). It returns what it read with the error that stopped it, if not
// io.EOF.
func readAll(ctx context.Context, r io.Reader, max int64, buf []byte) ([]byte, error) {
	lr := &limitReader{ctx: ctx, r: r, n: max, max: max}
	size := 32 << 10
	if l, ok := r.(interface{ Len() int }); ok {
		size = l.Len() + 1 // room to see the end without growing
		if max >= 0 && int64(size) > max+1 {
			size = int(max + 1)
		}
	}
	if cap(buf) < size {
		buf = make([]byte, 0, size)
	}
	for empty := 0; ; {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return buf, err
		case n == 0:
			if empty++; empty >= 100 {
				return buf, io.ErrNoProgress
			}
		default:
			empty = 0
		}
	}
}

// decode returns the page as UTF-8: data itself, without a byte order
// mark, or data decoded from its character set.
func (s *scanner) decode(data []byte) ([]byte, error) {
	head := data[:min(len(data), sniffBytes)]
	var e encoding.Encoding
	var name string
	if s.o.Charset != "" {
		e, name = charset.Lookup(s.o.Charset)
		if e == nil {
			return nil, fmt.Errorf("%w %q", ErrCharset, s.o.Charset)
		}
	} else if s.o.ContentType == "" && !hasBOM(head) && (sniffUTF8(head) || isASCII(head) && !containsFold(head, "charset")) {
		// What the rules below decide for most pages, without the
		// allocations of DetermineEncoding's <meta> prescan: with no
		// Content-Type and no byte order mark it is never certain.
		e, name = nil, "utf-8"
	} else {
		var certain bool
		e, name, certain = charset.DetermineEncoding(head, s.o.ContentType)
		if !certain {
			switch {
			case sniffUTF8(head), isASCII(head) && !containsFold(head, "charset"):
				e, name = nil, "utf-8"
			case !containsFold(head[:min(len(head), 1024)], "charset"):
				if i := indexMetaCharset(head); i >= 0 {
					e, name, _ = charset.DetermineEncoding(head[i:], "")
				}
			}
		}
	}
	s.p.Charset = name
	if name == "utf-8" {
		return bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), nil
	}
	// Decoders replace what they cannot map, so they do not fail.
	out, _, err := transform.Bytes(e.NewDecoder(), data)
	if err != nil {
		return out, fmt.Errorf("decoding %s: %w", name, err)
	}
	return out, nil
}

// hasBOM reports whether b starts with a UTF-8 or UTF-16 byte order mark,
// which charset.DetermineEncoding takes as certain.
func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(b, []byte("\xfe\xff")) ||
		bytes.HasPrefix(b, []byte("\xff\xfe"))
}

// sniffBytes is how much of the page is examined for its character set.
const sniffBytes = 64 << 10

// sniffUTF8 reports whether b holds non-ASCII bytes and is valid UTF-8
// (ignoring a rune cut at the end): such a page is read as UTF-8 whatever
// its <meta> declares, since re-encoded pages often keep a stale
// declaration and other encodings almost never form valid UTF-8.
func sniffUTF8(b []byte) bool {
	for i := len(b) - 1; i >= 0 && i > len(b)-4; i-- {
		if b[i] < 0x80 {
			break
		}
		if utf8.RuneStart(b[i]) {
			b = b[:i]
			break
		}
	}
	return !isASCII(b) && utf8.Valid(b)
}

// containsFold reports whether b contains the lower-case ASCII word w in
// any case, without allocating.
func containsFold(b []byte, w string) bool {
	first := w[0]
	for i := 0; i+len(w) <= len(b); i++ {
		if b[i]|0x20 != first {
			continue
		}
		j := 1
		for j < len(w) && b[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// indexMetaCharset returns the offset of the first <meta that declares a
// charset, for pages that declare it after the first 1024 bytes.
func indexMetaCharset(b []byte) int {
	off := 0
	for {
		i := bytes.Index(b[off:], []byte("<meta"))
		if i < 0 {
			i = bytes.Index(b[off:], []byte("<META"))
			if i < 0 {
				return -1
			}
		}
		start := off + i
		end := bytes.IndexByte(b[start:], '>')
		if end < 0 {
			return -1
		}
		if containsFold(b[start:start+end], "charset") {
			return start
		}
		off = start + end
	}
}

type authorLink struct {
	link   int
	offset int64
}

type capKind uint8

const (
	capTitle capKind = iota + 1
	capH1
	capByline
	capTime
	capLinkText
	capMicro
	capFigCaption
	capFigCredit
)

// maxCaptures bounds the texts captured at once (nested bylines, a title
// inside a byline...), so that each text token costs constant time.
const maxCaptures = 16

type capture struct {
	kind  capKind
	level int // stack index of the element; the capture ends when it closes
	ref   int // index into the raw list it fills
	buf   []byte
	over  bool
}

type entry struct {
	key  uint32 // atom, or a hash of an unknown name with the high bit set
	node int32  // body tree node, or -1
}

type scanner struct {
	o   Options
	p   *Page
	lx  lexer
	ctx context.Context

	maxDepth, maxElems, maxAttr, maxMeta int

	stack    []entry
	caps     []capture
	elements int
	ldNext   bool // the next text token is a JSON-LD script

	tokStart int64 // offset of the current token in the decoded page

	// The last position computed by position, from which the next is
	// counted: positions are asked for in document order.
	posOff, posLine, posLineStart int

	dropped  map[string]int // entries dropped per raw list
	gotH1    bool
	articles int // <article> start tags so far

	// fig is the index plus one in Page.Figures of the innermost open
	// <figure>, 0 when none; figLevel is its index in the stack.
	fig, figLevel int

	authorLinks []authorLink // rel=author <a> elements and where they start

	body *tree // non-nil with Options.Body

	ra rawAttrs // the current start tag's attributes
	at attrs    // and those kept, when read

	tz *html.Tokenizer // see tagTokenizer
	tr *tagReader
}

// noAttrs stands for the attributes of a tag that were not read.
var noAttrs attrs

func newScanner(o Options) *scanner {
	s := &scanner{
		o:        o,
		p:        &Page{},
		maxDepth: orDefault(o.MaxDepth, DefaultMaxDepth),
		maxElems: orDefault(o.MaxElements, DefaultMaxElements),
		maxAttr:  orDefault(o.MaxAttrBytes, DefaultMaxAttrBytes),
		maxMeta:  orDefault(o.MaxMeta, DefaultMaxMeta),
		posLine:  1,
	}
	if o.Body {
		s.body = newTree(s.maxElems)
	}
	return s
}

func (s *scanner) errAt(err error, msg string) *ParseError {
	line, col := s.position(int(s.tokStart))
	return &ParseError{Line: line, Column: col, Offset: s.tokStart, Msg: msg, Err: err}
}

// position returns the 1-based line and column (in bytes) of offset off
// of the decoded page. Lines are counted only when a position is needed,
// from the last one computed, so that the page is counted at most once.
func (s *scanner) position(off int) (line, col int) {
	if off < s.posOff {
		s.posOff, s.posLine, s.posLineStart = 0, 1, 0
	}
	b := s.lx.buf[s.posOff:off]
	if k := bytes.Count(b, nl); k > 0 {
		s.posLine += k
		s.posLineStart = s.posOff + bytes.LastIndexByte(b, '\n') + 1
	}
	s.posOff = off
	return s.posLine, off - s.posLineStart + 1
}

func (s *scanner) warn(err error, msg string) {
	if len(s.p.Warnings) < s.maxMeta {
		s.p.Warnings = append(s.p.Warnings, s.errAt(err, msg))
	}
}

// room reports whether a raw list of length n may grow, counting drops.
func (s *scanner) room(list string, n int) bool {
	if n < s.maxMeta {
		return true
	}
	if s.dropped == nil {
		s.dropped = map[string]int{}
	}
	s.dropped[list]++
	return false
}

func (s *scanner) str(b []byte) string { return validString(b, &s.p.InvalidUTF8) }

// tagTokenizer returns a Tokenizer positioned on the start tag raw, for
// attribute values that need decoding (character references, carriage
// returns, NUL bytes): the Tokenizer decodes them, from the tag alone.
// One Tokenizer serves every such tag of the page: its reader hands it one
// tag per read, and a complete tag ends where the Tokenizer stops reading.
func (s *scanner) tagTokenizer(raw []byte) *html.Tokenizer {
	if s.tz == nil {
		s.tr = &tagReader{}
		s.tz = html.NewTokenizer(s.tr)
	}
	s.tr.tag = raw
	if tt := s.tz.Next(); tt != html.StartTagToken && tt != html.SelfClosingTagToken {
		s.tz = html.NewTokenizer(s.tr) // never expected: start afresh
		s.tr.tag = raw
		s.tz.Next()
	}
	s.tz.NextIsNotRawText() // a <title> tag must not make the next tag its text
	return s.tz
}

// tagReader hands its tag to the Tokenizer in one read, then nothing.
type tagReader struct{ tag []byte }

func (r *tagReader) Read(p []byte) (int, error) {
	if len(r.tag) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.tag)
	r.tag = r.tag[n:]
	return n, nil
}

// run scans the decoded page buf; readErr, if not nil, stopped reading
// the input after it and is returned at its end.
func (s *scanner) run(ctx context.Context, buf []byte, readErr error) error {
	l := &s.lx
	l.reset(buf)
	s.ctx = ctx
	maxToken := orDefault(s.o.MaxTokenBytes, DefaultMaxTokenBytes)
	for n := 0; ; n++ {
		tt := l.next()
		raw := l.raw()
		s.tokStart = int64(l.rawStart)
		if len(raw) >= maxToken {
			return s.errAt(ErrTokenTooLarge, "")
		}
		if n&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var err error
		ld := s.ldNext
		s.ldNext = false
		switch tt {
		case html.ErrorToken:
			return s.endError(readErr)
		case html.TextToken:
			switch {
			case ld:
				s.jsonLD(l.text())
			case len(s.caps) > 0 || s.body.active():
				t := l.text()
				for i := range s.caps {
					s.capText(&s.caps[i], t)
				}
				if s.body.active() {
					s.body.text(s.str(t))
				}
			}
		case html.StartTagToken:
			err = s.start(raw, false)
		case html.SelfClosingTagToken:
			err = s.start(raw, true)
		case html.EndTagToken:
			s.end(raw)
		}
		if err != nil {
			return err
		}
	}
}

var nl = []byte{'\n'}

// endError returns the error for the end of the page: nil, or the error
// that stopped reading it.
func (s *scanner) endError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrTooLarge):
		return s.errAt(ErrTooLarge, "")
	case s.ctx.Err() != nil && errors.Is(err, s.ctx.Err()):
		return err
	}
	return fmt.Errorf("htmlmeta: read: %w", err)
}

// tagName returns the lower-cased name of the tag in raw ("<div ...>" or
// "</div>") in buf, without allocating.
func tagName(raw []byte, buf *[32]byte) (name []byte, long bool) {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	j := i
	for j < len(raw) {
		c := raw[j]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '/' || c == '>' {
			break
		}
		j++
	}
	n := raw[i:j]
	if len(n) > len(buf) {
		return n, true
	}
	copy(buf[:], n)
	return lowerASCII(buf[:len(n)]), false
}

func keyOf(name []byte, long bool) (atom.Atom, uint32) {
	if !long {
		if a := atom.Lookup(name); a != 0 {
			return a, uint32(a)
		}
	}
	h := uint32(2166136261)
	for _, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return 0, h | 1<<31
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Keygen, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// closesP reports whether a start tag of a closes an open <p>.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Details, atom.Div, atom.Dl,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hr, atom.Main, atom.Menu, atom.Nav,
		atom.Ol, atom.P, atom.Pre, atom.Section, atom.Table, atom.Ul, atom.Li, atom.Dd, atom.Dt:
		return true
	}
	return false
}

func (s *scanner) top() uint32 {
	if len(s.stack) == 0 {
		return 0
	}
	return s.stack[len(s.stack)-1].key
}

// implied closes the elements a start tag of a ends implicitly, enough to
// keep the depth of ordinary pages with unclosed <p>, <li>, <td> true.
func (s *scanner) implied(a atom.Atom) {
	if closesP(a) && s.top() == uint32(atom.P) {
		s.popTo(len(s.stack) - 1)
	}
	switch a {
	case atom.Li:
		if s.top() == uint32(atom.Li) {
			s.popTo(len(s.stack) - 1)
		}
	case atom.Dt, atom.Dd:
		if t := s.top(); t == uint32(atom.Dt) || t == uint32(atom.Dd) {
			s.popTo(len(s.stack) - 1)
		}
	case atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead, atom.Tfoot:
		if t := s.top(); t == uint32(atom.Td) || t == uint32(atom.Th) {
			s.popTo(len(s.stack) - 1)
		}
		if a != atom.Td && a != atom.Th && s.top() == uint32(atom.Tr) {
			s.popTo(len(s.stack) - 1)
		}
	case atom.Option:
		if s.top() == uint32(atom.Option) {
			s.popTo(len(s.stack) - 1)
		}
	}
}

// popTo closes the open elements from index i up.
func (s *scanner) popTo(i int) {
	for len(s.caps) > 0 && s.caps[len(s.caps)-1].level >= i {
		s.endCapture(s.caps[len(s.caps)-1])
		s.caps = s.caps[:len(s.caps)-1]
	}
	for j := len(s.stack) - 1; j >= i; j-- {
		if n := s.stack[j].node; n != -1 {
			s.body.close(n)
		}
	}
	s.stack = s.stack[:i]
}

func (s *scanner) end(raw []byte) {
	var buf [32]byte
	name, long := tagName(raw, &buf)
	a, key := keyOf(name, long)
	if a == atom.Br { // </br> is <br>
		return
	}
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].key == key {
			s.popTo(i)
			return
		}
		if len(s.stack)-i > 64 { // a stray end tag: do not scan the whole stack
			return
		}
	}
}

// hasFold reports whether b starts with the lower-case ASCII w in any case.
func hasFold(b []byte, w string) bool {
	if len(b) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if b[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

func (s *scanner) start(raw []byte, selfClosing bool) error {
	var buf [32]byte
	name, long := tagName(raw, &buf)
	a, key := keyOf(name, long)
	s.elements++
	if s.elements > s.maxElems {
		return s.errAt(ErrTooManyElements, fmt.Sprintf("more than %d", s.maxElems))
	}
	s.implied(a)
	if s.fig != 0 && len(s.stack) <= s.figLevel {
		s.fig = 0 // the figure has closed
	}
	push := !selfClosing && !isVoid(a)
	if push && len(s.stack) >= s.maxDepth {
		return s.errAt(ErrDepth, fmt.Sprintf("more than %d open elements", s.maxDepth))
	}
	level := len(s.stack)

	// Attributes are read from the raw tag for the elements that carry
	// metadata and for the others only when they may be bylines, author
	// links or microdata (or with the body tree, which needs all).
	read := false
	switch a {
	case atom.Html, atom.Meta, atom.Link, atom.Time, atom.Script, atom.Title, atom.H1, atom.Body, atom.Svg:
		read = true
	default:
		if s.body.wants() || s.fig != 0 || a == atom.Figure {
			read = true
		} else {
			read = len(raw) > len(name)+3 && mayMatter(raw) // room for an attribute
		}
	}
	at := &noAttrs
	if read {
		s.at = attrs{}
		at = &s.at
		s.ra.parse(raw)
		if s.ra.plain {
			at.set(&s.ra, s)
		} else {
			at.read(s.tagTokenizer(raw), s)
		}
	}

	node := int32(-1)
	if s.body != nil {
		node = s.body.open(a, name, at, level)
	}
	if push {
		s.stack = append(s.stack, entry{key: key, node: node})
	} else if node != -1 {
		s.body.close(node)
	}

	switch a {
	case atom.Html:
		if at.lang != "" && s.p.Lang == "" {
			s.p.Lang = fold(at.lang)
		}
	case atom.Body:
		s.body.begin()
	case atom.Article:
		s.articles++
	case atom.Figure:
		if push && s.room("figure", len(s.p.Figures)) {
			s.p.Figures = append(s.p.Figures, Figure{Aside: s.inside(atom.Aside, atom.Nav, atom.Footer)})
			s.fig, s.figLevel = len(s.p.Figures), level
		}
	case atom.Img:
		if s.fig != 0 && s.p.Figures[s.fig-1].Src == "" {
			s.p.Figures[s.fig-1].Src = fold(at.src)
		}
	case atom.Figcaption:
		if s.fig != 0 && push {
			s.capture(capFigCaption, level, s.fig-1)
		}
	case atom.Meta:
		s.meta(at)
	case atom.Link:
		s.link(at)
	case atom.Script:
		t := strings.ToLower(strings.TrimSpace(at.typ))
		if i := strings.IndexByte(t, ';'); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		s.ldNext = push && t == "application/ld+json"
	case atom.Title:
		if s.p.Title == "" && push && !s.inSVG() {
			s.capture(capTitle, level, 0)
		}
	case atom.H1:
		if !s.gotH1 && push {
			s.gotH1 = true
			s.capture(capH1, level, 0)
		}
	case atom.Time:
		if s.room("time", len(s.p.Times)) {
			t := Time{Datetime: fold(at.datetime), Itemprop: strings.ToLower(at.itemprop), Pubdate: at.pubdate,
				Class: strings.ToLower(at.class), Aside: s.inside(atom.Aside, atom.Nav, atom.Footer)}
			if s.inside(atom.Article) {
				t.Article = s.articles
			}
			if strings.EqualFold(at.itemprop, "datePublished") {
				t.Pubdate = true
			}
			s.p.Times = append(s.p.Times, t)
			if push {
				s.capture(capTime, level, len(s.p.Times)-1)
			}
		}
	}
	if !read || a == atom.Meta || a == atom.Link || a == atom.Html || a == atom.Script || a == atom.Title {
		return nil
	}
	// Bylines and microdata.
	if at.rel != "" && a == atom.A && hasWord(at.rel, "author") && !s.inside(atom.Aside, atom.Nav, atom.Footer) {
		if s.room("link", len(s.p.Links)) {
			s.p.Links = append(s.p.Links, Link{Rel: "author", Href: at.href, Title: fold(at.title)})
			s.authorLinks = append(s.authorLinks, authorLink{len(s.p.Links) - 1, s.tokStart})
			if push {
				s.capture(capLinkText, level, len(s.p.Links)-1)
			}
		}
	}
	if at.itemprop != "" && a != atom.Time {
		s.microdata(at, push, level)
	}
	if s.fig != 0 && push && isCredit(at) {
		s.capture(capFigCredit, level, s.fig-1)
	}
	if push && isByline(at) && s.room("byline", len(s.p.Bylines)) && !s.inside(atom.Aside, atom.Nav, atom.Footer) {
		s.capture(capByline, level, -1)
	}
	return nil
}

func (s *scanner) inSVG() bool { return s.inside(atom.Svg, atom.Math) }

// inside reports whether one of the 64 innermost open elements is one of as.
func (s *scanner) inside(as ...atom.Atom) bool {
	for i := len(s.stack) - 1; i >= 0 && len(s.stack)-i < 64; i-- {
		for _, a := range as {
			if s.stack[i].key == uint32(a) {
				return true
			}
		}
	}
	return false
}

// microdataProps are the itemprops kept in Page.Microdata.
var microdataProps = map[string]string{
	"headline": "headline", "name": "name", "author": "author", "creator": "creator",
	"datepublished": "datePublished", "datemodified": "dateModified", "datecreated": "dateCreated",
	"description": "description", "articlesection": "articleSection", "keywords": "keywords",
	"inlanguage": "inLanguage", "image": "image", "url": "url", "publisher": "publisher",
}

func (s *scanner) microdata(at *attrs, push bool, level int) {
	for _, prop := range strings.Fields(at.itemprop) {
		key, ok := microdataProps[strings.ToLower(prop)]
		if !ok || !s.room("microdata", len(s.p.Microdata)) {
			continue
		}
		v := at.content
		if v == "" {
			v = at.datetime
		}
		if v == "" && (key == "image" || key == "url") {
			v = at.src
			if v == "" {
				v = at.href
			}
		}
		if at.itemscope && (key == "author" || key == "publisher" || key == "creator") {
			// The text of an author scope is its name and more; keep it
			// as a byline candidate, not as a value.
			if push && s.room("byline", len(s.p.Bylines)) {
				s.capture(capByline, level, -1)
			}
			continue
		}
		s.p.Microdata = append(s.p.Microdata, Meta{Attr: "itemprop", Key: key, Content: fold(v)})
		if v == "" && push {
			s.capture(capMicro, level, len(s.p.Microdata)-1)
		}
	}
}

func (s *scanner) capture(kind capKind, level, ref int) {
	if len(s.caps) < maxCaptures {
		s.caps = append(s.caps, capture{kind: kind, level: level, ref: ref})
	}
}

// maxBylineBytes bounds the text of a byline element: a longer one is no
// byline (a container marked "author"), and is ignored without a warning.
const maxBylineBytes = 1 << 10

func (s *scanner) capText(c *capture, t []byte) {
	if c.over {
		return
	}
	limit := s.maxAttr
	if c.kind == capByline {
		limit = maxBylineBytes
	}
	if len(c.buf)+len(t) > limit {
		c.over = true
		return
	}
	c.buf = append(c.buf, t...)
}

func (s *scanner) endCapture(c capture) {
	if c.over {
		if c.kind != capByline {
			s.warn(ErrValueTooLarge, "captured text")
		}
		return
	}
	v := fold(s.str(c.buf))
	switch c.kind {
	case capTitle:
		s.p.Title = v
	case capH1:
		s.p.H1 = v
	case capTime:
		s.p.Times[c.ref].Text = v
	case capLinkText:
		if v != "" { // the text of a rel=author link names the author better than its title
			s.p.Links[c.ref].Title = v
		}
	case capMicro:
		s.p.Microdata[c.ref].Content = v
	case capFigCaption:
		s.p.Figures[c.ref].Caption = v
	case capFigCredit:
		if s.p.Figures[c.ref].Credit == "" {
			s.p.Figures[c.ref].Credit = v
		}
	case capByline:
		if v != "" && len(s.p.Bylines) < s.maxMeta {
			s.p.Bylines = append(s.p.Bylines, v)
		}
	}
}

func (s *scanner) meta(at *attrs) {
	content := ""
	add := func(attr, keys string) {
		// One attribute may name several keys: property="og:title dc:title".
		for _, key := range strings.Fields(keys) {
			if !s.room("meta", len(s.p.Meta)) {
				return
			}
			if content == "" {
				content = fold(unescapeAgain(at.content))
			}
			s.p.Meta = append(s.p.Meta, Meta{Attr: attr, Key: metaKey(key), Content: content})
		}
	}
	add("name", at.name)
	if at.property != at.name {
		add("property", at.property)
	}
	add("itemprop", at.itemprop)
	add("http-equiv", at.httpEquiv)
}

// metaKey lower-cases a meta key and writes Dublin Core prefixes with a
// dot: "DC:Creator" and "dc.creator" are both "dc.creator".
func metaKey(k string) string {
	k = strings.ToLower(strings.TrimSpace(k))
	for _, p := range []string{"dc:", "dcterms:", "dcterm:", "dcterms."} {
		if strings.HasPrefix(k, p) {
			pre := "dcterms."
			if p == "dc:" {
				pre = "dc."
			}
			return pre + k[len(p):]
		}
	}
	return k
}

// unescapeAgain decodes character references left in a value after HTML
// decoding: CMSs often escape metadata twice ("&amp;#039;").
func unescapeAgain(v string) string {
	if i := strings.IndexByte(v, '&'); i >= 0 && strings.IndexByte(v[i:], ';') > 0 {
		return html.UnescapeString(v)
	}
	return v
}

func (s *scanner) link(at *attrs) {
	if at.rel == "" || !s.room("link", len(s.p.Links)) {
		return
	}
	for _, rel := range strings.Fields(strings.ToLower(at.rel)) {
		switch rel {
		case "canonical", "author", "alternate", "amphtml", "shortlink", "publisher", "image_src", "license":
			s.p.Links = append(s.p.Links, Link{Rel: rel, Href: strings.TrimSpace(at.href),
				Hreflang: at.hreflang, Type: at.typ, Title: fold(at.title)})
		}
	}
}

// finish closes open captures and resolves the best values.
func (s *scanner) finish() {
	s.popTo(0)
	for _, list := range []string{"meta", "link", "time", "microdata", "jsonld", "byline"} {
		if n := s.dropped[list]; n > 0 {
			s.warn(ErrTooMany, fmt.Sprintf("%d %s entries dropped", n, list))
		}
	}
	if s.body != nil {
		s.body.finish()
	}
	resolve(s.p, s.body, s.authorLinks, s.articles)
	if s.p.InvalidUTF8 > 0 {
		s.p.Warnings = append(s.p.Warnings, &ParseError{Err: ErrInvalidUTF8,
			Msg: fmt.Sprintf("%d invalid sequences replaced by U+FFFD", s.p.InvalidUTF8)})
	}
}
