package article

import (
	"errors"
	"math"
	"net/url"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/dates"
	"github.com/newsmodel/news/internal/jsonlex"
	"github.com/newsmodel/news/internal/textnorm"
	"github.com/newsmodel/news/tags"
)

// Validate reports every problem of a at once, as an errors.Join of
// [*FieldError] values in the order of the canonical JSON form, or nil.
// Each FieldError's Path is a JSON Pointer into that form and its Err wraps
// one of the sentinels:
//
//   - [ErrMissing]: no headline; a source without a name.
//   - [ErrNotAbsolute]: a URL (article, image, person, source) that is not
//     an absolute http or https URL.
//   - [ErrInvalidLanguage]: a language tag that does not survive a round
//     trip through its string form.
//   - [ErrOrder]: Modified before Published, compared at the coarser of the
//     two precisions.
//   - [ErrUnresolvedTime]: a Published, Modified or Embargo time that is
//     unresolved text.
//   - [ErrInvalidCountry]: an invalid country in the set or the dateline.
//   - [ErrTag]: a tag with neither code nor name, or a malformed code.
//   - [ErrEmpty]: an empty body block, author name or section entry.
//   - [ErrRange]: urgency outside 0–9, a negative revision or image size, an
//     unknown block kind, status or role, a non-finite tag score, quote
//     offsets outside the body.
//   - [ErrInvalidUTF8], [ErrUnclean]: text that is not UTF-8, or that holds
//     characters [Normalize] removes (controls, zero-width, bidi controls).
//   - [ErrDuplicate], [ErrSyntax]: an Extra member named like a known member
//     or twice, or whose value is not JSON.
func (a *Article) Validate() error {
	v := validator{}
	v.text("/id", a.ID, false)
	v.url("/url", a.URL)
	if a.Headline == "" {
		v.add("/headline", ErrMissing)
	}
	v.text("/headline", a.Headline, true)
	v.text("/subheadline", a.Subheadline, true)
	v.text("/summary", a.Summary, true)
	if a.Language != language.Und {
		if t, err := language.Parse(a.Language.String()); err != nil || t != a.Language {
			v.add("/language", ErrInvalidLanguage)
		}
	}
	v.time("/published", a.Published)
	v.time("/modified", a.Modified)
	if a.Published.IsResolved() && a.Modified.IsResolved() && compareAtCoarser(a.Modified, a.Published) < 0 {
		v.add("/modified", ErrOrder)
	}
	for i, p := range a.Authors {
		path := "/authors/" + itoa(i)
		if p.Name == "" {
			v.add(path+"/name", ErrEmpty)
		}
		v.text(path+"/name", p.Name, true)
		switch p.Role {
		case "", RoleAuthor, RoleEditor, RolePhotographer, RoleTranslator, RoleContributor:
		default:
			v.add(path+"/role", ErrRange)
		}
		v.url(path+"/url", p.URL)
		v.text(path+"/affiliation", p.Affiliation, true)
	}
	for i, s := range a.Section {
		path := "/section/" + itoa(i)
		if s == "" {
			v.add(path, ErrEmpty)
		}
		v.text(path, s, true)
	}
	if d := a.Dateline; !d.IsZero() {
		// The zero Country means "not given"; any other must be valid.
		if d.Country != (countries.Country{}) && !d.Country.IsValid() {
			v.add("/dateline/country", ErrInvalidCountry)
		}
		v.text("/dateline/place", d.Place, true)
		v.text("/dateline/agency", d.Agency, true)
		v.text("/dateline/text", d.Text, true)
	}
	i := 0
	for t := range a.Tags.All() {
		v.tag("/tags/"+itoa(i), t)
		i++
	}
	i = 0
	for c := range a.Countries.All() {
		if !c.IsValid() {
			v.add("/countries/"+itoa(i), ErrInvalidCountry)
		}
		i++
	}
	for i, s := range a.Sources {
		path := "/sources/" + itoa(i)
		if s.Name == "" {
			v.add(path+"/name", ErrMissing)
		}
		v.text(path+"/name", s.Name, true)
		v.text(path+"/acronym", s.Acronym, true)
		v.url(path+"/url", s.URL)
		switch s.Role {
		case "", SourceOrigin, SourceSupplier, SourceSyndication, SourcePublisher:
		default:
			v.add(path+"/role", ErrRange)
		}
	}
	if im := a.Image; !im.IsZero() {
		if im.URL == "" {
			v.add("/image/url", ErrMissing)
		}
		v.url("/image/url", im.URL)
		v.text("/image/caption", im.Caption, true)
		v.text("/image/credit", im.Credit, true)
		v.text("/image/altText", im.AltText, true)
		if im.Width < 0 {
			v.add("/image/width", ErrRange)
		}
		if im.Height < 0 {
			v.add("/image/height", ErrRange)
		}
	}
	switch a.Status {
	case "", StatusUsable, StatusWithheld, StatusCanceled:
	default:
		v.add("/status", ErrRange)
	}
	if a.Urgency < 0 || a.Urgency > 9 {
		v.add("/urgency", ErrRange)
	}
	v.time("/embargo", a.Embargo)
	v.text("/copyrightHolder", a.CopyrightHolder, true)
	v.text("/copyrightNotice", a.CopyrightNotice, true)
	v.text("/usageTerms", a.UsageTerms, true)
	if a.Revision < 0 {
		v.add("/revision", ErrRange)
	}
	for i, b := range a.Body {
		path := "/body/" + itoa(i)
		if b.Kind > ListItem {
			v.add(path+"/kind", ErrRange)
		}
		if b.Text == "" {
			v.add(path+"/text", ErrEmpty)
		}
		v.text(path+"/text", b.Text, true)
	}
	for i, q := range a.Quotes {
		path := "/quotes/" + itoa(i)
		if !quoteInBody(a.Body, q) {
			v.add(path, ErrRange)
		}
		v.text(path+"/text", q.Text, false)
	}
	for i, x := range a.Extra {
		path := "/" + escapePointer(x.Name)
		dup := knownMembers[x.Name]
		for _, y := range a.Extra[:i] {
			dup = dup || y.Name == x.Name
		}
		if dup {
			v.add(path, ErrDuplicate)
		}
		if err := jsonlex.Valid(x.Value, jsonlex.Options{}); err != nil {
			v.add(path, wrapErr(ErrSyntax, err))
		}
	}
	return errors.Join(v.errs...)
}

// quoteInBody reports whether q's offsets lie within the body, in order.
func quoteInBody(body []Block, q Quote) bool {
	if q.Paragraph < 0 || q.EndParagraph < q.Paragraph || q.EndParagraph >= len(body) {
		return false
	}
	if q.Start < 0 || q.Start > len(body[q.Paragraph].Text) || q.End < 0 || q.End > len(body[q.EndParagraph].Text) {
		return false
	}
	return q.EndParagraph > q.Paragraph || q.Start <= q.End
}

type validator struct{ errs []error }

func (v *validator) add(path string, err error) {
	v.errs = append(v.errs, &FieldError{Path: path, Err: err})
}

// text checks that s is valid UTF-8 and, when clean is set, that it holds
// nothing Normalize would remove.
func (v *validator) text(path, s string, clean bool) {
	if !utf8.ValidString(s) {
		v.add(path, ErrInvalidUTF8)
		return
	}
	if clean && !textnorm.IsClean(s) {
		for _, r := range s {
			if textnorm.IsInvisible(r) {
				v.add(path, ErrUnclean)
				return
			}
		}
	}
}

func (v *validator) url(path, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		v.add(path, ErrNotAbsolute)
	}
}

func (v *validator) time(path string, t Time) {
	if !t.IsZero() && !t.IsResolved() {
		v.add(path, ErrUnresolvedTime)
	}
}

func (v *validator) tag(path string, t tags.Tag) {
	if t.Code == "" && t.Name == "" {
		v.add(path, ErrTag)
	}
	if t.Code != "" && !tags.ValidCode(t.Code) {
		v.add(path+"/code", ErrTag)
	}
	for _, f := range []struct {
		key string
		p   *float64
	}{{"relevance", t.Relevance}, {"confidence", t.Confidence}} {
		if f.p != nil && (math.IsNaN(*f.p) || math.IsInf(*f.p, 0)) {
			v.add(path+"/"+f.key, ErrRange)
		}
	}
	v.text(path+"/name", t.Name, true)
	v.text(path+"/description", t.Description, true)
}

// compareAtCoarser compares two resolved times cut to the coarser of
// their precisions.
func compareAtCoarser(t, u Time) int {
	p := min(t.prec, u.prec)
	a := dates.FromTime(t.t, dates.Precision(p), t.zoned)
	b := dates.FromTime(u.t, dates.Precision(p), u.zoned)
	return a.Time.Compare(b.Time)
}
