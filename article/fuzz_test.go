package article_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
)

// pageFields clears what the page form does not hold, so that text round
// trips compare only the fields the package documentation lists.
func pageFields(a *article.Article) *article.Article {
	c := a.Clone()
	c.Image = article.Image{}
	c.Status, c.Urgency, c.Embargo, c.Revision = "", 0, article.Time{}, 0
	c.CopyrightHolder, c.UsageTerms = "", ""
	c.Quotes, c.Extra = nil, nil
	for i := range c.Authors {
		c.Authors[i].URL, c.Authors[i].Affiliation = "", ""
	}
	for i := range c.Sources {
		c.Sources[i].Role = ""
	}
	return c
}

func seedPages(f *testing.F) {
	f.Add(wirePage)
	f.Add("Title\n\nBODY (Reuters) - text.\n")
	f.Add("Title\nUpdated: 3 hours ago\nLanguage: fr\nURL: https://example.org/a?utm_source=x\n\n# Heading\n\n* item\n")
	f.Add("Skip to Content\n\nJanuary 24, 2020 » Today News » /\n\nA title\n\nA title\n\n  • AB-CD Name Desc...[+]\n\n\u00a0Affected Countries: iraq; united-states;\n\nBody.\n\nSource: MIA")
	f.Add("Title\nAffected Countries: narnia\nBy Ana\n\nPara \xff one.\n")
	b, _ := article.Marshal(fullArticle(), article.FormatText)
	f.Add(string(b))
}

// FuzzTextRoundTrip: parse → write → parse is an identity on the fields
// the page form holds.
func FuzzTextRoundTrip(f *testing.F) {
	seedPages(f)
	f.Fuzz(func(t *testing.T, page string) {
		a, err := article.Parse(strings.NewReader(page))
		if a == nil {
			if err == nil {
				t.Fatal("nil article without error")
			}
			return
		}
		text, err := article.Marshal(a, article.FormatText)
		if err != nil {
			t.Fatalf("Marshal text: %v", err)
		}
		if !utf8.Valid(text) {
			t.Fatalf("Marshal text wrote invalid UTF-8")
		}
		b, err := article.ParseOptions{Format: article.FormatText}.Parse(bytes.NewReader(text))
		if b == nil {
			t.Fatalf("reparse failed: %v\n%s", err, text)
		}
		if diff := cmp.Diff(pageFields(a), pageFields(b), cmpOpts...); diff != "" {
			t.Fatalf("text round trip mismatch (-first +second):\n%s\npage:\n%q\nwritten:\n%s", diff, page, text)
		}
	})
}

// FuzzJSONRoundTrip: whatever parses (from any format) marshals to JSON
// that unmarshals to the same article and marshals to the same bytes.
func FuzzJSONRoundTrip(f *testing.F) {
	seedPages(f)
	b, _ := article.Marshal(fullArticle(), article.FormatJSON)
	f.Add(string(b))
	f.Add(`{"headline":"H","published":{"text":"x"},"zz":[{}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		a, _ := article.Parse(strings.NewReader(in))
		if a == nil {
			return
		}
		j, err := article.Marshal(a, article.FormatJSON)
		if err != nil {
			return // e.g. Extra colliding with a known member
		}
		var back article.Article
		if err := back.UnmarshalJSON(j); err != nil {
			t.Fatalf("UnmarshalJSON(Marshal) = %v\n%s", err, j)
		}
		if diff := cmp.Diff(a, &back, cmpOpts...); diff != "" {
			t.Fatalf("JSON round trip mismatch (-want +got):\n%s", diff)
		}
		j2, _ := article.Marshal(&back, article.FormatJSON)
		if !bytes.Equal(j, j2) {
			t.Fatalf("JSON not stable:\n%s\n%s", j, j2)
		}
	})
}

// FuzzNormalize: Normalize is idempotent and leaves clean text.
func FuzzNormalize(f *testing.F) {
	seedPages(f)
	f.Add("By Ana Ruiz and Li Wei, Staff\nURL: HTTP://X.org:80?utm_a=1#f\n\nTitle\n\nTitle\n\n\u200b\n")
	f.Fuzz(func(t *testing.T, page string) {
		a, _ := article.Parse(strings.NewReader(page))
		if a == nil {
			return
		}
		a.Authors = append(a.Authors, article.Person{Name: page})
		a.Body = append(a.Body, article.Block{Text: page})
		article.Normalize(a)
		once := a.Clone()
		article.Normalize(a)
		if diff := cmp.Diff(once, a, cmpOpts...); diff != "" {
			t.Fatalf("Normalize not idempotent (-once +twice):\n%s", diff)
		}
	})
}
