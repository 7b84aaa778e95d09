package article

import (
	"context"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/dates"
	"github.com/newsmodel/news/internal/textnorm"
	"github.com/newsmodel/news/tags"
)

// field kinds of labelled lines
type labelKind uint8

const (
	labelNone labelKind = iota
	labelCountries
	labelSources
	labelAuthors
	labelEditors
	labelPhotographers
	labelTranslators
	labelContributors
	labelPublished
	labelModified
	labelTags
	labelKeywords
	labelLocation
	labelSection
	labelLanguage
	labelURL
	labelID
	labelSummary
	labelSubheadline
	labelCopyright
)

var labelFields = [...]string{
	labelCountries: "countries", labelSources: "sources", labelAuthors: "authors", labelEditors: "authors",
	labelPhotographers: "authors", labelTranslators: "authors", labelContributors: "authors",
	labelPublished: "published", labelModified: "modified", labelTags: "tags", labelKeywords: "tags",
	labelLocation: "dateline", labelSection: "section", labelLanguage: "language", labelURL: "url",
	labelID: "id", labelSummary: "summary", labelSubheadline: "subheadline", labelCopyright: "copyrightNotice",
}

// labels are matched case-insensitively before a colon.
var labels = []struct {
	name string
	kind labelKind
}{
	{"affected countries", labelCountries}, {"countries", labelCountries}, {"country", labelCountries},
	{"affected country", labelCountries},
	{"source", labelSources}, {"sources", labelSources}, {"agency", labelSources}, {"agencies", labelSources},
	{"by", labelAuthors}, {"author", labelAuthors}, {"authors", labelAuthors}, {"byline", labelAuthors},
	{"written by", labelAuthors}, {"reporter", labelAuthors}, {"reporting by", labelAuthors},
	{"editor", labelEditors}, {"editors", labelEditors}, {"editing by", labelEditors}, {"edited by", labelEditors},
	{"photographer", labelPhotographers}, {"photos by", labelPhotographers},
	{"translator", labelTranslators}, {"translated by", labelTranslators},
	{"contributor", labelContributors}, {"contributors", labelContributors},
	{"published", labelPublished}, {"published on", labelPublished}, {"date", labelPublished},
	{"posted", labelPublished}, {"posted on", labelPublished},
	{"updated", labelModified}, {"last updated", labelModified}, {"modified", labelModified}, {"updated on", labelModified},
	{"tags", labelTags}, {"tag", labelTags}, {"topics", labelTags},
	{"keywords", labelKeywords}, {"keyword", labelKeywords},
	{"location", labelLocation}, {"place", labelLocation}, {"dateline", labelLocation},
	{"section", labelSection}, {"category", labelSection}, {"categories", labelSection},
	{"language", labelLanguage}, {"lang", labelLanguage},
	{"url", labelURL}, {"link", labelURL}, {"canonical", labelURL}, {"canonical url", labelURL},
	{"id", labelID}, {"article id", labelID},
	{"summary", labelSummary}, {"description", labelSummary}, {"standfirst", labelSummary},
	{"subheadline", labelSubheadline}, {"subtitle", labelSubheadline}, {"subhead", labelSubheadline}, {"deck", labelSubheadline},
	{"copyright", labelCopyright},
}

// navigation is what a scraped page keeps of menus and share bars; a line
// that is exactly one of these (ignoring case) is dropped.
var navigation = []string{
	"skip to content", "skip to main content", "skip to navigation", "skip navigation", "jump to content",
	"menu", "main menu", "open menu", "close menu", "toggle navigation", "navigation", "search", "home",
	"share", "share this", "share this article", "share on facebook", "share on twitter", "print", "email",
	"advertisement", "advertisements", "sponsored", "subscribe", "sign in", "sign up", "log in", "login",
	"register", "close", "back to top", "read more", "related", "related articles", "related news",
	"related stories", "more news", "comments", "leave a comment", "facebook", "twitter", "whatsapp",
	"linkedin", "telegram", "tweet", "copy link", "listen to this article", "loading...",
}

func isNavigation(s string) bool {
	if len(s) > 30 {
		return false
	}
	for _, n := range navigation {
		if len(n) == len(s) && strings.EqualFold(n, s) {
			return true
		}
	}
	// Lines of separators only ("/", "»", "|", "* * *" is kept: it has
	// no letters but is a section break writers use; see below).
	for _, r := range s {
		switch r {
		case '/', '|', '»', '›', '>', '<', '«', '‹', ' ', '-', '–', '—', '·', '•':
			continue
		}
		return false
	}
	return true
}

// bulletLen returns the length of a bullet that starts s followed by a
// space, or 0.
func bulletLen(s string) int {
	if s == "" {
		return 0
	}
	var n int
	switch {
	case s[0] == '*' || s[0] == '-' || s[0] == '+':
		n = 1
	case s[0] >= 0x80:
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case '•', '·', '▪', '‣', '◦', '●', '■', '–', '►', '▸':
			n = size
		default:
			return 0
		}
	default:
		return 0
	}
	if len(s) > n && s[n] == ' ' {
		return n + 1
	}
	return 0
}

// isTagCode reports whether s looks like a hierarchical tag code: capital
// letters and digits in at least two segments joined by hyphens or dots.
func isTagCode(s string) bool {
	segs := 1
	if s == "" || !tags.ValidCode(s) || s[0] < '0' || s[0] > 'Z' || s[0] > '9' && s[0] < 'A' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_':
		case c == '-' || c == '.' || c == ':':
			if i+1 >= len(s) || s[i+1] == '-' || s[i+1] == '.' {
				return false
			}
			segs++
		default:
			return false
		}
	}
	return segs >= 2
}

// matchLabel returns the label kind and the value of a labelled line
// ("Source: MIA"), or labelNone.
func matchLabel(s string) (labelKind, string, int) {
	limit := len(s)
	if limit > 28 {
		limit = 28
	}
	i := strings.IndexByte(s[:limit], ':')
	if i <= 0 {
		return labelNone, "", 0
	}
	name := strings.TrimRight(s[:i], " ")
	for _, l := range labels {
		if len(l.name) == len(name) && strings.EqualFold(l.name, name) {
			v := i + 1
			for v < len(s) && s[v] == ' ' {
				v++
			}
			return l.kind, s[v:], v
		}
	}
	return labelNone, "", 0
}

// isBylineLine reports whether s is a credit line without a colon:
// "By Ana Ruiz and Li Wei", possibly followed by "| Updated …" residue.
func isBylineLine(s string) bool {
	if len(s) < 4 || len(s) > 160 || (s[0] != 'B' && s[0] != 'b') || s[1] != 'y' && s[1] != 'Y' || s[2] != ' ' {
		return false
	}
	core := s[3:]
	if i := strings.IndexByte(core, '|'); i >= 0 {
		core = core[:i]
	}
	for _, cut := range []string{" Updated ", " Published ", " Posted "} {
		if i := strings.Index(core, cut); i >= 0 {
			core = core[:i]
		}
	}
	words := strings.Fields(core)
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if strings.EqualFold(w, "and") || w == "&" || strings.Contains(w, "@") || len(w) <= 3 && !isUpperRune(r) && len(words) > 2 {
			continue
		}
		if !isUpperRune(r) {
			return false
		}
	}
	last := core[len(core)-1]
	return last != '.' && last != '?' && last != '!'
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return strings.ToLower(string(r)) != string(r)
}

// breadcrumbSeps split breadcrumb and section values.
func splitBreadcrumb(s string) []string {
	f := func(r rune) bool { return r == '»' || r == '›' }
	parts := strings.FieldsFunc(s, f)
	var out []string
	for _, p := range parts {
		for _, q := range splitSpaced(strings.TrimSpace(p)) {
			q = strings.TrimSpace(q)
			if q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

// splitSpaced splits on " > ", " / " and " | ".
func splitSpaced(s string) []string {
	var out []string
	start := 0
	for i := 1; i+1 < len(s); i++ {
		if s[i-1] == ' ' && s[i+1] == ' ' && (s[i] == '>' || s[i] == '/' || s[i] == '|') {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func isBreadcrumb(s string) bool {
	return strings.Contains(s, "»") || strings.Contains(s, "›")
}

// textParser holds the state of one scraped-page parse.
type textParser struct {
	o            ParseOptions
	do           dates.Options
	a            *Article
	errs         errorList
	strict       bool
	fatal        error
	inBody       bool
	line         int
	raw          string // current raw line, for columns
	datelineDone bool
}

func (o ParseOptions) parseText(ctx context.Context, src string) (*Article, error) {
	p := &textParser{o: o, do: o.dateOptions(), a: new(Article), strict: o.Strict}
	p.errs.max = o.maxErrors()
	src = strings.TrimPrefix(src, "\ufeff")
	// One block per non-empty line: counting lines (a vectorised scan)
	// sizes the body once instead of growing it a dozen times.
	if n := strings.Count(src, "\n"); n > 64 {
		p.a.Body = make([]Block, 0, n/2+1)
	}
	for pos := 0; pos < len(src); {
		if src[pos] == '\n' {
			// An empty line, as between paragraphs: nothing to read.
			p.line++
			pos++
			continue
		}
		// One pass over the line finds its end, validates its UTF-8 and
		// tells whether it needs cleaning; a clean line (most body lines)
		// is used as it is, sharing the input's memory.
		end, isClean := textnorm.CutLine(src[pos:])
		raw := src[pos : pos+end]
		pos += end + 1
		if n := len(raw); n > 0 && raw[n-1] == '\r' {
			raw = raw[:n-1]
		}
		p.line++
		if p.line&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		p.raw = raw
		clean := raw
		if !isClean {
			clean = textnorm.String(raw)
			if clean != raw && !utf8.ValidString(raw) {
				p.invalidUTF8(raw)
			}
		}
		if p.fatal != nil {
			return nil, p.fatal
		}
		p.handle(clean)
		if p.fatal != nil {
			return nil, p.fatal
		}
	}
	return p.a, p.errs.err()
}

// invalidUTF8 reports each invalid byte of the current line; the cleaned
// line has U+FFFD in its place.
func (p *textParser) invalidUTF8(raw string) {
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if r == utf8.RuneError && size == 1 {
			pe := &ParseError{Line: p.line, Column: i + 1, Err: ErrInvalidUTF8}
			if p.strict {
				p.fatal = pe
				return
			}
			p.errs.add(pe)
		}
		i += size
	}
}

// fail records a problem at the current line; col is a byte offset in the
// cleaned line and is mapped back to the raw line where it can be.
func (p *textParser) fail(field string, value string, err error) {
	col := 1
	if value != "" {
		if i := strings.Index(p.raw, value); i >= 0 {
			col = i + 1
		}
	}
	pe := &ParseError{Line: p.line, Column: col, Field: field, Err: err}
	if p.strict {
		if p.fatal == nil {
			p.fatal = pe
		}
		return
	}
	p.errs.add(pe)
}

func (p *textParser) handle(s string) {
	if s == "" {
		return
	}
	a := p.a
	if isNavigation(s) {
		return
	}
	if n := bulletLen(s); n > 0 {
		if p.tagLine(s, s[n:]) {
			return
		}
		if p.inBody || a.Headline != "" {
			p.block(ListItem, s[n:])
			return
		}
	}
	if kind, v, _ := matchLabel(s); kind != labelNone {
		if p.label(kind, v) {
			return
		}
	}
	if !p.inBody && isBreadcrumb(s) {
		// A short line before the breadcrumb is the site's name or menu
		// residue, not the headline, which follows the breadcrumb.
		if a.Headline != "" && len(a.Body) == 0 && strings.Count(a.Headline, " ") < 5 {
			a.Headline = ""
		}
		p.breadcrumb(s)
		return
	}
	if isBylineLine(s) && (!p.inBody || len(a.Authors) == 0) {
		if ps := parseByline(s, ""); len(ps) > 0 {
			p.addPeople(ps)
			p.bylineTime(s)
			return
		}
	}
	if !p.inBody {
		if a.Headline == "" {
			a.Headline = s
			return
		}
		if strings.EqualFold(s, a.Headline) {
			return // the title repeated
		}
	}
	switch {
	case strings.HasPrefix(s, "#"):
		if t, ok := cutHeading(s); ok {
			p.block(Heading, t)
			return
		}
	case strings.HasPrefix(s, "> "):
		p.block(Quotation, s[2:])
		return
	}
	p.block(Paragraph, s)
}

// cutHeading strips Markdown-style "## " markers.
func cutHeading(s string) (string, bool) {
	i := 0
	for i < len(s) && i < 6 && s[i] == '#' {
		i++
	}
	if i < len(s) && s[i] == ' ' && i+1 < len(s) {
		return s[i+1:], true
	}
	return "", false
}

func (p *textParser) block(k BlockKind, text string) {
	if text == "" {
		return
	}
	a := p.a
	if !p.inBody {
		p.inBody = true
		if a.Headline == "" && k == Paragraph {
			a.Headline = text
			p.inBody = false
			return
		}
	}
	if !p.datelineDone {
		p.datelineDone = true
		if k == Paragraph && a.Dateline.Text == "" {
			if d, rest, ok := parseDateline(text, p.datelineDates()); ok {
				// The dateline the body opens with replaces a Location
				// label read before it.
				a.Dateline = d
				text = rest
				if d.Agency != "" {
					if s, err := p.o.Sources.Lookup(d.Agency, p.hints()); err == nil {
						p.addSource(s)
					}
				}
			}
		}
	}
	a.Body = append(a.Body, Block{Kind: k, Text: text})
}

// datelineDates resolves year-less dateline dates against the published
// date when there is one.
func (p *textParser) datelineDates() dates.Options {
	do := p.do
	if do.Reference.IsZero() && p.a.Published.IsResolved() {
		do.Reference = p.a.Published.Time()
	}
	return do
}

func (p *textParser) hints() Hints {
	return Hints{Language: p.a.Language, Countries: p.a.Countries}
}

// tagLine reads a bulleted tag line: one that [tags.Parse] reads with a
// code. It reports false for other bulleted lines (list items). A line
// whose first word looks like a code but that tags.Parse rejects is
// reported and dropped.
func (p *textParser) tagLine(line, rest string) bool {
	t, err := tags.Parse(line)
	if err == nil && t.Code != "" {
		p.a.Tags.Add(t)
		return true
	}
	if code, _, _ := strings.Cut(rest, " "); err != nil && isTagCode(code) {
		p.fail("tags", rest, wrapErr(ErrTag, err))
		return true
	}
	return false
}

type wrapped struct {
	sentinel, cause error
}

func (w *wrapped) Error() string   { return w.cause.Error() }
func (w *wrapped) Unwrap() []error { return []error{w.sentinel, w.cause} }

func wrapErr(sentinel, cause error) error { return &wrapped{sentinel, cause} }

// label handles a labelled line. In the body, a label whose value does not
// read as that field is a paragraph, and label reports false.
func (p *textParser) label(kind labelKind, v string) bool {
	a := p.a
	body := p.inBody
	if body && len(v) > 300 {
		return false
	}
	field := labelFields[kind]
	switch kind {
	case labelCountries:
		cs, err := countries.ParseList(v)
		if body && cs.Len() == 0 {
			return false
		}
		for c := range cs.All() {
			a.Countries.Add(c)
		}
		if err != nil {
			for _, e := range unjoin(err) {
				item := v
				if le, ok := e.(*countries.ListError); ok {
					item = le.Item
				}
				p.fail(field, item, wrapErr(ErrUnknownCountry, e))
			}
		}
	case labelSources:
		items := splitList(v, !strings.Contains(v, "://"))
		if body && (len(items) == 0 || len(items) > 10 || tooWordy(items, 8)) {
			return false
		}
		for _, it := range items {
			s, err := p.o.Sources.Lookup(it, p.hints())
			if err != nil {
				s = Source{Name: it} // kept as written
			}
			p.addSource(s)
		}
	case labelAuthors, labelEditors, labelPhotographers, labelTranslators, labelContributors:
		role := map[labelKind]Role{labelEditors: RoleEditor, labelPhotographers: RolePhotographer,
			labelTranslators: RoleTranslator, labelContributors: RoleContributor}[kind]
		ps := parseByline(v, role)
		if body && (len(ps) == 0 || len(ps) > 10) {
			return false
		}
		p.addPeople(ps)
	case labelPublished, labelModified:
		t, err := parseLoose(v, p.do)
		if err != nil && body {
			return false
		}
		if err != nil {
			p.fail(field, v, err)
		}
		dst := &a.Published
		if kind == labelModified {
			dst = &a.Modified
		}
		if dst.IsZero() || t.Precision() > dst.Precision() {
			*dst = t
		}
	case labelTags, labelKeywords:
		items := splitList(v, false)
		if body && (len(items) == 0 || tooWordy(items, 6)) {
			return false
		}
		for _, it := range items {
			if isTagCode(it) {
				a.Tags.Add(tags.Tag{Code: it})
			} else {
				a.Tags.Add(tags.Tag{Name: it})
			}
		}
	case labelLocation:
		if body && len(v) > 80 {
			return false
		}
		if a.Dateline.Text == "" {
			a.Dateline.Place = v
			if c, ok := countries.Lookup(v); ok {
				a.Dateline.Country = c
			} else if _, after, found := strings.Cut(v, ", "); found {
				if c, ok := countries.Lookup(after); ok {
					a.Dateline.Country = c
				}
			}
		}
	case labelSection:
		if len(a.Section) == 0 {
			a.Section = splitBreadcrumb(v)
		}
	case labelLanguage:
		t, err := language.Parse(v)
		if err != nil {
			if body {
				return false
			}
			p.fail(field, v, wrapErr(ErrInvalidLanguage, err))
			return true
		}
		a.Language = t
	case labelURL:
		if body && strings.ContainsRune(v, ' ') {
			return false
		}
		if a.URL == "" {
			a.URL = v
		}
	case labelID:
		if body && strings.ContainsRune(v, ' ') {
			return false
		}
		if a.ID == "" {
			a.ID = v
		}
	case labelSummary:
		if a.Summary == "" {
			a.Summary = v
		}
	case labelSubheadline:
		if a.Subheadline == "" {
			a.Subheadline = v
		}
	case labelCopyright:
		if a.CopyrightNotice == "" {
			a.CopyrightNotice = v
		}
	}
	return true
}

func tooWordy(items []string, max int) bool {
	for _, it := range items {
		if strings.Count(it, " ") >= max {
			return true
		}
	}
	return false
}

// splitList splits a labelled list on commas and semicolons, and on
// slashes when slash is true.
func splitList(v string, slash bool) []string {
	var out []string
	for _, it := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' || slash && r == '/' }) {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

func (p *textParser) addSource(s Source) {
	for _, x := range p.a.Sources {
		if strings.EqualFold(x.Name, s.Name) && strings.EqualFold(x.Acronym, s.Acronym) {
			return
		}
	}
	p.a.Sources = append(p.a.Sources, s)
}

func (p *textParser) addPeople(ps []Person) {
next:
	for _, q := range ps {
		for _, x := range p.a.Authors {
			if strings.EqualFold(x.Name, q.Name) && x.Role == q.Role {
				continue next
			}
		}
		p.a.Authors = append(p.a.Authors, q)
	}
}

// bylineTime reads the "| Updated 3 hours ago" or "Published May 7, 2024"
// residue of a credit line into Modified or Published when they are not
// set yet.
func (p *textParser) bylineTime(s string) {
	lower := strings.ToLower(s)
	for _, w := range []struct {
		word string
		kind labelKind
	}{{"updated", labelModified}, {"published", labelPublished}, {"posted", labelPublished}} {
		i := strings.Index(lower, w.word)
		if i <= 0 || lower[i-1] != ' ' {
			continue
		}
		v := strings.TrimLeft(s[i+len(w.word):], " :")
		if strings.HasPrefix(strings.ToLower(v), "on ") {
			v = v[3:]
		}
		if end := strings.IndexByte(v, '|'); end >= 0 {
			v = strings.TrimSpace(v[:end])
		}
		if v == "" {
			continue
		}
		dst := &p.a.Modified
		if w.kind == labelPublished {
			dst = &p.a.Published
		}
		if !dst.IsZero() {
			continue
		}
		t, err := parseLoose(v, p.do)
		if err != nil {
			p.fail(labelFields[w.kind], v, err)
		}
		*dst = t
	}
}

func (p *textParser) breadcrumb(s string) {
	a := p.a
	var section []string
	for _, seg := range splitBreadcrumb(s) {
		if strings.EqualFold(seg, "home") || isNavigation(seg) {
			continue
		}
		if strings.IndexAny(seg, "0123456789") >= 0 {
			if t, err := parseLoose(seg, p.do); err == nil {
				if a.Published.IsZero() || t.Precision() > a.Published.Precision() {
					a.Published = t
				}
				continue
			}
		}
		section = append(section, seg)
	}
	if len(a.Section) == 0 {
		a.Section = section
	}
}

// unjoin returns the errors an errors.Join result holds, or err itself.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
