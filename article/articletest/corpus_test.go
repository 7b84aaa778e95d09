package articletest

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/newsmodel/news/article"
)

// builders covers the precisions and zone choices the corpus must survive.
var builders = []Builder{
	{Seed: 1},
	{Seed: 100, Paragraphs: 8, Precision: article.Day},
	{Seed: 200, Precision: article.Second},
	{Seed: 300, Precision: article.Subsecond},
	{Seed: 400, Precision: article.Minute, Zoneless: true},
	{Seed: 500, Paragraphs: 1, Precision: article.Month},
	{Seed: 600, Precision: article.Year},
}

func TestCorpusParses(t *testing.T) {
	for _, b := range builders {
		docs, err := Corpus{Builder: b, N: 5}.Documents()
		if err != nil {
			t.Fatalf("Corpus{%+v}.Documents() error: %v", b, err)
		}
		for _, d := range docs {
			t.Run(fmt.Sprintf("%s/%s", b.Precision, d.Name), func(t *testing.T) {
				got, err := article.ParseOptions{Format: d.Format}.Parse(bytes.NewReader(d.Data))
				if err != nil {
					t.Fatalf("Parse(%s) error: %v\n%s", d.Name, err, d.Data)
				}
				if diff := Diff(d.Want, got); diff != "" {
					t.Errorf("Parse(%s) mismatch (-want +got):\n%s", d.Name, diff)
				}
			})
		}
	}
}
