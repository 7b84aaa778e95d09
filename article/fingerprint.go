package article

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/newsmodel/news/internal/textnorm"
)

// A Fingerprint is a stable identifier of an article, for deduplication and
// as an ID where a format needs one and the source gave none. The zero
// Fingerprint is not the fingerprint of any article.
type Fingerprint [16]byte

// Fingerprint returns the first 16 bytes of a SHA-256 hash of:
//
//   - when a.URL is an absolute http(s) URL: the string "url\n" followed by
//     its [CanonicalURL] (so tracking parameters and fragments do not
//     change it);
//   - otherwise: "text\n", the headline, "\n", and each body block's text
//     followed by "\n", every text cleaned as [Normalize] cleans it (so
//     white space and invisible characters do not change it).
//
// Nothing else is hashed: two copies of a story under the same canonical
// URL share a fingerprint whatever their metadata.
func (a *Article) Fingerprint() Fingerprint {
	h := sha256.New()
	if c, err := CanonicalURL(a.URL); err == nil && a.URL != "" {
		h.Write([]byte("url\n"))
		h.Write([]byte(c))
	} else {
		h.Write([]byte("text\n"))
		h.Write([]byte(textnorm.String(a.Headline)))
		h.Write([]byte{'\n'})
		for _, b := range a.Body {
			h.Write([]byte(textnorm.String(b.Text)))
			h.Write([]byte{'\n'})
		}
	}
	var f Fingerprint
	copy(f[:], h.Sum(nil))
	return f
}

// String returns the fingerprint as 32 lower-case hexadecimal digits.
func (f Fingerprint) String() string { return hex.EncodeToString(f[:]) }

// IsZero reports whether f is the zero Fingerprint.
func (f Fingerprint) IsZero() bool { return f == Fingerprint{} }

// MarshalText implements encoding.TextMarshaler as [Fingerprint.String].
func (f Fingerprint) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler: 32 hexadecimal digits.
func (f *Fingerprint) UnmarshalText(b []byte) error {
	var v Fingerprint
	if len(b) != 2*len(v) {
		return &fingerprintError{string(b)}
	}
	if _, err := hex.Decode(v[:], b); err != nil {
		return &fingerprintError{string(b)}
	}
	*f = v
	return nil
}

type fingerprintError struct{ s string }

func (e *fingerprintError) Error() string { return "article: invalid fingerprint " + quote(e.s) }
func (e *fingerprintError) Unwrap() error { return ErrSyntax }
