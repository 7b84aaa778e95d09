package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Dates of HTML pages are scored against human annotations. The annotated
// set of real pages is held out of the repository; point NEWS_DATES_HELDOUT
// at its directory to score it, and set NEWS_DATES_HELDOUT_MIN to a
// precision (0–1) to fail below it. Without it the test scores the
// synthetic sample in testdata/dates-heldout, which must score 1.0.
//
// The directory holds, for each page, NAME.html and NAME.json; the JSON is
// {"published": DATE, "modified": DATE}, each an ISO 8601 date or date-time
// written at the precision the page gives ("2025-03-14" when the page gives
// only the date) or null when the page gives none.
//
// A prediction is correct when it has the annotation's kind (a date-only
// annotation needs a date-only Time: a date must not come back as midnight
// or any other invented time of day) and agrees with it: the same calendar
// date for dates, the same minute for date-times (as instants when both are
// zoned, as wall clocks otherwise). A prediction of the right instant at
// date precision is counted apart as "coarser" and is not correct.
// Precision is correct over predicted, recall correct over annotated.

// heldoutScore counts the outcomes of one field.
type heldoutScore struct {
	annotated, predicted, correct, coarser, invented int
}

func (s heldoutScore) String() string {
	prec, rec := 1.0, 1.0
	if s.predicted > 0 {
		prec = float64(s.correct) / float64(s.predicted)
	}
	if s.annotated > 0 {
		rec = float64(s.correct) / float64(s.annotated)
	}
	return fmt.Sprintf("precision %d/%d (%.3f), recall %d/%d (%.3f), date-only given as a time %d, time given as a date only %d",
		s.correct, s.predicted, prec, s.correct, s.annotated, rec, s.invented, s.coarser)
}

func (s heldoutScore) precision() float64 {
	if s.predicted == 0 {
		return 1
	}
	return float64(s.correct) / float64(s.predicted)
}

// judgeDate scores got against the annotation want (zero when the page
// gives none) and returns a description of a mistake, or "".
func judgeDate(s *heldoutScore, want, got Time) string {
	if !want.IsZero() {
		s.annotated++
	}
	if got.IsZero() || !got.IsResolved() {
		if !want.IsZero() {
			return "missed " + want.String()
		}
		return ""
	}
	s.predicted++
	if want.IsZero() {
		return "predicted " + got.String() + " where the page gives none"
	}
	wantDate, gotDate := want.Precision() <= Day, got.Precision() <= Day
	switch {
	case wantDate && !gotDate:
		s.invented++
		return "date-only " + want.String() + " given as a time " + got.String()
	case !wantDate && gotDate:
		if got.String() == want.Time().Format(time.DateOnly) {
			s.coarser++
		}
		return "time " + want.String() + " given as a date only " + got.String()
	case wantDate:
		if got.Precision() == want.Precision() && got.String() == want.String() {
			s.correct++
			return ""
		}
	default:
		w, g := want.Time().Truncate(time.Minute), got.Time().Truncate(time.Minute)
		if !want.Zoned() || !got.Zoned() {
			// Compare wall clocks.
			w = time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), 0, 0, time.UTC)
			g = time.Date(g.Year(), g.Month(), g.Day(), g.Hour(), g.Minute(), 0, 0, time.UTC)
		}
		if w.Equal(g) {
			s.correct++
			return ""
		}
	}
	return "wrong: want " + want.String() + ", got " + got.String()
}

func TestHTMLDatesHeldOut(t *testing.T) {
	dir, sample := os.Getenv("NEWS_DATES_HELDOUT"), false
	if dir == "" {
		dir, sample = filepath.Join("testdata", "dates-heldout"), true
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no annotations in %s (%v)", dir, err)
	}
	var pub, mod heldoutScore
	for _, name := range names {
		base := strings.TrimSuffix(name, ".json")
		var ann struct{ Published, Modified *string }
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &ann); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := func(s *string) Time {
			if s == nil {
				return Time{}
			}
			v, err := ParseTime(*s)
			if err != nil {
				t.Fatalf("%s: annotation %q: %v", name, *s, err)
			}
			return v
		}
		src, err := os.ReadFile(base + ".html")
		if err != nil {
			t.Fatal(err)
		}
		a, _ := ParseOptions{Format: FormatHTML}.Parse(bytes.NewReader(src))
		if a == nil {
			t.Errorf("%s: no article", base)
			continue
		}
		page := filepath.Base(base)
		if why := judgeDate(&pub, want(ann.Published), a.Published); why != "" {
			t.Logf("%s published: %s", page, why)
		}
		if why := judgeDate(&mod, want(ann.Modified), a.Modified); why != "" {
			t.Logf("%s modified: %s", page, why)
		}
	}
	t.Logf("published over %d pages: %v", len(names), pub)
	t.Logf("modified over %d pages: %v", len(names), mod)
	min := 1.0
	if !sample {
		min = 0
		if s := os.Getenv("NEWS_DATES_HELDOUT_MIN"); s != "" {
			if min, err = strconv.ParseFloat(s, 64); err != nil {
				t.Fatalf("NEWS_DATES_HELDOUT_MIN: %v", err)
			}
		}
	}
	if pub.precision() < min || mod.precision() < min {
		t.Errorf("date precision below %.3f: published %.3f, modified %.3f", min, pub.precision(), mod.precision())
	}
	if sample && (pub.correct != pub.annotated || mod.correct != mod.annotated) {
		t.Errorf("the synthetic sample must be read in full: published %v; modified %v", pub, mod)
	}
}

func TestJudgeDate(t *testing.T) {
	mt := func(s string) Time {
		v, err := ParseTime(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name      string
		want, got Time
		correct   bool
		predicted bool
		invented  bool
		coarser   bool
	}{
		{"none and none", Time{}, Time{}, false, false, false, false},
		{"same date", mt("2025-03-14"), mt("2025-03-14"), true, true, false, false},
		{"date given as midnight", mt("2025-03-14"), mt("2025-03-14T00:00:00Z"), false, true, true, false},
		{"time given as its date", mt("2025-03-14T10:30:00Z"), mt("2025-03-14"), false, true, false, true},
		{"same instant other offset", mt("2025-06-02T18:45:00+02:00"), mt("2025-06-02T16:45:00Z"), true, true, false, false},
		{"seconds ignored", mt("2025-06-02T18:45"), mt("2025-06-02T18:45:59"), true, true, false, false},
		{"other day", mt("2025-03-14"), mt("2025-03-15"), false, true, false, false},
		{"predicted where none", Time{}, mt("2025-03-15"), false, true, false, false},
		{"unresolved is no prediction", mt("2025-03-15"), Unresolved("yesterday"), false, false, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s heldoutScore
			why := judgeDate(&s, tc.want, tc.got)
			if got := s.correct == 1; got != tc.correct {
				t.Errorf("correct = %v, want %v (%s)", got, tc.correct, why)
			}
			if got := s.predicted == 1; got != tc.predicted {
				t.Errorf("predicted = %v, want %v", got, tc.predicted)
			}
			if s.invented == 1 != tc.invented || s.coarser == 1 != tc.coarser {
				t.Errorf("invented %d coarser %d, want %v %v", s.invented, s.coarser, tc.invented, tc.coarser)
			}
			if tc.correct != (why == "") && !(tc.want.IsZero() && tc.got.IsZero()) && tc.got.IsResolved() {
				t.Errorf("description %q does not match correct=%v", why, tc.correct)
			}
		})
	}
}
