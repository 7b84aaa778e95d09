package article

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/internal/markdown"
)

// appendMarkdown appends the Markdown form of a (FormatMarkdown): YAML front
// matter with the metadata, the headline as a level-1 heading, then the
// body, one Markdown block per Block.
func (a *Article) appendMarkdown(dst []byte) ([]byte, error) {
	// internal/markdown folds line breaks in body blocks but not in the
	// title, where a break would end the heading: fold them here.
	d := markdown.Document{Title: foldLineBreaks(a.Headline)}
	add := func(key, v string) {
		if v != "" {
			d.Front = append(d.Front, markdown.Field{Key: key, Value: v})
		}
	}
	list := func(key string, vs []string) {
		if len(vs) > 0 {
			d.Front = append(d.Front, markdown.Field{Key: key, List: vs})
		}
	}
	num := func(key string, n int) {
		if n != 0 {
			add(key, strconv.Itoa(n))
		}
	}
	add("title", a.Headline)
	add("subtitle", a.Subheadline)
	add("description", a.Summary)
	add("id", a.ID)
	add("url", a.URL)
	if a.Language != language.Und {
		add("lang", a.Language.String())
	}
	add("date", a.Published.String())
	add("lastmod", a.Modified.String())
	var people []string
	for _, p := range a.Authors {
		s := p.Name
		if p.Role != "" && p.Role != RoleAuthor {
			s += " (" + string(p.Role) + ")"
		}
		people = append(people, s)
	}
	list("authors", people)
	list("section", a.Section)
	if !a.Dateline.IsZero() {
		add("dateline", a.Dateline.String())
	}
	var ts []string
	for t := range a.Tags.All() {
		ts = append(ts, first(t.Name, t.Code))
	}
	list("tags", ts)
	var cs []string
	for c := range a.Countries.All() {
		cs = append(cs, c.Alpha2())
	}
	list("countries", cs)
	var ss []string
	for _, s := range a.Sources {
		ss = append(ss, first(s.Name, s.Acronym))
	}
	list("sources", ss)
	add("image", a.Image.URL)
	add("image_caption", a.Image.Caption)
	add("image_credit", a.Image.Credit)
	add("image_alt", a.Image.AltText)
	add("status", string(a.Status))
	num("urgency", a.Urgency)
	add("embargo", a.Embargo.String())
	add("copyright_holder", a.CopyrightHolder)
	add("copyright", a.CopyrightNotice)
	add("usage_terms", a.UsageTerms)
	num("revision", a.Revision)
	d.Body = make([]markdown.Block, 0, len(a.Body))
	for _, b := range a.Body {
		k := markdown.Paragraph
		switch b.Kind {
		case Heading:
			k = markdown.Heading
		case Quotation:
			k = markdown.Quotation
		case ListItem:
			k = markdown.ListItem
		}
		d.Body = append(d.Body, markdown.Block{Kind: k, Text: b.Text})
	}
	return markdown.Append(dst, d), nil
}

// foldLineBreaks replaces each run of white space holding a line break
// with one space, as CommonMark renders it.
func foldLineBreaks(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	var b strings.Builder
	for i, line := range strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n") {
		if i > 0 {
			t := strings.TrimRight(b.String(), " \t")
			b.Reset()
			b.WriteString(t)
			line = strings.TrimLeft(line, " \t")
			if b.Len() > 0 && line != "" {
				b.WriteByte(' ')
			}
		}
		b.WriteString(line)
	}
	return b.String()
}
