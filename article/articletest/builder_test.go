package articletest

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
)

func TestBuilderValid(t *testing.T) {
	for _, b := range builders {
		for seed := range uint64(20) {
			b.Seed += seed
			a := b.Article()
			if !AssertValid(t, a) {
				continue
			}
			c := a.Clone()
			article.Normalize(c)
			if d := Diff(a, c); d != "" {
				t.Errorf("Normalize(Builder{Seed: %d}.Article()) changed it (-built +normalised):\n%s", b.Seed, d)
			}
			if got, want := len(a.Body), max(b.Paragraphs, 0); want > 0 && got != want {
				t.Errorf("Builder{Seed: %d, Paragraphs: %d}: %d paragraphs", b.Seed, b.Paragraphs, got)
			}
			if p := b.Precision; p != article.Unknown && a.Published.Precision() != p {
				t.Errorf("Builder{Seed: %d, Precision: %v}: Published %v has precision %v", b.Seed, p, a.Published, a.Published.Precision())
			}
			if a.Published.Zoned() && (b.Zoneless || a.Published.Precision() <= article.Day) {
				t.Errorf("Builder{Seed: %d}: Published %v is zoned", b.Seed, a.Published)
			}
			if len(a.Sources) != 1 || a.Sources[0].Acronym == "" || !a.Sources[0].Country.IsValid() {
				t.Errorf("Builder{Seed: %d}: sources %+v, want one agency of the registry", b.Seed, a.Sources)
			}
			// Every declared country is mentioned in the text.
			for _, m := range a.MentionedCountries() {
				a.Countries.Remove(m.Country)
			}
			if a.Countries.Len() != 0 {
				t.Errorf("Builder{Seed: %d}: declared countries %v are not mentioned", b.Seed, a.Countries)
			}
		}
	}
}

func TestBuilderDeterministic(t *testing.T) {
	for _, b := range builders {
		x, y := b.Article(), b.Article()
		jx, _ := article.Marshal(x, article.FormatJSON)
		jy, _ := article.Marshal(y, article.FormatJSON)
		if !bytes.Equal(jx, jy) {
			t.Errorf("Builder%+v built two different articles:\n%s\n%s", b, jx, jy)
		}
		c := b
		c.Seed++
		if z := c.Article(); Diff(x, z) == "" {
			t.Errorf("seeds %d and %d built the same article", b.Seed, c.Seed)
		}
	}
}

func TestBuilderQuotes(t *testing.T) {
	quoted := 0
	for seed := range uint64(30) {
		a := Builder{Seed: seed, Paragraphs: 6}.Article()
		for i, q := range a.Quotes {
			if q.SpeakerResolved == "" || q.Verb == "" || q.Partial {
				t.Errorf("Builder{Seed: %d}: quote %d = %+v, want a full attributed quotation", seed, i, q)
			}
			quoted++
		}
		if n := len(Builder{Seed: seed, Paragraphs: 6, NoQuotes: true}.Article().Quotes); n != 0 {
			t.Errorf("Builder{Seed: %d, NoQuotes: true}: %d quotes", seed, n)
		}
	}
	if quoted < 60 {
		t.Errorf("30 articles of 6 paragraphs hold %d quotes, want at least 60", quoted)
	}
}

func TestBreakages(t *testing.T) {
	for _, b := range builders {
		a := b.Article()
		for _, br := range Breakages() {
			t.Run(br.Name+"/"+b.Precision.String(), func(t *testing.T) {
				broken, want := br.Apply(a)
				if err := a.Validate(); err != nil {
					t.Fatalf("Apply changed the original: %v", err)
				}
				got := FieldErrors(broken.Validate())
				if len(got) != 1 || got[0].Path != want.Path || !errorsIs(got[0].Err, want.Err) {
					t.Errorf("%s: Validate() = %v, want exactly %v", br.Name, got, want)
				}
			})
		}
	}
}

func TestPaths(t *testing.T) {
	a := Builder{Seed: 3}.Article()
	b := a.Clone()
	b.Headline = "Other"
	b.Body[2].Text = "Other"
	b.Authors[0].Name = "Other"
	b.Modified = b.Published
	b.Tags = b.Tags.Clone()
	for tg := range b.Tags.All() {
		b.Tags.Remove(tg)
		break
	}
	want := []string{"/headline", "/modified", "/authors/0/name", "/tags", "/body/2/text"}
	if diff := cmp.Diff(want, Paths(a, b)); diff != "" {
		t.Errorf("Paths mismatch (-want +got):\n%s", diff)
	}
	if got := Paths(a, a.Clone()); len(got) != 0 {
		t.Errorf("Paths(a, a.Clone()) = %v, want none", got)
	}
}

func TestCmpOptions(t *testing.T) {
	a := Builder{Seed: 4, Precision: article.Second}.Article()
	b := a.Clone()
	b.Published = article.NewTime(a.Published.Time(), article.Minute, true)
	b.Quotes = nil
	b.Authors[0], b.Authors[len(b.Authors)-1] = b.Authors[len(b.Authors)-1], b.Authors[0]
	if Diff(a, b) == "" {
		t.Fatal("Diff found no difference")
	}
	o := CmpOptions{Precision: article.Minute, Ignore: []string{"Quotes"}, Unordered: true}
	if d := Diff(a, b, o.Options()); d != "" {
		t.Errorf("Diff under %+v:\n%s", o, d)
	}
	b.Published = article.NewTime(a.Published.Time(), article.Second, false)
	if d := Diff(a, b, CmpOptions{IgnoreZone: true, Ignore: []string{"Quotes", "Authors"}}.Options()); d != "" {
		t.Errorf("Diff with IgnoreZone:\n%s", d)
	}
}
