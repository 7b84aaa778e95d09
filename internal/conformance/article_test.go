package conformance

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/articletest"
	"github.com/newsmodel/news/article/ninjs"
	"github.com/newsmodel/news/internal/corpus"
)

// TestArticleNinjsValidates checks that what package article writes as
// ninjs 2.2 and 3.1 validates against the official schema of its version:
// articles built by articletest at every precision, zoned and zone-less,
// and every readable corpus ninjs document read into an Article and
// written again.
//
// Formats are checked as TestWrittenDocumentsValidate checks them: the
// schemas are compiled without asserting formats, which the validator
// asserts for draft-07 (the 2.2 schema) regardless, and treats as
// annotations for 2020-12 (the 3.1 schema).
//
// The 3.1 date question: 3.1 writes a Time at its own precision
// ("2024-05-07", "2024-05-07T10:30"), which the 3.1 schema accepts because
// its "format": "date-time" is an annotation there; a validator told to
// assert formats rejects every value coarser than a second, and every
// zone-less time (RFC 3339 requires an offset; 3.1 writes a zone-less Time
// without one, so as not to present it as UTC). The test records that
// too: 3.1 output with formats asserted validates exactly when every time
// is zoned and has second precision or finer. 2.2 always writes full RFC
// 3339 date-times (a date or a zone-less time with the unknown offset
// -00:00), which validate with formats asserted.
func TestArticleNinjsValidates(t *testing.T) {
	schemas := map[article.Format]*schemaPair{
		article.FormatNinjs22: {officialSchema(t, ninjs.Version22, false), officialSchema(t, ninjs.Version22, true)},
		article.FormatNinjs31: {officialSchema(t, ninjs.Version31, false), officialSchema(t, ninjs.Version31, true)},
	}
	count := map[article.Format]int{}
	check := func(name string, a *article.Article) {
		for _, f := range []article.Format{article.FormatNinjs22, article.FormatNinjs31} {
			out, err := article.Marshal(a, f)
			if err != nil {
				t.Errorf("%s: Marshal(%v): %v", name, f, err)
				continue
			}
			inst := instance(t, out)
			if err := schemas[f].plain.Validate(inst); err != nil {
				t.Errorf("%s written as %v does not validate: %v\n%s", name, f, err, out)
				continue
			}
			count[f]++
			fine := f == article.FormatNinjs22 || fullDateTimes(a)
			if err := schemas[f].formats.Validate(inst); (err == nil) != fine {
				t.Errorf("%s written as %v: valid with formats asserted = %v, want %v (%v)\n%s", name, f, err == nil, fine, err, out)
			}
		}
	}
	for _, p := range []article.Precision{article.Year, article.Month, article.Day, article.Minute, article.Second, article.Subsecond} {
		for _, zoneless := range []bool{false, true} {
			b := articletest.Builder{Seed: 40 + uint64(p)*10, Precision: p, Zoneless: zoneless, Paragraphs: 6}
			for i, a := range b.Articles(3) {
				check(b.Precision.String()+"/"+map[bool]string{false: "zoned", true: "zoneless"}[zoneless]+"/"+string(rune('0'+i)), a)
			}
		}
	}
	var sources []string
	for _, sub := range [][]string{{"validation", "test_suite"}, {"examples"}, {"doc-examples"}} {
		sources = append(sources, jsonFiles(t, corpus.Dir(t, append([]string{"ninjs"}, sub...)...))...)
	}
	read := 0
	for _, src := range sources {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ninjs.ReadOptions{Version: versionOf(src), DuplicateKeys: ninjs.DupKeepLast}.ParseAll(data)
		if docs == nil || err != nil {
			continue
		}
		for i, d := range docs {
			if ninjs.Validate(d) != nil {
				continue // not valid in its own version: nothing to keep valid
			}
			a, err := article.FromNinjs(d)
			if a == nil {
				t.Errorf("%s[%d]: FromNinjs: %v", src, i, err)
				continue
			}
			read++
			// As TestWrittenDocumentsValidate: a 3.x document is written
			// as 3.1 only (2.2 cannot hold 3.x members such as events).
			targets := []article.Format{article.FormatNinjs31}
			if d.Version.Major() < 3 {
				targets = append(targets, article.FormatNinjs22)
			}
			for _, f := range targets {
				out, err := article.Marshal(a, f)
				if errors.Is(err, ninjs.ErrUnsupported) {
					continue // a kept member the target version cannot hold: an explicit refusal
				}
				if err != nil {
					t.Errorf("%s[%d] as %v: %v", filepath.Base(src), i, f, err)
					continue
				}
				if err := schemas[f].plain.Validate(instance(t, out)); err != nil {
					t.Errorf("%s[%d] read and written as %v does not validate: %v\n%s", src, i, f, err, out)
					continue
				}
				count[f]++
			}
		}
	}
	t.Logf("article output validated: %d as 2.2, %d as 3.1 (%d corpus documents read)", count[article.FormatNinjs22], count[article.FormatNinjs31], read)
}

type schemaPair struct {
	plain, formats interface{ Validate(any) error }
}

// fullDateTimes reports whether every resolved time of a is zoned and has
// second precision or finer: an RFC 3339 date-time.
func fullDateTimes(a *article.Article) bool {
	for _, t := range []article.Time{a.Published, a.Modified, a.Embargo} {
		if t.IsResolved() && (t.Precision() < article.Second || !t.Zoned()) {
			return false
		}
	}
	return true
}
