package article_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/tags"
)

func float(f float64) *float64 { return &f }

// fullArticle has every field set, for round trips.
func fullArticle() *article.Article {
	a := &article.Article{
		ID:              "urn:example:harbour-1",
		URL:             "https://news.example.org/2024/05/harbour-talks",
		Headline:        "Harbour talks resume",
		Subheadline:     "Delegations meet again",
		Summary:         "Two port cities talk again.",
		Language:        language.MustParse("en-GB"),
		Published:       article.Date(2024, time.May, 7),
		Modified:        article.NewTime(time.Date(2024, 5, 7, 15, 4, 5, 120000000, time.FixedZone("", 2*3600)), article.Subsecond, true),
		Authors:         []article.Person{{Name: "Ana Ruiz"}, {Name: "Li Wei", Role: article.RoleEditor, URL: "https://news.example.org/li", Affiliation: "Harbour Gazette"}},
		Section:         []string{"World", "Europe"},
		Dateline:        article.Dateline{Place: "GENEVA", Country: countries.MustParse("CH"), Date: article.Unresolved("May 7"), Agency: "AFP", Text: "GENEVA, May 7 (AFP) -"},
		Countries:       countries.SetOf(countries.MustParse("CH"), countries.MustParse("FR")),
		Sources:         []article.Source{{Name: "Agence France-Presse", Acronym: "AFP", URL: "https://www.afp.com/", Country: countries.MustParse("FR"), Role: article.SourceOrigin}},
		Image:           article.Image{URL: "https://news.example.org/harbour.jpg", Caption: "The harbour", Credit: "Ana Ruiz", AltText: "Ships", Width: 1200, Height: 800},
		Status:          article.StatusUsable,
		Urgency:         3,
		Embargo:         article.NewTime(time.Date(2024, 5, 7, 6, 0, 0, 0, time.UTC), article.Minute, true),
		CopyrightHolder: "Harbour Gazette",
		CopyrightNotice: "© 2024 Harbour Gazette",
		UsageTerms:      "Editorial use only",
		Revision:        2,
		Body: []article.Block{
			{Text: "Delegations met again on Tuesday."},
			{Kind: article.Heading, Text: "Next steps"},
			{Kind: article.Quotation, Text: "“We are close,” said a delegate."},
			{Kind: article.ListItem, Text: "A second round."},
		},
		Quotes: []article.Quote{{Text: "We are close,", Speaker: "a delegate", Verb: "said", Paragraph: 2, EndParagraph: 2, Start: 3, End: 16}},
		Extra:  []article.Field{{Name: "x-rank", Value: []byte(`{"score":[1,2.5e3,null]}`)}},
	}
	a.Tags.Add(tags.Tag{Code: "ECON-TRADE", Name: "Trade", Aliases: []string{"Commerce"}, Description: "Trade and ports", Truncated: true, URI: "http://example.org/t/1", Relevance: float(80), Confidence: float(0.5)})
	a.Tags.Add(tags.Tag{Name: "shipping"})
	return a
}

func TestJSONRoundTrip(t *testing.T) {
	a := fullArticle()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	if !json.Valid(b) {
		t.Fatalf("Marshal wrote invalid JSON: %s", b)
	}
	var back article.Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(a, &back, cmpOpts...); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	b2, _ := back.MarshalJSON()
	if string(b2) != string(b) {
		t.Errorf("second Marshal differs:\n%s\n%s", b, b2)
	}
	if back.Modified.Precision() != article.Subsecond || back.Published.Precision() != article.Day || back.Published.Zoned() {
		t.Errorf("time precision lost: published %v, modified %v", back.Published, back.Modified)
	}
}

func TestJSONFieldOrder(t *testing.T) {
	b, err := article.Marshal(fullArticle(), article.FormatJSON)
	if err != nil {
		t.Fatal(err)
	}
	order := []string{"id", "url", "headline", "subheadline", "summary", "language", "published", "modified",
		"authors", "section", "dateline", "tags", "countries", "sources", "image", "status", "urgency",
		"embargo", "copyrightHolder", "copyrightNotice", "usageTerms", "revision", "body", "quotes", "x-rank"}
	last := -1
	for _, k := range order {
		i := strings.Index(string(b), `"`+k+`":`)
		if i < 0 || i < last {
			t.Fatalf("member %q at %d, after %d: order broken in %s", k, i, last, b)
		}
		last = i
	}
	if got, _ := article.Marshal(&article.Article{}, article.FormatJSON); string(got) != "{}" {
		t.Errorf("Marshal(zero) = %s, want {}", got)
	}
}

func TestJSONTimes(t *testing.T) {
	tests := []struct {
		name string
		in   article.Time
		want string
	}{
		{"zero", article.Time{}, `null`},
		{"year", article.NewTime(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), article.Year, false), `"2020"`},
		{"month", article.NewTime(time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), article.Month, false), `"2020-03"`},
		{"day", article.Date(2020, time.January, 24), `"2020-01-24"`},
		{"minute local", article.NewTime(time.Date(2020, 1, 24, 10, 30, 0, 0, time.UTC), article.Minute, false), `"2020-01-24T10:30"`},
		{"second zoned", article.NewTime(time.Date(2020, 1, 24, 10, 30, 5, 0, time.FixedZone("", -5*3600)), article.Second, true), `"2020-01-24T10:30:05-05:00"`},
		{"unresolved", article.Unresolved("yesterday"), `{"text":"yesterday"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.in.MarshalJSON()
			if err != nil || string(b) != tt.want {
				t.Fatalf("MarshalJSON(%v) = %s, %v; want %s", tt.in, b, err, tt.want)
			}
			var back article.Time
			if err := back.UnmarshalJSON(b); err != nil {
				t.Fatalf("UnmarshalJSON(%s): %v", b, err)
			}
			if !back.Equal(tt.in) || back.Text() != tt.in.Text() || back.Zoned() != tt.in.Zoned() {
				t.Errorf("UnmarshalJSON(%s) = %#v, want %#v", b, back, tt.in)
			}
		})
	}
}

func TestJSONErrors(t *testing.T) {
	tests := []struct {
		name, in string
		sentinel error
		field    string
	}{
		{"duplicate", `{"headline":"a","headline":"b"}`, article.ErrDuplicate, ""},
		{"syntax", `{"headline":}`, article.ErrSyntax, ""},
		{"wrong type", `{"headline":1}`, article.ErrSyntax, "/headline"},
		{"bad country", `{"countries":["IQ","QQ"]}`, article.ErrInvalidCountry, "/countries/1"},
		{"bad time", `{"published":"24 Jan 2020"}`, article.ErrTime, "/published"},
		{"unknown nested", `{"authors":[{"name":"A","age":3}]}`, article.ErrSyntax, "/authors/0/age"},
		{"bad language", `{"language":"not a tag"}`, article.ErrInvalidLanguage, "/language"},
		{"invalid utf8", "{\"headline\":\"a\xffb\"}", article.ErrSyntax, ""},
		{"trailing", `{} {}`, article.ErrSyntax, ""},
		{"bad kind", `{"body":[{"kind":"poem","text":"x"}]}`, article.ErrSyntax, "/body/0/kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a article.Article
			err := a.UnmarshalJSON([]byte(tt.in))
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("UnmarshalJSON(%s) = %v, want %v", tt.in, err, tt.sentinel)
			}
			var pe *article.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			if tt.field != "" && pe.Field != tt.field {
				t.Errorf("error field = %q, want %q (%v)", pe.Field, tt.field, err)
			}
			if pe.Line < 1 || pe.Column < 1 {
				t.Errorf("error position %d:%d", pe.Line, pe.Column)
			}
		})
	}
}

func TestJSONUnknownKept(t *testing.T) {
	in := `{"headline":"H","zeta":{"b": [1, 2]},"alpha":"x","body":[{"text":"P"}]}`
	a, err := article.Parse(strings.NewReader(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := []article.Field{{Name: "zeta", Value: []byte(`{"b":[1,2]}`)}, {Name: "alpha", Value: []byte(`"x"`)}}
	if diff := cmp.Diff(want, a.Extra); diff != "" {
		t.Errorf("Extra mismatch (-want +got):\n%s", diff)
	}
	out, _ := article.Marshal(a, article.FormatJSON)
	if want := `{"headline":"H","body":[{"text":"P"}],"zeta":{"b":[1,2]},"alpha":"x"}`; string(out) != want {
		t.Errorf("Marshal = %s, want %s", out, want)
	}
	a.Extra = append(a.Extra, article.Field{Name: "headline", Value: []byte(`"again"`)})
	if _, err := article.Marshal(a, article.FormatJSON); !errors.Is(err, article.ErrDuplicate) {
		t.Errorf("Marshal with an Extra named headline = %v, want ErrDuplicate", err)
	}
}

func TestJSONLenientUTF8(t *testing.T) {
	in := "{\"headline\":\"a\xffb\",\n\"body\":[{\"text\":\"ok\"}]}"
	a, err := article.Parse(strings.NewReader(in))
	var pe *article.ParseError
	if !errors.Is(err, article.ErrInvalidUTF8) || !errors.As(err, &pe) || pe.Line != 1 || pe.Column != 15 {
		t.Fatalf("Parse = %v, want ErrInvalidUTF8 at 1:15", err)
	}
	if a == nil || a.Headline != "a\ufffdb" {
		t.Errorf("lenient parse = %+v, want the repaired headline", a)
	}
	if _, err := (article.ParseOptions{Strict: true}).Parse(strings.NewReader(in)); !errors.Is(err, article.ErrSyntax) {
		t.Errorf("strict Parse = %v, want a syntax error", err)
	}
}

func TestJSONStringEscapes(t *testing.T) {
	for _, s := range []string{"plain ascii text that is long enough", "quote \" inside a long string", "back\\slash in a long string here",
		"tab\tin a long string here", "curly “quotes” and é in a long string", "bad \xff byte in a long string", "\u2028 line sep", "short\"", "<html>&amp;"} {
		a := &article.Article{Headline: s}
		b, err := a.MarshalJSON()
		if err != nil || !json.Valid(b) {
			t.Fatalf("MarshalJSON(%q) = %s, %v", s, b, err)
		}
		var plain struct{ Headline string }
		if err := json.Unmarshal(b, &plain); err != nil || plain.Headline != strings.ToValidUTF8(s, "\ufffd") {
			t.Errorf("MarshalJSON(%q) = %s: reads back as %q", s, b, plain.Headline)
		}
	}
}

func TestJSONInvalidUTF8(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"headline", "{\"headline\":\"a\xffb\"}"},
		{"extra member", "{\"headline\":\"h\",\"x-rank\":[\"a\xffb\",1]}"},
		{"extra name", "{\"headline\":\"h\",\"x-r\xff\":1}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := article.ParseOptions{Strict: true, Format: article.FormatJSON}.ParseString(tt.in)
			if !errors.Is(err, article.ErrInvalidUTF8) {
				t.Errorf("strict Parse(%q) = %v, want ErrInvalidUTF8", tt.in, err)
			}
			a, err := article.ParseOptions{Format: article.FormatJSON}.ParseString(tt.in)
			if a == nil || !errors.Is(err, article.ErrInvalidUTF8) {
				t.Fatalf("lenient Parse(%q) = %v, %v; want an article and ErrInvalidUTF8", tt.in, a, err)
			}
			out, err := article.Marshal(a, article.FormatJSON)
			if err != nil || !utf8.Valid(out) {
				t.Errorf("Marshal after lenient Parse(%q) = %q, %v; want valid UTF-8 and no error", tt.in, out, err)
			}
		})
	}
}

func TestParseErrorUnknownPosition(t *testing.T) {
	tests := []struct {
		name string
		err  *article.ParseError
		want string
	}{
		{"positioned", &article.ParseError{Line: 2, Column: 3, Field: "headline", Err: article.ErrTime}, "article: line 2, column 3, headline: invalid time"},
		{"field only", &article.ParseError{Field: "/published", Err: article.ErrTime}, "article: /published: invalid time"},
		{"nothing", &article.ParseError{Err: article.ErrTime}, "article: invalid time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTagStyleRoundTrip checks that the punctuation a page gave a tag line
// (tags.Style, which tags.Tag.Equal ignores) survives canonical JSON and the
// scraped-text form.
func TestTagStyleRoundTrip(t *testing.T) {
	for _, line := range []string{
		"- [ZZZ-ORG] Armed groups -- organised armed groups…[more]",
		"• ZZZ-ORG-NLF Northern Lantern Front / NLF is an invented group...[+]",
	} {
		tg, err := tags.Parse(line)
		if err != nil {
			t.Fatalf("tags.Parse(%q): %v", line, err)
		}
		a := &article.Article{Headline: "Harbour talks resume", Body: []article.Block{{Text: "The talks resumed on Monday."}}}
		a.Tags.Add(tg)
		for _, f := range []article.Format{article.FormatJSON, article.FormatText} {
			b, err := article.Marshal(a, f)
			if err != nil {
				t.Fatalf("Marshal %v: %v", f, err)
			}
			back, err := article.ParseOptions{Format: f}.Parse(strings.NewReader(string(b)))
			if err != nil {
				t.Fatalf("Parse %v: %v\n%s", f, err, b)
			}
			var got []tags.Tag
			for g := range back.Tags.All() {
				got = append(got, g)
			}
			if len(got) != 1 {
				t.Fatalf("%v: %d tags back, want 1\n%s", f, len(got), b)
			}
			if diff := cmp.Diff(tg.Style, got[0].Style); diff != "" {
				t.Errorf("%v: style of %q lost (-want +got):\n%s\n%s", f, line, diff, b)
			}
			if got[0].String() != tg.String() {
				t.Errorf("%v: line %q comes back as %q", f, tg.String(), got[0].String())
			}
		}
	}
}
