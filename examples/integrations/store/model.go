package main

// This file holds every call into the article model the store makes, so that
// a change of the model's API touches one file.

import (
	"strings"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/tags"
)

// row is an article flattened into the store's columns and child tables.
type row struct {
	id, url, fingerprint, headline, language string
	published, modified                      article.Time
	doc                                      []byte
	body                                     string
	authors                                  []article.Person
	tags                                     []tags.Tag
	countries                                []countries.Country
	sources                                  []article.Source
}

// flatten turns a into a row. An article without ID gets its fingerprint as
// ID, the way formats that require one do.
func flatten(a *article.Article) (row, error) {
	doc, err := a.MarshalJSON()
	if err != nil {
		return row{}, err
	}
	r := row{
		id:          a.ID,
		url:         a.URL,
		fingerprint: a.Fingerprint().String(),
		headline:    a.Headline,
		language:    a.Language.String(),
		published:   a.Published,
		modified:    a.Modified,
		doc:         doc,
		body:        a.Text(),
		authors:     a.Authors,
		sources:     a.Sources,
	}
	if r.id == "" {
		r.id = r.fingerprint
	}
	for t := range a.Tags.All() {
		r.tags = append(r.tags, t)
	}
	for c := range a.Countries.All() {
		r.countries = append(r.countries, c)
	}
	return r, nil
}

// unflatten decodes the canonical JSON kept in doc.
func unflatten(doc []byte) (*article.Article, error) {
	a := new(article.Article)
	if err := a.UnmarshalJSON(doc); err != nil {
		return nil, err
	}
	return a, nil
}

// timeColumns returns the precise text and the sortable instant of t, both
// NULL (nil) for a zero or unresolved Time: the canonical JSON keeps the
// text of an unresolved Time.
func timeColumns(t article.Time) (precise, instant any) {
	if !t.IsResolved() {
		return nil, nil
	}
	return t, t.Time().Unix()
}

// codeKey is the form of a tag code the tags table indexes: upper case with
// '/' and ':' read as '-', so that a prefix query matches whole segments the
// way tags.Tag.Within does.
func codeKey(code string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '/', ':':
			return '-'
		}
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, code)
}

// sourceNames returns the names a source query matches: the name as given
// and, when the agency registry knows it, the agency's name and acronym, so
// "MIA" finds stories credited to "Macedonian Information Agency".
func sourceNames(name string) []string {
	names := []string{name}
	if s, err := article.LookupSource(name, article.Hints{}); err == nil {
		names = append(names, s.Name, s.Acronym)
	}
	return names
}

func sourceRole(s article.Source) string { return string(s.Role) }
func personRole(p article.Person) string { return string(p.Role) }
