package article_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
)

// A synthetic page in the scraped form, written for these tests: invented
// people and places, real countries and agencies.
const wirePage = "Skip to main content\n" +
	"Menu\n\n" +
	"Home › World › Europe › 7 May 2024\n\n" +
	"Harbour talks resume in Valdora after week-long pause\n" +
	"Harbour talks resume in Valdora after week-long pause\n\n" +
	"By Ana Ruiz and Li Wei, Staff Writers | Updated 3 hours ago\n" +
	"\u00a0Affected Countries: france; switzerland\n" +
	"  • ECON-TRADE-PORTS Port trade Shipping Trade through sea ports and harbours...[+]\n" +
	"Keywords: shipping, harbours; Valdora\n\n" +
	"GENEVA, Switzerland, May 7 (AFP) -- Delegations from two port cities met again on Tuesday.\n\n" +
	"## What comes next\n\n" +
	"> “We are close,” said one delegate.\n\n" +
	"• A second round is planned.\n" +
	"• Observers will attend.\n\n" +
	"The talks are expected to end on Friday.\n\n" +
	"Share this article\n" +
	"Source: AFP, Harbour Gazette\n" +
	"Copyright: Harbour Gazette 2024\n"

func TestParseWirePage(t *testing.T) {
	a, err := article.Parse(strings.NewReader(wirePage))
	var pe *article.ParseError
	if !errors.Is(err, article.ErrUnresolvedTime) || !errors.As(err, &pe) || pe.Line != 9 || pe.Field != "modified" {
		t.Fatalf("Parse error = %v, want the unresolved update time of line 9", err)
	}
	if a.Modified.Text() != "3 hours ago" {
		t.Errorf("Modified = %#v, want the unresolved text", a.Modified)
	}
	want := &article.Article{
		Headline:  "Harbour talks resume in Valdora after week-long pause",
		Published: article.Date(2024, time.May, 7),
		Section:   []string{"World", "Europe"},
		Authors:   []article.Person{{Name: "Ana Ruiz"}, {Name: "Li Wei"}},
		Countries: countries.SetOf(countries.MustParse("FR"), countries.MustParse("CH")),
		Body: []article.Block{
			{Text: "Delegations from two port cities met again on Tuesday."},
			{Kind: article.Heading, Text: "What comes next"},
			{Kind: article.Quotation, Text: "“We are close,” said one delegate."},
			{Kind: article.ListItem, Text: "A second round is planned."},
			{Kind: article.ListItem, Text: "Observers will attend."},
			{Text: "The talks are expected to end on Friday."},
		},
		CopyrightNotice: "Harbour Gazette 2024",
	}
	got := *a
	got.Tags, got.Sources, got.Dateline, got.Modified = want.Tags, nil, article.Dateline{}, article.Time{}
	if diff := cmp.Diff(want, &got, cmpOpts...); diff != "" {
		t.Errorf("Parse(wirePage) mismatch (-want +got):\n%s", diff)
	}
	if d := a.Dateline; d.Place != "GENEVA" || d.Country != countries.MustParse("CH") || d.Agency != "AFP" ||
		d.Text != "GENEVA, Switzerland, May 7 (AFP) --" || d.Date.Precision() != article.Day {
		t.Errorf("Dateline = %+v (date %v)", d, d.Date)
	}
	if n := a.Tags.Len(); n != 4 {
		t.Errorf("Tags.Len() = %d, want 4 (one coded, three keywords)", n)
	}
	var credits []string
	for _, s := range a.Sources {
		credits = append(credits, s.Credit())
	}
	if diff := cmp.Diff([]string{"AFP", "Harbour Gazette"}, credits); diff != "" {
		t.Errorf("Sources mismatch (-want +got):\n%s", diff)
	}
	if a.Sources[0].Name != "Agence France-Presse" {
		t.Errorf("Sources[0].Name = %q, want the resolved agency", a.Sources[0].Name)
	}
}

func TestParseDatelines(t *testing.T) {
	tests := []struct {
		name, para    string
		place, agency string
		country, rest string
		datePrec      article.Precision
	}{
		{"reuters", "BAGHDAD (Reuters) - The minister spoke.", "BAGHDAD", "Reuters", "", "The minister spoke.", article.Unknown},
		{"afp with date", "DAVOS, Switzerland, Jan 23 (AFP) -- Leaders met.", "DAVOS", "AFP", "CH", "Leaders met.", article.Day},
		{"press release", "NEW YORK, NY/ACCESSWIRE/May 7, 2024/ The company said.", "NEW YORK", "ACCESSWIRE", "", "The company said.", article.Day},
		{"dash only", "NAIROBI — Rain fell.", "NAIROBI", "", "", "Rain fell.", article.Unknown},
		{"em dash agency", "Lima (EFE) — Se reunieron.", "Lima", "EFE", "", "Se reunieron.", article.Unknown},
		{"none", "The United Nations said nothing.", "", "", "", "The United Nations said nothing.", article.Unknown},
		{"not a place", "US - Iraq talks went on.", "", "", "", "US - Iraq talks went on.", article.Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "Published: 2024-05-08\nA headline for the test\n\n" + tt.para + "\n"
			a, err := article.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			d := a.Dateline
			if d.Place != tt.place || d.Agency != tt.agency {
				t.Errorf("Dateline = %+v, want place %q agency %q", d, tt.place, tt.agency)
			}
			if tt.country != "" && d.Country != countries.MustParse(tt.country) {
				t.Errorf("Dateline.Country = %v, want %s", d.Country, tt.country)
			}
			if d.Date.Precision() != tt.datePrec {
				t.Errorf("Dateline.Date = %v (%v), want precision %v", d.Date, d.Date.Precision(), tt.datePrec)
			}
			if len(a.Body) != 1 || a.Body[0].Text != tt.rest {
				t.Errorf("Body = %+v, want %q", a.Body, tt.rest)
			}
			if tt.place != "" && !strings.HasPrefix(tt.para, d.Text) {
				t.Errorf("Dateline.Text = %q, not a prefix of the paragraph", d.Text)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name       string
		page       string
		strict     bool
		sentinel   error
		line, col  int
		field      string
		wantResult bool
	}{
		{"invalid utf8 strict", "Title here\n\nBody \xff text.\n", true, article.ErrInvalidUTF8, 3, 6, "", false},
		{"invalid utf8 lenient", "Title here\n\nBody \xff text.\n", false, article.ErrInvalidUTF8, 3, 6, "", true},
		{"unknown country", "Title here\nAffected Countries: france; atlantis\n\nBody.\n", false, article.ErrUnknownCountry, 2, 29, "countries", true},
		{"unknown country strict", "Title here\nAffected Countries: france; atlantis\n\nBody.\n", true, article.ErrUnknownCountry, 2, 29, "countries", false},
		{"bad date", "Title here\nPublished: the day after\n\nBody.\n", false, article.ErrTime, 2, 12, "published", true},
		{"relative date", "Title here\nUpdated: 3 hours ago\n\nBody.\n", false, article.ErrUnresolvedTime, 2, 10, "modified", true},
		{"bad language", "Title here\nLanguage: not a tag!\n\nBody.\n", false, article.ErrInvalidLanguage, 2, 11, "language", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.ParseOptions{Strict: tt.strict}.Parse(strings.NewReader(tt.page))
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("Parse error = %v, want %v", err, tt.sentinel)
			}
			var pe *article.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse error %v is not a *ParseError", err)
			}
			if pe.Line != tt.line || pe.Column != tt.col || pe.Field != tt.field {
				t.Errorf("ParseError at %d:%d field %q, want %d:%d %q", pe.Line, pe.Column, pe.Field, tt.line, tt.col, tt.field)
			}
			if (a != nil) != tt.wantResult {
				t.Fatalf("article = %v, want result %v", a, tt.wantResult)
			}
			if a != nil && a.Headline != "Title here" {
				t.Errorf("lenient parse lost the headline: %q", a.Headline)
			}
		})
	}
}

func TestParseUnresolvedKept(t *testing.T) {
	a, _ := article.Parse(strings.NewReader("Title\nUpdated: 3 hours ago\n\nBody.\n"))
	if a.Modified.IsResolved() || a.Modified.Text() != "3 hours ago" {
		t.Errorf("Modified = %#v, want unresolved text", a.Modified)
	}
	ref := time.Date(2024, 5, 7, 12, 0, 0, 0, time.UTC)
	a, err := article.ParseOptions{Reference: ref}.Parse(strings.NewReader("Title\nUpdated: 3 hours ago\n\nBody.\n"))
	if err != nil {
		t.Fatalf("Parse with reference: %v", err)
	}
	if !a.Modified.IsResolved() || !a.Modified.Time().Equal(ref.Add(-3*time.Hour)) {
		t.Errorf("Modified = %v, want 3 hours before the reference", a.Modified)
	}
}

func TestParseLimits(t *testing.T) {
	_, err := article.ParseOptions{MaxBytes: 10}.Parse(strings.NewReader("A headline that is long\n"))
	if !errors.Is(err, article.ErrTooLarge) {
		t.Errorf("Parse over MaxBytes = %v, want ErrTooLarge", err)
	}
	_, err = article.ParseOptions{Format: article.Format(99)}.Parse(strings.NewReader("x"))
	if !errors.Is(err, article.ErrUnknownFormat) {
		t.Errorf("Parse with unknown format = %v, want ErrUnknownFormat", err)
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		in   string
		want []article.Person
	}{
		{"By Ana Ruiz", []article.Person{{Name: "Ana Ruiz"}}},
		{"by Ana Ruiz and Li Wei", []article.Person{{Name: "Ana Ruiz"}, {Name: "Li Wei"}}},
		{"By Ana Ruiz, Li Wei & Tom Okoro, Staff Writers", []article.Person{{Name: "Ana Ruiz"}, {Name: "Li Wei"}, {Name: "Tom Okoro"}}},
		{"Ana Ruiz ana@example.com", []article.Person{{Name: "Ana Ruiz"}}},
		{"Ana Ruiz (photographer)", []article.Person{{Name: "Ana Ruiz", Role: article.RolePhotographer}}},
		{"Ana Ruiz, Editor", []article.Person{{Name: "Ana Ruiz", Role: article.RoleEditor}}},
		{"By Staff", nil},
		{"Reuters Staff", []article.Person{{Name: "Reuters Staff"}}},
		{"By Ana Ruiz Updated 3 hours ago", []article.Person{{Name: "Ana Ruiz"}}},
		{"Ana Ruiz, ana ruiz", []article.Person{{Name: "Ana Ruiz"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, article.ParseByline(tt.in), cmpOpts...); diff != "" {
				t.Errorf("ParseByline(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseSiteNameBeforeBreadcrumb(t *testing.T) {
	page := "Skip to Content\n\nToday News\n\nJanuary 24, 2020 » Today News » /\n\nA headline of the story\n\nA headline of the story\n\nThe first paragraph.\n"
	a, err := article.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "A headline of the story" || len(a.Body) != 1 || a.Body[0].Text != "The first paragraph." {
		t.Errorf("Parse = headline %q body %+v", a.Headline, a.Body)
	}
}
