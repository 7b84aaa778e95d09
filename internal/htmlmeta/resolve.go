package htmlmeta

import (
	"net/url"
	"strings"
	"unicode"
)

// webPageTypes are JSON-LD types used when a page has no article node.
var webPageTypes = map[string]bool{
	"webpage": true, "itempage": true, "aboutpage": true, "profilepage": true,
	"collectionpage": true, "qapage": true, "faqpage": true, "medicalwebpage": true,
}

// mainThing returns the JSON-LD node that describes the page's article:
// the first node of the best-ranked article type (news articles before
// articles and blog posts before postings), else the first web page node.
func mainThing(p *Page) *Thing {
	best, rank := -1, 100
	for i := range p.JSONLD {
		for _, t := range p.JSONLD[i].Types {
			r := articleTypes[typeName(t)]
			if r == 0 && webPageTypes[typeName(t)] {
				r = 10
			}
			if r > 0 && r < rank {
				best, rank = i, r
			}
		}
	}
	if best < 0 {
		return nil
	}
	return &p.JSONLD[best]
}

func thingOfType(p *Page, typ string) *Thing {
	for i := range p.JSONLD {
		for _, t := range p.JSONLD[i].Types {
			if typeName(t) == typ {
				return &p.JSONLD[i]
			}
		}
	}
	return nil
}

// metas returns the contents of the first key (in order) that has any
// non-empty value in Page.Meta, all of that key's values.
func metas(p *Page, keys ...string) []string {
	for _, k := range keys {
		var out []string
		for _, m := range p.Meta {
			if m.Key == k && m.Content != "" {
				out = append(out, m.Content)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// meta returns the first non-empty value of the first key that has one.
func meta(p *Page, keys ...string) string {
	if v := metas(p, keys...); len(v) > 0 {
		return v[0]
	}
	return ""
}

func micro(p *Page, key string) string {
	for _, m := range p.Microdata {
		if m.Key == key && m.Content != "" {
			return m.Content
		}
	}
	return ""
}

func link(p *Page, rel string) string {
	for _, l := range p.Links {
		if l.Rel == rel && l.Href != "" {
			return l.Href
		}
	}
	return ""
}

func first(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

// resolve fills the best values of p from its raw values; articles is
// the number of <article> elements in the page.
func resolve(p *Page, body *tree, authorLinks []authorLink, articles int) {
	ld := mainThing(p)
	if ld == nil {
		ld = &Thing{}
	}
	site := thingOfType(p, "website")

	p.SiteName = first(
		personName(ld.Publisher),
		meta(p, "og:site_name"),
		nameOf(site),
		meta(p, "dc.publisher", "dcterms.publisher", "application-name", "apple-mobile-web-app-title"),
	)

	p.Authors = resolveAuthors(p, ld, authorLinks)

	p.Headline = first(
		ldHeadline(ld, p.Title, p.SiteName),
		meta(p, "og:title"),
		meta(p, "dc.title", "dcterms.title", "parsely-title", "sailthru.title"),
		meta(p, "twitter:title", "title", "headline"),
		micro(p, "headline"),
	)
	fromTitle := p.Headline == ""
	p.Headline = first(p.Headline, p.Title, p.H1)
	p.Headline = cleanHeadline(p.Headline, append([]string{p.SiteName, hostOf(p)}, p.Authors...), fromTitle)

	p.Description = first(
		ld.Description,
		meta(p, "og:description"),
		meta(p, "dc.description", "dcterms.description", "dcterms.abstract", "sailthru.description"),
		meta(p, "description", "twitter:description", "abstract"),
		micro(p, "description"),
	)

	p.URL = first(
		link(p, "canonical"),
		ld.URL,
		meta(p, "og:url"),
		meta(p, "parsely-link", "dc.identifier", "dcterms.identifier", "twitter:url"),
	)

	p.Language = first(
		p.Lang,
		ld.InLanguage,
		locale(meta(p, "og:locale")),
		meta(p, "dc.language", "dcterms.language"),
		meta(p, "content-language", "language"),
		micro(p, "inLanguage"),
	)
	if i := strings.IndexByte(p.Language, ','); i >= 0 { // "en, fr" in content-language
		p.Language = strings.TrimSpace(p.Language[:i])
	}

	if len(ld.Sections) > 0 {
		p.Section = ld.Sections[0]
	} else {
		p.Section = first(
			meta(p, "article:section", "og:section"),
			meta(p, "parsely-section", "sailthru.section", "dc.subject"),
			meta(p, "section", "category"),
			micro(p, "articleSection"),
		)
	}

	switch {
	case len(ld.Keywords) > 0:
		p.Keywords = dedupe(nil, ld.Keywords...)
	default:
		for _, vs := range [][]string{
			metas(p, "article:tag", "og:article:tag"),
			metas(p, "news_keywords"),
			metas(p, "parsely-tags", "sailthru.tags", "keywords"),
			metas(p, "dc.subject", "dcterms.subject"),
		} {
			var all []string
			for _, v := range vs {
				all = append(all, splitList(v)...)
			}
			out := dedupe(nil, all...)
			if len(out) > 0 {
				p.Keywords = out
				break
			}
		}
	}

	p.Published = first(
		ld.DatePublished,
		meta(p, "article:published_time", "og:published_time", "article:published"),
		meta(p, "dcterms.created", "dcterms.issued", "dc.date.issued", "dc.date.created", "dc.date", "dcterms.date",
			"parsely-pub-date", "sailthru.date"),
		meta(p, "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "article.published"),
		micro(p, "datePublished"),
		timePub(p, articles),
	)
	p.Modified = first(
		ld.DateModified,
		meta(p, "article:modified_time", "og:updated_time", "article:modified"),
		meta(p, "dcterms.modified", "dc.date.modified"),
		meta(p, "datemodified", "lastmod", "last-modified", "revised"),
		micro(p, "dateModified"),
		timeMod(p),
	)

	p.Image = withFigure(resolveImage(p, ld), p.Figures)

	if body != nil {
		resolveBody(p, ld, body)
	}
}

func personName(p *Person) string {
	if p == nil {
		return ""
	}
	return p.Name
}

func nameOf(t *Thing) string {
	if t == nil {
		return ""
	}
	return t.Name
}

// ldHeadline is the headline of the main JSON-LD node: its headline, or
// the name of an article node (web pages' names are often the site's).
// When an article has both and they differ, the one sharing more words
// with <title> wins (unless the name is one word or the site name): some
// sites put a description in headline.
func ldHeadline(t *Thing, title, site string) string {
	name := ""
	if isArticle(t.Types) {
		name = t.Name
	}
	if t.Headline == "" || name == "" || t.Headline == name {
		return first(t.Headline, name)
	}
	if len(strings.Fields(name)) >= 2 && squash(name) != squash(site) && overlap(name, title) > overlap(t.Headline, title) {
		return name
	}
	return t.Headline
}

// overlap is the share of a's words found in b, ignoring case.
func overlap(a, b string) float64 {
	wa := strings.Fields(strings.ToLower(a))
	if len(wa) == 0 {
		return 0
	}
	bs := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		bs[w] = true
	}
	n := 0
	for _, w := range wa {
		if bs[w] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}

func hostOf(p *Page) string {
	raw := first(link(p, "canonical"), meta(p, "og:url"))
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// locale turns og:locale's "en_US" into "en-US".
func locale(s string) string { return strings.ReplaceAll(s, "_", "-") }

func splitList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		if f = fold(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// timePub returns the datetime of the <time> element that states when
// the page was published: the first marked so (pubdate, itemprop
// datePublished), else the first with the microformat class "published"
// or "dt-published" (h-entry, hAtom; WordPress writes "entry-date
// published"), else the first in the page's only <article> element, when
// it is not in an aside and its class does not mark it as an update or a
// comment's. Times in asides, navigation and footers never count.
func timePub(p *Page, articles int) string {
	for _, t := range p.Times {
		if t.Pubdate && t.Datetime != "" {
			return t.Datetime
		}
	}
	for _, t := range p.Times {
		if t.Datetime != "" && !t.Aside && (hasWord(t.Class, "published") || hasWord(t.Class, "dt-published")) {
			return t.Datetime
		}
	}
	if articles != 1 {
		return ""
	}
	for _, t := range p.Times {
		if t.Article == 0 || t.Datetime == "" || t.Aside {
			continue
		}
		if strings.Contains(t.Class, "updat") || strings.Contains(t.Class, "modif") || strings.Contains(t.Class, "comment") ||
			t.Itemprop != "" {
			return ""
		}
		return t.Datetime
	}
	return ""
}

// timeMod returns the datetime of the first <time> marked as the
// modification time: itemprop dateModified, or the microformat class
// "updated" or "dt-updated".
func timeMod(p *Page) string {
	for _, t := range p.Times {
		if t.Itemprop == "datemodified" && t.Datetime != "" {
			return t.Datetime
		}
	}
	for _, t := range p.Times {
		if t.Datetime != "" && !t.Aside && (hasWord(t.Class, "updated") || hasWord(t.Class, "dt-updated")) {
			return t.Datetime
		}
	}
	return ""
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") ||
		strings.HasPrefix(s, "/")
}

// cleanAuthor strips a leading "By" and trailing separators from a name.
func cleanAuthor(s string) string {
	s = fold(s)
	for _, pre := range []string{"posts by ", "written by ", "story by ", "words by ", "by:", "by ", "von ", "par ", "por "} {
		if len(s) > len(pre) && strings.EqualFold(s[:len(pre)], pre) {
			s = strings.TrimSpace(s[len(pre):])
		}
	}
	return strings.TrimRight(strings.TrimSpace(s), ",|-–—·")
}

// resolveAuthors takes all authors of the first source that names any:
// JSON-LD, article:author (names, not profile URLs), Dublin Core and
// parsely, plain meta, microdata, rel=author links (the first, and those
// within 500 bytes after it: pages link related articles' authors too),
// the first byline in the page.
func resolveAuthors(p *Page, ld *Thing, authorLinks []authorLink) []string {
	var ldNames []string
	for _, a := range ld.Authors {
		if !isURL(a.Name) {
			ldNames = append(ldNames, a.Name)
		}
	}
	var names []string
	for _, a := range metas(p, "article:author", "og:article:author") {
		if !isURL(a) {
			names = append(names, a)
		}
	}
	var links []string
	var last int64 = -1
	for _, al := range authorLinks {
		l := p.Links[al.link]
		if l.Title == "" || isURL(l.Title) || len(l.Title) >= 100 {
			continue
		}
		if last >= 0 && al.offset-last > 500 {
			break
		}
		last = al.offset
		links = append(links, l.Title)
	}
	var bylines []string
	for _, b := range p.Bylines {
		if b = cleanAuthor(b); plausibleName(b) {
			bylines = append(bylines, b)
			break
		}
	}
	for _, src := range [][]string{
		ldNames,
		names,
		metas(p, "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"),
		metas(p, "author", "byl", "twitter:creator:name"),
		microAll(p, "author"),
		links,
		bylines,
	} {
		var out []string
		seen := map[string]bool{}
	names:
		for _, n := range src {
			if n = cleanAuthor(n); n == "" || isURL(n) || seen[strings.ToLower(n)] {
				continue
			}
			for _, o := range out[:min(len(out), 64)] { // "Name" then "Name, Reporter": the same person
				if len(n) > len(o) && strings.EqualFold(n[:len(o)], o) {
					continue names
				}
			}
			seen[strings.ToLower(n)] = true
			out = append(out, n)
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// plausibleName reports whether a byline text may name people: shorter
// than 100 bytes, with a word of two letters or more.
func plausibleName(s string) bool {
	if s == "" || len(s) >= 100 {
		return false
	}
	for _, w := range strings.Fields(s) {
		n := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func microAll(p *Page, key string) []string {
	var out []string
	for _, m := range p.Microdata {
		if m.Key == key && m.Content != "" {
			out = append(out, m.Content)
		}
	}
	return out
}

func resolveImage(p *Page, ld *Thing) *Image {
	if len(ld.Images) > 0 {
		im := ld.Images[0]
		return &im
	}
	if u := meta(p, "og:image", "og:image:url", "og:image:secure_url"); u != "" {
		return &Image{
			URL:    u,
			Width:  dimension(meta(p, "og:image:width")),
			Height: dimension(meta(p, "og:image:height")),
		}
	}
	if u := first(meta(p, "twitter:image", "twitter:image:src"), link(p, "image_src"), micro(p, "image")); u != "" {
		return &Image{URL: u}
	}
	return nil
}

// withFigure completes the lead image im from the page's figures: the
// caption and credit of the first figure outside asides whose image is im
// (the same file name, ignoring the query), filling only what im lacks.
// Without a lead image, the first such figure with an image and a caption
// or credit gives it. A credit the caption ends or starts with is cut from
// the caption.
func withFigure(im *Image, figs []Figure) *Image {
	for _, f := range figs {
		if f.Aside || f.Src == "" || f.Caption == "" && f.Credit == "" {
			continue
		}
		if im == nil {
			im = &Image{URL: f.Src}
		} else if !sameFile(im.URL, f.Src) {
			continue
		}
		caption := f.Caption
		if f.Credit != "" {
			caption = strings.TrimSpace(strings.TrimSuffix(caption, f.Credit))
			caption = strings.TrimSpace(strings.TrimPrefix(caption, f.Credit))
		}
		if im.Caption == "" {
			im.Caption = caption
		}
		if im.Credit == "" {
			im.Credit = f.Credit
		}
		break
	}
	return im
}

// sameFile reports whether two image URLs name the same file: the last
// path segments, without query or fragment, are equal and not empty.
func sameFile(a, b string) bool {
	file := func(u string) string {
		if i := strings.IndexAny(u, "?#"); i >= 0 {
			u = u[:i]
		}
		return u[strings.LastIndexByte(u, '/')+1:]
	}
	fa := file(a)
	return fa != "" && fa == file(b)
}

// separators that join a headline and a site name in <title> and og:title.
var separators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", ": ", " — ", "_"}

// cleanHeadline removes, as long as one matches, a part joined to the
// headline by a separator at its end ("Headline | Site") or start ("Site:
// Headline") that matches one of names (site name, host, authors) or one
// separator-delimited segment of them, ignoring case, spaces and
// punctuation. For a headline taken from <title> because no metadata gave
// one (fromTitle), a last part of at most three words is removed as well
// when four words or more remain, as sites append their name there.
// Nothing is removed that would leave the headline empty.
func cleanHeadline(h string, names []string, fromTitle bool) string {
	var keys []string
	for _, n := range names {
		if n == "" {
			continue
		}
		keys = append(keys, squash(n))
		if i := strings.IndexByte(n, '.'); i > 0 && !strings.Contains(n, " ") { // host: "example.com" → "example"
			keys = append(keys, squash(n[:i]))
		}
		for _, sep := range separators {
			for _, seg := range strings.Split(n, sep) {
				keys = append(keys, squash(seg))
			}
		}
	}
	matches := func(part string) bool {
		q := squash(part)
		if q == "" {
			return false
		}
		for _, k := range keys {
			if k == q {
				return true
			}
		}
		return false
	}
	for _, n := range names {
		if n != "" && squash(n) == squash(h) {
			return h // a home page: the title is the site name
		}
	}
	orig := h
	for changed := true; changed; {
		changed = false
		for _, sep := range separators {
			if i := strings.LastIndex(h, sep); i > 0 && matches(h[i+len(sep):]) {
				if rest := strings.TrimSpace(h[:i]); rest != "" {
					h, changed = rest, true
					break
				}
			}
			if i := strings.Index(h, sep); i > 0 && matches(h[:i]) {
				if rest := strings.TrimSpace(h[i+len(sep):]); rest != "" {
					h, changed = rest, true
					break
				}
			}
		}
	}
	if fromTitle && h == orig {
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "} {
			if i := strings.LastIndex(h, sep); i > 0 {
				head, tail := h[:i], h[i+len(sep):]
				if len(strings.Fields(tail)) <= 3 && len(strings.Fields(head)) >= 4 {
					return strings.TrimSpace(head)
				}
			}
		}
	}
	return h
}

// squash lower-cases s and keeps only letters and digits.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
