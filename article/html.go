package article

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/internal/dates"
	"github.com/newsmodel/news/internal/htmlmeta"
	"github.com/newsmodel/news/internal/jsonlex"
	"github.com/newsmodel/news/internal/textnorm"
	"github.com/newsmodel/news/tags"
)

// HTML pages
//
// An HTML page is scanned once by the internal htmlmeta scanner (one pass
// of the golang.org/x/net/html tokenizer; a light tree of the body region
// only when the body is extracted) and its findings are translated into
// the model:
//
//   - Headline, Summary, URL, Section, Keywords, Authors, Published,
//     Modified, site name and lead image follow the scanner's documented
//     precedence (JSON-LD, then OpenGraph, then Dublin Core and
//     parsely/sailthru, then plain meta, then microdata, then markup).
//   - URL: the first absolute http(s) URL among the canonical link, the
//     resolved URL, og:url and JSON-LD url; a relative canonical link is
//     resolved against the first absolute one. Tracking parameters are not
//     removed here (Normalize does that).
//   - Language: the page's tag read with language.Parse; a tag that does
//     not parse is reported with ErrInvalidLanguage and Language stays Und.
//   - Published and Modified are read with the same date logic as the
//     scraped text format, so "2020-01-24" stays a date and a time without
//     offset stays zone-less; a date that does not parse is kept as an
//     unresolved Time and reported with ErrTime.
//   - Authors go through ParseByline (roles, "By", "Staff"...); profile
//     URLs from JSON-LD author objects and <a rel=author> links are kept.
//   - The site name becomes a Source with role SourcePublisher, resolved
//     through the Registry when it names a known agency, kept as written
//     otherwise (with the JSON-LD publisher's URL when given).
//   - Keywords become Tags: hierarchical codes as codes, other words as
//     names.
//   - The lead image keeps its URL, caption, credit and size. Relative
//     image and author-profile URLs are resolved against the article's
//     URL when it is absolute.
//   - The body keeps the scanner's block kinds (preformatted blocks become
//     paragraphs). A first block that repeats the headline is dropped; a
//     byline block before the text ("By Ana Ruiz") goes to Authors when the
//     metadata named none and is dropped from the body; a dateline opening
//     the first paragraph goes to Dateline as in the scraped text format.
//   - Copyright notices (<meta name=copyright>, dc.rights) go to
//     CopyrightNotice.
//   - The main JSON-LD article node (on UTF-8 pages) is also read with the
//     mapping of FormatJSONLD ([Article.AppendJSONLD]), and wins for what
//     the scanner's view lacks: every articleSection entry, tags with their
//     codes and URIs (meta keywords it does not name are kept), the
//     countries of "about", the publisher and sourceOrganization sources
//     (merged with the site name's source by name or acronym), and the
//     dateline's place and country when the body gave none.
//
// Problems the scanner reports (invalid UTF-8 replaced by U+FFFD,
// JSON-LD that is not JSON, values dropped for a limit) are *ParseError
// values with the scanner's line and column, wrapping both an article
// sentinel and the scanner's own; a limit that stops the scan
// (depth, elements, token size) returns the partial article with that
// error when lenient, and nil when strict.

// htmlOptions are the HTML-specific knobs passed to the scanner. The zero
// value extracts the body, detects the character set and applies the
// scanner's default limits.
type htmlOptions struct {
	noBody      bool
	charset     string
	contentType string
	maxDepth    int
	maxElements int
}

// parseHTML parses an HTML page with the default HTML options.
func (o ParseOptions) parseHTML(ctx context.Context, data string) (*Article, error) {
	return o.parseHTMLWith(ctx, data, htmlOptions{noBody: o.HTML.NoBody, charset: o.HTML.Charset, contentType: o.HTML.ContentType})
}

func (o ParseOptions) parseHTMLWith(ctx context.Context, data string, h htmlOptions) (*Article, error) {
	so := htmlmeta.Options{
		Body:        !h.noBody,
		MaxBytes:    o.maxBytes(),
		MaxDepth:    h.maxDepth,
		MaxElements: h.maxElements,
		Charset:     h.charset,
		ContentType: h.contentType,
	}
	page, err := so.ScanStringContext(ctx, data) // the page is in memory already: no copy
	if ctxErr := ctx.Err(); ctxErr != nil {
		return nil, ctxErr
	}
	if page == nil {
		return nil, htmlError(err)
	}
	c := &htmlConv{o: o, do: o.dateOptions(), p: page, a: new(Article), data: data}
	c.errs.max = o.maxErrors()
	// The error that stopped the scan comes first, so that MaxErrors never
	// hides it.
	c.report(htmlError(err))
	for _, w := range page.Warnings {
		if errors.Is(w, htmlmeta.ErrInvalidUTF8) && strings.EqualFold(page.Charset, "utf-8") && c.invalidUTF8(w) {
			continue
		}
		c.report(htmlError(w))
	}
	c.convert()
	if o.Strict && len(c.errs.errs) > 0 {
		return nil, c.errs.errs[0]
	}
	return c.a, c.errs.err()
}

// htmlSentinel maps a scanner error to the article sentinel it means.
func htmlSentinel(err error) error {
	switch {
	case errors.Is(err, htmlmeta.ErrInvalidUTF8):
		return ErrInvalidUTF8
	case errors.Is(err, htmlmeta.ErrTooLarge), errors.Is(err, htmlmeta.ErrTooManyElements),
		errors.Is(err, htmlmeta.ErrTokenTooLarge), errors.Is(err, htmlmeta.ErrValueTooLarge),
		errors.Is(err, htmlmeta.ErrTooMany), errors.Is(err, htmlmeta.ErrDepth):
		return ErrTooLarge
	case errors.Is(err, htmlmeta.ErrCharset):
		return ErrUnknownFormat
	}
	return ErrSyntax
}

// htmlError turns a scanner error into a *ParseError at the scanner's
// position that wraps both the article sentinel and the scanner's error.
func htmlError(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	pe := &ParseError{Line: 1, Column: 1, Field: "html", Err: wrapErr(htmlSentinel(err), err)}
	var hp *htmlmeta.ParseError
	if errors.As(err, &hp) && hp.Line > 0 {
		pe.Line, pe.Column = hp.Line, hp.Column
	}
	return pe
}

// invalidUTF8 reports each invalid sequence of a UTF-8 page at its
// position in the input, each error wrapping both ErrInvalidUTF8 and the
// scanner's warning w. It reports false when it found none (the scanner
// saw them after decoding), leaving w to be reported as it is.
func (c *htmlConv) invalidUTF8(w error) bool {
	data := c.data
	found := false
	line, lineStart := 1, 0
	for i := 0; i < len(data); {
		b := data[i]
		if b < utf8.RuneSelf {
			if b == '\n' {
				line, lineStart = line+1, i+1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(data[i:])
		if r == utf8.RuneError && size == 1 {
			found = true
			c.report(&ParseError{Line: line, Column: i - lineStart + 1, Field: "html", Err: wrapErr(ErrInvalidUTF8, w)})
			if len(c.errs.errs) >= c.errs.max {
				break
			}
		}
		i += size
	}
	return found
}

// htmlConv holds the state of one translation of a Page.
type htmlConv struct {
	o    ParseOptions
	do   dates.Options
	p    *htmlmeta.Page
	a    *Article
	data string
	errs errorList
}

func (c *htmlConv) report(err error) {
	if err != nil {
		c.errs.add(err)
	}
}

// fail reports a problem with a field whose value came from the page; the
// position is that of the value's first occurrence in the input, when it
// occurs there as written.
func (c *htmlConv) fail(field, value string, err error) {
	line, col := 1, 1
	if value != "" {
		if i := strings.Index(c.data, value); i >= 0 {
			line, col = htmlPosition(c.data, i)
		}
	}
	c.report(&ParseError{Line: line, Column: col, Field: field, Err: err})
}

func (c *htmlConv) convert() {
	p, a := c.p, c.a
	a.Headline = textnorm.String(p.Headline)
	a.Summary = textnorm.String(p.Description)
	a.URL = c.url()
	if p.Language != "" {
		if t, err := language.Parse(p.Language); err == nil {
			a.Language = t
		} else {
			c.fail("language", p.Language, wrapErr(ErrInvalidLanguage, err))
		}
	}
	if s := textnorm.String(p.Section); s != "" {
		if isBreadcrumb(s) {
			a.Section = splitBreadcrumb(s)
		} else {
			a.Section = []string{s}
		}
	}
	a.Published = c.time("published", p.Published)
	a.Modified = c.time("modified", p.Modified)
	c.authors()
	for _, k := range p.Keywords {
		k = textnorm.String(k)
		if k == "" {
			continue
		}
		if isTagCode(k) {
			a.Tags.Add(tags.Tag{Code: k})
		} else {
			a.Tags.Add(tags.Tag{Name: k})
		}
	}
	c.publisher()
	if im := p.Image; im != nil {
		a.Image = Image{URL: c.resolve(im.URL), Caption: textnorm.String(im.Caption), Credit: textnorm.String(im.Credit),
			Width: max(im.Width, 0), Height: max(im.Height, 0)}
	}
	for _, key := range []string{"copyright", "dc.rights", "dcterms.rights"} {
		if vs := p.Values(key); len(vs) > 0 && a.CopyrightNotice == "" {
			a.CopyrightNotice = textnorm.String(vs[0])
		}
	}
	c.body()
	c.jsonld()
}

// jsonld reads the page's main JSON-LD article node with the mapping of
// [FormatJSONLD] and takes from it what the scanner's typed view does not
// hold: every articleSection entry, the tags with their codes, URIs and
// descriptions, the countries, the sources (publisher and
// sourceOrganization, with their acronyms and countries) and the
// dateline's place and country when the body gave none. The scripts are
// found in the input only when the scanner found JSON-LD nodes, and only
// on UTF-8 pages (a page in another character set keeps the scanner's
// view).
func (c *htmlConv) jsonld() {
	if len(c.p.JSONLD) == 0 || !strings.EqualFold(c.p.Charset, "utf-8") {
		return
	}
	var node *jsonlex.Object
	best := len(ldArticleTypes)
	for _, script := range ldScripts(c.data) {
		v, err := jsonlex.Options{MaxBytes: c.o.maxBytes(), ReplaceInvalid: true}.Decode([]byte(script))
		if err != nil {
			continue // reported by the scanner
		}
		if n := ldMainNode(v); n != nil {
			for _, t := range ldStrings(n, "@type") {
				for i, at := range ldArticleTypes {
					if t == at && i < best {
						node, best = n, i
					}
				}
			}
		}
	}
	if node == nil {
		return
	}
	r := ldReader{a: new(Article), o: c.o}
	r.read(node)
	for _, err := range r.errs {
		var pe *ParseError
		if errors.As(err, &pe) && pe.Field == "about" {
			c.fail("jsonld/about", "", pe.Err)
		}
	}
	ld, a := r.a, c.a
	if len(ld.Section) > 0 {
		a.Section = ld.Section
	}
	if ld.Tags.Len() > 0 {
		ts := ld.Tags
		for t := range a.Tags.All() {
			dup := false
			for u := range ld.Tags.All() {
				if t.Code != "" && strings.EqualFold(t.Code, u.Code) || t.Name != "" && strings.EqualFold(t.Name, u.Name) {
					dup = true
					break
				}
			}
			if !dup {
				ts.Add(t)
			}
		}
		a.Tags = ts
	}
	a.Countries = a.Countries.Union(ld.Countries)
next:
	for _, s := range ld.Sources {
		// A source the page named already (the site name) is the same
		// source: it keeps its resolution and gains what is missing.
		for i := range a.Sources {
			x := &a.Sources[i]
			if strings.EqualFold(x.Name, s.Name) || x.Acronym != "" && strings.EqualFold(x.Acronym, s.Acronym) {
				if x.Acronym == "" {
					x.Acronym = s.Acronym
				}
				if x.URL == "" {
					x.URL = s.URL
				}
				if !x.Country.IsValid() {
					x.Country = s.Country
				}
				if x.Role == "" {
					x.Role = s.Role
				}
				continue next
			}
		}
		a.Sources = append(a.Sources, s)
	}
	if a.Dateline.Place == "" {
		a.Dateline.Place = ld.Dateline.Place
	}
	if !a.Dateline.Country.IsValid() {
		a.Dateline.Country = ld.Dateline.Country
	}
}

// ldScripts returns the text of each <script> element of page whose type
// is application/ld+json, found without tokenizing: the page has been
// scanned already and is known to hold JSON-LD.
func ldScripts(page string) []string {
	var out []string
	for i := 0; i < len(page); {
		j := strings.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		if len(page)-i < 6 || !strings.EqualFold(page[i:i+6], "script") {
			continue
		}
		end := strings.IndexByte(page[i:], '>')
		if end < 0 {
			break
		}
		tag := page[i : i+end]
		i += end + 1
		if !containsFold(tag, "ld+json") {
			continue
		}
		k := indexFold(page[i:], "</script")
		if k < 0 {
			k = len(page) - i
		}
		out = append(out, page[i:i+k])
		i += k
	}
	return out
}

// indexFold returns the index of the first ASCII-case-insensitive match of
// the lower-case ASCII sub in s, or -1.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); {
		j := strings.IndexAny(s[i:], sub[:1]+strings.ToUpper(sub[:1]))
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
		i++
	}
	return -1
}

func containsFold(s, sub string) bool { return indexFold(s, sub) >= 0 }

// isHTTP reports whether s is an absolute http(s) URL with a host.
func isHTTP(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// url returns the canonical URL: the first absolute candidate, or a
// relative canonical link resolved against the first absolute one, or the
// page's value as stated.
func (c *htmlConv) url() string {
	p := c.p
	var cands []string
	for _, l := range p.Links {
		if l.Rel == "canonical" && l.Href != "" {
			cands = append(cands, l.Href)
		}
	}
	cands = append(cands, p.URL)
	cands = append(cands, p.Values("og:url")...)
	for _, t := range p.JSONLD {
		if t.URL != "" {
			cands = append(cands, t.URL)
		}
	}
	base := ""
	for _, s := range cands {
		if isHTTP(s) {
			base = s
			break
		}
	}
	if base == "" {
		return p.URL
	}
	if len(cands) > 0 && cands[0] != base && !isHTTP(cands[0]) && strings.HasPrefix(cands[0], "/") {
		if b, err := url.Parse(base); err == nil {
			if r, err := b.Parse(cands[0]); err == nil {
				return r.String()
			}
		}
	}
	return base
}

// resolve returns ref resolved against the article's URL when ref is a
// relative reference and the URL is absolute; otherwise ref as stated.
func (c *htmlConv) resolve(ref string) string {
	if ref == "" || isHTTP(ref) || !isHTTP(c.a.URL) {
		return ref
	}
	b, err := url.Parse(c.a.URL)
	if err != nil {
		return ref
	}
	r, err := b.Parse(ref)
	if err != nil || (r.Scheme != "http" && r.Scheme != "https") {
		return ref
	}
	return r.String()
}

// time reads a page's date with the package's date logic.
func (c *htmlConv) time(field, s string) Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return Time{}
	}
	t, err := parseLoose(s, c.do)
	if err != nil {
		c.fail(field, s, err)
	}
	return t
}

// authors credits the page's authors through the byline rules, with the
// profile URLs the page gives for them.
func (c *htmlConv) authors() {
	urls := map[string]string{}
	for _, t := range c.p.JSONLD {
		for _, pr := range t.Authors {
			if pr.URL != "" && pr.Name != "" {
				k := strings.ToLower(textnorm.String(pr.Name))
				if _, ok := urls[k]; !ok {
					urls[k] = pr.URL
				}
			}
		}
	}
	for _, l := range c.p.Links {
		if href := c.resolve(l.Href); l.Rel == "author" && l.Title != "" && isHTTP(href) {
			k := strings.ToLower(textnorm.String(l.Title))
			if _, ok := urls[k]; !ok {
				urls[k] = href
			}
		}
	}
	for _, name := range c.p.Authors {
		ps := creditLine(name)
		for i := range ps {
			if u, ok := urls[strings.ToLower(ps[i].Name)]; ok {
				ps[i].URL = u
			} else if u, ok := urls[strings.ToLower(textnorm.String(name))]; ok && len(ps) == 1 {
				ps[i].URL = u
			}
		}
		c.addPeople(ps)
	}
}

func (c *htmlConv) addPeople(ps []Person) {
next:
	for _, q := range ps {
		for _, x := range c.a.Authors {
			if strings.EqualFold(x.Name, q.Name) && x.Role == q.Role {
				continue next
			}
		}
		c.a.Authors = append(c.a.Authors, q)
	}
}

func (c *htmlConv) addSource(s Source) {
	for _, x := range c.a.Sources {
		if strings.EqualFold(x.Name, s.Name) && strings.EqualFold(x.Acronym, s.Acronym) {
			return
		}
	}
	c.a.Sources = append(c.a.Sources, s)
}

func (c *htmlConv) hints() Hints {
	return Hints{Language: c.a.Language, Countries: c.a.Countries}
}

// publisher turns the site name into a Source.
func (c *htmlConv) publisher() {
	name := textnorm.String(c.p.SiteName)
	if name == "" {
		return
	}
	s, err := c.o.Sources.Lookup(name, c.hints())
	if err != nil {
		s = Source{Name: name}
		for _, t := range c.p.JSONLD {
			if t.Publisher != nil && strings.EqualFold(textnorm.String(t.Publisher.Name), name) && isHTTP(t.Publisher.URL) {
				s.URL = t.Publisher.URL
				break
			}
		}
	}
	s.Role = SourcePublisher
	c.addSource(s)
}

// maxLeadBlocks is how many blocks at the start of the body are looked at
// for a repeated headline or a byline.
const maxLeadBlocks = 3

// body translates the blocks, taking the repeated headline, a byline and
// the dateline out of the opening blocks.
func (c *htmlConv) body() {
	a := c.a
	blocks := c.p.Body
	if len(blocks) == 0 {
		return
	}
	a.Body = make([]Block, 0, len(blocks))
	datelineDone := false
	lead := 0
	for _, b := range blocks {
		text := textnorm.String(b.Text)
		if text == "" {
			continue
		}
		kind := Paragraph
		switch b.Kind {
		case htmlmeta.Heading:
			kind = Heading
		case htmlmeta.Quotation:
			kind = Quotation
		case htmlmeta.ListItem:
			kind = ListItem
		}
		if len(a.Body) == 0 && lead < maxLeadBlocks {
			lead++
			if a.Headline != "" && strings.EqualFold(text, a.Headline) {
				continue
			}
			if kind == Paragraph {
				if ps := bodyByline(text); len(ps) > 0 {
					if len(a.Authors) == 0 {
						c.addPeople(ps)
						continue
					}
					if sameNames(ps, a.Authors) {
						continue
					}
				}
			}
		}
		if !datelineDone && kind == Paragraph {
			datelineDone = true
			if d, rest, ok := parseDateline(text, c.datelineDates()); ok {
				a.Dateline = d
				text = rest
				if d.Agency != "" {
					if s, err := c.o.Sources.Lookup(d.Agency, c.hints()); err == nil {
						c.addSource(s)
					}
				}
			}
		}
		a.Body = append(a.Body, Block{Kind: kind, Text: text})
	}
}

// sameNames reports whether every person of ps is already credited.
func sameNames(ps, have []Person) bool {
	for _, q := range ps {
		found := false
		for _, x := range have {
			if strings.EqualFold(x.Name, q.Name) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// datelineDates resolves year-less dateline dates against the published
// date when there is one.
func (c *htmlConv) datelineDates() dates.Options {
	do := c.do
	if do.Reference.IsZero() && c.a.Published.IsResolved() {
		do.Reference = c.a.Published.Time()
	}
	return do
}

// htmlPosition returns the 1-based line and byte column of off in data.
func htmlPosition(data string, off int) (line, col int) {
	off = min(off, len(data))
	line = 1 + strings.Count(data[:off], "\n")
	return line, off - (strings.LastIndexByte(data[:off], '\n') + 1) + 1
}

// detectMarkup tells HTML from other markup at the first "<" of the input:
// an XML document whose root is a feed (rss, feed, rdf:RDF) is not HTML.
func detectMarkup(s string) Format {
	if len(s) > 512 {
		s = s[:512]
	}
	if !strings.HasPrefix(s, "<?xml") {
		return FormatHTML
	}
	for rest := s; ; {
		i := strings.IndexByte(rest, '<')
		if i < 0 || i+1 >= len(rest) {
			return FormatHTML
		}
		rest = rest[i+1:]
		if rest[0] == '?' || rest[0] == '!' {
			continue
		}
		for _, root := range []string{"rss", "feed", "rdf:RDF"} {
			if strings.HasPrefix(rest, root) && len(rest) > len(root) && (rest[len(root)] == ' ' || rest[len(root)] == '>' || rest[len(root)] == '\n' || rest[len(root)] == '\t' || rest[len(root)] == '\r') {
				return FormatAuto
			}
		}
		return FormatHTML
	}
}

// bylineWords are the words that open a credit line in the languages of
// the date tables, and the conjunctions that join two names in them.
var (
	bylineWords = []string{"by ", "par ", "von ", "por ", "di ", "door ", "av ", "af "}
	bylineAnd   = strings.NewReplacer(" et ", " and ", " und ", " and ", " y ", " and ", " e ", " and ",
		" en ", " and ", " og ", " and ", " och ", " and ", " i ", " and ")
)

// bodyByline reads a body block that is a credit line ("By Ana Ruiz and
// Li Wei", "Par Ana Ruiz et Li Wei") through the scraped text format's
// byline rules, or returns nil.
func bodyByline(text string) []Person {
	if len(text) > 160 {
		return nil
	}
	lower := strings.ToLower(text)
	for _, w := range bylineWords {
		if strings.HasPrefix(lower, w) {
			line := "By " + bylineAnd.Replace(text[len(w):])
			if isBylineLine(line) {
				return parseByline(line, "")
			}
			return nil
		}
	}
	return nil
}

// roleCredits are phrases inside one credit line that start the credit of
// someone with another role: "Written by Ana Ruiz Edited by Li Wei".
var roleCredits = []struct {
	phrase string
	role   Role
}{
	{" edited by ", RoleEditor}, {" photos by ", RolePhotographer}, {" photographs by ", RolePhotographer},
	{" translated by ", RoleTranslator}, {" additional reporting by ", RoleContributor},
}

// creditLine reads one author value of a page through the byline rules,
// splitting it where a role phrase starts another credit.
func creditLine(s string) []Person {
	lower := strings.ToLower(s)
	for _, rc := range roleCredits {
		if i := strings.Index(lower, rc.phrase); i > 0 {
			head := parseByline(s[:i], "")
			if len(head) == 0 {
				break
			}
			return append(head, parseByline(s[i+len(rc.phrase):], rc.role)...)
		}
	}
	return parseByline(s, "")
}
