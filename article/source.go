package article

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/agencies"
)

// A Source is a news agency or publisher that supplied the story.
type Source struct {
	// Name is the full name ("Macedonian Information Agency"); for a source
	// the registry does not know, the name as written.
	Name string
	// Acronym is the short credit ("MIA"), or empty.
	Acronym string
	// URL is the source's home page, or empty.
	URL string
	// Country is the country the source is based in; the zero Country when
	// unknown.
	Country countries.Country
	// Role is how the source contributed; the zero value means not given.
	Role SourceRole
}

// SourceRole says how a [Source] contributed to an article.
type SourceRole string

// Source roles. The zero SourceRole means the role was not given.
const (
	// SourceOrigin is the agency or publisher that wrote the story.
	SourceOrigin SourceRole = "origin"
	// SourceSupplier delivered the story to the publisher.
	SourceSupplier SourceRole = "supplier"
	// SourceSyndication republished a story that came from elsewhere.
	SourceSyndication SourceRole = "syndication"
	// SourcePublisher is the site or outlet the article appeared in.
	SourcePublisher SourceRole = "publisher"
)

// Credit returns the short form a page credits: the acronym, or the name
// when there is none.
func (s Source) Credit() string {
	if s.Acronym != "" {
		return s.Acronym
	}
	return s.Name
}

// Hints help [Registry.Lookup] choose between agencies that share a name or
// acronym: an agency based in one of Countries, or publishing in Language,
// wins.
type Hints struct {
	Language  language.Tag
	Countries countries.Set
}

// A Registry resolves source names to [Source] values: the agencies that
// ship with the package (see the internal agencies table, with its
// provenance) plus entries of the caller's own. The zero Registry holds the
// defaults only. A Registry is an immutable value; [Registry.With]
// returns a new one, and package state is never changed.
type Registry struct {
	extra []Source
}

// With returns a registry with the entries of r plus srcs. The caller's
// entries are matched before the defaults: an acronym defined by the
// caller hides the built-in agencies with that acronym.
func (r Registry) With(srcs ...Source) Registry {
	n := make([]Source, 0, len(r.extra)+len(srcs))
	n = append(n, r.extra...)
	n = append(n, srcs...)
	return Registry{extra: n}
}

// AmbiguousSourceError reports a name that several agencies answer to.
type AmbiguousSourceError struct {
	Name       string
	Candidates []Source
}

// Error lists the candidates with their countries.
func (e *AmbiguousSourceError) Error() string {
	var b strings.Builder
	b.WriteString("article: ambiguous source ")
	b.WriteString(quote(e.Name))
	b.WriteString(": ")
	for i, c := range e.Candidates {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c.Name)
		if c.Country.IsValid() {
			b.WriteString(" (" + c.Country.Alpha2() + ")")
		}
	}
	return b.String()
}

// Unwrap returns [ErrAmbiguousSource].
func (e *AmbiguousSourceError) Unwrap() error { return ErrAmbiguousSource }

// LookupSource resolves name with the default [Registry].
func LookupSource(name string, h Hints) (Source, error) {
	return Registry{}.Lookup(name, h)
}

// Lookup resolves name (an acronym, a name, an alias, a domain or URL, or a
// wire credit such as "MIA001") to a Source. When several agencies match,
// the hints decide; when they do not, Lookup returns the name as written
// and an [*AmbiguousSourceError]. An unknown name is returned as
// Source{Name: name} with an error wrapping [ErrUnknownSource]: callers keep
// it as written.
func (r Registry) Lookup(name string, h Hints) (Source, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Source{}, &unknownSourceError{name}
	}
	if len(r.extra) > 0 {
		k := agencies.Key(name)
		var found []Source
		for _, s := range r.extra {
			if k != "" && (agencies.Key(s.Name) == k || agencies.Key(s.Acronym) == k || (s.URL != "" && agencies.Key(hostOf(s.URL)) == agencies.Key(hostOf(name)))) {
				found = append(found, s)
			}
		}
		if len(found) == 1 {
			return found[0], nil
		}
		if len(found) > 1 {
			if s, ok := pick(found, h); ok {
				return s, nil
			}
			return Source{Name: name}, &AmbiguousSourceError{Name: name, Candidates: found}
		}
	}
	as := agencies.Lookup(name)
	switch len(as) {
	case 0:
		return Source{Name: name}, &unknownSourceError{name}
	case 1:
		return fromAgency(as[0]), nil
	}
	cands := make([]Source, len(as))
	langs := make([][]string, len(as))
	for i, a := range as {
		cands[i] = fromAgency(a)
		langs[i] = a.Languages
	}
	if s, ok := pickLang(cands, langs, h); ok {
		return s, nil
	}
	return Source{Name: name}, &AmbiguousSourceError{Name: name, Candidates: cands}
}

type unknownSourceError struct{ name string }

func (e *unknownSourceError) Error() string { return "article: unknown source " + quote(e.name) }
func (e *unknownSourceError) Unwrap() error { return ErrUnknownSource }

func pick(cands []Source, h Hints) (Source, bool) {
	return pickLang(cands, nil, h)
}

// pickLang keeps the candidates based in a hinted country; if that leaves
// none or several, the ones publishing in the hinted language.
func pickLang(cands []Source, langs [][]string, h Hints) (Source, bool) {
	var byCountry []int
	for i, c := range cands {
		if c.Country.IsValid() && h.Countries.Contains(c.Country) {
			byCountry = append(byCountry, i)
		}
	}
	if len(byCountry) == 1 {
		return cands[byCountry[0]], true
	}
	if h.Language == language.Und || langs == nil {
		return Source{}, false
	}
	base, _ := h.Language.Base()
	pool := byCountry
	if len(pool) == 0 {
		pool = make([]int, len(cands))
		for i := range cands {
			pool[i] = i
		}
	}
	match := -1
	for _, i := range pool {
		for _, l := range langs[i] {
			t, err := language.Parse(l)
			if err != nil {
				continue
			}
			if b, _ := t.Base(); b == base {
				if match >= 0 {
					return Source{}, false
				}
				match = i
				break
			}
		}
	}
	if match < 0 {
		return Source{}, false
	}
	return cands[match], true
}

func fromAgency(a agencies.Agency) Source {
	s := Source{Name: a.Name, Acronym: a.Acronym, URL: a.URL}
	if c, err := countries.Parse(a.Country); err == nil {
		s.Country = c
	}
	return s
}

func hostOf(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	s = strings.TrimPrefix(s, "www.")
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	return s
}
