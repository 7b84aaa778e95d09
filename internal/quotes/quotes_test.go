package quotes

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

type labelled struct {
	Name       string   `json:"name"`
	Paragraphs []string `json:"paragraphs"`
	Quotes     []struct {
		Para     int    `json:"para"`
		EndPara  *int   `json:"end_para"`
		Text     string `json:"text"`
		Speaker  string `json:"speaker"`
		Resolved string `json:"resolved"`
		Verb     string `json:"verb"`
		Partial  bool   `json:"partial"`
	} `json:"quotes"`
}

func loadLabelled(t *testing.T) []labelled {
	t.Helper()
	b, err := os.ReadFile("testdata/labelled.json")
	if err != nil {
		t.Fatal(err)
	}
	var set []labelled
	if err := json.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	return set
}

// Floors reached on testdata/labelled.json; the test fails below them.
const (
	minPrecision       = 1.0
	minRecall          = 1.0
	minSpeakerAccuracy = 1.0
	minPartialAccuracy = 1.0
)

// TestLabelled scores extraction on the hand-labelled paragraphs:
// precision and recall of quotations (matched by paragraph and text), and
// the share of matched quotations whose speaker, resolved speaker, verb
// and partial flag agree with the label.
func TestLabelled(t *testing.T) {
	var paras, predicted, wanted, matched, speakerOK, partialOK int
	for _, a := range loadLabelled(t) {
		paras += len(a.Paragraphs)
		got := Extract(a.Paragraphs)
		predicted += len(got)
		wanted += len(a.Quotes)
		used := make([]bool, len(got))
		for _, w := range a.Quotes {
			found := -1
			for k, g := range got {
				if !used[k] && g.Paragraph == w.Para && g.Text == w.Text {
					found = k
					break
				}
			}
			if found < 0 {
				t.Errorf("%s: missed p%d %q", a.Name, w.Para, w.Text)
				continue
			}
			used[found] = true
			matched++
			g := got[found]
			if g.Speaker == w.Speaker && g.Resolved == w.Resolved && g.Verb == w.Verb {
				speakerOK++
			} else {
				t.Errorf("%s: p%d %.30q: speaker, resolved, verb = %q, %q, %q, want %q, %q, %q",
					a.Name, w.Para, w.Text, g.Speaker, g.Resolved, g.Verb, w.Speaker, w.Resolved, w.Verb)
			}
			if g.Partial == w.Partial {
				partialOK++
			} else {
				t.Errorf("%s: p%d %.30q: Partial = %v, want %v", a.Name, w.Para, w.Text, g.Partial, w.Partial)
			}
			if w.EndPara != nil && g.EndParagraph != *w.EndPara {
				t.Errorf("%s: p%d %.30q: EndParagraph = %d, want %d", a.Name, w.Para, w.Text, g.EndParagraph, *w.EndPara)
			}
		}
		for k, g := range got {
			if !used[k] {
				t.Errorf("%s: spurious p%d %q", a.Name, g.Paragraph, g.Text)
			}
		}
	}
	precision := float64(matched) / float64(max(predicted, 1))
	recall := float64(matched) / float64(max(wanted, 1))
	speaker := float64(speakerOK) / float64(max(matched, 1))
	partial := float64(partialOK) / float64(max(matched, 1))
	t.Logf("%d paragraphs, %d labelled quotations: precision %.3f, recall %.3f, speaker accuracy %.3f, partial accuracy %.3f",
		paras, wanted, precision, recall, speaker, partial)
	if paras < 40 {
		t.Errorf("labelled set has %d paragraphs, want at least 40", paras)
	}
	if precision < minPrecision || recall < minRecall || speaker < minSpeakerAccuracy || partial < minPartialAccuracy {
		t.Errorf("scores fell below the recorded floors (%.2f, %.2f, %.2f, %.2f)", minPrecision, minRecall, minSpeakerAccuracy, minPartialAccuracy)
	}
}

func TestForms(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []Quote
	}{
		{
			name:  "X said after",
			paras: []string{"“We will win,” Okafor said."},
			want:  []Quote{{Text: "We will win,", Speaker: "Okafor", Resolved: "Okafor", Verb: "said", Start: 3, End: 15, EndParagraph: 0}},
		},
		{
			name:  "said X after",
			paras: []string{"“We will win,” said the coach."},
			want:  []Quote{{Text: "We will win,", Speaker: "the coach", Verb: "said", Start: 3, End: 15}},
		},
		{
			name:  "X said colon before",
			paras: []string{"Okafor said: “We will win.”"},
			want:  []Quote{{Text: "We will win.", Speaker: "Okafor", Resolved: "Okafor", Verb: "said", Start: 16, End: 28}},
		},
		{
			name:  "told",
			paras: []string{"“Go home,” Okafor told the crowd."},
			want:  []Quote{{Text: "Go home,", Speaker: "Okafor", Resolved: "Okafor", Verb: "told", Start: 3, End: 11}},
		},
		{
			name:  "according to",
			paras: []string{"“It is over,” according to a senior EU official."},
			want:  []Quote{{Text: "It is over,", Speaker: "a senior EU official", Verb: "according to", Start: 3, End: 14}},
		},
		{
			name:  "two partial quotations",
			paras: []string{"Okafor warned of “hard” and “uncertain” months."},
			want: []Quote{
				{Text: "hard", Speaker: "Okafor", Resolved: "Okafor", Start: 20, End: 24, Partial: true},
				{Text: "uncertain", Speaker: "Okafor", Resolved: "Okafor", Start: 35, End: 44, Partial: true},
			},
		},
		{
			name:  "straight marks",
			paras: []string{`"Enough," Okafor said.`},
			want:  []Quote{{Text: "Enough,", Speaker: "Okafor", Resolved: "Okafor", Verb: "said", Start: 1, End: 8}},
		},
		{
			name:  "guillemets",
			paras: []string{"« Assez », a dit Okafor."},
			want:  []Quote{{Text: "Assez", Start: 3, End: 8}},
		},
		{
			name:  "unpaired straight mark is not a quotation",
			paras: []string{`The 12" pipe leaked, Okafor said.`},
		},
		{
			name:  "apostrophes are not quotations",
			paras: []string{"Okafor's team 'won' the vote, he said."},
		},
		{
			name:  "spanning paragraphs",
			paras: []string{"“First part.", "“Second part,” Okafor said."},
			want:  []Quote{{Text: "First part. Second part,", Speaker: "Okafor", Resolved: "Okafor", Verb: "said", Start: 3, EndParagraph: 1, End: 15}},
		},
		{
			name:  "unterminated at the end",
			paras: []string{"Okafor said: “We will"},
			want:  []Quote{{Text: "We will", Speaker: "Okafor", Resolved: "Okafor", Verb: "said", Start: 16, End: 23, Partial: false}},
		},
		{
			name:  "pronoun resolves to the latest named person",
			paras: []string{"Finance Minister Ada Okafor spoke first.", "“No,” she said."},
			want:  []Quote{{Text: "No,", Speaker: "she", Resolved: "Ada Okafor", Verb: "said", Paragraph: 1, EndParagraph: 1, Start: 3, End: 6}},
		},
		{
			name:  "description resolves through titles",
			paras: []string{"Finance Minister Ada Okafor spoke first.", "“No,” the minister said."},
			want:  []Quote{{Text: "No,", Speaker: "the minister", Resolved: "Ada Okafor", Verb: "said", Paragraph: 1, EndParagraph: 1, Start: 3, End: 6}},
		},
		{
			name:  "unknown speaker stays empty",
			paras: []string{"“No.”"},
			want:  []Quote{{Text: "No.", Start: 3, End: 6}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.paras)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.paras, diff)
			}
		})
	}
}

// checkOffsets verifies the invariants every result keeps.
func checkOffsets(t *testing.T, paras []string, qs []Quote) {
	t.Helper()
	prevPara, prevEnd := -1, -1
	for _, q := range qs {
		if q.Paragraph < 0 || q.EndParagraph < q.Paragraph || q.EndParagraph >= len(paras) {
			t.Fatalf("quote %+v: paragraphs out of range", q)
		}
		if q.Start < 0 || q.Start > len(paras[q.Paragraph]) || q.End < 0 || q.End > len(paras[q.EndParagraph]) {
			t.Fatalf("quote %+v: offsets out of range", q)
		}
		if q.Paragraph < prevPara || q.Paragraph == prevPara && q.Start < prevEnd {
			t.Fatalf("quote %+v: overlaps or precedes the previous one", q)
		}
		if q.Paragraph == q.EndParagraph {
			if q.End < q.Start {
				t.Fatalf("quote %+v: End before Start", q)
			}
			if got := strings.ToValidUTF8(strings.TrimSpace(paras[q.Paragraph][q.Start:q.End]), "\uFFFD"); got != q.Text {
				t.Fatalf("quote text %q, but offsets give %q", q.Text, got)
			}
		}
		if !utf8.ValidString(q.Text) || !utf8.ValidString(q.Speaker) || !utf8.ValidString(q.Resolved) {
			t.Fatalf("quote %q: invalid UTF-8 in the output", q.Text)
		}
		prevPara, prevEnd = q.EndParagraph, q.End
	}
}

func TestSeed(t *testing.T) {
	paras := seedParagraphs(t)
	got := Extract(paras)
	checkOffsets(t, paras, got)
	type summary struct {
		Paragraph int
		Resolved  string
		Partial   bool
	}
	var sum []summary
	for _, q := range got {
		sum = append(sum, summary{q.Paragraph, q.Resolved, q.Partial})
		open, _ := utf8.DecodeLastRuneInString(paras[q.Paragraph][:q.Start])
		if open != '“' {
			t.Errorf("quote at p%d:%d is not preceded by an opening mark but %q", q.Paragraph, q.Start, open)
		}
		if q.Verb == "" && !q.Partial {
			t.Errorf("full quote at p%d:%d has no attribution verb", q.Paragraph, q.Start)
		}
	}
	// Eight quotations: two by the president quoted first, two partial
	// quotations of his, one by the general introduced mid-article, one by
	// him again through a pronoun, and two by the US president.
	want := []summary{
		{1, "Barham Salih", false}, {2, "Barham Salih", false},
		{3, "Barham Salih", true}, {3, "Barham Salih", true},
		{7, "Alex Grynkewich", false}, {10, "Alex Grynkewich", false},
		{12, "Donald Trump", false}, {13, "Donald Trump", false},
	}
	if diff := cmp.Diff(want, sum); diff != "" {
		t.Errorf("seed quotations mismatch (-want +got):\n%s", diff)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("“We will win,” Okafor said.\n“First part.\n“Second,” she said.")
	f.Add(`"a" "b" "c`)
	f.Add("« x » „y“ 「z」 『w』")
	f.Add("Okafor warned of “hard” and “uncertain” months.")
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n")
		got := Extract(paras)
		checkOffsets(t, paras, got)
		if again := Extract(paras); !cmp.Equal(got, again) {
			t.Fatalf("Extract is not deterministic")
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	var paras []string
	size := 0
	for _, a := range loadLabelled(&testing.T{}) {
		for _, p := range a.Paragraphs {
			paras = append(paras, p)
			size += len(p)
		}
	}
	for size < 1<<20 {
		paras = append(paras, paras...)
		size *= 2
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	o := Options{MaxQuotes: 1 << 20}
	for b.Loop() {
		n = len(o.Extract(paras))
	}
	b.ReportMetric(float64(n), "quotes/op")
}
