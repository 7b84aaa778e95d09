package article_test

import (
	"errors"
	"testing"
	"time"

	"github.com/newsmodel/news/article"
)

func TestTime(t *testing.T) {
	day := article.Date(2020, time.January, 24)
	if day.String() != "2020-01-24" || day.Precision() != article.Day || day.Zoned() || !day.IsResolved() || day.IsZero() {
		t.Errorf("Date = %v %v zoned %v", day, day.Precision(), day.Zoned())
	}
	// A calendar date never takes a zone.
	if d := article.NewTime(time.Date(2020, 1, 24, 23, 0, 0, 0, time.FixedZone("", 3600)), article.Day, true); d.Zoned() || d.String() != "2020-01-24" {
		t.Errorf("NewTime(day, zoned) = %v zoned %v", d, d.Zoned())
	}
	local := article.NewTime(time.Date(2020, 1, 24, 10, 30, 45, 0, time.UTC), article.Minute, false)
	if local.String() != "2020-01-24T10:30" {
		t.Errorf("minute without zone = %q", local.String())
	}
	paris, _ := time.LoadLocation("Europe/Paris")
	if paris != nil {
		if in := local.In(paris); !in.Zoned() || in.String() != "2020-01-24T10:30+01:00" {
			t.Errorf("In(Paris) = %v", in)
		}
	}
	if day.In(time.UTC) != day {
		t.Errorf("In changed a calendar date")
	}
	un := article.Unresolved("yesterday")
	if un.IsResolved() || un.IsZero() || un.String() != "yesterday" {
		t.Errorf("Unresolved = %#v", un)
	}
	if _, err := un.MarshalText(); !errors.Is(err, article.ErrUnresolvedTime) {
		t.Errorf("MarshalText(unresolved) = %v, want ErrUnresolvedTime", err)
	}
	ordered := []article.Time{{}, day, local, un}
	for i := range ordered {
		for j := range ordered {
			if got, want := ordered[i].Compare(ordered[j]), cmpInt(i, j); got != want {
				t.Errorf("Compare(%v, %v) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
	for _, s := range []string{"2020", "2020-01", "2020-01-24", "2020-01-24T10:30", "2020-01-24T10:30:05Z", "2020-01-24T10:30:05.250-03:30"} {
		tm, err := article.ParseTime(s)
		if err != nil || tm.String() != s {
			t.Errorf("ParseTime(%q) = %v, %v", s, tm, err)
		}
		var back article.Time
		if b, _ := tm.MarshalText(); back.UnmarshalText(b) != nil || !back.Equal(tm) {
			t.Errorf("text round trip of %q", s)
		}
	}
	if _, err := article.ParseTime("24 Jan 2020"); !errors.Is(err, article.ErrTime) {
		t.Errorf("ParseTime(loose) = %v, want ErrTime", err)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
