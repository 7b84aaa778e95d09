package jsonlex

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"
)

// safeSet and htmlSafeSet mark the ASCII bytes written as themselves.
var safeSet, htmlSafeSet = func() (s, h [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		s[c] = c != '"' && c != '\\'
		h[c] = s[c] && c != '<' && c != '>' && c != '&'
	}
	return s, h
}()

const hexDigits = "0123456789abcdef"

// AppendString appends s to dst as a JSON string and returns the result.
//
// It escapes '"', '\\' and the control characters U+0000 to U+001F (as \b,
// \f, \n, \r, \t where they have a short form, \u00XX otherwise). With
// htmlSafe it also writes '<', '>', '&', U+2028 and U+2029 as \u escapes,
// so the output can sit inside an HTML <script> element or be evaluated as
// JavaScript. Every other character is written as UTF-8. Each byte of s
// that is not part of valid UTF-8 is written as \ufffd (U+FFFD), so the
// output is always valid UTF-8 and valid JSON. With htmlSafe the output is
// byte for byte what encoding/json writes for a Go string.
func AppendString(dst []byte, s string, htmlSafe bool) []byte {
	return appendString(dst, s, htmlSafe)
}

// AppendStringBytes is [AppendString] for a byte slice.
func AppendStringBytes(dst []byte, s []byte, htmlSafe bool) []byte {
	return appendString(dst, s, htmlSafe)
}

func appendString[T string | []byte](dst []byte, s T, htmlSafe bool) []byte {
	table := &safeSet
	if htmlSafe {
		table = &htmlSafeSet
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		i = skipPlain(s, i, htmlSafe)
		if i >= len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			if table[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		var c rune
		var size int
		switch v := any(s).(type) {
		case string:
			c, size = utf8.DecodeRuneInString(v[i:])
		case []byte:
			c, size = utf8.DecodeRune(v[i:])
		}
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i++
			start = i
			continue
		}
		if htmlSafe && (c == '\u2028' || c == '\u2029') {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// load8 reads eight bytes little-endian; the compiler merges the loads.
func load8[T string | []byte](s T, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// skipPlain returns the index of the first byte at or after i that
// appendString must look at (or an index near it), eight bytes at a time:
// bytes >= 0x80, controls, '"', '\\' and, when htmlSafe, '<', '>', '&'.
func skipPlain[T string | []byte](s T, i int, htmlSafe bool) int {
	for i+8 <= len(s) {
		x := load8(s, i)
		q := x ^ (lsb * '"')
		b := x ^ (lsb * '\\')
		m := x | (x-lsb*0x20)&^x | (q-lsb)&^q | (b-lsb)&^b
		if htmlSafe {
			lt := x ^ (lsb * '<')
			gt := x ^ (lsb * '>')
			amp := x ^ (lsb * '&')
			m |= (lt-lsb)&^lt | (gt-lsb)&^gt | (amp-lsb)&^amp
		}
		if m &= msb; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	return i
}

// AppendInt appends the decimal form of n.
func AppendInt(dst []byte, n int64) []byte { return strconv.AppendInt(dst, n, 10) }

// AppendUint appends the decimal form of n.
func AppendUint(dst []byte, n uint64) []byte { return strconv.AppendUint(dst, n, 10) }

// AppendFloat appends the shortest text that reads back as f at the given
// bit size (32 or 64), in the form encoding/json and ECMAScript use: plain
// decimal for magnitudes in [1e-6, 1e21), exponent form otherwise. NaN and
// the infinities have no JSON form and fail with [ErrRange], leaving dst
// unchanged.
func AppendFloat(dst []byte, f float64, bits int) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst, fmt.Errorf("%w: %v has no JSON form", ErrRange, f)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	dst = strconv.AppendFloat(dst, f, format, -1, bits)
	if format == 'e' {
		// Clean up e-09 to e-9, as encoding/json does.
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, nil
}

// AppendNumber appends n as written. A Number that does not follow the
// RFC 8259 grammar fails with an error wrapping [ErrSyntax], leaving dst
// unchanged.
func AppendNumber(dst []byte, n Number) ([]byte, error) {
	if !validNumber(string(n)) {
		return dst, fmt.Errorf("%w: invalid number %q", ErrSyntax, string(n))
	}
	return append(dst, n...), nil
}

// maxWriteDepth bounds the recursion of AppendValue on trees built by hand;
// trees from Decode are bounded by their MaxDepth.
const maxWriteDepth = 10000

// AppendValue appends the compact JSON form of a tree as [Options.Decode]
// returns it and returns the result. Object members are written in their
// order, strings with [AppendString]. Besides the tree types it accepts
// Object (by value), map[string]any (keys sorted, for determinism),
// []string, int, int64, uint64, float64 and float32. Other types fail
// with [ErrUnsupported]; Numbers outside the grammar with [ErrSyntax].
// Output is deterministic: the same tree gives the same bytes. On error
// dst is returned unchanged.
func AppendValue(dst []byte, v any, htmlSafe bool) ([]byte, error) {
	w := writer{htmlSafe: htmlSafe}
	return w.write(dst, v)
}

// write returns dst unchanged on error.
func (w *writer) write(dst []byte, v any) ([]byte, error) {
	out, err := w.value(dst, v, 0)
	if err != nil {
		return dst, err
	}
	return out, nil
}

type writer struct {
	htmlSafe bool
	indent   string
	prefix   string
}

func (w *writer) newline(dst []byte, depth int) []byte {
	if w.indent == "" {
		return dst
	}
	dst = append(dst, '\n')
	dst = append(dst, w.prefix...)
	for range depth {
		dst = append(dst, w.indent...)
	}
	return dst
}

func (w *writer) value(dst []byte, v any, depth int) ([]byte, error) {
	if depth > maxWriteDepth {
		return dst, fmt.Errorf("%w: tree deeper than %d", ErrUnsupported, maxWriteDepth)
	}
	var err error
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...), nil
	case bool:
		if v {
			return append(dst, "true"...), nil
		}
		return append(dst, "false"...), nil
	case string:
		return appendString(dst, v, w.htmlSafe), nil
	case Number:
		return AppendNumber(dst, v)
	case int:
		return AppendInt(dst, int64(v)), nil
	case int64:
		return AppendInt(dst, v), nil
	case uint64:
		return AppendUint(dst, v), nil
	case float64:
		return AppendFloat(dst, v, 64)
	case float32:
		return AppendFloat(dst, float64(v), 32)
	case *Object:
		if v == nil {
			return append(dst, "null"...), nil
		}
		return w.object(dst, v.Keys, v.Values, depth)
	case Object:
		return w.object(dst, v.Keys, v.Values, depth)
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		vals := make([]any, len(keys))
		for i, k := range keys {
			vals[i] = v[k]
		}
		return w.object(dst, keys, vals, depth)
	case []any:
		if v == nil {
			return append(dst, "null"...), nil
		}
		dst = append(dst, '[')
		for i, e := range v {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = w.newline(dst, depth+1)
			if dst, err = w.value(dst, e, depth+1); err != nil {
				return dst, err
			}
		}
		if len(v) > 0 {
			dst = w.newline(dst, depth)
		}
		return append(dst, ']'), nil
	case []string:
		if v == nil {
			return append(dst, "null"...), nil
		}
		dst = append(dst, '[')
		for i, e := range v {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = w.newline(dst, depth+1)
			dst = appendString(dst, e, w.htmlSafe)
		}
		if len(v) > 0 {
			dst = w.newline(dst, depth)
		}
		return append(dst, ']'), nil
	}
	return dst, fmt.Errorf("%w: %T", ErrUnsupported, v)
}

func (w *writer) object(dst []byte, keys []string, vals []any, depth int) ([]byte, error) {
	if len(keys) != len(vals) {
		return dst, fmt.Errorf("%w: Object with %d keys and %d values", ErrUnsupported, len(keys), len(vals))
	}
	dst = append(dst, '{')
	var err error
	for i, k := range keys {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = w.newline(dst, depth+1)
		dst = appendString(dst, k, w.htmlSafe)
		dst = append(dst, ':')
		if w.indent != "" {
			dst = append(dst, ' ')
		}
		if dst, err = w.value(dst, vals[i], depth+1); err != nil {
			return dst, err
		}
	}
	if len(keys) > 0 {
		dst = w.newline(dst, depth)
	}
	return append(dst, '}'), nil
}

// AppendIndent is [AppendValue] writing one member or element per line,
// each line starting with prefix followed by one copy of indent per
// nesting level. An empty indent gives the compact form.
func AppendIndent(dst []byte, v any, prefix, indent string, htmlSafe bool) ([]byte, error) {
	w := writer{htmlSafe: htmlSafe, prefix: prefix, indent: indent}
	return w.write(dst, v)
}
