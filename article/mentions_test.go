package article_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
)

// Floors reached on testdata/mentions.json; the test fails below them.
const (
	minMentionPrecision = 1.0
	minMentionRecall    = 1.0
)

// TestMentionsLabelled scores a.Mentions on hand-labelled paragraphs
// written for the project: a predicted mention counts when its text and
// country match a labelled one in the same paragraph.
func TestMentionsLabelled(t *testing.T) {
	b, err := os.ReadFile("testdata/mentions.json")
	if err != nil {
		t.Fatal(err)
	}
	var set []struct {
		Text     string      `json:"text"`
		Mentions [][2]string `json:"mentions"`
	}
	if err := json.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	var predicted, wanted, matched int
	for _, p := range set {
		a := &article.Article{Body: []article.Block{{Text: p.Text}}}
		want := map[[2]string]int{}
		for _, m := range p.Mentions {
			want[m]++
			wanted++
		}
		for _, m := range a.Mentions() {
			predicted++
			key := [2]string{p.Text[m.Start:m.End], m.Country.Alpha2()}
			if want[key] > 0 {
				want[key]--
				matched++
			} else {
				t.Logf("spurious: %q in %q", key, p.Text)
			}
		}
		for k, n := range want {
			if n > 0 {
				t.Logf("missed: %q in %q", k, p.Text)
			}
		}
	}
	precision := float64(matched) / float64(max(predicted, 1))
	recall := float64(matched) / float64(max(wanted, 1))
	t.Logf("%d paragraphs, %d labelled mentions: precision %.3f, recall %.3f", len(set), wanted, precision, recall)
	if len(set) < 40 {
		t.Errorf("labelled set has %d paragraphs, want at least 40", len(set))
	}
	if precision < minMentionPrecision || recall < minMentionRecall {
		t.Errorf("precision %.3f, recall %.3f fell below the floors %.2f, %.2f", precision, recall, minMentionPrecision, minMentionRecall)
	}
}

func TestMentionedCountries(t *testing.T) {
	a := &article.Article{
		Headline:  "Iraqi president meets US envoy",
		Countries: countries.SetOf(countries.MustParse("IQ"), countries.MustParse("US")),
		Body: []article.Block{
			{Text: "The United States and Iraq talked in Switzerland."},
			{Text: "Swiss hosts said the Iraqis were pleased."},
		},
	}
	type row struct {
		Country  string
		Count    int
		Part     article.Part
		Para     int
		Start    int
		Declared bool
	}
	var got []row
	for _, c := range a.MentionedCountries() {
		got = append(got, row{c.Country.Alpha2(), c.Count, c.First.Part, c.First.Paragraph, c.First.Start, c.Declared})
	}
	want := []row{
		{"IQ", 3, article.PartHeadline, 0, 0, true},
		{"US", 2, article.PartHeadline, 0, 22, true},
		{"CH", 2, article.PartBody, 0, 37, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MentionedCountries() mismatch (-want +got):\n%s", diff)
	}
}

func TestExtractQuotes(t *testing.T) {
	a := &article.Article{Body: []article.Block{
		{Text: "Finance Minister Ada Okafor spoke first."},
		{Kind: article.Heading, Text: "Reaction"},
		{Text: "“We will not wait,” she said, warning of “hard” months."},
	}}
	article.ExtractQuotes(a)
	want := []article.Quote{
		{Text: "We will not wait,", Speaker: "she", SpeakerResolved: "Ada Okafor", Verb: "said", Paragraph: 2, EndParagraph: 2, Start: 3, End: 20},
		{Text: "hard", Speaker: "she", SpeakerResolved: "Ada Okafor", Paragraph: 2, EndParagraph: 2, Start: 48, End: 52, Partial: true},
	}
	if diff := cmp.Diff(want, a.Quotes); diff != "" {
		t.Errorf("ExtractQuotes mismatch (-want +got):\n%s", diff)
	}
	for _, q := range a.Quotes {
		if got := a.Body[q.Paragraph].Text[q.Start:q.End]; got != q.Text {
			t.Errorf("offsets give %q, want %q", got, q.Text)
		}
	}
	if err := a.Validate(); err != nil {
		// Only the quotes are under test; a missing headline is expected.
		t.Logf("Validate: %v", err)
	}
}

// benchBody returns an article whose body is the labelled paragraphs
// repeated to about 1 MiB.
func benchBody(b *testing.B) *article.Article {
	raw, err := os.ReadFile("testdata/mentions.json")
	if err != nil {
		b.Fatal(err)
	}
	var set []struct {
		Text string `json:"text"`
	}
	if err := json.Unmarshal(raw, &set); err != nil {
		b.Fatal(err)
	}
	a := &article.Article{}
	for size := 0; size < 1<<20; {
		for _, p := range set {
			a.Body = append(a.Body, article.Block{Text: p.Text + " “We will see,” the minister said."})
			size += len(p.Text) + 36
		}
	}
	return a
}

func bodySize(a *article.Article) int64 {
	n := 0
	for _, b := range a.Body {
		n += len(b.Text)
	}
	return int64(n)
}

func BenchmarkMentions(b *testing.B) {
	a := benchBody(b)
	b.SetBytes(bodySize(a))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(a.Mentions())
	}
	b.ReportMetric(float64(n), "mentions/op")
}

func BenchmarkExtractQuotes(b *testing.B) {
	a := benchBody(b)
	b.SetBytes(bodySize(a))
	b.ReportAllocs()
	for b.Loop() {
		article.ExtractQuotes(a)
	}
	b.ReportMetric(float64(len(a.Quotes)), "quotes/op")
}

func TestParseOptionsQuotes(t *testing.T) {
	page := "Harbour talks resume\n\nPort Minister Lena Okafor met the unions.\n\n“We are close,” Okafor said.\n"
	for _, want := range []bool{false, true} {
		a, err := article.ParseOptions{Format: article.FormatText, Quotes: want}.ParseString(page)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(a.Quotes) == 1 && a.Quotes[0].SpeakerResolved == "Lena Okafor"; got != want {
			t.Errorf("ParseOptions{Quotes: %v}: quotes = %+v", want, a.Quotes)
		}
	}
}
