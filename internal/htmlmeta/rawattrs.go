package htmlmeta

import (
	"bytes"
	"encoding/binary"
	"math/bits"
)

// The attributes of a start tag are read from the tag's raw bytes, the way
// the tokenizer parses them, instead of through Tokenizer.TagAttr, which
// copies every key and value it returns. Values that need decoding
// (character references, carriage returns, NUL bytes) are left to TagAttr.

// Keys of the attributes this package reads; the index of a key's view in
// rawAttrs.v.
const (
	kName = iota
	kProperty
	kItemprop
	kHTTPEquiv
	kContent
	kRel
	kHref
	kHreflang
	kType
	kTitle
	kLang
	kXMLLang
	kDatetime
	kSrc
	kClass
	kID
	kStyle
	kRole
	kWidth
	kHeight
	kPubdate
	kItemscope
	kHidden
	kAriaHidden
	numKeys
)

// attrKey returns the key of an attribute name (compared ignoring ASCII
// case, as the tokenizer lower-cases names), or -1.
func attrKey(k []byte) int {
	if len(k) < 2 || len(k) > 11 {
		return -1
	}
	var buf [11]byte
	l := buf[:len(k)]
	for i, c := range k {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l[i] = c
	}
	switch string(l) {
	case "name":
		return kName
	case "property":
		return kProperty
	case "itemprop":
		return kItemprop
	case "http-equiv":
		return kHTTPEquiv
	case "content":
		return kContent
	case "rel":
		return kRel
	case "href":
		return kHref
	case "hreflang":
		return kHreflang
	case "type":
		return kType
	case "title":
		return kTitle
	case "lang":
		return kLang
	case "xml:lang":
		return kXMLLang
	case "datetime":
		return kDatetime
	case "src":
		return kSrc
	case "class":
		return kClass
	case "id":
		return kID
	case "style":
		return kStyle
	case "role":
		return kRole
	case "width":
		return kWidth
	case "height":
		return kHeight
	case "pubdate":
		return kPubdate
	case "itemscope":
		return kItemscope
	case "hidden":
		return kHidden
	case "aria-hidden":
		return kAriaHidden
	}
	return -1
}

// rawAttrs holds views into a start tag's raw bytes of the attributes
// this package reads, valid until the tokenizer's next token.
type rawAttrs struct {
	v     [numKeys][]byte
	order [numKeys]uint8 // keys in document order
	n     int            // len of order
	seen  uint32         // bit k: key k was found
	// plain is false when a read value holds '&', '\r' or NUL, which
	// TagAttr decodes: the tag's attributes must then come from TagAttr.
	plain bool
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

// parse reads the attributes of raw, a start tag token from "<" to ">",
// keeping the first of each key as the tokenizer does. It mirrors the
// tokenizer's readTagName, readTag, readTagAttrKey and readTagAttrVal.
func (r *rawAttrs) parse(raw []byte) {
	r.n = 0
	r.plain = true
	r.seen = 0
	n := len(raw)
	// The tag name: raw[1] is its first byte.
	i := 2
	for i < n {
		c := raw[i]
		i++
		if isSpace(c) {
			break
		}
		if c == '/' || c == '>' {
			i--
			break
		}
	}
	for i < n && isSpace(raw[i]) {
		i++
	}
	for i < n {
		if raw[i] == '>' {
			return
		}
		// The key.
		ks := i
		for i < n {
			c := raw[i]
			i++
			if c == '=' && ks+1 == i {
				continue // an "=" that starts a name belongs to it
			}
			if c == '=' || c == '/' || c == '>' || isSpace(c) {
				i--
				break
			}
		}
		ke := i
		// The value.
		vs, ve := i, i
		for i < n && isSpace(raw[i]) {
			i++
		}
		if i < n {
			c := raw[i]
			i++
			switch {
			case c == '/':
			case c != '=':
				i--
			default:
				for i < n && isSpace(raw[i]) {
					i++
				}
				if i < n {
					q := raw[i]
					i++
					switch q {
					case '>':
						i--
					case '\'', '"':
						vs = i
						j := bytes.IndexByte(raw[i:], q)
						if j < 0 {
							i, ve = n, n
						} else {
							ve = i + j
							i = ve + 1
						}
					default:
						vs = i - 1
						ve = n
						for i < n {
							c := raw[i]
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
		}
		if ke > ks {
			if k := attrKey(raw[ks:ke]); k >= 0 && r.seen&(1<<k) == 0 {
				r.seen |= 1 << k
				v := raw[vs:ve]
				r.v[k] = v
				r.order[r.n] = uint8(k)
				r.n++
				if r.plain && needsDecoding(v) {
					r.plain = false
				}
			}
		}
		for i < n && isSpace(raw[i]) {
			i++
		}
	}
}

// needsDecoding reports whether TagAttr would change v.
func needsDecoding(v []byte) bool {
	for _, c := range v {
		if c == '&' || c == '\r' || c == 0 {
			return true
		}
	}
	return false
}

// mayMatter reports whether a start tag that carries no metadata by its
// name may be an author link, a byline or microdata, whose attributes
// are then read: whether its raw bytes hold "itemprop", "author",
// "byline" or "writtenby" in any case. Eight bytes are tested at a time
// for the pairs "au", "by" and "pr", which are rare in tags, and only
// their places are compared with the words.
func mayMatter(raw []byte) bool {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
		fold = 0x2020202020202020 // ASCII letters to lower case
	)
	i := 1
	for ; i+9 <= len(raw); i += 8 {
		a := binary.LittleEndian.Uint64(raw[i:]) | fold
		b := binary.LittleEndian.Uint64(raw[i+1:]) | fold
		m := zeroBytes((a^('a'*ones))|(b^('u'*ones))) |
			zeroBytes((a^('b'*ones))|(b^('y'*ones))) |
			zeroBytes((a^('p'*ones))|(b^('r'*ones)))
		for m != 0 { // possibly a few false candidates, never a missed one
			j := i + bits.TrailingZeros64(m)/8
			m &= m - 1
			if wordAt(raw, j) {
				return true
			}
		}
	}
	for ; i < len(raw); i++ {
		if wordAt(raw, i) {
			return true
		}
	}
	return false
}

// zeroBytes has the high bit set in each byte of x that is zero (and
// maybe in some others above one).
func zeroBytes(x uint64) uint64 {
	return (x - 0x0101010101010101) &^ x & 0x8080808080808080
}

// wordAt reports whether "author", "byline", "writtenby" or "itemprop"
// has its pair "au", "by" or "pr" at b[j], in any case.
func wordAt(b []byte, j int) bool {
	switch b[j] | 0x20 {
	case 'a':
		return hasFold(b[j:], "author")
	case 'b':
		return hasFold(b[j:], "byline") || j >= 7 && hasFold(b[j-7:], "writtenby")
	case 'p':
		return j >= 4 && hasFold(b[j-4:], "itemprop")
	}
	return false
}

// set fills at from r, in document order, as read does from TagAttr.
func (at *attrs) set(r *rawAttrs, s *scanner) {
	for _, k := range r.order[:r.n] {
		v := r.v[k]
		var dst *string
		switch k {
		case kName:
			dst = &at.name
		case kProperty:
			dst = &at.property
		case kItemprop:
			dst = &at.itemprop
		case kHTTPEquiv:
			dst = &at.httpEquiv
		case kContent:
			dst = &at.content
		case kRel:
			dst = &at.rel
		case kHref:
			dst = &at.href
		case kHreflang:
			dst = &at.hreflang
		case kType:
			dst = &at.typ
		case kTitle:
			dst = &at.title
		case kLang, kXMLLang:
			dst = &at.lang
		case kDatetime:
			dst = &at.datetime
		case kSrc:
			dst = &at.src
		case kClass:
			dst = &at.class
		case kID:
			dst = &at.id
		case kStyle:
			dst = &at.style
		case kRole:
			dst = &at.role
		case kWidth:
			dst = &at.width
		case kHeight:
			dst = &at.height
		case kPubdate:
			at.pubdate = true
		case kItemscope:
			at.itemscope = true
		case kHidden:
			at.hidden = true
		case kAriaHidden:
			at.ariaHidden = equalFoldTrim(v, "true")
		}
		if dst == nil || *dst != "" || len(v) == 0 {
			continue
		}
		if len(v) > s.maxAttr {
			s.warn(ErrValueTooLarge, "attribute "+attrNames[k])
			continue
		}
		*dst = s.str(v)
	}
}

var attrNames = [numKeys]string{"name", "property", "itemprop", "http-equiv", "content", "rel", "href",
	"hreflang", "type", "title", "lang", "xml:lang", "datetime", "src", "class", "id", "style", "role",
	"width", "height", "pubdate", "itemscope", "hidden", "aria-hidden"}

// equalFoldTrim reports whether v, without surrounding white space, is
// the lower-case ASCII word w in any case.
func equalFoldTrim(v []byte, w string) bool {
	v = bytes.TrimSpace(v)
	return len(v) == len(w) && hasFold(v, w)
}
