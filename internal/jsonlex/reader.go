package jsonlex

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math/bits"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Kind is the kind of a token returned by [Reader.Next].
type Kind uint8

// Token kinds. The zero Kind, KindNone, is returned with an error.
const (
	KindNone Kind = iota
	KindEOF
	KindObjectBegin
	KindObjectEnd
	KindArrayBegin
	KindArrayEnd
	KindKey
	KindString
	KindNumber
	KindTrue
	KindFalse
	KindNull
)

var kindNames = [...]string{
	KindNone:        "none",
	KindEOF:         "EOF",
	KindObjectBegin: "'{'",
	KindObjectEnd:   "'}'",
	KindArrayBegin:  "'['",
	KindArrayEnd:    "']'",
	KindKey:         "key",
	KindString:      "string",
	KindNumber:      "number",
	KindTrue:        "true",
	KindFalse:       "false",
	KindNull:        "null",
}

// String returns a short name for the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + itoa(int(k)) + ")"
}

// IsValue reports whether a token of kind k starts a value (a scalar or a
// container's begin token).
func (k Kind) IsValue() bool {
	switch k {
	case KindObjectBegin, KindArrayBegin, KindString, KindNumber, KindTrue, KindFalse, KindNull:
		return true
	}
	return false
}

type state uint8

const (
	stValue       state = iota // a value is expected (top level, after ':' or ',' in an array)
	stArrayFirst               // after '[': a value or ']'
	stObjectFirst              // after '{': a key or '}'
	stKey                      // after ',' in an object: a key
	stAfter                    // after a value: ',', a closing bracket, or the end
)

// dupThreshold is the number of members of one object compared linearly
// before the reader switches that object to its hash table.
const dupThreshold = 16

type keyRef struct {
	off   int
	n     int
	arena bool // bytes live in Reader.arena, not the input
}

type objFrame struct {
	start  int // index in Reader.keys of the object's first key
	hashed bool
}

// A Reader is a pull tokenizer over a complete JSON text held in memory.
// It validates as it goes: every token it returns was well-formed in
// context, and input it rejects yields a [*SyntaxError] that stays sticky.
// The grammar, limits and duplicate-key policy are those of [Options] and
// the package documentation; a Reader enforces all of them itself.
//
// A hand-written decoder calls [Reader.Next] and switches on the kind; for
// an object it reads [KindKey] tokens, compares string(r.Bytes()) with the
// names it knows (the comparison does not allocate) and calls [Reader.Skip],
// [Reader.RawValue] or [Reader.DecodeValue] for the others; at the end it
// calls [Reader.Finish] to reject trailing garbage. Next returns KindEOF
// and io.EOF after the top-level value.
//
// The byte slices returned by [Reader.Bytes] alias the input or an internal
// buffer and are valid only until the next call that moves the reader.
// After warm-up (see [Reader.Reset]) reading allocates nothing. A Reader
// is not safe for concurrent use.
type Reader struct {
	data     []byte
	pos      int // next byte to read
	start    int // offset of the current token
	kind     Kind
	st       state
	val      []byte // current key, string or number
	scratch  []byte // unescaped strings
	depth    int
	maxDepth int
	stackBuf [16]uint64 // bit per level (1 = object); enough for depth 1024
	stack    []uint64
	err      error
	dup      bool // reject duplicates
	policy   DupPolicy
	replace  bool
	decode   bool // unescape string values (false while skipping)

	keys  []keyRef
	objs  []objFrame
	arena []byte
	table []uint64 // open addressing: hash>>32<<32 | key index+1; 0 = empty

	tree  treeState // working memory of DecodeValue
	nhash int       // entries in table
}

// NewReader returns a Reader over data with the given options.
func (o Options) NewReader(data []byte) *Reader {
	r := new(Reader)
	r.init(data, o)
	return r
}

// NewReader returns a Reader over data with the default [Options].
func NewReader(data []byte) *Reader { return Options{}.NewReader(data) }

// Reset makes r read data with the options o, keeping the buffers it has
// grown, so a Reset Reader reads a similar document without allocating.
func (r *Reader) Reset(data []byte, o Options) { r.init(data, o) }

// readerPool keeps warmed-up Readers for Valid and Decode.
var readerPool = sync.Pool{New: func() any { return new(Reader) }}

func getReader(data []byte, o Options) *Reader {
	r := readerPool.Get().(*Reader)
	r.init(data, o)
	return r
}

// putReader returns r to the pool unless it grew large on a hostile
// document, and drops its references to the caller's data.
func putReader(r *Reader) {
	const maxKeep = 1 << 16
	if cap(r.keys) > maxKeep || cap(r.arena) > maxKeep || cap(r.scratch) > maxKeep || len(r.table) > maxKeep || len(r.stack) > 64 ||
		cap(r.tree.vals) > maxKeep || cap(r.tree.frames) > maxKeep {
		return
	}
	r.data, r.val, r.err = nil, nil, nil
	readerPool.Put(r)
}

func (r *Reader) init(data []byte, o Options) {
	r.data = data
	r.pos, r.start, r.kind, r.st = 0, 0, KindNone, stValue
	r.val = nil
	r.depth = 0
	r.maxDepth = o.maxDepth()
	if r.stack == nil {
		r.stack = r.stackBuf[:]
	}
	r.err = nil
	r.policy = o.DuplicateKeys
	r.dup = o.DuplicateKeys == DupReject
	r.replace = o.ReplaceInvalid
	r.decode = true
	r.keys = r.keys[:0]
	r.objs = r.objs[:0]
	r.arena = r.arena[:0]
	if r.nhash != 0 {
		clear(r.table)
		r.nhash = 0
	}
	if max := o.maxBytes(); int64(len(data)) > max {
		e := &SyntaxError{Offset: max, Msg: fmt.Sprintf("input of %d bytes exceeds limit of %d bytes", len(data), max), Err: ErrTooLarge}
		e.Line, e.Column = Position(data, max)
		r.err = e
	}
}

// Kind returns the kind of the current token.
func (r *Reader) Kind() Kind { return r.kind }

// Bytes returns the current token's content: for a key or string, its
// unescaped value (aliasing the input when it holds no escapes); for a
// number, its text as it appears in the input (valid RFC 8259 grammar); nil
// otherwise. The slice is valid until the next call that moves the reader.
func (r *Reader) Bytes() []byte { return r.val }

// String returns the current key or string value as a new string; for other
// tokens, the same text as [Reader.Bytes].
func (r *Reader) String() string { return string(r.val) }

// StringIn is [Reader.String] without the allocation when it can be
// avoided: src must be the input as a string (src == string(data), made
// once per document by the caller), and when the current key, string or
// number is a plain slice of the input (no escapes), StringIn returns the
// matching substring of src, which shares its memory. The cost is that
// any such substring keeps all of src alive; use it when the decoded value
// lives as long as the document anyway.
func (r *Reader) StringIn(src string) string {
	if len(r.val) == 0 {
		return ""
	}
	if len(src) == len(r.data) {
		if off := r.start; r.kind == KindNumber && &r.val[0] == &r.data[off] {
			return src[off : off+len(r.val)]
		} else if off+1 < len(r.data) && &r.val[0] == &r.data[off+1] {
			return src[off+1 : off+1+len(r.val)]
		}
	}
	return string(r.val)
}

// Number returns the current number token's text.
func (r *Reader) Number() Number {
	if r.kind != KindNumber {
		return ""
	}
	return Number(r.val)
}

// Bool returns true when the current token is true.
func (r *Reader) Bool() bool { return r.kind == KindTrue }

// Int64 parses the current number token as an int64. A fraction or
// exponent, or a value out of range, fails with [ErrRange].
func (r *Reader) Int64() (int64, error) {
	if r.kind != KindNumber {
		return 0, r.notNumber()
	}
	return parseInt(r.val)
}

// Uint64 parses the current number token as a uint64, as [Reader.Int64].
func (r *Reader) Uint64() (uint64, error) {
	if r.kind != KindNumber {
		return 0, r.notNumber()
	}
	return parseUint(r.val)
}

// Float64 parses the current number token as a float64; a magnitude too
// large for float64 fails with [ErrRange], one too small rounds to zero.
func (r *Reader) Float64() (float64, error) {
	if r.kind != KindNumber {
		return 0, r.notNumber()
	}
	return parseFloat(r.val, 64)
}

func (r *Reader) notNumber() error {
	return fmt.Errorf("jsonlex: current token is %v, not a number", r.kind)
}

// Offset returns the byte offset of the current token's first byte.
func (r *Reader) Offset() int64 { return int64(r.start) }

// InputOffset returns the byte offset just past the current token.
func (r *Reader) InputOffset() int64 { return int64(r.pos) }

// Depth returns the number of containers open after the current token.
func (r *Reader) Depth() int { return r.depth }

// Position returns the 1-based line and column of byte offset off in the
// input, as [Position]; it scans the input, so call it only to report.
func (r *Reader) Position(off int64) (line, column int) { return Position(r.data, off) }

// Err returns the sticky error, or nil. After the end of a complete
// document it is io.EOF.
func (r *Reader) Err() error { return r.err }

func (r *Reader) fail(off int, sentinel error, format string, args ...any) (Kind, error) {
	e := &SyntaxError{Offset: int64(off), Msg: fmt.Sprintf(format, args...), Err: sentinel}
	e.Line, e.Column = Position(r.data, int64(off))
	r.err = e
	r.kind = KindNone
	r.val = nil
	return KindNone, e
}

func (r *Reader) unexpectedEOF(off int, what string) (Kind, error) {
	return r.fail(off, ErrSyntax, "unexpected end of input %s", what)
}

// isSpace: JSON whitespace is exactly space, tab, LF and CR.
func (r *Reader) skipWS(i int) int {
	data := r.data
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (r *Reader) inObject() bool {
	d := r.depth - 1
	return r.stack[d>>6]&(1<<(d&63)) != 0
}

// Next reads the next token and returns its kind. After the top-level
// value it returns KindEOF with io.EOF once only whitespace remains; any
// other trailing byte is a syntax error. Errors are sticky.
func (r *Reader) Next() (Kind, error) {
	if r.err != nil {
		if r.err == io.EOF {
			return KindEOF, io.EOF
		}
		return KindNone, r.err
	}
	i := r.skipWS(r.pos)
	data := r.data
	switch r.st {
	case stAfter:
		if r.depth == 0 {
			if i < len(data) {
				return r.fail(i, ErrSyntax, "invalid character %s after top-level value", quoteChar(data, i))
			}
			r.pos, r.start = i, i
			r.kind, r.val, r.err = KindEOF, nil, io.EOF
			return KindEOF, io.EOF
		}
		if i >= len(data) {
			if r.inObject() {
				return r.unexpectedEOF(i, "in object; expected ',' or '}'")
			}
			return r.unexpectedEOF(i, "in array; expected ',' or ']'")
		}
		c := data[i]
		if r.inObject() {
			switch c {
			case ',':
				return r.readKey(r.skipWS(i + 1))
			case '}':
				return r.end(i, KindObjectEnd)
			}
			return r.fail(i, ErrSyntax, "invalid character %s after object member; expected ',' or '}'", quoteChar(data, i))
		}
		switch c {
		case ',':
			return r.readValue(r.skipWS(i + 1))
		case ']':
			return r.end(i, KindArrayEnd)
		}
		return r.fail(i, ErrSyntax, "invalid character %s after array element; expected ',' or ']'", quoteChar(data, i))
	case stObjectFirst:
		if i < len(data) && data[i] == '}' {
			return r.end(i, KindObjectEnd)
		}
		return r.readKey(i)
	case stKey:
		return r.readKey(i)
	case stArrayFirst:
		if i < len(data) && data[i] == ']' {
			return r.end(i, KindArrayEnd)
		}
	}
	return r.readValue(i)
}

func (r *Reader) end(i int, k Kind) (Kind, error) {
	r.depth--
	if k == KindObjectEnd {
		r.popObject()
	}
	r.start, r.pos = i, i+1
	r.kind, r.val, r.st = k, nil, stAfter
	return k, nil
}

func (r *Reader) push(i int, obj bool) (Kind, error) {
	if r.depth >= r.maxDepth {
		return r.fail(i, ErrDepth, "nesting depth exceeds limit of %d", r.maxDepth)
	}
	w := r.depth >> 6
	if w >= len(r.stack) {
		r.stack = append(r.stack, 0)
	}
	bit := uint64(1) << (r.depth & 63)
	r.depth++
	r.start, r.pos, r.val = i, i+1, nil
	if obj {
		r.stack[w] |= bit
		r.kind, r.st = KindObjectBegin, stObjectFirst
		if r.dup {
			r.objs = append(r.objs, objFrame{start: len(r.keys)})
		}
		return KindObjectBegin, nil
	}
	r.stack[w] &^= bit
	r.kind, r.st = KindArrayBegin, stArrayFirst
	return KindArrayBegin, nil
}

func (r *Reader) readValue(i int) (Kind, error) {
	data := r.data
	if i >= len(data) {
		return r.unexpectedEOF(i, "looking for a value")
	}
	switch c := data[i]; c {
	case '{':
		return r.push(i, true)
	case '[':
		return r.push(i, false)
	case '"':
		if _, err := r.scanString(i, r.decode); err != nil {
			return KindNone, err
		}
		r.kind, r.st = KindString, stAfter
		return KindString, nil
	case 't':
		return r.literal(i, "true", KindTrue)
	case 'f':
		return r.literal(i, "false", KindFalse)
	case 'n':
		return r.literal(i, "null", KindNull)
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return r.scanNumber(i)
	}
	return r.fail(i, ErrSyntax, "invalid character %s looking for a value", quoteChar(data, i))
}

func (r *Reader) literal(i int, lit string, k Kind) (Kind, error) {
	data := r.data
	for j := 1; j < len(lit); j++ {
		if i+j >= len(data) {
			return r.unexpectedEOF(i+j, "in literal "+lit)
		}
		if data[i+j] != lit[j] {
			return r.fail(i+j, ErrSyntax, "invalid character %s in literal %s", quoteChar(data, i+j), lit)
		}
	}
	r.start, r.pos, r.val = i, i+len(lit), nil
	r.kind, r.st = k, stAfter
	return k, nil
}

func isDigit(c byte) bool { return c-'0' < 10 }

func (r *Reader) scanNumber(i int) (Kind, error) {
	data := r.data
	j := i
	if data[j] == '-' {
		j++
	}
	if j >= len(data) {
		return r.unexpectedEOF(j, "in number")
	}
	switch c := data[j]; {
	case c == '0':
		j++
	case c >= '1' && c <= '9':
		j++
		for j < len(data) && isDigit(data[j]) {
			j++
		}
	default:
		return r.fail(j, ErrSyntax, "invalid character %s in number; expected a digit", quoteChar(data, j))
	}
	if j < len(data) && data[j] == '.' {
		j++
		if j >= len(data) {
			return r.unexpectedEOF(j, "in number")
		}
		if !isDigit(data[j]) {
			return r.fail(j, ErrSyntax, "invalid character %s after decimal point in number", quoteChar(data, j))
		}
		for j < len(data) && isDigit(data[j]) {
			j++
		}
	}
	if j < len(data) && (data[j] == 'e' || data[j] == 'E') {
		j++
		if j < len(data) && (data[j] == '+' || data[j] == '-') {
			j++
		}
		if j >= len(data) {
			return r.unexpectedEOF(j, "in number")
		}
		if !isDigit(data[j]) {
			return r.fail(j, ErrSyntax, "invalid character %s in exponent of number", quoteChar(data, j))
		}
		for j < len(data) && isDigit(data[j]) {
			j++
		}
	}
	r.start, r.pos, r.val = i, j, data[i:j]
	r.kind, r.st = KindNumber, stAfter
	return KindNumber, nil
}

// strSafe marks the bytes that stand for themselves inside a string:
// ASCII other than controls, '"' and '\\'.
var strSafe = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// skipSafe returns the index of the first byte at or after j that does not
// stand for itself in a string (or len(data)), eight bytes at a time.
func skipSafe(data []byte, j int) int {
	for j+8 <= len(data) {
		x := binary.LittleEndian.Uint64(data[j:])
		q := x ^ (lsb * '"')
		b := x ^ (lsb * '\\')
		// A byte of m is set where x has a byte >= 0x80, < 0x20, '"' or
		// '\\'; the lowest set byte is exact (borrows only run upward).
		m := (x | (x-lsb*0x20)&^x | (q-lsb)&^q | (b-lsb)&^b) & msb
		if m != 0 {
			return j + bits.TrailingZeros64(m)>>3
		}
		j += 8
	}
	for j < len(data) && strSafe[data[j]] {
		j++
	}
	return j
}

func hex4(b []byte) (rune, bool) {
	var v rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		v = v<<4 | rune(c)
	}
	return v, true
}

// scanString scans the string starting with the quote at i, sets r.val
// (when decode) and r.start/r.pos, and returns the index past the closing
// quote.
func (r *Reader) scanString(i int, decode bool) (int, error) {
	data := r.data
	j := skipSafe(data, i+1)
	if j < len(data) && data[j] == '"' {
		r.start, r.pos, r.val = i, j+1, data[i+1:j]
		return j + 1, nil
	}
	return r.scanStringSlow(i, j, decode)
}

func (r *Reader) scanStringSlow(i, j int, decode bool) (int, error) {
	data := r.data
	var buf []byte
	escaped := false
	run := i + 1
	for {
		j = skipSafe(data, j)
		if j >= len(data) {
			_, err := r.unexpectedEOF(j, "in string")
			return 0, err
		}
		switch c := data[j]; {
		case c == '"':
			r.start, r.pos = i, j+1
			if !decode {
				r.val = nil
			} else if escaped {
				buf = append(buf, data[run:j]...)
				r.scratch = buf
				r.val = buf
			} else {
				r.val = data[i+1 : j]
			}
			return j + 1, nil
		case c == '\\':
			if decode {
				if !escaped {
					buf = r.scratch[:0]
				}
				buf = append(buf, data[run:j]...)
			}
			escaped = true
			if j+1 >= len(data) {
				_, err := r.unexpectedEOF(j+1, "in string escape")
				return 0, err
			}
			esc := data[j+1]
			var b byte
			switch esc {
			case '"', '\\', '/':
				b = esc
			case 'b':
				b = '\b'
			case 'f':
				b = '\f'
			case 'n':
				b = '\n'
			case 'r':
				b = '\r'
			case 't':
				b = '\t'
			case 'u':
				if j+6 > len(data) {
					if _, ok := hex4(append(data[j+2:len(data):len(data)], "0000"...)); ok {
						_, err := r.unexpectedEOF(len(data), "in \\u escape")
						return 0, err
					}
					_, err := r.fail(j, ErrSyntax, "invalid \\u escape in string")
					return 0, err
				}
				u, ok := hex4(data[j+2:])
				if !ok {
					_, err := r.fail(j, ErrSyntax, "invalid \\u escape %q in string", data[j:j+6])
					return 0, err
				}
				esc0 := j
				j += 6
				if u >= 0xD800 && u < 0xE000 {
					lone := true
					if u < 0xDC00 && j+6 <= len(data) && data[j] == '\\' && data[j+1] == 'u' {
						if u2, ok := hex4(data[j+2:]); ok && u2 >= 0xDC00 && u2 < 0xE000 {
							u = 0x10000 + (u-0xD800)<<10 + (u2 - 0xDC00)
							j += 6
							lone = false
						}
					}
					if lone {
						if !r.replace {
							_, err := r.fail(esc0, ErrSyntax, "lone surrogate escape %s in string", data[esc0:esc0+6])
							return 0, err
						}
						u = utf8.RuneError
					}
				}
				if decode {
					buf = utf8.AppendRune(buf, u)
				}
				run = j
				continue
			default:
				_, err := r.fail(j, ErrSyntax, "invalid escape %s in string", quoteChar(data, j+1))
				return 0, err
			}
			if decode {
				buf = append(buf, b)
			}
			j += 2
			run = j
		case c < 0x20:
			_, err := r.fail(j, ErrSyntax, "invalid control character %s in string (must be escaped)", quoteChar(data, j))
			return 0, err
		default: // c >= 0x80
			ru, size := utf8.DecodeRune(data[j:])
			if ru != utf8.RuneError || size > 1 {
				j += size
				continue
			}
			if !r.replace {
				_, err := r.fail(j, ErrSyntax, "invalid UTF-8 %s in string", quoteChar(data, j))
				return 0, err
			}
			if decode {
				if !escaped {
					buf = r.scratch[:0]
				}
				buf = append(buf, data[run:j]...)
				buf = append(buf, "\uFFFD"...)
			}
			escaped = true
			j++
			run = j
		}
	}
}

func (r *Reader) readKey(i int) (Kind, error) {
	data := r.data
	if i >= len(data) {
		return r.unexpectedEOF(i, "in object; expected a key")
	}
	if data[i] != '"' {
		return r.fail(i, ErrSyntax, "invalid character %s looking for an object key", quoteChar(data, i))
	}
	end, err := r.scanString(i, r.decode || r.dup)
	if err != nil {
		return KindNone, err
	}
	j := r.skipWS(end)
	if j >= len(data) {
		return r.unexpectedEOF(j, "after object key; expected ':'")
	}
	if data[j] != ':' {
		return r.fail(j, ErrSyntax, "invalid character %s after object key; expected ':'", quoteChar(data, j))
	}
	r.pos = j + 1
	r.kind, r.st = KindKey, stValue
	if r.dup {
		if err := r.checkDup(i); err != nil {
			return KindNone, err
		}
	}
	return KindKey, nil
}

// Peek returns the kind of the next token without reading it, or KindNone
// when the next token is malformed (Next then reports why). It does not
// validate the token itself: a '"' in value position is reported as
// KindString even if the string is later found unterminated.
func (r *Reader) Peek() Kind {
	if r.err != nil {
		if r.err == io.EOF {
			return KindEOF
		}
		return KindNone
	}
	data := r.data
	i := r.skipWS(r.pos)
	if r.st == stAfter {
		if r.depth == 0 {
			if i >= len(data) {
				return KindEOF
			}
			return KindNone
		}
		if i >= len(data) {
			return KindNone
		}
		switch c := data[i]; {
		case c == '}' && r.inObject():
			return KindObjectEnd
		case c == ']' && !r.inObject():
			return KindArrayEnd
		case c != ',':
			return KindNone
		}
		if r.inObject() {
			return KindKey
		}
		i = r.skipWS(i + 1)
	}
	if i >= len(data) {
		return KindNone
	}
	c := data[i]
	switch r.st {
	case stObjectFirst:
		if c == '}' {
			return KindObjectEnd
		}
		fallthrough
	case stKey:
		if c == '"' {
			return KindKey
		}
		return KindNone
	case stArrayFirst:
		if c == ']' {
			return KindArrayEnd
		}
	}
	switch c {
	case '{':
		return KindObjectBegin
	case '[':
		return KindArrayBegin
	case '"':
		return KindString
	case 't':
		return KindTrue
	case 'f':
		return KindFalse
	case 'n':
		return KindNull
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return KindNumber
	}
	return KindNone
}

// Skip reads and discards the next value, however large. When the next
// token is a key, Skip discards the key and its value. Calling Skip where
// the next token ends a container or the document is an error.
func (r *Reader) Skip() error {
	_, err := r.skipValue(true)
	return err
}

// RawValue reads the next value and returns its text exactly as it appears
// in the input (aliasing it), from its first to its last byte.
func (r *Reader) RawValue() ([]byte, error) {
	start, err := r.skipValue(false)
	if err != nil {
		return nil, err
	}
	return r.data[start:r.pos], nil
}

func (r *Reader) skipValue(allowKey bool) (int, error) {
	save := r.decode
	r.decode = false
	defer func() { r.decode = save }()
	k, err := r.Next()
	if err != nil {
		return 0, err
	}
	if k == KindKey && allowKey {
		k, err = r.Next()
		if err != nil {
			return 0, err
		}
	}
	start := r.start
	switch k {
	case KindObjectBegin, KindArrayBegin:
		return start, r.skipTo(r.depth - 1)
	case KindObjectEnd, KindArrayEnd, KindKey:
		return 0, fmt.Errorf("jsonlex: no value to skip at offset %d (found %v)", r.start, k)
	}
	return start, nil
}

// SkipRest discards the rest of the innermost open container, including
// its end token, which becomes the current token.
func (r *Reader) SkipRest() error {
	if r.err != nil {
		return r.err
	}
	if r.depth == 0 {
		return errors.New("jsonlex: SkipRest outside any container")
	}
	save := r.decode
	r.decode = false
	defer func() { r.decode = save }()
	return r.skipTo(r.depth - 1)
}

func (r *Reader) skipTo(depth int) error {
	for r.depth > depth {
		if _, err := r.Next(); err != nil {
			return err
		}
	}
	return nil
}

// Finish checks that only whitespace follows the top-level value. Call it
// after decoding a document whose end the caller recognised itself.
func (r *Reader) Finish() error {
	if r.err == io.EOF {
		return nil
	}
	if r.err == nil && (r.depth != 0 || r.st != stAfter) {
		return errors.New("jsonlex: Finish before the end of the top-level value")
	}
	_, err := r.Next()
	if err == io.EOF {
		return nil
	}
	if err == nil {
		return errors.New("jsonlex: Finish before the end of the top-level value")
	}
	return err
}

// Duplicate-key detection. Keys of the open objects form a stack (r.keys);
// small objects are searched linearly, larger ones through one open
// addressing table shared by all levels. Entries are only ever removed in
// the reverse order of insertion, so clearing a slot restores the table
// exactly to its state before that insertion.

func (r *Reader) keyBytes(k keyRef) []byte {
	if k.arena {
		return r.arena[k.off : k.off+k.n]
	}
	return r.data[k.off : k.off+k.n]
}

func (r *Reader) checkDup(keyStart int) error {
	key := r.val
	f := &r.objs[len(r.objs)-1]
	if !f.hashed {
		for _, k := range r.keys[f.start:] {
			if string(r.keyBytes(k)) == string(key) {
				_, err := r.fail(keyStart, ErrDuplicateKey, "duplicate key %q", key)
				return err
			}
		}
	} else if r.lookup(key, f.start) {
		_, err := r.fail(keyStart, ErrDuplicateKey, "duplicate key %q", key)
		return err
	}
	n := len(r.keys) - f.start // members before this one
	switch {
	case f.hashed:
		r.reserve(1)
	case n+1 > dupThreshold:
		r.reserve(n + 1)
	}
	var ref keyRef
	if len(key) > 0 && &key[0] == &r.data[keyStart+1] {
		ref = keyRef{off: keyStart + 1, n: len(key)}
	} else {
		ref = keyRef{off: len(r.arena), n: len(key), arena: true}
		r.arena = append(r.arena, key...)
	}
	r.keys = append(r.keys, ref)
	switch {
	case f.hashed:
		r.place(len(r.keys) - 1)
		r.nhash++
	case n+1 > dupThreshold:
		f.hashed = true
		for idx := f.start; idx < len(r.keys); idx++ {
			r.place(idx)
		}
		r.nhash += n + 1
	}
	return nil
}

// hashSeed is random per process, so an attacker cannot choose member
// names that collide in the table and make detection quadratic.
var hashSeed = maphash.MakeSeed()

func hashKey(b []byte) uint64 { return maphash.Bytes(hashSeed, b) }

// entry packs the high half of a key's hash, compared before the key's
// bytes are touched, with its index plus one.
func entry(h uint64, idx int) uint64 { return h>>32<<32 | uint64(uint32(idx+1)) }

func (r *Reader) lookup(key []byte, start int) bool {
	mask := uint64(len(r.table) - 1)
	h := hashKey(key)
	for s := h & mask; ; s = (s + 1) & mask {
		e := r.table[s]
		if e == 0 {
			return false
		}
		if e>>32 != h>>32 {
			continue
		}
		idx := int(uint32(e)) - 1
		if idx >= start && string(r.keyBytes(r.keys[idx])) == string(key) {
			return true
		}
	}
}

// reserve grows the table so that k more entries keep the load at most
// one half. Only entries already placed are re-placed.
func (r *Reader) reserve(k int) {
	for (r.nhash+k)*2 > len(r.table) {
		r.grow()
	}
}

func (r *Reader) place(idx int) {
	mask := uint64(len(r.table) - 1)
	h := hashKey(r.keyBytes(r.keys[idx]))
	s := h & mask
	for r.table[s] != 0 {
		s = (s + 1) & mask
	}
	r.table[s] = entry(h, idx)
}

func (r *Reader) grow() {
	n := 2 * len(r.table)
	if n < 64 {
		n = 64
	}
	r.table = make([]uint64, n)
	// Re-insert the live entries in insertion order (index order), so the
	// LIFO removal invariant still holds.
	for fi, f := range r.objs {
		if !f.hashed {
			continue
		}
		end := len(r.keys)
		if fi+1 < len(r.objs) {
			end = r.objs[fi+1].start
		}
		for idx := f.start; idx < end; idx++ {
			r.place(idx)
		}
	}
}

func (r *Reader) remove(idx int) {
	mask := uint64(len(r.table) - 1)
	h := hashKey(r.keyBytes(r.keys[idx]))
	want := entry(h, idx)
	for s := h & mask; ; s = (s + 1) & mask {
		if r.table[s] == want {
			r.table[s] = 0
			r.nhash--
			return
		}
	}
}

func (r *Reader) popObject() {
	if !r.dup {
		return
	}
	f := r.objs[len(r.objs)-1]
	r.objs = r.objs[:len(r.objs)-1]
	if f.hashed {
		for idx := len(r.keys) - 1; idx >= f.start; idx-- {
			r.remove(idx)
		}
	}
	for _, k := range r.keys[f.start:] {
		if k.arena {
			r.arena = r.arena[:k.off]
			break
		}
	}
	r.keys = r.keys[:f.start]
}

func parseInt(b []byte) (int64, error) {
	n, err := strconv.ParseInt(string(b), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q does not fit int64", ErrRange, b)
	}
	return n, nil
}

func parseUint(b []byte) (uint64, error) {
	n, err := strconv.ParseUint(string(b), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q does not fit uint64", ErrRange, b)
	}
	return n, nil
}

func parseFloat(b []byte, bits int) (float64, error) {
	f, err := strconv.ParseFloat(string(b), bits)
	if err != nil {
		return 0, fmt.Errorf("%w: %q does not fit float%d", ErrRange, b, bits)
	}
	return f, nil
}
