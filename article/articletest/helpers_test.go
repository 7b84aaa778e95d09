package articletest

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/newsmodel/news/article"
)

func errorsIs(err, target error) bool { return errors.Is(err, target) }

// recorder is a TestingT that records failures instead of failing.
type recorder struct{ msgs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
func (r *recorder) Helper() {}

func TestAssertValid(t *testing.T) {
	a := Builder{Seed: 9}.Article()
	var r recorder
	if !AssertValid(&r, a) || len(r.msgs) != 0 {
		t.Errorf("AssertValid(valid) failed: %v", r.msgs)
	}
	broken, _ := EmptyParagraph.Apply(a)
	broken, _ = MissingHeadline.Apply(broken)
	if AssertValid(&r, broken) || len(r.msgs) != 1 {
		t.Fatalf("AssertValid(broken) = true or messages %v", r.msgs)
	}
	for _, p := range []string{"/headline: ", "/body/4/text: "} {
		if !strings.Contains(r.msgs[0], p) {
			t.Errorf("AssertValid message lacks %q:\n%s", p, r.msgs[0])
		}
	}
}

func TestAssertEqual(t *testing.T) {
	a := Builder{Seed: 10}.Article()
	b := a.Clone()
	var r recorder
	if !AssertEqual(&r, a, b) {
		t.Errorf("AssertEqual(a, clone) failed: %v", r.msgs)
	}
	b.Sources[0].Name = "Wire"
	if AssertEqual(&r, a, b) || len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "/sources/0/name") {
		t.Errorf("AssertEqual(changed source) messages: %v", r.msgs)
	}
}

func TestAssertRoundTrip(t *testing.T) {
	for _, f := range Formats() {
		for _, b := range builders {
			AssertRoundTrip(t, b.Article(), f)
		}
	}
	var r recorder
	if AssertRoundTrip(&r, Builder{}.Article(), article.FormatMarkdown) || len(r.msgs) != 1 {
		t.Errorf("AssertRoundTrip(markdown) messages: %v", r.msgs)
	}
}

func TestFormats(t *testing.T) {
	fs := Formats()
	seen := map[article.Format]bool{}
	for _, f := range fs {
		seen[f] = true
	}
	for _, f := range []article.Format{article.FormatText, article.FormatJSON, article.FormatHTML} {
		if !seen[f] {
			t.Errorf("Formats() = %v lacks %v", fs, f)
		}
	}
	if seen[article.FormatAuto] || seen[article.FormatMarkdown] {
		t.Errorf("Formats() = %v holds a format that cannot be read back", fs)
	}
}

func TestGolden(t *testing.T) {
	Golden(t, "builder-seed-7", Builder{Seed: 7, Paragraphs: 5}.Article())
}
