package article_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/tags"
)

// jsonldHeld is a as the JSON-LD form holds it (see FormatJSONLD).
func jsonldHeld(a *article.Article) *article.Article {
	c := a.Clone()
	c.Urgency, c.Embargo = 0, article.Time{}
	var extra []article.Field
	for _, x := range c.Extra {
		if x.Name == "jsonld" {
			extra = append(extra, x)
		}
	}
	c.Extra = extra
	var ts tags.Set
	for t := range c.Tags.All() {
		t.Truncated, t.Relevance, t.Confidence = false, nil, nil
		ts.Add(t)
	}
	c.Tags = ts
	var groups [4][]article.Person
	for _, p := range c.Authors {
		g := 0
		switch p.Role {
		case article.RoleAuthor:
			p.Role = ""
		case article.RoleEditor:
			g = 1
		case article.RoleTranslator:
			g = 2
		case article.RoleContributor, article.RolePhotographer:
			g = 3
		}
		groups[g] = append(groups[g], p)
	}
	c.Authors = append(append(append(groups[0], groups[1]...), groups[2]...), groups[3]...)
	var pubs, others []article.Source
	for _, s := range c.Sources {
		if s.Role == article.SourcePublisher {
			pubs = append(pubs, s)
		} else {
			others = append(others, s)
		}
	}
	c.Sources = append(pubs, others...)
	if c.Dateline.Text == "" || len(c.Body) == 0 || c.Body[0].Kind != article.Paragraph {
		c.Dateline = article.Dateline{Place: c.Dateline.Place, Country: c.Dateline.Country}
	}
	for i := range c.Body {
		c.Body[i].Kind = article.Paragraph
	}
	// A quotation is found again in its paragraph, after the previous
	// one there.
	var qs []article.Quote
	lastPara, lastEnd := -1, 0
	for _, q := range c.Quotes {
		if q.Text == "" || q.Paragraph < 0 || q.Paragraph >= len(c.Body) {
			continue
		}
		t := c.Body[q.Paragraph].Text
		j := -1
		if q.Paragraph == lastPara {
			if k := strings.Index(t[lastEnd:], q.Text); k >= 0 {
				j = lastEnd + k
			}
		}
		if j < 0 {
			j = strings.Index(t, q.Text)
		}
		if j < 0 {
			continue
		}
		qs = append(qs, article.Quote{Text: q.Text, Speaker: q.Speaker, SpeakerResolved: q.SpeakerResolved,
			Paragraph: q.Paragraph, EndParagraph: q.Paragraph, Start: j, End: j + len(q.Text)})
		lastPara, lastEnd = q.Paragraph, j+len(q.Text)
	}
	c.Quotes = qs
	return c
}

func jsonldArticles() map[string]*article.Article {
	as := ninjsArticles()
	q := fullArticle()
	q.Quotes = append(q.Quotes, article.Quote{Text: "Delegations", Speaker: "the chair", SpeakerResolved: "Ana Ruiz", Paragraph: 0, EndParagraph: 0, Start: 0, End: 11})
	q.Extra = []article.Field{{Name: "jsonld", Value: []byte(`{"isAccessibleForFree":true,"wordCount":12}`)}}
	as["quotes"] = q
	return as
}

func TestJSONLDRoundTrip(t *testing.T) {
	for name, a := range jsonldArticles() {
		t.Run(name, func(t *testing.T) { checkJSONLDRoundTrip(t, a) })
	}
}

func checkJSONLDRoundTrip(t *testing.T, a *article.Article) {
	t.Helper()
	b, err := article.Marshal(a, article.FormatJSONLD)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	if !json.Valid(b) {
		t.Fatalf("Marshal wrote invalid JSON: %s", b)
	}
	if f := article.Detect(b); f != article.FormatJSONLD {
		t.Errorf("Detect = %v, want jsonld", f)
	}
	back, err := article.ParseOptions{Strict: true}.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("Parse(Marshal) = %v\n%s", err, b)
	}
	if diff := cmp.Diff(jsonldHeld(a), back, cmpOpts...); diff != "" {
		t.Errorf("Article → JSON-LD → Article (-want +got):\n%s\n%s", diff, b)
	}
	b2, err := article.Marshal(back, article.FormatJSONLD)
	if err != nil || !bytes.Equal(b, b2) && len(a.Body) > 0 && a.Body[0].Kind == article.Paragraph {
		t.Errorf("second Marshal differs (%v):\n%s\n%s", err, b, b2)
	}
}

// scriptPayloads break out of a <script> element, or open a comment that
// changes how it ends, when written unescaped.
var scriptPayloads = []string{"</script>", "</sCrIpT >", "<!--<script>", "</script\n>", "<![CDATA[", "]]>", "a & b", "\u2028\u2029", "--!>"}

func TestJSONLDScriptSafe(t *testing.T) {
	for _, p := range scriptPayloads {
		t.Run(strings.NewReplacer("<", "(", ">", ")", "/", "_").Replace(p), func(t *testing.T) {
			s := "x " + p + " y"
			a := &article.Article{
				ID: s, URL: "https://news.example.org/" + s, Headline: s, Subheadline: s, Summary: s,
				Published: article.Unresolved(s),
				Authors:   []article.Person{{Name: s, URL: "https://example.org/" + s, Affiliation: s}, {Name: s, Role: article.RolePhotographer}},
				Section:   []string{s},
				Dateline:  article.Dateline{Place: s, Country: countries.MustParse("FR")},
				Sources:   []article.Source{{Name: s, Acronym: s, URL: s}, {Name: s, Role: article.SourcePublisher}},
				Image:     article.Image{URL: s, Caption: s, Credit: s, AltText: s},
				Status:    article.Status(s), CopyrightHolder: s, CopyrightNotice: s, UsageTerms: s,
				Body:   []article.Block{{Text: s}, {Text: s}},
				Quotes: []article.Quote{{Text: s, Speaker: s, SpeakerResolved: s}},
				Extra:  []article.Field{{Name: "jsonld", Value: []byte(`{"x` + jsonEsc(p) + `":["` + jsonEsc(p) + `"]}`)}},
			}
			a.Tags.Add(tags.Tag{Name: s, Aliases: []string{s}, Description: s, URI: s})
			out, err := article.Marshal(a, article.FormatJSONLD)
			if err != nil {
				t.Fatal(err)
			}
			page := `<script type="application/ld+json">` + string(out) + `</script>`
			z := html.NewTokenizer(strings.NewReader(page))
			scripts, inScript := 0, false
			var text []byte
			for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
				tok := z.Token()
				switch {
				case tt == html.StartTagToken && tok.Data == "script":
					scripts++
					inScript = true
				case tt == html.EndTagToken && tok.Data == "script":
					inScript = false
				case tt == html.TextToken && inScript:
					text = append(text, tok.Data...)
				case tt == html.TextToken:
					t.Errorf("text outside the script: %q", tok.Data)
				}
			}
			if scripts != 1 || inScript {
				t.Fatalf("%d script elements (open at end: %v) in %s", scripts, inScript, page)
			}
			if !bytes.Equal(text, out) {
				t.Fatalf("script text differs from the JSON-LD:\n%s\n%s", text, out)
			}
			back, err := article.ParseOptions{Format: article.FormatJSONLD}.Parse(bytes.NewReader(text))
			if back == nil {
				t.Fatal(err)
			}
			if back.Headline != s || back.Summary != s || back.Authors[0].Name != s || back.CopyrightNotice != s {
				t.Errorf("strings changed: headline %q, summary %q, author %q", back.Headline, back.Summary, back.Authors[0].Name)
			}
		})
	}
}

func jsonEsc(s string) string {
	b, _ := json.Marshal(s)
	return string(b[1 : len(b)-1])
}

// TestJSONLDThroughHTML reads the JSON-LD back through the HTML parser's
// JSON-LD path.
func TestJSONLDThroughHTML(t *testing.T) {
	a := fullArticle()
	out, err := article.Marshal(a, article.FormatJSONLD)
	if err != nil {
		t.Fatal(err)
	}
	page := "<!doctype html><html><head><title>x</title><script type=\"application/ld+json\">" + string(out) +
		"</script></head><body><p>Nothing here.</p></body></html>"
	if f := article.Detect([]byte(page)); f != article.FormatHTML {
		t.Fatalf("Detect(page) = %v", f)
	}
	got, err := article.Parse(strings.NewReader(page))
	if got == nil {
		t.Fatal(err)
	}
	if got.Headline != a.Headline || got.Summary != a.Summary || got.URL != a.URL || got.Language != a.Language {
		t.Errorf("HTML read headline %q, summary %q, URL %q, language %v", got.Headline, got.Summary, got.URL, got.Language)
	}
	if !got.Published.Equal(a.Published) || !got.Modified.Equal(a.Modified) {
		t.Errorf("HTML read published %v, modified %v; want %v, %v", got.Published, got.Modified, a.Published, a.Modified)
	}
	if len(got.Authors) == 0 || got.Authors[0].Name != a.Authors[0].Name {
		t.Errorf("HTML read authors %v", got.Authors)
	}
	if got.Image.URL != a.Image.URL || got.Image.Width != a.Image.Width {
		t.Errorf("HTML read image %+v", got.Image)
	}
}

// TestJSONLDRepeatedQuote: a quotation whose text appears in several
// paragraphs is read back at its own paragraph and offset.
func TestJSONLDRepeatedQuote(t *testing.T) {
	a := &article.Article{
		Headline: "Talks",
		Body: []article.Block{
			{Text: "Officials said “we are close” before the talks."},
			{Text: "“We are close,” said Ana Ruiz. Later: “we are close” again."},
			{Text: "Li Wei agreed: “we are close” and “we are close”."},
		},
	}
	// quote is the n-th occurrence (from 0) of "we are close" in paragraph p.
	const text = "we are close"
	quote := func(p, n int, speaker string) article.Quote {
		s, off := a.Body[p].Text, 0
		for range n + 1 {
			off += strings.Index(s[off:], text) + len(text)
		}
		return article.Quote{Text: text, Speaker: speaker, Paragraph: p, EndParagraph: p, Start: off - len(text), End: off}
	}
	a.Quotes = []article.Quote{quote(1, 0, "Ana Ruiz"), quote(2, 0, "Li Wei"), quote(2, 1, "Li Wei")}
	b, err := article.Marshal(a, article.FormatJSONLD)
	if err != nil {
		t.Fatal(err)
	}
	got, err := article.ParseOptions{Strict: true, Format: article.FormatJSONLD}.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a.Quotes, got.Quotes); diff != "" {
		t.Errorf("quotes after Article → JSON-LD → Article (-want +got):\n%s\n%s", diff, b)
	}
	// Without positions (JSON-LD from elsewhere) quotations are found in
	// body order.
	noPos := strings.ReplaceAll(string(b), `"position":`, `"x-position":`)
	got, err = article.ParseOptions{Format: article.FormatJSONLD}.Parse(strings.NewReader(noPos))
	if got == nil {
		t.Fatal(err)
	}
	var at [][2]int
	for _, q := range got.Quotes {
		at = append(at, [2]int{q.Paragraph, q.Start})
	}
	first := quote(0, 0, "")
	if want := [][2]int{{0, first.Start}, {1, a.Quotes[0].Start}, {2, a.Quotes[1].Start}}; !cmp.Equal(want, at) {
		t.Errorf("quotes without position at %v, want %v", at, want)
	}
}

func TestJSONLDGolden(t *testing.T) {
	b, err := article.Marshal(jsonldArticles()["quotes"], article.FormatJSONLD)
	if err != nil {
		t.Fatal(err)
	}
	checkWriterGolden(t, "jsonld/full.json", b)
}

func TestJSONLDRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     *article.Article
	}{
		{"graph", `{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},{"@type":["Article"],"headline":"H","datePublished":"2024-05-07","author":"Ana Ruiz","keywords":"ECON-TRADE, ports"}]}`,
			&article.Article{Headline: "H", Published: article.Date(2024, time.May, 7), Authors: []article.Person{{Name: "Ana Ruiz"}}}},
		{"array", `[{"@context":"https://schema.org","@type":"NewsArticle","name":"N","inLanguage":"fr","image":"https://example.org/i.jpg"}]`,
			&article.Article{Headline: "N", Image: article.Image{URL: "https://example.org/i.jpg"}}},
	}
	tests[0].want.Tags.Add(tags.Tag{Code: "ECON-TRADE"})
	tests[0].want.Tags.Add(tags.Tag{Name: "ports"})
	tests[1].want.Language = language.French
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := article.ParseOptions{Strict: true}.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpOpts...); diff != "" {
				t.Errorf("Parse(%s) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	if _, err := article.ParseString(`{"@context":"https://schema.org","@type":"Person","name":"x"}`); err == nil {
		t.Error("JSON-LD without an article node: no error")
	}
}

// FuzzJSONLDRoundTrip: Article → JSON-LD → Article keeps what JSON-LD
// holds, and the output stays inside its <script> element.
func FuzzJSONLDRoundTrip(f *testing.F) {
	for _, a := range jsonldArticles() {
		var body string
		if len(a.Body) > 0 {
			body = a.Body[0].Text
		}
		f.Add(a.Headline, a.Summary, body, a.Dateline.Place, a.Published.Time().Unix(), uint8(a.Published.Precision()), a.Published.Zoned(), uint8(len(a.Authors)))
	}
	f.Add("</script>", "<!--<script>", "</sCrIpT >", "\u2028", int64(0), uint8(1), false, uint8(2))
	f.Fuzz(func(t *testing.T, headline, summary, para, place string, sec int64, prec uint8, z bool, n uint8) {
		a := &article.Article{
			Headline: cleanNinjsText(headline),
			Summary:  cleanNinjsText(summary),
			Body:     []article.Block{{Text: cleanNinjsText(para)}},
			Revision: int(n),
		}
		if a.Body[0].Text == "" {
			a.Body = nil
		}
		if p := cleanNinjsText(place); p != "" {
			a.Dateline.Place = p
			a.Authors = []article.Person{{Name: p, Role: []article.Role{"", article.RoleEditor, article.RolePhotographer}[n%3]}}
			a.Sources = []article.Source{{Name: p, Role: []article.SourceRole{"", article.SourcePublisher, article.SourceSyndication}[n%3]}}
			a.Tags.Add(tags.Tag{Name: p})
		}
		tm := time.Unix(sec%(1<<35), int64(n)*1e6).UTC()
		if z {
			tm = tm.In(time.FixedZone("", int(sec%48)*1800))
		}
		a.Published = article.NewTime(tm, article.Precision(prec%6+1), z)
		if a.Validate() != nil {
			return
		}
		if len(a.Body) > 0 {
			if _, _, ok := article.ParseDatelineForTest(a.Body[0].Text); ok {
				return // the body opens with what reads as a dateline
			}
		}
		checkJSONLDRoundTrip(t, a)
	})
}

func BenchmarkJSONLD(b *testing.B) {
	a := jsonldArticles()["quotes"]
	data, _ := article.Marshal(a, article.FormatJSONLD)
	b.Run("write", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := article.Marshal(a, article.FormatJSONLD); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("read", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		o := article.ParseOptions{Format: article.FormatJSONLD}
		for b.Loop() {
			if _, err := o.Parse(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestHTMLJSONLDMapping: a page's JSON-LD article node is read with the
// mapping of FormatJSONLD, so the HTML path keeps its sections, coded
// tags, countries and sources as reading the JSON-LD directly does.
func TestHTMLJSONLDMapping(t *testing.T) {
	a := fullArticle()
	ld, err := article.Marshal(a, article.FormatJSONLD)
	if err != nil {
		t.Fatal(err)
	}
	direct, err := article.ParseOptions{Format: article.FormatJSONLD}.Parse(bytes.NewReader(ld))
	if direct == nil {
		t.Fatal(err)
	}
	page := "<!doctype html><html><head><meta charset=utf-8><title>x</title><script type=\"application/ld+json\">" +
		string(ld) + "</script></head><body><p>Nothing here.</p></body></html>"
	got, err := article.ParseOptions{Format: article.FormatHTML}.Parse(strings.NewReader(page))
	if got == nil {
		t.Fatal(err)
	}
	type held struct {
		Section   []string
		Tags      tags.Set
		Countries countries.Set
		Sources   []article.Source
	}
	want := held{direct.Section, direct.Tags, direct.Countries, direct.Sources}
	if diff := cmp.Diff(want, held{got.Section, got.Tags, got.Countries, got.Sources}, cmpOpts...); diff != "" {
		t.Errorf("HTML read of the JSON-LD (-direct +html):\n%s", diff)
	}
	if len(a.Section) < 2 || a.Countries.Len() == 0 || len(a.Sources) == 0 {
		t.Fatalf("fixture holds too little: %v %v %v", a.Section, a.Countries, a.Sources)
	}
}
