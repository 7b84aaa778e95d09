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
// [Tag.Key], whole tags with [Tag.Equal] and, where the page's
// punctuation matters, their Styles with ==.
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

	// Style records how the page punctuated the tag's line, where that
	// differs from what [Tag.String] writes by default, so that String
	// gives the page's line back; [Parse] sets it. The zero Style is
	// String's default form. Style is presentation, not content:
	// [Tag.Equal], [Tag.Key], [Set] identity and [Vocabulary] lookups
	// ignore it.
	Style Style
}

// A Style records the punctuation of a tag line that the fields of a
// [Tag] do not determine: the bullet, the truncation marker, and the
// explicit forms a page may write where String would not (see the package
// documentation, "Formatting"). [Parse] records only departures from the
// default, so a line in the form String writes parses with the zero Style,
// and each field's zero value stands for String's default choice. Style is
// comparable.
type Style struct {
	// Bullet is the bullet the line began with, as written ("•", "-",
	// "*", "••", ...); "" when there was none. String writes it followed by
	// a space.
	Bullet string

	// Separator is the word the page wrote between the name and the
	// description ("—", "–", "-" or "--"), also when the description is
	// empty; "" when the page wrote what String writes by default (the
	// run-together form where it reads back, otherwise "—").
	Separator string

	// Marker is the truncation marker as written, with white space
	// removed ("…", "[more]", "…[More]", ...); "" for String's default
	// "...[+]". It matters only when the tag is Truncated.
	Marker string

	// BracketCode reports that the page wrote the code in brackets
	// ("[ZZZ-ORG] Armed groups"), or "[]" before a name, where String
	// would write neither.
	BracketCode bool

	// AliasSlash reports that the page wrote " / " before the aliases
	// where String would run them together with the name ("Front / NLF").
	AliasSlash bool

	// TrailingSlash reports that the page ended the name and aliases with
	// a "/" that String would not write ("Weather /").
	TrailingSlash bool
}

// IsZero reports whether s is the zero Style, String's default form.
func (s Style) IsZero() bool { return s == Style{} }

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
		!t.Truncated && t.URI == "" && t.Relevance == nil && t.Confidence == nil && t.Style.IsZero()
}

// Equal reports whether t and u have equal fields other than Style
// (scores compared by value; a nil and an empty Aliases slice are equal).
// Like [time.Time.Equal], which ignores the location, it compares what
// the tags say, not how a page punctuated them; compare Styles with ==
// when that matters.
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
