package article

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	xhtml "golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/internal/feed"
	"github.com/newsmodel/news/internal/textnorm"
	"github.com/newsmodel/news/tags"
)

// ErrMultipleArticles reports a feed of several items read with
// [ParseOptions.Parse], which returns one article: the first. Use
// [ParseOptions.ParseFeed] to read them all.
var ErrMultipleArticles = errors.New("article: feed holds several articles")

// ParseFeed reads every item of an RSS, Atom or JSON Feed document with the
// zero ParseOptions.
func ParseFeed(r io.Reader) ([]*Article, error) { return ParseOptions{}.ParseFeed(r) }

// ParseFeed reads every item of a feed (RSS 2.0 or 1.0, Atom 1.0, JSON Feed
// 1.x) as an article, in feed order. o.Format may name the feed format,
// which the input must then have, or be FormatAuto. [ParseOptions.Parse]
// reads the first item only, and reports a feed of several with
// [ErrMultipleArticles].
//
// An item becomes an Article field by field:
//
//   - ID: the RSS guid, Atom id or JSON Feed id; URL: the item's link (in
//     JSON Feed, url, else external_url);
//   - Headline: the title; Summary: the RSS description, Atom summary or
//     JSON Feed summary, as one line of clean text (HTML reduced to its
//     text); CopyrightNotice: dc:rights or Atom rights;
//   - Body: content:encoded, Atom content or content_html, turned into
//     blocks of clean text (each p, div, li, blockquote, heading, td ...
//     and each br ends a block; h1–h6 give Heading blocks, li ListItem,
//     text inside blockquote Quotation; scripts, styles and embedded
//     objects are dropped); text content (content_text, Atom type="text")
//     gives one paragraph per run of text between blank lines;
//   - Language: the item's language (dc:language, xml:lang, JSON Feed
//     language), else the feed's;
//   - Published and Modified: pubDate/published/date_published and
//     atom:updated/updated/date_modified, at the precision the feed gives
//     ("Tue, 07 May 2024 15:04 +0200" is a Minute, "2024-05-07" a Day); a
//     time without zone or offset ("2024-05-07T15:04", "Tue, 07 May 2024
//     15:04") is zone-less. The offsets -0000 (RFC 5322) and -00:00 (RFC
//     3339) mean "offset unknown": midnight to the second with that offset
//     is the calendar date that [FeedOptions.WriteFeed] writes that way,
//     any other time with it is zone-less (other writers use it so). An
//     Atom updated equal to published gives no Modified (Atom requires
//     updated, so writers repeat published);
//   - Authors: the item's authors (name, or e-mail when there is no name,
//     and URL), else the feed's, with the names as written (run
//     [Normalize] to split "Ana Ruiz and Li Wei");
//   - Tags: each category as a tag named by its label, else its term, with
//     the domain or scheme as URI; an Atom category with both a label and a
//     term that is a valid tag code ([tags.ValidCode]) keeps the term as
//     Code;
//   - Image: the first media:content, enclosure or JSON Feed image that is
//     an image (URL, width, height, media:title as AltText,
//     media:description as Caption, media:credit as Credit);
//   - Sources: the feed's title, resolved through o.Sources (the agency
//     it names, or the title as written) with role SourcePublisher, and the
//     item's source (RSS source, dc:source, Atom source title) with role
//     SourceOrigin.
//
// A document that is not a feed, or not well-formed, fails with a
// [*ParseError] wrapping ErrSyntax (ErrUnknownFormat when it is not a
// feed at all, ErrTooLarge beyond MaxBytes or 100000 items). Problems
// inside items (a date that does not read, an invalid language) are
// *ParseError values whose Field names the item ("items/2/published") and
// whose Line and Column are 0, as the feed reader does not keep item
// positions: a lenient parse returns every article with those problems
// joined (an unreadable date kept as an unresolved Time), a strict parse
// returns nil and the first.
func (o ParseOptions) ParseFeed(r io.Reader) ([]*Article, error) {
	return o.ParseFeedContext(context.Background(), r)
}

// ParseFeedContext is ParseFeed with a context: it returns ctx.Err() once
// the context is done.
func (o ParseOptions) ParseFeedContext(ctx context.Context, r io.Reader) ([]*Article, error) {
	f, err := feed.Options{MaxBytes: o.maxBytes()}.ParseContext(ctx, r)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, feedError(err)
	}
	if want := o.Format; want != FormatAuto && want != feedFormat(f.Format) {
		return nil, &ParseError{Line: 1, Column: 1, Err: wrapErr(ErrSyntax, errors.New("article: input is "+feedFormat(f.Format).String()+", not "+want.String()))}
	}
	errs := &errorList{max: o.maxErrors()}
	as := make([]*Article, 0, len(f.Items))
	for i := range f.Items {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		as = append(as, o.feedArticle(f, &f.Items[i], i, errs))
		if o.Strict && len(errs.errs) > 0 {
			return nil, errs.errs[0]
		}
	}
	return as, errs.err()
}

// parseFeedOne is Parse for a feed: the first item.
func (o ParseOptions) parseFeedOne(ctx context.Context, data string) (*Article, error) {
	as, err := o.ParseFeedContext(ctx, strings.NewReader(data))
	if err != nil && (o.Strict || as == nil) {
		return nil, err
	}
	var errs []error
	if err != nil {
		errs = append(errs, err)
	}
	switch {
	case len(as) == 0:
		return nil, &ParseError{Line: 1, Column: 1, Field: "items", Err: wrapErr(ErrSyntax, errors.New("article: feed holds no article"))}
	case len(as) > 1:
		e := &ParseError{Line: 1, Column: 1, Field: "items", Err: wrapErr(ErrMultipleArticles, errors.New("article: feed holds "+strconv.Itoa(len(as))+" articles; Parse returns the first"))}
		if o.Strict {
			return nil, e
		}
		errs = append(errs, e)
	}
	return as[0], errors.Join(errs...)
}

func feedFormat(f feed.Format) Format {
	switch f {
	case feed.RSS:
		return FormatRSS
	case feed.Atom:
		return FormatAtom
	case feed.JSONFeed:
		return FormatJSONFeed
	}
	return FormatAuto
}

// feedError turns an error of the feed reader into a ParseError wrapping
// the package's sentinels.
func feedError(err error) error {
	sentinel := ErrSyntax
	switch {
	case errors.Is(err, feed.ErrTooLarge), errors.Is(err, feed.ErrTooMany):
		sentinel = ErrTooLarge
	case errors.Is(err, feed.ErrFormat):
		sentinel = ErrUnknownFormat
	}
	pe := &ParseError{Err: wrapErr(sentinel, err)}
	var fe *feed.ParseError
	if errors.As(err, &fe) {
		pe.Line, pe.Column, pe.Field = fe.Line, fe.Column, fe.Path
	}
	return pe
}

// feedArticle translates one item.
func (o ParseOptions) feedArticle(f *feed.Feed, it *feed.Item, i int, errs *errorList) *Article {
	fail := func(field string, err error) {
		errs.add(&ParseError{Field: "items/" + strconv.Itoa(i) + "/" + field, Err: err})
	}
	a := &Article{
		ID:              cleanValue(it.ID),
		URL:             cleanValue(first(it.Link, it.ExternalURL)),
		Headline:        textnorm.String(it.Title),
		Summary:         feedText(it.Summary, it.SummaryType),
		CopyrightNotice: textnorm.String(it.Rights),
		Body:            feedBody(it.Content, it.ContentType),
	}
	if lang := strings.TrimSpace(first(it.Language, f.Language)); lang != "" {
		t, err := language.Parse(lang)
		if err != nil {
			fail("language", wrapErr(ErrInvalidLanguage, err))
		} else {
			a.Language = t
		}
	}
	a.Published = o.feedTime(it.Published, "published", fail)
	if f.Format != feed.Atom || it.Updated != it.Published {
		a.Modified = o.feedTime(it.Updated, "updated", fail)
	}
	ps := it.Authors
	if len(ps) == 0 {
		ps = f.Authors
	}
	for _, p := range ps {
		name := textnorm.String(first(p.Name, p.Email))
		if name == "" {
			continue
		}
		a.Authors = append(a.Authors, Person{Name: name, URL: cleanValue(p.URL)})
	}
	for _, c := range it.Categories {
		term, label := textnorm.String(c.Term), textnorm.String(c.Label)
		t := tags.Tag{Name: first(label, term), URI: cleanValue(c.Scheme)}
		if label != "" && term != "" && tags.ValidCode(term) {
			t.Code = term
		}
		if t.Name != "" {
			a.Tags.Add(t)
		}
	}
	for _, m := range it.Media {
		if m.Medium == "image" || strings.HasPrefix(m.Type, "image/") {
			a.Image = Image{URL: cleanValue(m.URL), Caption: textnorm.String(m.Description),
				Credit: textnorm.String(m.Credit), AltText: textnorm.String(m.Title), Width: m.Width, Height: m.Height}
			break
		}
	}
	h := Hints{Language: a.Language}
	if name := textnorm.String(f.Title); name != "" {
		a.addFeedSource(o.Sources, name, SourcePublisher, h)
	}
	if name := textnorm.String(it.Source); name != "" {
		a.addFeedSource(o.Sources, name, SourceOrigin, h)
	}
	return a
}

// addFeedSource adds the source name resolves to in reg, or name as
// written when it is unknown or ambiguous.
func (a *Article) addFeedSource(reg Registry, name string, role SourceRole, h Hints) {
	s, err := reg.Lookup(name, h)
	if err != nil {
		s = Source{Name: name}
	}
	s.Role = role
	for _, x := range a.Sources {
		if strings.EqualFold(x.Name, s.Name) && strings.EqualFold(x.Acronym, s.Acronym) {
			return
		}
	}
	a.Sources = append(a.Sources, s)
}

// cleanValue trims an identifier or URL and replaces invalid UTF-8 with
// U+FFFD; other text goes through textnorm.
func cleanValue(s string) string {
	return strings.ToValidUTF8(strings.TrimSpace(s), "\uFFFD")
}

func first(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

// feedTime reads a feed date. "-0000" (RFC 5322) and "-00:00" (RFC 3339)
// say that the offset is unknown: midnight given to the second with it is
// the calendar date that the writer expands to a date-time, any other such
// time is zone-less (see WriteFeed). A time without zone is zone-less.
func (o ParseOptions) feedTime(s, field string, fail func(string, error)) Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return Time{}
	}
	if rest, ok := cutUnknownOffset(s); ok {
		do := o.dateOptions()
		do.Location = nil
		if v, err := do.Parse(rest); err == nil {
			t := fromValue(v)
			if t.prec == Second && !t.zoned {
				if h, m, sec := t.t.Clock(); h == 0 && m == 0 && sec == 0 {
					return Date(t.t.Date())
				}
			}
			if o.Location != nil {
				return t.In(o.Location)
			}
			return t
		}
	}
	t, err := parseLoose(s, o.dateOptions())
	if err != nil {
		fail(field, err)
	}
	return t
}

func cutUnknownOffset(s string) (string, bool) {
	if rest, ok := strings.CutSuffix(s, "-00:00"); ok && len(rest) > 0 && rest[len(rest)-1] >= '0' && rest[len(rest)-1] <= '9' {
		return rest, true
	}
	if rest, ok := strings.CutSuffix(s, " -0000"); ok {
		return rest, true
	}
	return "", false
}

// feedText turns a summary into one clean line of text.
func feedText(s, typ string) string {
	if typ == "html" || typ == "xhtml" {
		var b strings.Builder
		for _, bl := range htmlBlocks(s) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(bl.Text)
		}
		return b.String()
	}
	return textnorm.String(s)
}

// feedBody turns item content into body blocks: HTML through htmlBlocks,
// text as paragraphs separated by blank lines.
func feedBody(s, typ string) []Block {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if typ == "html" || typ == "xhtml" {
		return htmlBlocks(s)
	}
	var bs []Block
	for p := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if t := textnorm.String(p); t != "" {
			bs = append(bs, Block{Text: t})
		}
	}
	return bs
}

// htmlBlocks turns an HTML fragment into blocks of clean text. Each block
// element (p, div, h1–h6, li, blockquote, pre, td, figcaption, ...) and each
// br ends a block; a heading gives a Heading, a list item a ListItem, text
// inside a blockquote a Quotation, anything else a Paragraph. The text of
// script, style and similar elements is dropped, as are images and other
// embedded objects. The tokenizer keeps no stack, so nesting costs nothing.
func htmlBlocks(s string) []Block {
	var (
		bs                      []Block
		text                    strings.Builder
		head, item, quote, skip int
	)
	flush := func() {
		if text.Len() == 0 {
			return
		}
		t := textnorm.String(text.String())
		text.Reset()
		if t == "" {
			return
		}
		k := Paragraph
		switch {
		case head > 0:
			k = Heading
		case item > 0:
			k = ListItem
		case quote > 0:
			k = Quotation
		}
		bs = append(bs, Block{Kind: k, Text: t})
	}
	z := xhtml.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			flush()
			return bs
		case xhtml.TextToken:
			if skip == 0 {
				text.Write(z.Text())
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			d := 1
			if tt == xhtml.EndTagToken {
				d = -1
			}
			switch string(name) {
			case "script", "style", "noscript", "template", "iframe", "object", "svg", "math", "head", "select", "textarea":
				if tt != xhtml.SelfClosingTagToken {
					skip = max(skip+d, 0)
				}
			case "h1", "h2", "h3", "h4", "h5", "h6":
				flush()
				head = max(head+d, 0)
			case "li", "dt", "dd":
				flush()
				item = max(item+d, 0)
			case "blockquote":
				flush()
				quote = max(quote+d, 0)
			case "p", "div", "br", "hr", "pre", "ul", "ol", "dl", "table", "tr", "td", "th", "caption",
				"section", "article", "header", "footer", "figure", "figcaption", "aside", "nav", "main", "address":
				flush()
			}
		}
	}
}

// FeedOptions describe the feed [WriteFeed] writes around the articles.
// The zero value derives what it can from the articles.
type FeedOptions struct {
	// Title is the feed's title. Zero: the name of the first article's
	// publisher source (role SourcePublisher), if any.
	Title string
	// Description is the feed's description (RSS description, Atom
	// subtitle). Zero: none.
	Description string
	// Link is the site the feed belongs to; FeedURL is the feed's own
	// address. Zero: none. Atom's feed id is FeedURL, else Link, else a
	// URN derived from the articles' fingerprints.
	Link, FeedURL string
	// Language is the feed's language. Zero: none at feed level (each
	// item carries its article's language).
	Language language.Tag
	// Updated is the time the feed was last updated. Zero: the latest
	// Modified or Published time of the articles.
	Updated Time
}

// WriteFeed writes articles as a feed in format f (FormatRSS, FormatAtom or
// FormatJSONFeed) with the zero FeedOptions.
func WriteFeed(w io.Writer, as []*Article, f Format) error {
	return FeedOptions{}.WriteFeed(w, as, f)
}

// WriteFeed writes articles as a feed in format f (FormatRSS, FormatAtom or
// FormatJSONFeed), one item per article in order, deterministically. Nil
// articles are skipped; any other Format fails with an error wrapping
// ErrUnknownFormat.
//
// Each item holds the fields [ParseOptions.ParseFeed] reads back: ID, URL,
// Headline, Summary (as text), Body (as HTML: p, h2, blockquote, ul/li),
// Language, Published, Modified, the authors' names (and URLs, except in
// RSS, whose dc:creator holds a name only), the tags (Atom writes a coded
// tag's code as term and its name as label; RSS and JSON Feed write the
// name, or the code when there is none; JSON Feed drops the URI), the image
// (JSON Feed keeps its URL only) and CopyrightNotice (not in JSON Feed).
// The feed title is the first publisher source, which every item reads back
// as its publisher. Feeds do not hold Subheadline, Section, Dateline,
// Countries, other Sources, roles and affiliations, Status, Urgency,
// Embargo, CopyrightHolder, UsageTerms, Revision, Quotes or Extra; use
// FormatJSON or JSON Lines for those.
//
// An article without ID gets its URL as id in Atom and JSON Feed, which
// require one, or "urn:newsmodel:" and its [Article.Fingerprint]; RSS writes
// no guid then. Dates are written as each format requires: RFC 822 in RSS
// ("Tue, 07 May 2024 15:04 +0200", seconds only when the Time has them,
// sub-seconds dropped) and RFC 3339 in Atom and JSON Feed (zoned Minute
// times get ":00" seconds). Both require a full date-time, so a Time of Day
// precision or coarser is written as midnight of its first day with the
// "unknown offset" of RFC 5322 and RFC 3339 (-0000, -00:00), which the
// reader turns back into the date. That offset marks dates only: a
// zone-less time is written without zone or offset, at its precision
// ("Tue, 07 May 2024 15:04", "2024-05-07T15:04"), as ISO 8601 writes local
// time, and reads back zone-less; giving it the unknown offset would
// present its wall clock as UTC and make a zone-less midnight read back as
// a date. Such a date is outside the strict RFC 822 and RFC 3339 grammars:
// lenient feed readers take it, strict validators flag it (give the
// articles a zone, with [Time.In], to avoid it). Unresolved times are not
// written. Atom's required updated repeats published when Modified is
// zero.
func (o FeedOptions) WriteFeed(w io.Writer, as []*Article, f Format) error {
	b, err := o.appendFeed(nil, as, f)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func (o FeedOptions) appendFeed(dst []byte, as []*Article, f Format) ([]byte, error) {
	var ff feed.Format
	switch f {
	case FormatRSS:
		ff = feed.RSS
	case FormatAtom:
		ff = feed.Atom
	case FormatJSONFeed:
		ff = feed.JSONFeed
	default:
		return nil, &formatError{f.String()}
	}
	fd := &feed.Feed{Format: ff, Title: o.Title, Description: o.Description, Link: o.Link, FeedURL: o.FeedURL}
	if o.Language != language.Und {
		fd.Language = o.Language.String()
	}
	updated := o.Updated
	var fps []byte
	for _, a := range as {
		if a == nil {
			continue
		}
		if fd.Title == "" {
			for _, s := range a.Sources {
				if s.Role == SourcePublisher && s.Name != "" {
					fd.Title = s.Name
					break
				}
			}
		}
		for _, t := range []Time{a.Published, a.Modified} {
			if o.Updated.IsZero() && t.IsResolved() && (updated.IsZero() || updated.Compare(t) < 0) {
				updated = t
			}
		}
		fp := a.Fingerprint()
		fps = append(fps, fp[:]...)
		fd.Items = append(fd.Items, feedItem(a, ff))
	}
	fd.Updated = feedTimeString(updated, ff)
	if ff == feed.Atom && fd.FeedURL == "" && fd.Link == "" {
		// Atom requires a feed id, which the writer takes from FeedURL:
		// derive a stable URN from the items.
		sum := sha256.Sum256(fps)
		fd.FeedURL = "urn:newsmodel:feed:" + hex.EncodeToString(sum[:16])
	}
	var buf bytes.Buffer
	if err := feed.Write(&buf, fd, ff); err != nil {
		return nil, err
	}
	return append(dst, buf.Bytes()...), nil
}

// feedItem translates an article into an item of format ff.
func feedItem(a *Article, ff feed.Format) feed.Item {
	it := feed.Item{
		ID:        a.ID,
		Title:     a.Headline,
		Link:      a.URL,
		Published: feedTimeString(a.Published, ff),
		Updated:   feedTimeString(a.Modified, ff),
		Rights:    a.CopyrightNotice,
	}
	if it.ID == "" && ff != feed.RSS {
		// Atom and JSON Feed require an id.
		it.ID = a.URL
		if it.ID == "" {
			it.ID = "urn:newsmodel:" + a.Fingerprint().String()
		}
	}
	if ff == feed.Atom && it.Updated == "" {
		// Atom requires updated; the reader drops it again when it
		// equals published.
		it.Updated = it.Published
	}
	if a.Summary != "" {
		it.Summary, it.SummaryType = a.Summary, "text"
	}
	if len(a.Body) > 0 {
		it.Content, it.ContentType = string(appendBodyHTML(nil, a.Body)), "html"
	}
	if a.Language != language.Und {
		it.Language = a.Language.String()
	}
	for _, p := range a.Authors {
		if p.Name != "" {
			it.Authors = append(it.Authors, feed.Person{Name: p.Name, URL: p.URL})
		}
	}
	for t := range a.Tags.All() {
		c := feed.Category{Term: first(t.Name, t.Code), Scheme: t.URI}
		if ff == feed.Atom && t.Code != "" {
			c.Term, c.Label = t.Code, t.Name
		}
		it.Categories = append(it.Categories, c)
	}
	if im := a.Image; im.URL != "" {
		m := feed.Media{URL: im.URL, Medium: "image"}
		if ff != feed.JSONFeed {
			m.Width, m.Height, m.Title, m.Description, m.Credit = im.Width, im.Height, im.AltText, im.Caption, im.Credit
		}
		it.Media = append(it.Media, m)
	}
	return it
}

// appendBodyHTML writes blocks as HTML that htmlBlocks reads back: p, h2,
// blockquote and ul/li.
func appendBodyHTML(dst []byte, bs []Block) []byte {
	inList := false
	for _, b := range bs {
		if inList && b.Kind != ListItem {
			dst = append(dst, "</ul>"...)
			inList = false
		}
		t := html.EscapeString(b.Text)
		switch b.Kind {
		case Heading:
			dst = append(dst, "<h2>"+t+"</h2>"...)
		case Quotation:
			dst = append(dst, "<blockquote><p>"+t+"</p></blockquote>"...)
		case ListItem:
			if !inList {
				dst = append(dst, "<ul>"...)
				inList = true
			}
			dst = append(dst, "<li>"+t+"</li>"...)
		default:
			dst = append(dst, "<p>"+t+"</p>"...)
		}
	}
	if inList {
		dst = append(dst, "</ul>"...)
	}
	return dst
}

// feedTimeString writes t as format ff requires: RFC 822 (RFC 1123 with a
// numeric zone) in RSS, RFC 3339 in Atom and JSON Feed. The offset that
// means "unknown" (-0000, -00:00) is kept for calendar dates: a Time of Day
// precision or coarser becomes midnight of its first day with that offset.
// A zone-less time is written without zone or offset at its precision
// ("Wed, 03 Sep 2025 10:30", "2025-09-03T10:30"), so that a zone-less
// midnight is not read back as a date. A zoned Minute time gets ":00"
// seconds in RFC 3339; RSS drops sub-seconds. An unresolved or zero Time
// gives "".
func feedTimeString(t Time, ff feed.Format) string {
	if !t.IsResolved() {
		return ""
	}
	tm := t.Time()
	date := t.prec <= Day
	if date {
		tm = time.Date(tm.Year(), tm.Month(), max(tm.Day(), 1), 0, 0, 0, 0, time.UTC)
	}
	if ff == feed.RSS {
		layout := "Mon, 02 Jan 2006 15:04:05"
		if t.prec == Minute {
			layout = "Mon, 02 Jan 2006 15:04"
		}
		switch {
		case date:
			return tm.Format(layout) + " -0000"
		case t.zoned:
			return tm.Format(layout + " -0700")
		}
		return tm.Format(layout)
	}
	if !date && !t.zoned {
		return t.String() // ISO 8601 local time at its precision
	}
	var s string
	switch {
	case t.prec <= Second:
		s = tm.Format("2006-01-02T15:04:05")
	default:
		s = tm.Format("2006-01-02T15:04:05.000000000")
		s = s[:len(s)-9] + strings.TrimRight(s[len(s)-9:], "0")
		if strings.HasSuffix(s, ".") {
			s += "0"
		}
	}
	if date {
		return s + "-00:00"
	}
	return s + tm.Format("Z07:00")
}

// detectXMLFeed returns the feed format of markup whose root element is
// rss, rdf:RDF or feed (with or without an XML declaration), or FormatAuto.
func detectXMLFeed(s string) Format {
	if len(s) > 4096 {
		s = s[:4096]
	}
	if f := feedFormat(feed.Detect([]byte(s))); f != FormatAuto {
		return f
	}
	return FormatAuto
}

// isJSONFeed reports whether the JSON object that s starts with declares
// itself a JSON Feed: a "version" member whose value starts with
// "https://jsonfeed.org/version/" among its first members (the canonical
// JSON form has no "version" member of its own).
func isJSONFeed(s string) bool {
	if len(s) > 4096 {
		s = s[:4096]
	}
	for {
		i := strings.Index(s, `"version"`)
		if i < 0 {
			return false
		}
		s = strings.TrimLeft(s[i+len(`"version"`):], " \t\r\n")
		if rest, ok := strings.CutPrefix(s, ":"); ok {
			rest = strings.TrimLeft(rest, " \t\r\n")
			if strings.HasPrefix(rest, `"https://jsonfeed.org/version/`) {
				return true
			}
		}
	}
}
