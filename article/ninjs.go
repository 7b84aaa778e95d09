package article

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/article/ninjs"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/jsonlex"
	"github.com/newsmodel/news/internal/textnorm"
	"github.com/newsmodel/news/tags"
)

// CountryURIPrefix is the ISO 3166-1 alpha-2 scheme in which ninjs places
// name the article's affected countries: the prefix followed by the code in
// lower case, "http://cvx.iptc.org/iso3166-1a2/iq", as IPTC's own ninjs
// examples write them. Reading also accepts the code in upper case and the
// prefix "http://cv.iptc.org/newscodes/iso3166-1a2/".
const CountryURIPrefix = "http://cvx.iptc.org/iso3166-1a2/"

const countryURIPrefixAlt = "http://cv.iptc.org/newscodes/iso3166-1a2/"

// FingerprintURIPrefix starts the ninjs "uri" written for an article
// without ID: the prefix followed by the 32 hexadecimal digits of
// [Article.Fingerprint]. Reading such a uri back gives an empty ID when it
// is the fingerprint of the article read.
const FingerprintURIPrefix = "urn:newsmodel:fingerprint:"

// ninjsExtra is the member of [Article.Extra] that keeps what a ninjs
// document holds beyond the article's fields.
const ninjsExtra = "ninjs"

// Names of the roles and rels the mapping writes.
const (
	ninjsRelSection = "section"
	ninjsRelCountry = "about"
	// ninjsRelDateline marks the place of the country of the dateline.
	ninjsRelDateline = "dateline"
	ninjsRelAuthor   = "author"
	ninjsImageName   = "image"
	ninjsAltIDURL    = "url"
)

// ninjsVersion returns the ninjs version a Format writes, and whether it
// writes ninjs at all.
func ninjsVersion(f Format) (ninjs.Version, bool) {
	switch f {
	case FormatNinjs:
		return ninjs.Version31, true
	case FormatNinjs22:
		return ninjs.Version22, true
	case FormatNinjs31:
		return ninjs.Version31, true
	}
	return 0, false
}

// writeVersion is the version in which a document of version v is written
// back: 2.2 for 1.x and 2.x, 3.1 for 3.x.
func writeVersion(v ninjs.Version) ninjs.Version {
	if v.Major() == 3 {
		return ninjs.Version31
	}
	return ninjs.Version22
}

// parseNinjs reads a ninjs document in the version o.Format asks for when
// the document does not name its schema.
func (o ParseOptions) parseNinjs(data []byte) (*Article, error) {
	ro := ninjs.ReadOptions{MaxBytes: o.maxBytes()}
	switch o.Format {
	case FormatNinjs22:
		ro.Version = ninjs.Version22
	case FormatNinjs31:
		ro.Version = ninjs.Version31
	}
	errs := errorList{max: o.maxErrors()}
	if !utf8.Valid(data) {
		err := invalidUTF8At(string(data))
		if o.Strict {
			return nil, err
		}
		errs.add(err)
		data = replaceInvalidUTF8(data)
	}
	d, err := ro.Parse(data)
	if d == nil {
		var pe *ninjs.ParseError
		if errors.As(err, &pe) {
			sentinel := ErrSyntax
			if errors.Is(err, ninjs.ErrTooLarge) {
				sentinel = ErrTooLarge
			}
			return nil, &ParseError{Line: pe.Line, Column: pe.Column, Err: wrapErr(sentinel, err)}
		}
		return nil, &ParseError{Line: 1, Column: 1, Err: wrapErr(ErrSyntax, err)}
	}
	if err != nil {
		if o.Strict {
			return nil, ninjsFieldError(err)
		}
		errs.add(ninjsFieldError(err))
	}
	a, err := FromNinjs(d)
	if err != nil {
		if o.Strict {
			return nil, err
		}
		errs.add(err)
	}
	return a, errs.err()
}

// ninjsSourceCountry returns the country of the agency the default
// [Registry] resolves s to, by its name and else its acronym, as the other
// readers resolve credits; ninjs infosources have no country. A source the
// registry does not know, or not as the agency of that name or acronym,
// has none.
func ninjsSourceCountry(s Source, h Hints) countries.Country {
	for _, k := range [...]string{s.Name, s.Acronym} {
		if k == "" {
			continue
		}
		r, err := LookupSource(k, h)
		if err != nil {
			continue
		}
		if strings.EqualFold(r.Name, s.Name) || s.Acronym != "" && strings.EqualFold(r.Acronym, s.Acronym) {
			return r.Country
		}
	}
	return countries.Country{}
}

// replaceInvalidUTF8 returns b with each byte that is not part of valid
// UTF-8 replaced by U+FFFD.
func replaceInvalidUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			out = append(out, "\uFFFD"...)
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

// ninjsFieldError turns the first ninjs.FieldError of err into a
// *ParseError whose Field is its path.
func ninjsFieldError(err error) error {
	var fe *ninjs.FieldError
	if errors.As(err, &fe) {
		return &ParseError{Field: fe.Path, Err: wrapErr(ErrSyntax, err)}
	}
	return &ParseError{Err: wrapErr(ErrSyntax, err)}
}

// FromNinjs converts a ninjs document of any version (1.0 to 3.1) to an
// Article. [Article.Ninjs] is its inverse; [FormatNinjs], [FormatNinjs22]
// and [FormatNinjs31] read and write through the two.
//
// # Mapping
//
// Member names are those of 2.x; 3.x spells them in camelCase and 1.x in
// the singular.
//
//	ID               uri; an article without ID is written with the uri
//	                 FingerprintURIPrefix + a.Fingerprint(), read back as
//	                 an empty ID when it is still the article's fingerprint
//	URL              altids [{"role": "url", "value"}]
//	Headline         headlines [{"role": "main"}] (1.x headline; the title
//	                 when a document has no headline)
//	Subheadline      headlines [{"role": "sub"}]
//	Summary          descriptions [{"role": "summary", "contenttype":
//	                 "text/plain"}] (1.x description_text)
//	Language         language
//	Published        firstcreated
//	Modified         versioncreated
//	Embargo          embargoed (3.x embargoedUntil)
//	Status           pubstatus
//	Urgency          urgency
//	Revision         version (the item's version)
//	CopyrightHolder, CopyrightNotice, UsageTerms
//	                 copyrightholder, copyrightnotice, usageterms
//	Authors          people [{"name", "rel": role, "uri": URL}], rel
//	                 "author" for authors, and "by" listing the authors'
//	                 names; read from the people whose rel is a Role, else
//	                 from by (1.x byline) with [ParseByline]
//	Section          subjects [{"name", "rel": "section"}], in order
//	Tags             subjects [{"name", "literal": code, "uri",
//	                 "relevance", "confidence"}] (1.x code)
//	Countries        places [{"name", "rel": "about", "uri":
//	                 CountryURIPrefix + alpha-2 in lower case}]
//	Dateline         located (the place); the dateline's Text in front of
//	                 the first paragraph of the body, read back from there
//	                 as the text and HTML parsers read it; its country as
//	                 places [{"rel": "dateline", "uri": as above}]
//	Sources          infosources [{"name", "literal": acronym, "uri": URL,
//	                 "role": SourceRole}]
//	Image            associations [{"name": "image", "type": "picture",
//	                 "uri", "by": credit, "descriptions" (roles "caption"
//	                 and "alt"), "renditions" [{"href", "width", "height"}]}]
//	Body             bodies [{"role": "main", "contenttype": "text/html"}]:
//	                 one <p>, <h2>, <blockquote> or <li> (in <ul>) per block;
//	                 read from the first HTML body (else the first body as
//	                 lines of plain text; 1.x body_html or body_text), with
//	                 headings, list items and quotations kept and the text
//	                 cleaned as [Normalize] cleans it
//
// # Times
//
// 3.1 keeps a Time at its own precision: "2024-05-07", "2024-05-07T10:30"
// (zone-less, minutes), as [Time.String] writes it. The official 3.1 schema
// accepts this (its date-time format is an annotation, and the ninjs
// package does not assert it by default) but a validator that asserts
// formats rejects values coarser than a second. 2.x cannot hold a
// precision: 2.2 output writes a full RFC 3339 date-time (the first
// instant of a date or month), and a zone-less time with RFC 3339's
// "unknown local offset" -00:00, which reading takes as zone-less again; a
// Time read back from 2.2 has Second (or Subsecond) precision. An
// unresolved Time is written as its text.
//
// # What is kept
//
// After mapping, FromNinjs writes the article back as a document of the
// same major version (2.2 for 1.x and 2.x, 3.1 for 3.x) and compares it
// with d member by member. Every member that does not come back the same
// (a provider's extension, an event, a subject with a creator, a second
// body, a date in another notation) is kept in Extra under the name
// "ninjs", as {"version", "keep": {members}, "omit": [names]}, and
// [Article.Ninjs] puts it back: so ninjs → Article → ninjs gives back
// every member of a 2.x or 3.x document. A kept member replaces the
// member the article's fields would give, so an edit of that field does
// not show in the output until the "ninjs" member is removed from Extra.
// Of a 1.x document, the members 2.2 can hold are kept; 1.x-only members
// (byline, mimetype, code and scheme, the body_*, description_* and
// headline_* patterns) are read into the article's fields but not kept.
//
// What ninjs has no member for is not written: Quotes, the other members
// of Extra, a person's Affiliation, a source's Country (reading takes it
// from the agency the default [Registry] resolves the source's name, else
// its acronym, to, with the article's language and countries as
// [Hints]), a tag's aliases,
// description and truncation, scores that are not integers from 0 to 100,
// and a Dateline's date and agency when it has no Text. [RoleAuthor] reads
// back as the zero Role, which means the same.
//
// # Errors
//
// The error joins *ParseError values (Field is the member's JSON Pointer)
// for values that could not be read into their field, such as a date that
// is not a date, kept as an unresolved Time.
func FromNinjs(d *ninjs.Document) (*Article, error) {
	a := new(Article)
	var errs []error
	c := ninjsReader{d: d, a: a}
	c.read()
	errs = c.errs
	wv := writeVersion(d.Version)
	g := articleToNinjs(a, wv)
	if res, err := ninjsResidual(d, g, wv); err != nil {
		errs = append(errs, err)
	} else if res != nil {
		a.Extra = append(a.Extra, Field{Name: ninjsExtra, Value: res})
	}
	return a, errors.Join(errs...)
}

// Ninjs converts a to a ninjs document of version v: ninjs.Version22 or
// ninjs.Version31; zero means 3.1. Other versions fail with an error
// wrapping [ErrUnknownFormat]. The mapping is described at [FromNinjs].
// The document declares its version in "standard". The members a keeps in
// Extra under "ninjs" are put back; when v is of another major version
// than the document they came from, those v cannot hold are left out.
func (a *Article) Ninjs(v ninjs.Version) (*ninjs.Document, error) {
	if v == 0 {
		v = ninjs.Version31
	}
	if v != ninjs.Version22 && v != ninjs.Version31 {
		return nil, &formatError{"ninjs-" + v.String()}
	}
	d := articleToNinjs(a, v)
	for _, x := range a.Extra {
		if x.Name == ninjsExtra {
			if err := applyResidual(d, x.Value, v); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func (a *Article) appendNinjs(dst []byte, v ninjs.Version) ([]byte, error) {
	d, err := a.Ninjs(v)
	if err != nil {
		return nil, err
	}
	return ninjs.WriteOptions{Version: v}.Append(dst, d)
}

// articleToNinjs maps the article's fields, without its kept members.
func articleToNinjs(a *Article, v ninjs.Version) *ninjs.Document {
	d := &ninjs.Document{Version: v, Type: "text", Standard: v.Standard()}
	d.URI = a.ID
	if d.URI == "" {
		d.URI = FingerprintURIPrefix + a.Fingerprint().String()
	}
	if a.URL != "" {
		d.AltIDs = []ninjs.AltID{{Role: ninjsAltIDURL, Value: a.URL}}
	}
	d.FirstCreated = ninjsTime(a.Published, v)
	d.VersionCreated = ninjsTime(a.Modified, v)
	d.Embargoed = ninjsTime(a.Embargo, v)
	d.PubStatus = string(a.Status)
	if a.Urgency != 0 {
		u := float64(a.Urgency)
		d.Urgency = &u
	}
	d.CopyrightHolder = a.CopyrightHolder
	d.CopyrightNotice = a.CopyrightNotice
	d.UsageTerms = a.UsageTerms
	if a.Revision != 0 {
		d.ItemVersion = strconv.Itoa(a.Revision)
	}
	if a.Language != language.Und {
		d.Language = a.Language.String()
	}
	if a.Summary != "" {
		d.Descriptions = []ninjs.Text{{Role: "summary", ContentType: "text/plain", Value: a.Summary}}
	}
	if len(a.Body) > 0 {
		d.Bodies = []ninjs.Text{{Role: "main", ContentType: "text/html", Value: string(bodyHTML(nil, a))}}
	}
	if a.Headline != "" {
		d.Headlines = append(d.Headlines, ninjs.Text{Role: "main", Value: a.Headline})
	}
	if a.Subheadline != "" {
		d.Headlines = append(d.Headlines, ninjs.Text{Role: "sub", Value: a.Subheadline})
	}
	var by []string
	for _, p := range a.Authors {
		rel := string(p.Role)
		if p.Role == "" || p.Role == RoleAuthor {
			rel = ninjsRelAuthor
			by = append(by, p.Name)
		}
		d.People = append(d.People, ninjs.Entity{Name: p.Name, Rel: rel, URI: p.URL})
	}
	d.By = strings.Join(by, ", ")
	for c := range a.Countries.All() {
		d.Places = append(d.Places, ninjs.Entity{Name: c.Name(), Rel: ninjsRelCountry,
			URI: CountryURIPrefix + strings.ToLower(c.Alpha2())})
	}
	if n := a.Tags.Len() + len(a.Section); n > 0 {
		d.Subjects = make([]ninjs.Entity, 0, n)
	}
	for t := range a.Tags.All() {
		d.Subjects = append(d.Subjects, ninjs.Entity{Name: t.Name, Literal: t.Code, URI: t.URI,
			Relevance: ninjsScore(t.Relevance), Confidence: ninjsScore(t.Confidence)})
	}
	for _, s := range a.Section {
		d.Subjects = append(d.Subjects, ninjs.Entity{Name: s, Rel: ninjsRelSection})
	}
	for _, s := range a.Sources {
		d.InfoSources = append(d.InfoSources, ninjs.Entity{Name: s.Name, Role: string(s.Role), URI: s.URL, Literal: s.Acronym})
	}
	d.Located = a.Dateline.Place
	if c := a.Dateline.Country; c.IsValid() {
		d.Places = append(d.Places, ninjs.Entity{Name: c.Name(), Rel: ninjsRelDateline,
			URI: CountryURIPrefix + strings.ToLower(c.Alpha2())})
	}
	if im := a.Image; !im.IsZero() {
		as := ninjs.Association{Name: ninjsImageName}
		as.URI, as.Type, as.By = im.URL, "picture", im.Credit
		r := ninjs.Rendition{Name: "original", Href: im.URL}
		if im.Width != 0 {
			w := float64(im.Width)
			r.Width = &w
		}
		if im.Height != 0 {
			h := float64(im.Height)
			r.Height = &h
		}
		if r.Href != "" || r.Width != nil || r.Height != nil {
			as.Renditions = []ninjs.Rendition{r}
		}
		if im.Caption != "" {
			as.Descriptions = append(as.Descriptions, ninjs.Text{Role: "caption", Value: im.Caption})
		}
		if im.AltText != "" {
			as.Descriptions = append(as.Descriptions, ninjs.Text{Role: "alt", Value: im.AltText})
		}
		d.Associations = []ninjs.Association{as}
	}
	return d
}

// ninjsScore returns a tag score as ninjs holds it: an integer from 0 to
// 100, or nil when the score is absent or is not such an integer.
func ninjsScore(f *float64) *int {
	if f == nil || *f != math.Trunc(*f) || *f < 0 || *f > 100 {
		return nil
	}
	n := int(*f)
	return &n
}

// ninjsTime writes t for version v: at its own precision in 3.1, as a full
// RFC 3339 date-time in 2.2 (see the package documentation).
func ninjsTime(t Time, v ninjs.Version) ninjs.DateTime {
	if t.IsZero() {
		return ""
	}
	if !t.IsResolved() {
		return ninjs.DateTime(t.Text())
	}
	if v.Major() == 3 {
		return ninjs.DateTime(t.String())
	}
	tt := t.Time()
	if !t.Zoned() {
		return ninjs.DateTime(tt.Format("2006-01-02T15:04:05.999999999") + "-00:00")
	}
	return ninjs.DateTime(tt.Format(time.RFC3339Nano))
}

// readNinjsTime reads a ninjs date-time: ISO 8601 at its precision, with
// "-00:00" (RFC 3339's unknown local offset, as 2.2 output writes
// zone-less times) read as no zone.
func readNinjsTime(s ninjs.DateTime) (Time, error) {
	str := string(s)
	if str == "" {
		return Time{}, nil
	}
	if base, ok := strings.CutSuffix(str, "-00:00"); ok {
		if t, err := ParseTime(base); err == nil && t.Precision() >= Minute {
			return t, nil
		}
	}
	if t, err := ParseTime(str); err == nil {
		return t, nil
	}
	tt, p, zoned, err := s.Time()
	if err != nil {
		return Unresolved(str), wrapErr(ErrTime, err)
	}
	prec := Second
	switch p {
	case ninjs.PrecisionYear:
		prec = Year
	case ninjs.PrecisionMonth:
		prec = Month
	case ninjs.PrecisionDay:
		prec = Day
	}
	if prec == Second && tt.Nanosecond() != 0 {
		prec = Subsecond
	}
	return NewTime(tt, prec, zoned), nil
}

// ninjsReader maps a document to an article.
type ninjsReader struct {
	d    *ninjs.Document
	a    *Article
	errs []error
}

func (c *ninjsReader) fail(path string, err error) {
	c.errs = append(c.errs, &ParseError{Field: path, Err: err})
}

func (c *ninjsReader) time(path string, s ninjs.DateTime) Time {
	t, err := readNinjsTime(s)
	if err != nil {
		c.fail(path, err)
	}
	return t
}

func (c *ninjsReader) read() {
	d, a := c.d, c.a
	three := d.Version.Major() == 3
	name := func(two, three3 string) string {
		if three {
			return "/" + three3
		}
		return "/" + two
	}
	for _, id := range d.AltIDs {
		if id.Role == ninjsAltIDURL && a.URL == "" {
			a.URL = id.Value
		}
	}
	a.Published = c.time(name("firstcreated", "firstCreated"), d.FirstCreated)
	a.Modified = c.time(name("versioncreated", "versionCreated"), d.VersionCreated)
	a.Embargo = c.time(name("embargoed", "embargoedUntil"), d.Embargoed)
	switch s := Status(d.PubStatus); s {
	case StatusUsable, StatusWithheld, StatusCanceled:
		a.Status = s
	}
	if u := d.Urgency; u != nil && *u == math.Trunc(*u) && *u >= 1 && *u <= 9 {
		a.Urgency = int(*u)
	}
	a.CopyrightHolder, a.CopyrightNotice, a.UsageTerms = d.CopyrightHolder, d.CopyrightNotice, d.UsageTerms
	if n, err := strconv.Atoi(d.ItemVersion); err == nil && n > 0 && strconv.Itoa(n) == d.ItemVersion {
		a.Revision = n
	}
	if d.Language != "" {
		if t, err := language.Parse(d.Language); err == nil && t.String() == d.Language {
			a.Language = t
		} else if err == nil {
			a.Language = t
		} else {
			c.fail("/language", wrapErr(ErrInvalidLanguage, err))
		}
	}
	for _, t := range d.Headlines {
		switch t.Role {
		case "", "main":
			if a.Headline == "" {
				a.Headline = t.Value
			}
		case "sub", "subheadline", "subtitle":
			if a.Subheadline == "" {
				a.Subheadline = t.Value
			}
		}
	}
	if a.Headline == "" {
		a.Headline = d.Headline
	}
	if a.Headline == "" && len(d.Headlines) > 0 {
		a.Headline = d.Headlines[0].Value
	}
	if a.Headline == "" {
		a.Headline = d.Title
	}
	if a.Headline == "" && d.Version.Major() == 1 {
		// The 1.x headline_* pattern members, main first.
		a.Headline = extraString(d.Extra, "headline_main")
		for _, x := range d.Extra {
			if a.Headline == "" && strings.HasPrefix(x.Name, "headline_") {
				a.Headline = extraString(d.Extra, x.Name)
			}
		}
	}
	for _, t := range d.Descriptions {
		if t.Role != "caption" && t.Role != "alt" && a.Summary == "" {
			a.Summary = t.Value
		}
	}
	if a.Summary == "" {
		a.Summary = extraString(d.Extra, "description_text")
	}
	c.body()
	c.people()
	for _, p := range d.Places {
		cc, ok := countryFromURI(p.URI)
		switch {
		case !ok:
		case p.Rel == "" || p.Rel == ninjsRelCountry:
			a.Countries.Add(cc)
		case p.Rel == ninjsRelDateline && !a.Dateline.Country.IsValid():
			a.Dateline.Country = cc
		}
	}
	var ts []tags.Tag
	for _, s := range d.Subjects {
		if s.Rel == ninjsRelSection {
			if s.Name != "" {
				a.Section = append(a.Section, s.Name)
			}
			continue
		}
		t := tags.Tag{Name: s.Name, Code: s.Literal, URI: s.URI}
		if t.Code == "" && s.Code != "" {
			t.Code = s.Code
		}
		if t.Code != "" && !tags.ValidCode(t.Code) {
			// A literal that is no tag code (a free-text identifier)
			// cannot be a Tag's Code; the subject is kept whole.
			t.Code = ""
			if t.Name == "" {
				continue
			}
		}
		if s.Relevance != nil {
			f := float64(*s.Relevance)
			t.Relevance = &f
		}
		if s.Confidence != nil {
			f := float64(*s.Confidence)
			t.Confidence = &f
		}
		ts = append(ts, t)
	}
	a.Tags = tagSet(ts)
	for _, s := range d.InfoSources {
		if s.Name == "" {
			continue
		}
		src := Source{Name: s.Name, Acronym: s.Literal, URL: s.URI}
		switch r := SourceRole(s.Role); r {
		case SourceOrigin, SourceSupplier, SourceSyndication, SourcePublisher:
			src.Role = r
		}
		src.Country = ninjsSourceCountry(src, Hints{Language: a.Language, Countries: a.Countries})
		a.Sources = append(a.Sources, src)
	}
	for _, as := range d.Associations {
		if as.Type != "picture" {
			continue
		}
		im := Image{URL: as.URI, Credit: as.By}
		if len(as.Renditions) > 0 {
			r := as.Renditions[0]
			if r.Href != "" {
				im.URL = r.Href
			}
			if r.Width != nil && *r.Width >= 0 && *r.Width <= math.MaxInt32 {
				im.Width = int(*r.Width)
			}
			if r.Height != nil && *r.Height >= 0 && *r.Height <= math.MaxInt32 {
				im.Height = int(*r.Height)
			}
		}
		for _, t := range as.Descriptions {
			switch t.Role {
			case "caption", "", "summary":
				if im.Caption == "" {
					im.Caption = t.Value
				}
			case "alt":
				im.AltText = t.Value
			}
		}
		a.Image = im
		break
	}
	if d.Located != "" && a.Dateline.Place == "" {
		a.Dateline.Place = d.Located
	}
	if a.ID == "" && d.URI != "" {
		a.ID = d.URI
		if strings.HasPrefix(d.URI, FingerprintURIPrefix) {
			a.ID = ""
			if FingerprintURIPrefix+a.Fingerprint().String() != d.URI {
				a.ID = d.URI
			}
		}
	}
}

// people reads the authors: people whose rel is a role, else the "by" line.
func (c *ninjsReader) people() {
	d, a := c.d, c.a
	for _, p := range d.People {
		var role Role
		switch r := Role(p.Rel); r {
		case RoleAuthor:
		case RoleEditor, RolePhotographer, RoleTranslator, RoleContributor:
			role = r
		default:
			continue
		}
		if p.Name == "" {
			continue
		}
		a.Authors = append(a.Authors, Person{Name: p.Name, Role: role, URL: p.URI})
	}
	if len(a.Authors) == 0 {
		by := d.By
		if by == "" {
			by = d.Byline
		}
		if by != "" {
			a.Authors = ParseByline(by)
		}
	}
}

// body reads the first HTML body, else the first body of another type as
// plain text, else the 1.x body_html or body_text member.
func (c *ninjsReader) body() {
	d, a := c.d, c.a
	var value, ctype string
	found := false
	for _, b := range d.Bodies {
		if strings.Contains(b.ContentType, "html") {
			value, ctype, found = b.Value, "html", true
			break
		}
	}
	if !found && len(d.Bodies) > 0 {
		value, ctype, found = d.Bodies[0].Value, d.Bodies[0].ContentType, true
	}
	if !found {
		if s := extraString(d.Extra, "body_html"); s != "" {
			value, ctype = s, "html"
		} else {
			value = extraString(d.Extra, "body_text")
		}
	}
	if strings.Contains(ctype, "html") || strings.HasPrefix(strings.TrimSpace(value), "<") {
		a.Body = readBodyHTML(value)
	} else {
		for line := range strings.SplitSeq(value, "\n") {
			if t := textnorm.String(line); t != "" {
				a.Body = append(a.Body, Block{Text: t})
			}
		}
	}
	if len(a.Body) > 0 && a.Body[0].Kind == Paragraph {
		if dl, rest, ok := parseDateline(a.Body[0].Text, ParseOptions{}.dateOptions()); ok && strings.TrimSpace(rest) != "" {
			a.Dateline = dl
			a.Body[0].Text = strings.TrimSpace(rest)
		}
	}
}

// tagSet builds a set from many tags at once. Adding tags one by one
// copies the set each time, and inserting them out of order moves its
// tail, so they are sorted first in an order close to the set's own
// (codes first, upper case, then names in lower case).
func tagSet(ts []tags.Tag) tags.Set {
	slices.SortStableFunc(ts, func(a, b tags.Tag) int {
		if (a.Code == "") != (b.Code == "") {
			if a.Code != "" {
				return -1
			}
			return 1
		}
		if c := strings.Compare(strings.ToUpper(a.Code), strings.ToUpper(b.Code)); c != 0 {
			return c
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return tags.SetOf(ts...)
}

// extraString returns the string value of a kept member, or "".
func extraString(fs ninjs.Fields, name string) string {
	v, ok := fs.Get(name)
	if !ok {
		return ""
	}
	s, err := jsonlex.Decode(v)
	if err != nil {
		return ""
	}
	str, _ := s.(string)
	return str
}

// countryFromURI reads a country from a URI of the ISO 3166 scheme.
func countryFromURI(uri string) (countries.Country, bool) {
	code, ok := strings.CutPrefix(uri, CountryURIPrefix)
	if !ok {
		code, ok = strings.CutPrefix(uri, countryURIPrefixAlt)
	}
	if !ok || len(code) != 2 {
		return countries.Country{}, false
	}
	c, err := countries.Parse(strings.ToUpper(code))
	return c, err == nil
}

// bodyHTML writes the body as HTML, one element per block, the dateline
// (when it has Text) in front of the first paragraph.
func bodyHTML(dst []byte, a *Article) []byte {
	inList := false
	for i, b := range a.Body {
		text := b.Text
		if i == 0 && b.Kind == Paragraph && a.Dateline.Text != "" {
			text = a.Dateline.Text + " " + text
		}
		if inList && b.Kind != ListItem {
			dst = append(dst, "</ul>\n"...)
			inList = false
		}
		var open, end string
		switch b.Kind {
		case Heading:
			open, end = "<h2>", "</h2>"
		case Quotation:
			open, end = "<blockquote>", "</blockquote>"
		case ListItem:
			if !inList {
				dst = append(dst, "<ul>\n"...)
				inList = true
			}
			open, end = "<li>", "</li>"
		default:
			open, end = "<p>", "</p>"
		}
		dst = append(dst, open...)
		dst = append(dst, html.EscapeString(text)...)
		dst = append(dst, end...)
		dst = append(dst, '\n')
	}
	if inList {
		dst = append(dst, "</ul>\n"...)
	}
	return dst
}

// readBodyHTML reads the blocks of an HTML fragment: headings, list items,
// block quotations (a paragraph inside one is a quotation) and paragraphs;
// text outside any block is a paragraph. Text is cleaned as Normalize
// cleans it.
func readBodyHTML(s string) []Block {
	z := html.NewTokenizer(strings.NewReader(s))
	var blocks []Block
	var sb strings.Builder
	kind := Paragraph
	quote, list := 0, 0
	flush := func() {
		if t := textnorm.String(sb.String()); t != "" {
			blocks = append(blocks, Block{Kind: kind, Text: t})
		}
		sb.Reset()
	}
	base := func() BlockKind {
		switch {
		case quote > 0:
			return Quotation
		case list > 0:
			return ListItem
		}
		return Paragraph
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return blocks
		case html.TextToken:
			sb.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "p", "div", "section", "pre", "table", "tr", "figure":
				flush()
				kind = base()
			case "h1", "h2", "h3", "h4", "h5", "h6":
				flush()
				kind = Heading
				if tt == html.EndTagToken {
					kind = base()
				}
			case "blockquote":
				flush()
				if tt == html.StartTagToken {
					quote++
				} else if tt == html.EndTagToken && quote > 0 {
					quote--
				}
				kind = base()
			case "ul", "ol":
				flush()
				if tt == html.StartTagToken {
					list++
				} else if tt == html.EndTagToken && list > 0 {
					list--
				}
				kind = base()
			case "li":
				flush()
				kind = base()
				if tt == html.StartTagToken {
					kind = ListItem
				}
			case "br":
				sb.WriteByte(' ')
			case "script", "style":
				if tt == html.StartTagToken {
					flush()
					// Skip the element's text.
					for z.Next() == html.TextToken {
					}
				}
			}
		}
	}
}

// ninjsResidual returns what document d holds beyond g, the document its
// article gives back: a JSON object {"version", "keep", "omit"} where keep
// holds the members of d that differ from g's (written in version wv, or
// for 1.x documents in 2.2 where it can hold them) and omit the names of
// members g has and d has not. It returns nil when g equals d.
func ninjsResidual(d, g *ninjs.Document, wv ninjs.Version) ([]byte, error) {
	r := &ninjs.Document{Version: wv}
	var omit []string
	dv, gv, rv := reflect.ValueOf(d).Elem(), reflect.ValueOf(g).Elem(), reflect.ValueOf(r).Elem()
	t := dv.Type()
	major := wv.Major()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Name == "Version" || f.Name == "Extra" {
			continue
		}
		x, y := dv.Field(i), gv.Field(i)
		if reflect.DeepEqual(x.Interface(), y.Interface()) {
			continue
		}
		if x.IsZero() {
			if n := ninjsMember(f, major); n != "" {
				omit = append(omit, n)
			}
			continue
		}
		rv.Field(i).Set(x)
		if d.Version.Major() == 1 {
			// Keep only what the version written can hold.
			probe := &ninjs.Document{Version: wv}
			reflect.ValueOf(probe).Elem().Field(i).Set(x)
			if !ninjsHolds(probe, wv, ninjsMember(dv.Type().Field(i), wv.Major())) {
				rv.Field(i).SetZero()
			}
		}
	}
	r.Extra = d.Extra
	if d.Version.Major() == 1 {
		var keep ninjs.Fields
		for _, x := range d.Extra {
			if !strings.HasPrefix(x.Name, "body_") && !strings.HasPrefix(x.Name, "description_") && !strings.HasPrefix(x.Name, "headline_") &&
				ninjsHolds(&ninjs.Document{Version: wv, Extra: ninjs.Fields{x}}, wv, x.Name) {
				keep = append(keep, x)
			}
		}
		r.Extra = keep
	}
	if len(omit) == 0 && isEmptyDoc(r) {
		return nil, nil
	}
	keep, err := ninjs.WriteOptions{Version: wv}.Append(nil, r)
	if err != nil {
		return nil, &ParseError{Field: "/", Err: wrapErr(ErrSyntax, err)}
	}
	out := []byte(`{"version":`)
	out = jsonlex.AppendString(out, wv.String(), false)
	out = append(out, `,"keep":`...)
	out = append(out, keep...)
	if len(omit) > 0 {
		out = append(out, `,"omit":[`...)
		for i, n := range omit {
			if i > 0 {
				out = append(out, ',')
			}
			out = jsonlex.AppendString(out, n, false)
		}
		out = append(out, ']')
	}
	return append(out, '}'), nil
}

func isEmptyDoc(d *ninjs.Document) bool {
	c := *d
	c.Version = 0
	return reflect.ValueOf(c).IsZero()
}

// ninjsMember returns the member name of a Document field in a major
// version, from its struct tag, or "" when that version has none.
func ninjsMember(f reflect.StructField, major int) string {
	names := strings.Fields(f.Tag.Get("ninjs"))
	if major < 1 || major > len(names) {
		return ""
	}
	n, _, _ := strings.Cut(names[major-1], "/")
	if n == "-" {
		return ""
	}
	return n
}

// ninjsResidualValue is the JSON form of a kept residual.
type ninjsResidualValue struct {
	Version string          `json:"version"`
	Keep    json.RawMessage `json:"keep"`
	Omit    []string        `json:"omit"`
}

// applyResidual puts the members kept by [FromNinjs] into d, written in
// version v: kept members replace the article's, omitted ones are cleared.
// Members version v cannot hold are left out.
func applyResidual(d *ninjs.Document, value []byte, v ninjs.Version) error {
	var res ninjsResidualValue
	if err := json.Unmarshal(value, &res); err != nil {
		return &FieldError{Path: "/ninjs", Err: wrapErr(ErrSyntax, err)}
	}
	rv, err := ninjs.ParseVersion(res.Version)
	if err != nil {
		return &FieldError{Path: "/ninjs/version", Err: wrapErr(ErrSyntax, err)}
	}
	r, err := ninjs.ReadOptions{Version: rv}.Parse(res.Keep)
	if r == nil {
		return &FieldError{Path: "/ninjs/keep", Err: wrapErr(ErrSyntax, err)}
	}
	same := rv.Major() == v.Major()
	dv, rr := reflect.ValueOf(d).Elem(), reflect.ValueOf(r).Elem()
	t := dv.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Name == "Version" || f.Name == "Extra" || rr.Field(i).IsZero() {
			continue
		}
		if !same && (f.Name == "Standard" || ninjsMember(f, v.Major()) == "") {
			continue
		}
		old := reflect.New(f.Type).Elem()
		old.Set(dv.Field(i))
		dv.Field(i).Set(rr.Field(i))
		if !same {
			probe := &ninjs.Document{Version: v}
			reflect.ValueOf(probe).Elem().Field(i).Set(rr.Field(i))
			if !ninjsHolds(probe, v, ninjsMember(f, v.Major())) {
				dv.Field(i).Set(old)
			}
		}
	}
	if same {
		for _, name := range res.Omit {
			for i := range t.NumField() {
				f := t.Field(i)
				if f.Name != "Version" && f.Name != "Extra" && ninjsMember(f, rv.Major()) == name {
					dv.Field(i).SetZero()
				}
			}
		}
	}
	for _, x := range r.Extra {
		// A member kept from another major version stays only where the
		// version written allows it.
		if same || ninjsHolds(&ninjs.Document{Version: v, Extra: ninjs.Fields{x}}, v, x.Name) {
			d.Extra = append(d.Extra, x)
		}
	}
	return nil
}

// ninjsHolds reports whether version v can hold the member named member
// of probe (a document holding that member only): it is written, and
// validation reports no problem at or below it.
func ninjsHolds(probe *ninjs.Document, v ninjs.Version, member string) bool {
	if _, err := (ninjs.WriteOptions{Version: v}).Append(nil, probe); err != nil {
		return false
	}
	err := ninjs.ValidateOptions{Version: v}.Validate(probe)
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else if err != nil {
		errs = []error{err}
	}
	for _, e := range errs {
		var fe *ninjs.FieldError
		if errors.As(e, &fe) && (fe.Path == "/"+member || strings.HasPrefix(fe.Path, "/"+member+"/")) {
			return false
		}
	}
	return true
}
