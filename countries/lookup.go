package countries

import (
	"slices"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/newsmodel/news/countries/internal/key"
)

// A Form names the kind of text that identified a country.
type Form uint8

// The forms, in order of precedence when one text is several forms of the
// same country.
const (
	FormName         Form = 1 + iota // the common English name: "Iraq"
	FormOfficialName                 // the official name: "Republic of Iraq"
	FormAlias                        // another name in use: "Burma", "Ivory Coast"
	FormAbbreviation                 // an abbreviation: "USA", "U.K.", "DRC"
	FormFormerName                   // a former name: "Swaziland", "Zaire"
	FormDemonym                      // a demonym, singular or plural: "Iraqi", "Iraqis", "Swiss"
	FormSlug                         // the slug: "united-states"
	FormCode                         // an ISO 3166-1 code: "IQ", "IRQ", "368"
	FormLocal                        // a name in another language, from CLDR: "Irak"
	FormUser                         // a name given to NewLookuper
)

var formNames = [...]string{"Form(0)", "name", "official name", "alias", "abbreviation", "former name", "demonym", "slug", "code", "local name", "user name"}

// String returns the form in words: "name", "demonym", ...
func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "Form(?)"
}

// Flags of nameEntry.
const (
	flagTerminal = 1 << iota // the key is a country form (or a block)
	flagPrefix               // the key is the first words of a longer key
	flagUpper                // abbreviation only: upper case in running text
	flagBlock                // not a country (mentions.csv "block")
	flagPerson               // also a personal name (mentions.csv "person")
	flagPlace                // also a place elsewhere (mentions.csv "place")
)

// nameEntry is a row of the generated nameTable.
type nameEntry struct {
	hash    uint64
	key     string
	country uint16 // 0 when ambiguous, blocked or only a prefix
	alt     uint16 // ambiguousTable index + 1, or 0
	form    Form
	flags   uint8
}

// probe returns the nameTable entry with hash h, or nil.
func probe(h uint64) *nameEntry {
	s := h & nameSlotMask
	for {
		i := nameSlots[s]
		if i == 0 {
			return nil
		}
		if e := &nameTable[i-1]; e.hash == h {
			return e
		}
		s = (s + 1) & nameSlotMask
	}
}

// maxInput bounds the input Lookup reads; no name is half as long.
const maxInput = 512

// keyBuf is the size of the stack buffer for keys: every English form
// fits; a longer key (some localized names) is built on the heap.
const keyBuf = 96

// lookupKey returns the entry of the key k with hash h, or nil.
func lookupKey(k []byte, h uint64) *nameEntry {
	e := probe(h)
	if e == nil || e.flags&flagTerminal == 0 || e.flags&flagBlock != 0 || e.key != string(k) {
		return nil
	}
	return e
}

// withoutThe returns k without a leading "the ".
func withoutThe(k []byte) ([]byte, bool) {
	if len(k) > 4 && string(k[:4]) == "the " {
		return k[4:], true
	}
	return k, false
}

// Lookup returns the country that s names: a code (as [Parse] reads
// it), an English name, official name, alias, abbreviation, former name,
// demonym or slug, or a name in any language of the CLDR data in
// golang.org/x/text. Case, diacritics, punctuation and spacing do not
// matter, and a leading "the" is ignored: "IRAQ", "the U.S.", "Cote
// d'Ivoire", "united_states" and "Vereinigte Staaten" are all found.
//
// A name shared by several countries ("Congo", "Korea", "Dominican",
// "Korean") is not guessed: Lookup reports false and
// [LookupAll] returns the candidates. Lookup by code, English form or slug
// does no allocation and needs no start-up work; the first lookup that
// falls through to localized names builds their index once (see the
// package documentation for its cost). Input longer than 512 bytes is
// never found.
func Lookup(s string) (Country, bool) {
	c, _, ok := Lookuper{}.LookupForm(s)
	return c, ok
}

// LookupAll returns every country s may name, in alpha-2 order: one for a
// name Lookup finds, several for a shared name ("Congo" gives CD and CG),
// none when s names no country.
func LookupAll(s string) []Country { return Lookuper{}.LookupAll(s) }

// LookupForm is like Lookup and also reports which form of the name s is.
func LookupForm(s string) (Country, Form, bool) { return Lookuper{}.LookupForm(s) }

// A Lookuper looks up countries like [Lookup], with extra names of the
// caller's. The zero Lookuper uses the built-in names only. A Lookuper is
// immutable and safe for concurrent use.
type Lookuper struct {
	extra map[string][]Country // key -> candidates in alpha-2 order
}

// NewLookuper returns a Lookuper that knows the built-in names plus the
// given ones, which take precedence: a key of extra decides Lookup and
// LookupAll for every input with that key. Names are normalised like
// Lookup input ("Blighty" and "BLIGHTY" are one name); when two names
// normalise alike and map to different countries, that name is ambiguous.
// Names that normalise to nothing and invalid countries are ignored.
func NewLookuper(extra map[string]Country) Lookuper {
	l := Lookuper{extra: make(map[string][]Country, len(extra))}
	for name, c := range extra {
		if !c.IsValid() {
			continue
		}
		k := string(key.Append(nil, name))
		if k == "" {
			continue
		}
		if cs := l.extra[k]; !slices.Contains(cs, c) {
			cs = append(cs, c)
			slices.SortFunc(cs, func(a, b Country) int { return int(a.idx) - int(b.idx) })
			l.extra[k] = cs
		}
	}
	return l
}

// Lookup is like the package's [Lookup] with the Lookuper's names.
func (l Lookuper) Lookup(s string) (Country, bool) {
	c, _, ok := l.LookupForm(s)
	return c, ok
}

// LookupForm is like the package's [LookupForm] with the Lookuper's
// names.
func (l Lookuper) LookupForm(s string) (Country, Form, bool) {
	if len(s) > maxInput {
		return Country{}, 0, false
	}
	var buf [keyBuf]byte
	k, h := key.AppendHash(buf[:0], s)
	if l.extra != nil {
		cs, ok := l.extra[string(k)]
		if !ok {
			if k2, the := withoutThe(k); the {
				cs, ok = l.extra[string(k2)]
			}
		}
		if ok {
			if len(cs) == 1 {
				return cs[0], FormUser, true
			}
			return Country{}, 0, false
		}
	}
	if c, ok := parseCode(s); ok {
		return c, FormCode, true
	}
	e := lookupKey(k, h)
	if e == nil {
		if k2, the := withoutThe(k); the {
			e = lookupKey(k2, key.Hash(k2))
		}
	}
	if e != nil {
		if e.country == 0 {
			return Country{}, 0, false
		}
		c := Country{e.country}
		f := e.form
		if s == c.Slug() {
			f = FormSlug
		}
		return c, f, true
	}
	if len(k) == 0 {
		return Country{}, 0, false
	}
	if c, ok := localIndex().lookup(k); ok {
		return c, FormLocal, true
	}
	return Country{}, 0, false
}

// LookupAll is like the package's [LookupAll] with the Lookuper's names.
func (l Lookuper) LookupAll(s string) []Country {
	if len(s) > maxInput {
		return nil
	}
	var buf [keyBuf]byte
	k, h := key.AppendHash(buf[:0], s)
	if l.extra != nil {
		cs, ok := l.extra[string(k)]
		if !ok {
			if k2, the := withoutThe(k); the {
				cs, ok = l.extra[string(k2)]
			}
		}
		if ok {
			return slices.Clone(cs)
		}
	}
	if c, ok := parseCode(s); ok {
		return []Country{c}
	}
	e := lookupKey(k, h)
	if e == nil {
		if k2, the := withoutThe(k); the {
			e = lookupKey(k2, key.Hash(k2))
		}
	}
	if e != nil {
		if e.country != 0 {
			return []Country{{e.country}}
		}
		if e.alt != 0 {
			alt := ambiguousTable[e.alt-1]
			cs := make([]Country, len(alt))
			for i, idx := range alt {
				cs[i] = Country{uint16(idx)}
			}
			return cs
		}
		return nil
	}
	if len(k) == 0 {
		return nil
	}
	return localIndex().all(k)
}

// localNames indexes the region names of every language that
// golang.org/x/text/language/display supports.
type localNames struct {
	names map[string]uint16 // key -> country index; 0 when ambiguous
	amb   map[string][]Country
}

var (
	localOnce sync.Once
	local     *localNames
)

func localIndex() *localNames {
	localOnce.Do(func() { local = buildLocalIndex() })
	return local
}

func buildLocalIndex() *localNames {
	ln := &localNames{names: make(map[string]uint16, 1<<15), amb: map[string][]Country{}}
	regions := make([]language.Region, numCountries+1)
	for i := 1; i <= numCountries; i++ {
		regions[i] = Country{uint16(i)}.Region()
	}
	var buf []byte
	for _, t := range display.Supported.Tags() {
		n := display.Regions(t)
		if n == nil {
			continue
		}
		for i := 1; i <= numCountries; i++ {
			name := n.Name(regions[i])
			if name == "" {
				continue
			}
			buf = key.Append(buf[:0], name)
			if len(buf) == 0 {
				continue
			}
			old, seen := ln.names[string(buf)]
			switch {
			case !seen:
				ln.names[string(buf)] = uint16(i)
			case old == uint16(i):
			default:
				k := string(buf)
				cs := ln.amb[k]
				if old != 0 {
					cs = append(cs, Country{old})
				}
				if !slices.Contains(cs, Country{uint16(i)}) {
					cs = append(cs, Country{uint16(i)})
				}
				slices.SortFunc(cs, func(a, b Country) int { return int(a.idx) - int(b.idx) })
				ln.amb[k] = cs
				ln.names[k] = 0
			}
		}
	}
	return ln
}

func (ln *localNames) lookup(k []byte) (Country, bool) {
	i, ok := ln.names[string(k)]
	return Country{i}, ok && i != 0
}

func (ln *localNames) all(k []byte) []Country {
	i, ok := ln.names[string(k)]
	if !ok {
		return nil
	}
	if i != 0 {
		return []Country{{i}}
	}
	return slices.Clone(ln.amb[string(k)])
}
