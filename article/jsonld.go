package article

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/jsonlex"
	"github.com/newsmodel/news/internal/textnorm"
	"github.com/newsmodel/news/tags"
)

// jsonldExtra is the member of [Article.Extra] that keeps the properties of
// a JSON-LD node the model has no field for.
const jsonldExtra = "jsonld"

// AppendJSONLD appends a as one schema.org NewsArticle JSON-LD object
// ([FormatJSONLD]). Every string is written HTML-safe: <, >, &, U+2028 and
// U+2029 are escaped (\u003c, ...), so the output can be put between
// <script type="application/ld+json"> and </script> as it is, and invalid
// UTF-8 is written as U+FFFD. Properties come in a fixed order, each left
// out when empty:
//
//	@context, @type     "https://schema.org", "NewsArticle"
//	identifier, url     ID, URL
//	headline, alternativeHeadline, description
//	                    Headline, Subheadline, Summary
//	inLanguage          Language
//	datePublished, dateModified
//	                    Published, Modified, ISO 8601 at their precision
//	                    ("2020-01-24" stays a date); an unresolved time as
//	                    its text
//	author, editor, translator, contributor
//	                    Authors as Person {name, url, affiliation
//	                    Organization}, by role; a photographer is a
//	                    contributor given as {"@type": "Role", "roleName":
//	                    "photographer", "contributor": Person}
//	articleSection      Section
//	keywords            the names of the tags (the code when a tag has no
//	                    name)
//	about               Tags as DefinedTerm {@id: URI, termCode, name,
//	                    alternateName: aliases, description}, then
//	                    Countries as Country {@id: CountryURIPrefix +
//	                    code, identifier: alpha-2, name}
//	contentLocation     Dateline as Place {name, address {addressCountry}}
//	publisher           Sources with role publisher, as
//	                    NewsMediaOrganization {name, alternateName: acronym,
//	                    url, address {addressCountry}}
//	sourceOrganization  the other Sources, wrapped in a Role {roleName}
//	                    when they have a role
//	image               ImageObject {url, caption, creditText, description:
//	                    alt text, width, height}
//	creativeWorkStatus, version
//	                    Status, Revision
//	copyrightHolder     Organization {name}
//	copyrightNotice, conditionsOfAccess
//	                    CopyrightNotice, UsageTerms
//	articleBody         the blocks' text separated by blank lines, the
//	                    dateline's Text in front of the first paragraph
//	hasPart             Quotes as Quotation {text, position: the 1-based
//	                    index of the articleBody paragraph where it starts,
//	                    spokenByCharacter: the speaker as written, creator:
//	                    the resolved speaker}
//	...                 the properties kept in Extra under "jsonld"
//
// Reading ([ParseOptions.Parse] with FormatJSONLD, detected by "@context",
// "@type" or "@graph") takes the first node of the best article type
// (NewsArticle and its subtypes, then Article, BlogPosting, ...) from an
// object, an array or a @graph, reads the properties above (author as a
// string or Person, keywords when there are no DefinedTerms, name when
// there is no headline, image as a URL) and keeps the node's other
// properties in Extra under "jsonld", written back after the others.
// Writing then reading gives the article back except for what JSON-LD does
// not hold: Urgency, Embargo, the other members of Extra, block kinds
// (every block reads back as a paragraph), a tag's truncation and scores,
// a quote's verb and partial flag (its offsets are found again: the first
// occurrence of its text in the paragraph its position names that follows
// the previous quotation, else the first in that paragraph; without a
// usable position, the first occurrence after the previous quotation in
// the body, else the first in the body; a quotation spanning paragraphs is
// not found and is dropped), and the order of people of different roles and of publishers and
// other sources (grouped as above). FuzzJSONLDRoundTrip checks this.
func (a *Article) AppendJSONLD(dst []byte) ([]byte, error) {
	w := ldWriter{b: dst}
	w.b = append(w.b, `{"@context":"https://schema.org","@type":"NewsArticle"`...)
	w.str("identifier", a.ID)
	w.str("url", a.URL)
	w.str("headline", a.Headline)
	w.str("alternativeHeadline", a.Subheadline)
	w.str("description", a.Summary)
	if a.Language != language.Und {
		w.str("inLanguage", a.Language.String())
	}
	w.time("datePublished", a.Published)
	w.time("dateModified", a.Modified)
	var groups [4][]Person
	for _, p := range a.Authors {
		groups[ldRoleGroup(p.Role)] = append(groups[ldRoleGroup(p.Role)], p)
	}
	for g, prop := range ldPeopleProps {
		if len(groups[g]) == 0 {
			continue
		}
		w.key(prop)
		w.b = append(w.b, '[')
		for i, p := range groups[g] {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			if p.Role == RolePhotographer {
				w.b = append(w.b, `{"@type":"Role","roleName":"photographer","contributor":`...)
				w.person(p)
				w.b = append(w.b, '}')
				continue
			}
			w.person(p)
		}
		w.b = append(w.b, ']')
	}
	if len(a.Section) > 0 {
		w.key("articleSection")
		w.strs(a.Section)
	}
	if a.Tags.Len() > 0 {
		var kw []string
		for t := range a.Tags.All() {
			if t.Name != "" {
				kw = append(kw, t.Name)
			} else {
				kw = append(kw, t.Code)
			}
		}
		w.key("keywords")
		w.strs(kw)
	}
	if a.Tags.Len() > 0 || a.Countries.Len() > 0 {
		w.key("about")
		w.b = append(w.b, '[')
		n := 0
		for t := range a.Tags.All() {
			if n > 0 {
				w.b = append(w.b, ',')
			}
			n++
			w.b = append(w.b, `{"@type":"DefinedTerm"`...)
			w.str("@id", t.URI)
			w.str("termCode", t.Code)
			w.str("name", t.Name)
			if len(t.Aliases) > 0 {
				w.key("alternateName")
				w.strs(t.Aliases)
			}
			w.str("description", t.Description)
			w.b = append(w.b, '}')
		}
		for c := range a.Countries.All() {
			if n > 0 {
				w.b = append(w.b, ',')
			}
			n++
			w.b = append(w.b, `{"@type":"Country"`...)
			w.str("@id", CountryURIPrefix+strings.ToLower(c.Alpha2()))
			w.str("identifier", c.Alpha2())
			w.str("name", c.Name())
			w.b = append(w.b, '}')
		}
		w.b = append(w.b, ']')
	}
	if d := a.Dateline; d.Place != "" || d.Country.IsValid() {
		w.key("contentLocation")
		w.b = append(w.b, `{"@type":"Place"`...)
		w.str("name", d.Place)
		if d.Country.IsValid() {
			w.b = append(w.b, `,"address":{"@type":"PostalAddress","addressCountry":`...)
			w.b = jsonlex.AppendString(w.b, d.Country.Alpha2(), true)
			w.b = append(w.b, '}')
		}
		w.b = append(w.b, '}')
	}
	var pubs, others []Source
	for _, s := range a.Sources {
		if s.Role == SourcePublisher {
			pubs = append(pubs, s)
		} else {
			others = append(others, s)
		}
	}
	if len(pubs) > 0 {
		w.key("publisher")
		w.b = append(w.b, '[')
		for i, s := range pubs {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.org(s)
		}
		w.b = append(w.b, ']')
	}
	if len(others) > 0 {
		w.key("sourceOrganization")
		w.b = append(w.b, '[')
		for i, s := range others {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			if s.Role != "" {
				w.b = append(w.b, `{"@type":"Role","roleName":`...)
				w.b = jsonlex.AppendString(w.b, string(s.Role), true)
				w.b = append(w.b, `,"sourceOrganization":`...)
				w.org(s)
				w.b = append(w.b, '}')
				continue
			}
			w.org(s)
		}
		w.b = append(w.b, ']')
	}
	if im := a.Image; !im.IsZero() {
		w.key("image")
		w.b = append(w.b, `{"@type":"ImageObject"`...)
		w.str("url", im.URL)
		w.str("caption", im.Caption)
		w.str("creditText", im.Credit)
		w.str("description", im.AltText)
		w.int("width", im.Width)
		w.int("height", im.Height)
		w.b = append(w.b, '}')
	}
	w.str("creativeWorkStatus", string(a.Status))
	if a.Revision != 0 {
		w.int("version", a.Revision)
	}
	if a.CopyrightHolder != "" {
		w.key("copyrightHolder")
		w.b = append(w.b, `{"@type":"Organization"`...)
		w.str("name", a.CopyrightHolder)
		w.b = append(w.b, '}')
	}
	w.str("copyrightNotice", a.CopyrightNotice)
	w.str("conditionsOfAccess", a.UsageTerms)
	if len(a.Body) > 0 {
		var sb strings.Builder
		for i, b := range a.Body {
			if i > 0 {
				sb.WriteString("\n\n")
			}
			if i == 0 && b.Kind == Paragraph && a.Dateline.Text != "" {
				sb.WriteString(a.Dateline.Text)
				sb.WriteByte(' ')
			}
			sb.WriteString(b.Text)
		}
		w.str("articleBody", sb.String())
	}
	if len(a.Quotes) > 0 {
		w.key("hasPart")
		w.b = append(w.b, '[')
		for i, q := range a.Quotes {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.b = append(w.b, `{"@type":"Quotation"`...)
			w.str("text", q.Text)
			if q.Paragraph >= 0 && q.Paragraph < len(a.Body) {
				w.int("position", q.Paragraph+1)
			}
			if q.Speaker != "" {
				w.key("spokenByCharacter")
				w.b = append(w.b, `{"@type":"Person"`...)
				w.str("name", q.Speaker)
				w.b = append(w.b, '}')
			}
			if q.SpeakerResolved != "" {
				w.key("creator")
				w.b = append(w.b, `{"@type":"Person"`...)
				w.str("name", q.SpeakerResolved)
				w.b = append(w.b, '}')
			}
			w.b = append(w.b, '}')
		}
		w.b = append(w.b, ']')
	}
	for _, x := range a.Extra {
		if x.Name != jsonldExtra {
			continue
		}
		v, err := jsonlex.Decode(x.Value)
		if err != nil {
			return nil, &FieldError{Path: "/" + jsonldExtra, Err: wrapErr(ErrSyntax, err)}
		}
		o, ok := v.(*jsonlex.Object)
		if !ok {
			return nil, &FieldError{Path: "/" + jsonldExtra, Err: ErrSyntax}
		}
		for k, v := range o.All() {
			if ldKnown(k) {
				continue
			}
			w.key(k)
			b, err := jsonlex.AppendValue(w.b, v, true)
			if err != nil {
				return nil, &FieldError{Path: "/" + jsonldExtra, Err: wrapErr(ErrSyntax, err)}
			}
			w.b = b
		}
	}
	w.b = append(w.b, '}')
	return w.b, nil
}

// ldPeopleProps are the properties that hold people, by role group.
var ldPeopleProps = [4]string{"author", "editor", "translator", "contributor"}

func ldRoleGroup(r Role) int {
	switch r {
	case RoleEditor:
		return 1
	case RoleTranslator:
		return 2
	case RoleContributor, RolePhotographer:
		return 3
	}
	return 0
}

// ldKnownProps are the properties the reader maps to fields.
var ldKnownProps = []string{"@context", "@type", "@id", "identifier", "url", "headline", "alternativeHeadline",
	"description", "inLanguage", "datePublished", "dateModified", "author", "editor", "translator",
	"contributor", "articleSection", "keywords", "about", "contentLocation", "publisher", "sourceOrganization",
	"image", "creativeWorkStatus", "version", "copyrightHolder", "copyrightNotice", "conditionsOfAccess",
	"articleBody", "hasPart"}

func ldKnown(k string) bool {
	for _, n := range ldKnownProps {
		if n == k {
			return true
		}
	}
	return false
}

type ldWriter struct{ b []byte }

func (w *ldWriter) key(k string) {
	w.b = append(w.b, ',')
	w.b = jsonlex.AppendString(w.b, k, true)
	w.b = append(w.b, ':')
}

func (w *ldWriter) str(k, v string) {
	if v == "" {
		return
	}
	w.key(k)
	w.b = jsonlex.AppendString(w.b, v, true)
}

func (w *ldWriter) strs(vs []string) {
	w.b = append(w.b, '[')
	for i, v := range vs {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = jsonlex.AppendString(w.b, v, true)
	}
	w.b = append(w.b, ']')
}

func (w *ldWriter) int(k string, n int) {
	if n == 0 {
		return
	}
	w.key(k)
	w.b = jsonlex.AppendInt(w.b, int64(n))
}

func (w *ldWriter) time(k string, t Time) {
	if t.IsZero() {
		return
	}
	if t.IsResolved() {
		w.str(k, t.String())
	} else {
		w.str(k, t.Text())
	}
}

func (w *ldWriter) person(p Person) {
	w.b = append(w.b, `{"@type":"Person"`...)
	w.str("name", p.Name)
	w.str("url", p.URL)
	if p.Affiliation != "" {
		w.key("affiliation")
		w.b = append(w.b, `{"@type":"Organization"`...)
		w.str("name", p.Affiliation)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, '}')
}

func (w *ldWriter) org(s Source) {
	w.b = append(w.b, `{"@type":"NewsMediaOrganization"`...)
	w.str("name", s.Name)
	w.str("alternateName", s.Acronym)
	w.str("url", s.URL)
	if s.Country.IsValid() {
		w.b = append(w.b, `,"address":{"@type":"PostalAddress","addressCountry":`...)
		w.b = jsonlex.AppendString(w.b, s.Country.Alpha2(), true)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, '}')
}

// ldArticleTypes are the @type values read as an article, best first.
var ldArticleTypes = []string{"NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
	"BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "Article",
	"BlogPosting", "LiveBlogPosting", "Report", "TechArticle", "ScholarlyArticle", "SocialMediaPosting"}

// parseJSONLD reads a JSON-LD document: an object, an array of objects or
// an object with @graph, taking the first node of the best article type.
func (o ParseOptions) parseJSONLD(data []byte) (*Article, error) {
	var utf8Err error
	if !utf8.Valid(data) {
		utf8Err = invalidUTF8At(string(data))
		if o.Strict {
			return nil, utf8Err
		}
	}
	v, err := jsonlex.Options{MaxBytes: o.maxBytes(), ReplaceInvalid: !o.Strict}.Decode(data)
	if err != nil {
		var se *jsonlex.SyntaxError
		pe := &ParseError{Line: 1, Column: 1, Err: wrapErr(ErrSyntax, err)}
		if errors.As(err, &se) {
			pe.Line, pe.Column = se.Line, se.Column
		}
		if errors.Is(err, jsonlex.ErrTooLarge) {
			pe.Err = wrapErr(ErrTooLarge, err)
		}
		return nil, pe
	}
	node := ldMainNode(v)
	if node == nil {
		return nil, &ParseError{Line: 1, Column: 1, Err: wrapErr(ErrUnknownFormat, errors.New("article: no schema.org article node in JSON-LD"))}
	}
	r := ldReader{a: new(Article), o: o}
	r.read(node)
	if o.Strict && len(r.errs) > 0 {
		return nil, r.errs[0]
	}
	errs := errorList{max: o.maxErrors()}
	if utf8Err != nil {
		errs.add(utf8Err)
	}
	for _, e := range r.errs {
		errs.add(e)
	}
	return r.a, errs.err()
}

// ldMainNode returns the first node of the best article type in a decoded
// JSON-LD document (an object, an array or a @graph, nested up to three
// levels), or nil.
func ldMainNode(v any) *jsonlex.Object {
	var node *jsonlex.Object
	best := len(ldArticleTypes)
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case *jsonlex.Object:
			for _, t := range ldStrings(x, "@type") {
				for i, at := range ldArticleTypes {
					if t == at && i < best {
						node, best = x, i
					}
				}
			}
			if g, ok := x.Get("@graph"); ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
	return node
}

type ldReader struct {
	a    *Article
	o    ParseOptions
	errs []error
}

func (r *ldReader) fail(field string, err error) {
	r.errs = append(r.errs, &ParseError{Field: field, Err: err})
}

// ldStrings returns the strings of a property: a string, or the strings of
// an array.
func ldStrings(o *jsonlex.Object, k string) []string {
	v, ok := o.Get(k)
	if !ok {
		return nil
	}
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString returns a property given as a string, a number, or an object
// with a name (or @value), else "".
func ldString(o *jsonlex.Object, k string) string {
	v, ok := o.Get(k)
	if !ok {
		return ""
	}
	return ldText(v)
}

func ldText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case jsonlex.Number:
		return string(x)
	case *jsonlex.Object:
		if s := ldString(x, "@value"); s != "" {
			return s
		}
		return ldString(x, "name")
	case []any:
		if len(x) > 0 {
			return ldText(x[0])
		}
	}
	return ""
}

// ldObjects returns the objects of a property: an object or the objects of
// an array. Strings become objects with that name.
func ldObjects(o *jsonlex.Object, k string) []*jsonlex.Object {
	v, ok := o.Get(k)
	if !ok {
		return nil
	}
	var out []*jsonlex.Object
	add := func(e any) {
		switch x := e.(type) {
		case *jsonlex.Object:
			out = append(out, x)
		case string:
			n := &jsonlex.Object{}
			n.Add("name", x)
			out = append(out, n)
		}
	}
	if arr, ok := v.([]any); ok {
		for _, e := range arr {
			add(e)
		}
	} else {
		add(v)
	}
	return out
}

func ldInt(o *jsonlex.Object, k string) int {
	v, ok := o.Get(k)
	if !ok {
		return 0
	}
	var s string
	switch x := v.(type) {
	case jsonlex.Number:
		s = string(x)
	case string:
		s = x
	case *jsonlex.Object:
		s = ldString(x, "value")
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(s, "px"), 64)
	if err != nil || f < 0 || f > math.MaxInt32 || f != math.Trunc(f) {
		return 0
	}
	return int(f)
}

func (r *ldReader) time(field, s string) Time {
	if s == "" {
		return Time{}
	}
	if t, err := ParseTime(s); err == nil {
		return t
	}
	t, err := parseLoose(s, r.o.dateOptions())
	if err != nil {
		r.fail(field, err)
	}
	return t
}

func (r *ldReader) read(n *jsonlex.Object) {
	a := r.a
	a.ID = ldString(n, "identifier")
	a.URL = ldString(n, "url")
	if a.URL == "" {
		if m, ok := n.Get("mainEntityOfPage"); ok {
			if s, ok := m.(string); ok {
				a.URL = s
			} else if mo, ok := m.(*jsonlex.Object); ok {
				a.URL = ldString(mo, "@id")
			}
		}
	}
	a.Headline = ldString(n, "headline")
	if a.Headline == "" {
		a.Headline = ldString(n, "name")
	}
	a.Subheadline = ldString(n, "alternativeHeadline")
	a.Summary = ldString(n, "description")
	if s := ldString(n, "inLanguage"); s != "" {
		if t, err := language.Parse(s); err == nil {
			a.Language = t
		} else {
			r.fail("inLanguage", wrapErr(ErrInvalidLanguage, err))
		}
	}
	a.Published = r.time("datePublished", ldString(n, "datePublished"))
	a.Modified = r.time("dateModified", ldString(n, "dateModified"))
	for g, prop := range ldPeopleProps {
		for _, p := range ldObjects(n, prop) {
			role := [4]Role{"", RoleEditor, RoleTranslator, RoleContributor}[g]
			if ldString(p, "@type") == "Role" {
				if ldString(p, "roleName") == "photographer" {
					role = RolePhotographer
				}
				inner := ldObjects(p, prop)
				if len(inner) == 0 {
					continue
				}
				p = inner[0]
			}
			name := ldString(p, "name")
			if name == "" {
				continue
			}
			person := Person{Name: name, Role: role, URL: ldString(p, "url")}
			if af := ldObjects(p, "affiliation"); len(af) > 0 {
				person.Affiliation = ldString(af[0], "name")
			}
			a.Authors = append(a.Authors, person)
		}
	}
	a.Section = ldStrings(n, "articleSection")
	terms := false
	var ts []tags.Tag
	for _, t := range ldObjects(n, "about") {
		switch ldString(t, "@type") {
		case "DefinedTerm":
			terms = true
			tag := tags.Tag{Code: ldString(t, "termCode"), Name: ldString(t, "name"), URI: ldString(t, "@id"),
				Aliases: ldStrings(t, "alternateName"), Description: ldString(t, "description")}
			if tag.Key().IsZero() {
				r.fail("about", ErrTag)
				continue
			}
			ts = append(ts, tag)
		case "Country":
			code := ldString(t, "identifier")
			if code == "" {
				if c, ok := countryFromURI(ldString(t, "@id")); ok {
					code = c.Alpha2()
				}
			}
			c, err := countries.Parse(code)
			if err != nil {
				var ok bool
				if c, ok = countries.Lookup(ldString(t, "name")); !ok {
					r.fail("about", wrapErr(ErrUnknownCountry, err))
					continue
				}
			}
			a.Countries.Add(c)
		}
	}
	if !terms {
		ts = ts[:0]
		for _, k := range ldStrings(n, "keywords") {
			for _, k := range strings.Split(k, ",") {
				if k = textnorm.String(k); k == "" {
					continue
				}
				if isTagCode(k) {
					ts = append(ts, tags.Tag{Code: k})
				} else {
					ts = append(ts, tags.Tag{Name: k})
				}
			}
		}
	}
	a.Tags = tagSet(ts)
	if cl := ldObjects(n, "contentLocation"); len(cl) > 0 {
		a.Dateline.Place = ldString(cl[0], "name")
		if ad := ldObjects(cl[0], "address"); len(ad) > 0 {
			if c, err := countries.Parse(ldString(ad[0], "addressCountry")); err == nil {
				a.Dateline.Country = c
			}
		}
	}
	for _, p := range ldObjects(n, "publisher") {
		if s := ldOrg(p); s.Name != "" {
			s.Role = SourcePublisher
			a.Sources = append(a.Sources, s)
		}
	}
	for _, p := range ldObjects(n, "sourceOrganization") {
		var role SourceRole
		if ldString(p, "@type") == "Role" {
			switch rr := SourceRole(ldString(p, "roleName")); rr {
			case SourceOrigin, SourceSupplier, SourceSyndication:
				role = rr
			}
			inner := ldObjects(p, "sourceOrganization")
			if len(inner) == 0 {
				continue
			}
			p = inner[0]
		}
		if s := ldOrg(p); s.Name != "" {
			s.Role = role
			a.Sources = append(a.Sources, s)
		}
	}
	if ims := ldObjects(n, "image"); len(ims) > 0 {
		im := ims[0]
		a.Image = Image{URL: ldString(im, "url"), Caption: ldString(im, "caption"), Credit: ldString(im, "creditText"),
			AltText: ldString(im, "description"), Width: ldInt(im, "width"), Height: ldInt(im, "height")}
		if a.Image.URL == "" {
			if s, ok := mustString(n, "image"); ok {
				a.Image.URL = s
			}
		}
	}
	switch s := Status(ldString(n, "creativeWorkStatus")); s {
	case StatusUsable, StatusWithheld, StatusCanceled:
		a.Status = s
	}
	a.Revision = ldInt(n, "version")
	if ch := ldObjects(n, "copyrightHolder"); len(ch) > 0 {
		a.CopyrightHolder = ldString(ch[0], "name")
	}
	a.CopyrightNotice = ldString(n, "copyrightNotice")
	a.UsageTerms = ldString(n, "conditionsOfAccess")
	if body := ldString(n, "articleBody"); body != "" {
		for line := range strings.SplitSeq(body, "\n") {
			if t := textnorm.String(line); t != "" {
				a.Body = append(a.Body, Block{Text: t})
			}
		}
		if len(a.Body) > 0 {
			if dl, rest, ok := parseDateline(a.Body[0].Text, r.o.dateOptions()); ok && strings.TrimSpace(rest) != "" {
				place, country := a.Dateline.Place, a.Dateline.Country
				a.Dateline = dl
				if dl.Place == "" {
					a.Dateline.Place = place
				}
				if !dl.Country.IsValid() {
					a.Dateline.Country = country
				}
				a.Body[0].Text = strings.TrimSpace(rest)
			}
		}
	}
	// Quotes are found again in the body; the search is bounded to a few
	// passes over it, so that many quotations cannot make reading
	// quadratic. Quotes beyond the budget are dropped and reported.
	budget := 8 * (len(ldString(n, "articleBody")) + 1024)
	lastPara, lastEnd := 0, 0
	for _, q := range ldObjects(n, "hasPart") {
		if ldString(q, "@type") != "Quotation" {
			continue
		}
		quote := Quote{Text: ldString(q, "text")}
		if sp := ldObjects(q, "spokenByCharacter"); len(sp) > 0 {
			quote.Speaker = ldString(sp[0], "name")
		}
		if cr := ldObjects(q, "creator"); len(cr) > 0 {
			quote.SpeakerResolved = ldString(cr[0], "name")
		}
		if quote.Text == "" {
			continue
		}
		if budget <= 0 {
			r.fail("hasPart", wrapErr(ErrRange, errors.New("article: too many quotations to locate")))
			break
		}
		// find returns the offset of the quote in paragraph i at or
		// after from, or -1.
		find := func(i, from int) int {
			t := a.Body[i].Text
			budget -= len(t) - from
			if j := strings.Index(t[from:], quote.Text); j >= 0 {
				return from + j
			}
			return -1
		}
		para, at := -1, -1
		if p := ldInt(q, "position"); p >= 1 && p <= len(a.Body) {
			// The paragraph is given: the first occurrence after the
			// previous quotation there, else the first.
			if from := lastEnd; p-1 == lastPara && from <= len(a.Body[p-1].Text) {
				at = find(p-1, from)
			}
			if at < 0 {
				at = find(p-1, 0)
			}
			para = p - 1
		}
		if at < 0 {
			// Quotations come in body order: the first occurrence after
			// the previous one, else the first in the body.
			para = -1
			for i := lastPara; i < len(a.Body) && at < 0; i++ {
				from := 0
				if i == lastPara && lastEnd <= len(a.Body[i].Text) {
					from = lastEnd
				}
				if at = find(i, from); at >= 0 {
					para = i
				}
			}
			for i := 0; i < len(a.Body) && at < 0 && budget > 0; i++ {
				if at = find(i, 0); at >= 0 {
					para = i
				}
			}
		}
		if at < 0 {
			continue
		}
		quote.Paragraph, quote.EndParagraph = para, para
		quote.Start, quote.End = at, at+len(quote.Text)
		lastPara, lastEnd = para, quote.End
		a.Quotes = append(a.Quotes, quote)
	}
	var extra jsonlex.Object
	_, hasHeadline := n.Get("headline")
	for k, v := range n.All() {
		if k == "name" && !hasHeadline {
			continue // read as the headline
		}
		if !ldKnown(k) {
			extra.Add(k, v)
		}
	}
	if extra.Len() > 0 {
		if b, err := jsonlex.AppendValue(nil, &extra, false); err == nil {
			a.Extra = append(a.Extra, Field{Name: jsonldExtra, Value: b})
		}
	}
}

func mustString(o *jsonlex.Object, k string) (string, bool) {
	v, ok := o.Get(k)
	if !ok {
		return "", false
	}
	if arr, ok := v.([]any); ok && len(arr) > 0 {
		v = arr[0]
	}
	s, ok := v.(string)
	return s, ok
}

func ldOrg(o *jsonlex.Object) Source {
	s := Source{Name: ldString(o, "name"), Acronym: ldString(o, "alternateName"), URL: ldString(o, "url")}
	if ad := ldObjects(o, "address"); len(ad) > 0 {
		if c, err := countries.Parse(ldString(ad[0], "addressCountry")); err == nil {
			s.Country = c
		}
	}
	return s
}
