package article

import (
	"net/url"
	"strings"

	"github.com/newsmodel/news/internal/textnorm"
	"github.com/newsmodel/news/tags"
)

// Normalize cleans a in place. It is idempotent: normalising a normalised
// article changes nothing. It
//
//   - cleans every text field with the package's Unicode rules (NFC, white
//     space and NBSP folded to single spaces, zero-width, bidi-control and
//     other control characters removed; typographic quotation marks kept);
//   - removes body blocks that are empty or repeat the headline before the
//     first other block, and empty section entries;
//   - canonicalises URLs with [CanonicalURL] (tracking parameters and
//     fragments removed); a URL that does not parse is left as it is, for
//     Validate to report;
//   - cleans authors with [ParseByline] rules ("By", "and", roles, e-mail,
//     "Staff", "Updated …" residue), which may split one entry into several,
//     and removes duplicates (same name, ignoring case, and role);
//   - removes duplicate sources (same name and acronym, ignoring case) and
//     rebuilds the tag set from cleaned tags, merging duplicates;
//   - drops quotes whose offsets no longer point into the body.
//
// Normalize does not resolve sources, parse dates or change Extra.
func Normalize(a *Article) {
	if a == nil {
		return
	}
	a.ID = strings.TrimSpace(a.ID)
	a.URL = canonicalOrSame(a.URL)
	a.Headline = textnorm.String(a.Headline)
	a.Subheadline = textnorm.String(a.Subheadline)
	if strings.EqualFold(a.Subheadline, a.Headline) {
		a.Subheadline = ""
	}
	a.Summary = textnorm.String(a.Summary)
	a.CopyrightHolder = textnorm.String(a.CopyrightHolder)
	a.CopyrightNotice = textnorm.String(a.CopyrightNotice)
	a.UsageTerms = textnorm.String(a.UsageTerms)

	bodyChanged := false
	body := a.Body[:0:0]
	leading := true
	for _, b := range a.Body {
		t := textnorm.String(b.Text)
		if t != b.Text {
			bodyChanged = true
		}
		if t == "" || leading && a.Headline != "" && strings.EqualFold(t, a.Headline) {
			bodyChanged = true
			continue
		}
		leading = false
		body = append(body, Block{Kind: b.Kind, Text: t})
	}
	if len(body) == 0 {
		body = nil
	}
	a.Body = body

	section := a.Section[:0:0]
	for _, s := range a.Section {
		if s = textnorm.String(s); s != "" {
			section = append(section, s)
		}
	}
	if len(section) == 0 {
		section = nil
	}
	a.Section = section

	var people []Person
	for _, p := range a.Authors {
		split := parseByline(p.Name, p.Role)
		for i, q := range split {
			if i == 0 {
				q.URL, q.Affiliation = p.URL, p.Affiliation
			}
			if q.Role == "" {
				q.Role = p.Role
			}
			q.URL = canonicalOrSame(q.URL)
			q.Affiliation = textnorm.String(q.Affiliation)
			dup := false
			for _, x := range people {
				if strings.EqualFold(x.Name, q.Name) && x.Role == q.Role {
					dup = true
					break
				}
			}
			if !dup {
				people = append(people, q)
			}
		}
	}
	a.Authors = people

	var sources []Source
	for _, s := range a.Sources {
		s.Name = textnorm.String(s.Name)
		s.Acronym = textnorm.String(s.Acronym)
		s.URL = canonicalOrSame(s.URL)
		if s.Name == "" && s.Acronym == "" {
			continue
		}
		dup := false
		for _, x := range sources {
			if strings.EqualFold(x.Name, s.Name) && strings.EqualFold(x.Acronym, s.Acronym) {
				dup = true
				break
			}
		}
		if !dup {
			sources = append(sources, s)
		}
	}
	a.Sources = sources

	var ts tags.Set
	for t := range a.Tags.All() {
		t = t.Clone()
		t.Name = textnorm.String(t.Name)
		t.Description = textnorm.String(t.Description)
		t.Code = strings.TrimSpace(t.Code)
		for i, al := range t.Aliases {
			t.Aliases[i] = textnorm.String(al)
		}
		if t.Code == "" && t.Name == "" {
			continue
		}
		ts.Add(t)
	}
	a.Tags = ts

	d := &a.Dateline
	d.Place = textnorm.String(d.Place)
	d.Agency = textnorm.String(d.Agency)
	d.Text = textnorm.String(d.Text)

	im := &a.Image
	im.URL = canonicalOrSame(im.URL)
	im.Caption = textnorm.String(im.Caption)
	im.Credit = textnorm.String(im.Credit)
	im.AltText = textnorm.String(im.AltText)

	if bodyChanged || len(a.Quotes) > 0 {
		var qs []Quote
		for _, q := range a.Quotes {
			if quoteInBody(a.Body, q) && (q.Paragraph != q.EndParagraph || a.Body[q.Paragraph].Text[q.Start:q.End] == q.Text) {
				qs = append(qs, q)
			}
		}
		a.Quotes = qs
	}
}

func canonicalOrSame(s string) string {
	if s == "" {
		return ""
	}
	c, err := CanonicalURL(s)
	if err != nil {
		return strings.TrimSpace(s)
	}
	return c
}

// trackingParams are query parameters that identify a campaign or a click,
// not the page. Parameters starting with "utm_" are removed too.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "igshid": true, "mc_cid": true, "mc_eid": true, "_ga": true,
	"_gl": true, "mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "__s": true, "vero_id": true,
	"_hsenc": true, "_hsmi": true, "hsctatracking": true, "rb_clickid": true, "s_cid": true, "twclid": true,
	"ttclid": true, "li_fat_id": true, "ocid": true, "cmpid": true, "ref_src": true, "ref_url": true,
	"smid": true, "sr_share": true, "ito": true, "spm": true, "share": true,
}

// CanonicalURL returns the canonical form of an absolute http(s) URL:
// scheme and host in lower case, the default port removed, an empty path
// written "/", the fragment dropped, and tracking parameters removed from
// the query (utm_*, fbclid, gclid, msclkid, mc_cid and the others listed in
// the package documentation), keeping the other parameters in their order
// and encoding. It fails with an error wrapping [ErrNotAbsolute] for
// anything else. CanonicalURL is idempotent.
func CanonicalURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s, &FieldError{Path: "/url", Err: ErrNotAbsolute}
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return s, &FieldError{Path: "/url", Err: ErrNotAbsolute}
	}
	u.Host = strings.ToLower(u.Host)
	if port := u.Port(); port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https" {
		u.Host = strings.TrimSuffix(u.Host, ":"+port)
	}
	u.Host = strings.TrimSuffix(u.Host, ".")
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" && u.RawPath == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		parts := strings.Split(u.RawQuery, "&")
		kept := parts[:0]
		for _, p := range parts {
			if p == "" {
				continue
			}
			key, _, _ := strings.Cut(p, "=")
			if k, err := url.QueryUnescape(key); err == nil {
				key = k
			}
			key = strings.ToLower(key)
			if strings.HasPrefix(key, "utm_") || trackingParams[key] {
				continue
			}
			kept = append(kept, p)
		}
		u.RawQuery = strings.Join(kept, "&")
	}
	u.ForceQuery = false
	return u.String(), nil
}
