package synth

import (
	"bytes"
	"testing"

	"github.com/newsmodel/news/article"
)

// TestCorpus checks what the programs rely on: every article is valid and
// survives canonical JSON, and every good input parses into a valid article
// while every broken one does not.
func TestCorpus(t *testing.T) {
	for i := range 60 {
		a := Article(i)
		if err := a.Validate(); err != nil {
			t.Fatalf("Article(%d).Validate() = %v", i, err)
		}
		j := JSON(i)
		var b article.Article
		if err := b.UnmarshalJSON(j); err != nil {
			t.Fatalf("UnmarshalJSON(JSON(%d)) error: %v", i, err)
		}
		j2, err := b.MarshalJSON()
		if err != nil || !bytes.Equal(j, j2) {
			t.Fatalf("JSON round trip of article %d:\n%s\n%s (%v)", i, j, j2, err)
		}
		in, broken := Input(i, 7)
		got, err := article.Parse(bytes.NewReader(in))
		if err == nil {
			err = got.Validate()
		}
		if broken != (err != nil) {
			t.Errorf("Input(%d, 7): broken = %v, but parse and validate gave %v", i, broken, err)
		}
	}
}
