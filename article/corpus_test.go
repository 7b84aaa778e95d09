package article_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/corpus"
	"github.com/newsmodel/news/internal/textnorm"
)

// TestSeedPage parses the seed page of the shared corpus and checks every
// field. Expected strings are derived from the file at run time; only
// codes and registry names appear here.
func TestSeedPage(t *testing.T) {
	dir := corpus.Dir(t, "seed")
	raw, err := os.ReadFile(filepath.Join(dir, "page-2020-01-24-iraq.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.ParseOptions{Strict: true}.Parse(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatalf("Parse(seed) error: %v", err)
	}

	var lines []string
	for _, l := range strings.Split(string(raw), "\n") {
		if l = textnorm.String(l); l != "" {
			lines = append(lines, l)
		}
	}
	// The headline is the line the page prints twice in a row.
	var headline string
	for i := 1; i < len(lines); i++ {
		if lines[i] == lines[i-1] {
			headline = lines[i]
			break
		}
	}
	if headline == "" {
		t.Fatal("seed page: no repeated title found")
	}
	if a.Headline != headline {
		t.Errorf("Headline = %q, want %q", a.Headline, headline)
	}

	// The breadcrumb: "<date> » <section> » /".
	var crumb []string
	for _, l := range lines {
		if strings.Contains(l, "»") {
			for _, s := range strings.Split(l, "»") {
				crumb = append(crumb, strings.TrimSpace(s))
			}
			break
		}
	}
	if len(crumb) < 2 {
		t.Fatalf("seed page: no breadcrumb")
	}
	day, err := time.Parse("January 2, 2006", crumb[0])
	if err != nil {
		t.Fatalf("seed page breadcrumb date %q: %v", crumb[0], err)
	}
	if got, want := a.Published, article.Date(day.Year(), day.Month(), day.Day()); !got.Equal(want) {
		t.Errorf("Published = %v, want %v", got, want)
	}
	if a.Published.Precision() != article.Day || a.Published.Zoned() {
		t.Errorf("Published precision %v zoned %v, want day without zone", a.Published.Precision(), a.Published.Zoned())
	}
	if diff := cmp.Diff([]string{crumb[1]}, a.Section); diff != "" {
		t.Errorf("Section mismatch (-want +got):\n%s", diff)
	}

	// The tag line: bullet, code, name, description, "...[+]".
	var tagLine string
	for _, l := range lines {
		if strings.HasPrefix(l, "•") {
			tagLine = strings.TrimSpace(strings.TrimPrefix(l, "•"))
		}
	}
	wantCode := strings.Fields(tagLine)[0]
	if a.Tags.Len() != 1 {
		t.Fatalf("Tags.Len() = %d, want 1", a.Tags.Len())
	}
	for tg := range a.Tags.All() {
		if tg.Code != wantCode {
			t.Errorf("tag code = %q, want %q", tg.Code, wantCode)
		}
		if !tg.Truncated || !strings.HasSuffix(tagLine, "...[+]") {
			t.Errorf("tag truncated = %v, want true", tg.Truncated)
		}
		if tg.Name == "" || !strings.Contains(tagLine, tg.Name) {
			t.Errorf("tag name = %q, want a name from the line", tg.Name)
		}
		if tg.Description == "" || !strings.Contains(tagLine, tg.Description) {
			t.Errorf("tag description = %q, want the line's description", tg.Description)
		}
	}

	if want := countries.SetOf(countries.MustParse("IQ"), countries.MustParse("US")); a.Countries != want {
		t.Errorf("Countries = %v, want IQ and US", codes(a.Countries))
	}

	if len(a.Sources) != 1 {
		t.Fatalf("Sources = %+v, want one", a.Sources)
	}
	if s := a.Sources[0]; s.Acronym != "MIA" || s.Name != "Macedonian Information Agency" || s.Country != countries.MustParse("MK") {
		t.Errorf("Sources[0] = %+v, want the Macedonian Information Agency", s)
	}

	// Body: every line of eight words or more that is not the title, a
	// tag line or a labelled line, in order.
	var wantBody []article.Block
	for _, l := range lines {
		if len(strings.Fields(l)) < 8 || l == headline || strings.HasPrefix(l, "•") || strings.Contains(l, "»") {
			continue
		}
		if i := strings.IndexByte(l, ':'); i >= 0 && i < 25 {
			continue
		}
		wantBody = append(wantBody, article.Block{Text: l})
	}
	if diff := cmp.Diff(wantBody, a.Body); diff != "" {
		t.Errorf("Body mismatch (-want +got):\n%s", diff)
	}
	if len(wantBody) != 14 {
		t.Errorf("seed page has %d body paragraphs, expected 14", len(wantBody))
	}

	if !a.Dateline.IsZero() || len(a.Authors) != 0 || a.Subheadline != "" || a.Summary != "" || a.URL != "" || !a.Modified.IsZero() {
		t.Errorf("unexpected fields: dateline %+v authors %v subheadline %q summary %q url %q modified %v",
			a.Dateline, a.Authors, a.Subheadline, a.Summary, a.URL, a.Modified)
	}
	if err := a.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}

	// The page survives the text and JSON forms.
	text, err := article.Marshal(a, article.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	back, err := article.ParseOptions{Strict: true}.Parse(strings.NewReader(string(text)))
	if err != nil {
		t.Fatalf("Parse(Marshal(seed, text)): %v", err)
	}
	if diff := cmp.Diff(a, back, cmpOpts...); diff != "" {
		t.Errorf("text round trip mismatch (-want +got):\n%s", diff)
	}
}

func codes(s countries.Set) []string {
	var out []string
	for c := range s.All() {
		out = append(out, c.Alpha2())
	}
	return out
}
