package article

import (
	"strings"

	"golang.org/x/text/language"
)

// appendText writes the scraped text page form. Each line is written
// flattened to one line (line breaks inside a field become spaces).
func (a *Article) appendText(dst []byte) ([]byte, error) {
	line := func(s string) {
		dst = appendOneLine(dst, s)
		dst = append(dst, '\n')
	}
	labelled := func(label, v string) {
		if v == "" {
			return
		}
		dst = append(dst, label...)
		dst = append(dst, ": "...)
		line(v)
	}
	if a.Headline != "" {
		line(a.Headline)
		dst = append(dst, '\n')
	}
	labelled("Subheadline", a.Subheadline)
	labelled("Summary", a.Summary)
	byRole := map[Role][]string{}
	var roles []Role
	for _, p := range a.Authors {
		r := p.Role
		if r == RoleAuthor {
			r = ""
		}
		if _, ok := byRole[r]; !ok {
			roles = append(roles, r)
		}
		byRole[r] = append(byRole[r], p.Name)
	}
	for _, r := range roles {
		names := strings.Join(byRole[r], ", ")
		switch r {
		case "":
			labelled("By", names)
		case RoleEditor:
			labelled("Editor", names)
		case RolePhotographer:
			labelled("Photographer", names)
		case RoleTranslator:
			labelled("Translator", names)
		default:
			labelled("Contributor", names)
		}
	}
	if !a.Published.IsZero() {
		labelled("Published", a.Published.String())
	}
	if !a.Modified.IsZero() {
		labelled("Updated", a.Modified.String())
	}
	labelled("Section", strings.Join(a.Section, " » "))
	if a.Dateline.Text == "" && a.Dateline.Place != "" {
		labelled("Location", a.Dateline.Place)
	}
	labelled("URL", a.URL)
	labelled("ID", a.ID)
	if a.Language != language.Und {
		labelled("Language", a.Language.String())
	}
	var keywords []string
	for t := range a.Tags.All() {
		if t.Code == "" {
			keywords = append(keywords, t.Name)
			continue
		}
		// The page's bullet is kept where the text format reads it back
		// as one; otherwise the line gets the default bullet.
		if b := t.Style.Bullet; b == "" || bulletLen(b+" ") != len(b)+1 {
			t.Style.Bullet = "•"
		}
		line(t.String())
	}
	labelled("Keywords", strings.Join(keywords, ", "))
	if a.Countries.Len() > 0 {
		var b strings.Builder
		for c := range a.Countries.All() {
			b.WriteString(c.Slug())
			b.WriteString("; ")
		}
		labelled("Affected Countries", strings.TrimSpace(b.String()))
	}
	if len(a.Sources) > 0 {
		credits := make([]string, len(a.Sources))
		for i, s := range a.Sources {
			credits[i] = s.Credit()
		}
		labelled("Source", strings.Join(credits, ", "))
	}
	for i, b := range a.Body {
		dst = append(dst, '\n')
		text := b.Text
		if i == 0 && b.Kind == Paragraph {
			if dl := a.Dateline.String(); a.Dateline.Text != "" && dl != "" {
				text = dl + " " + text
			}
		}
		switch b.Kind {
		case Heading:
			dst = append(dst, "## "...)
		case Quotation:
			dst = append(dst, "> "...)
		case ListItem:
			dst = append(dst, "• "...)
		}
		line(text)
	}
	if a.CopyrightNotice != "" {
		dst = append(dst, '\n')
		labelled("Copyright", a.CopyrightNotice)
	}
	return dst, nil
}

func appendOneLine(dst []byte, s string) []byte {
	if strings.IndexAny(s, "\r\n") < 0 {
		return append(dst, s...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' || c == '\n' {
			c = ' '
		}
		dst = append(dst, c)
	}
	return dst
}
