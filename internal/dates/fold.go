package dates

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxWord is the longest folded word the tables hold; longer words are
// unknown without further work.
const maxWord = 40

// fold appends the matching key of word s to dst: lower case, diacritics
// removed ("Février" → "fevrier", "März" → "marz", "Ağustos" →
// "agustos"), a few letters spelled out (ß → ss, æ → ae, ø → o, ı → i) and
// Arabic tatweel and marks dropped. It reports false when the key would
// not fit in cap(dst), so it never allocates when dst has room for maxWord.
func fold(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if len(dst) == cap(dst) {
				return dst, false
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		// Canonical decomposition for Latin, Greek, Cyrillic and Arabic,
		// whose first rune is the base letter. Hangul and CJK are kept.
		if r < 0x0700 || (0x1E00 <= r && r < 0x2000) {
			if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); d != nil {
				r, _ = utf8.DecodeRune(d)
			}
		}
		i += n
		var extra rune
		switch r {
		case 'ß':
			r, extra = 's', 's'
		case 'æ', 'Æ':
			r, extra = 'a', 'e'
		case 'œ', 'Œ':
			r, extra = 'o', 'e'
		case 'ø', 'Ø':
			r = 'o'
		case 'ı':
			r = 'i'
		case 'ł', 'Ł':
			r = 'l'
		case 'đ', 'Đ', 'ð', 'Ð':
			r = 'd'
		case 'ى': // alef maksura
			r = 'ي'
		case 'ـ': // tatweel
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			return dst, false
		}
		dst = utf8.AppendRune(dst, r)
		if extra != 0 {
			if len(dst) == cap(dst) {
				return dst, false
			}
			dst = append(dst, byte(extra))
		}
	}
	return dst, true
}
