package tags

import (
	"slices"
	"strings"
)

// A Tag is a topic tag as a page, a feed or a vocabulary gives it.
//
// The zero Tag is not valid: a tag needs a code or a name. Tags are
// plain values; copying one shares its Aliases slice, and Tags returned
// by a [Vocabulary] share their Aliases with it, so clone before
// modifying. Tag is not comparable with ==; compare identities with
// [Tag.Key] and whole tags with [Tag.Equal].
type Tag struct {
	// Code is the tag's code in its scheme, such as "LLL-GFATF-ISIS" or
	// "medtop:20000123"; empty when the source gave none. Codes are
	// case-insensitive; their segments are separated by '-', '/' or ':'
	// as written (see [ValidCode]).
	Code string

	// Name is the tag's display name, such as "Islamic State".
	Name string

	// Aliases are other names of the tag, such as "ISIS"; nil when none.
	Aliases []string

	// Description is the text that describes the tag, as the source gave
	// it; when Truncated is set it is the part the page showed.
	Description string

	// Truncated reports that the source cut the description short (pages
	// print "...[+]", "…" or "[more]").
	Truncated bool

	// URI identifies the tag in a controlled vocabulary, such as
	// "http://cv.iptc.org/newscodes/mediatopic/20000123"; empty when none.
	URI string

	// Relevance and Confidence are optional scores a source may give (ninjs
	// subjects carry both, on a 0–100 scale); nil when absent. The package
	// keeps them as given and only requires them to be finite.
	Relevance, Confidence *float64
}

// A Key is the identity of a [Tag]: its code, compared case-insensitively
// with '-', '/' and ':' alike, when it has one; otherwise its name folded
// for matching (case, diacritics, punctuation and spacing ignored, so
// "Al-Qaeda" and "al qaeda" are the same tag). Keys are comparable and
// usable as map keys. The zero Key belongs to no valid tag. A name
// without letters or digits ("!!!") is its own key, spelled exactly.
type Key struct {
	code string // identity form of the code, or ""
	name string // folded name, when code is ""
}

// Key returns t's identity.
func (t Tag) Key() Key {
	if t.Code != "" {
		var buf [64]byte
		return Key{code: string(appendCodeKey(buf[:0], t.Code))}
	}
	if t.Name == "" {
		return Key{}
	}
	if f := foldString(t.Name); f != "" {
		return Key{name: f}
	}
	// A name of punctuation only ("!!!") keeps its exact spelling; the NUL
	// byte keeps it apart from folded names.
	return Key{name: "\x00" + t.Name}
}

// IsZero reports whether k is the zero Key.
func (k Key) IsZero() bool { return k == Key{} }

// String returns "code:" followed by the normalised code, or "name:"
// followed by the folded name; it is meant for diagnostics.
func (k Key) String() string {
	if k.code != "" {
		return "code:" + k.code
	}
	return "name:" + k.name
}

// compare orders keys: code keys before name keys, each by bytes. Since
// '-' sorts before every other code byte, a code comes right before the
// codes within it.
func (k Key) compare(o Key) int {
	switch {
	case k.code != "" && o.code == "":
		return -1
	case k.code == "" && o.code != "":
		return 1
	case k.code != "":
		return strings.Compare(k.code, o.code)
	}
	return strings.Compare(k.name, o.name)
}

// IsZero reports whether t is the zero Tag.
func (t Tag) IsZero() bool {
	return t.Code == "" && t.Name == "" && len(t.Aliases) == 0 && t.Description == "" &&
		!t.Truncated && t.URI == "" && t.Relevance == nil && t.Confidence == nil
}

// Equal reports whether t and u have equal fields (scores compared by
// value; a nil and an empty Aliases slice are equal).
func (t Tag) Equal(u Tag) bool {
	return t.Code == u.Code && t.Name == u.Name && slices.Equal(t.Aliases, u.Aliases) &&
		t.Description == u.Description && t.Truncated == u.Truncated && t.URI == u.URI &&
		equalScore(t.Relevance, u.Relevance) && equalScore(t.Confidence, u.Confidence)
}

func equalScore(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// Clone returns a copy of t that shares no memory with it.
func (t Tag) Clone() Tag {
	t.Aliases = slices.Clone(t.Aliases)
	if t.Relevance != nil {
		v := *t.Relevance
		t.Relevance = &v
	}
	if t.Confidence != nil {
		v := *t.Confidence
		t.Confidence = &v
	}
	return t
}

// Slug returns the form news sites use in tag URLs: the name (or, without
// a name, the code) with diacritics removed, letters in lower case and
// every run of other characters turned into one '-': "Islamic State"
// gives "islamic-state", "Côte d’Ivoire" gives "cote-d-ivoire", "LLL-GFATF"
// gives "lll-gfatf". Letters of other scripts are kept ("исламское-государство").
// [Vocabulary.Lookup] and [Set.LookupSlug] find tags by slug.
func (t Tag) Slug() string {
	s := t.Name
	if s == "" {
		s = t.Code
	}
	var buf [128]byte
	return string(appendFold(buf[:0], s, '-'))
}
