package dates

import (
	"strings"
	"testing"
)

// TestWords checks the tables: every spelling folds to a key that finds
// its month, and no key names two different months.
func TestWords(t *testing.T) {
	var buf [maxWord]byte
	seen := map[string]int{}
	for _, l := range monthNames {
		for i, names := range l.months {
			for s := range strings.SplitSeq(names, ",") {
				k, ok := fold(buf[:0], s)
				if !ok {
					t.Errorf("%s: %q does not fold into %d bytes", l.lang, s, maxWord)
					continue
				}
				if m, dup := seen[string(k)]; dup && m != i+1 {
					t.Errorf("%s: %q (key %q) is month %d here and %d elsewhere", l.lang, s, k, i+1, m)
				}
				seen[string(k)] = i + 1
				var w word
				if a, b, two := strings.Cut(s, " "); two {
					w = lookupPair(a, b)
				} else {
					w = lookup(s)
				}
				if int(w.month) != i+1 {
					t.Errorf("%s: lookup(%q).month = %d, want %d", l.lang, s, w.month, i+1)
				}
				if w.flags&(fWeekday|fZone) != 0 {
					t.Errorf("%s: month %q is also a weekday or zone", l.lang, s)
				}
				if up := lookup(strings.ToUpper(s)); !strings.Contains(s, " ") && up.month != w.month {
					t.Errorf("%s: lookup(%q) differs from lookup(%q)", l.lang, strings.ToUpper(s), s)
				}
			}
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Février", "fevrier"},
		{"MÄRZ", "marz"},
		{"Ağustos", "agustos"},
		{"KASIM", "kasim"},
		{"Kasım", "kasim"},
		{"Straße", "strasse"},
		{"Ёлка", "елка"},
		{"أبريل", "ابريل"},
		{"fe\u0301vrier", "fevrier"},
		{"年", "年"},
		{"월", "월"},
	}
	for _, tt := range tests {
		var buf [maxWord]byte
		got, ok := fold(buf[:0], tt.in)
		if !ok || string(got) != tt.want {
			t.Errorf("fold(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	var buf [4]byte
	if _, ok := fold(buf[:0], "février"); ok {
		t.Error("fold into a short buffer reported success")
	}
}

func TestUSDST(t *testing.T) {
	tests := []struct {
		y, m, d, h int
		want       bool
	}{
		{2020, 3, 8, 1, false}, // second Sunday of March 2020
		{2020, 3, 8, 2, true},
		{2020, 11, 1, 1, true}, // first Sunday of November: the repeated hour is daylight
		{2020, 11, 1, 2, false},
		{2020, 7, 4, 12, true},
		{2020, 12, 25, 12, false},
		{2006, 4, 2, 2, true}, // first Sunday of April 2006
		{2006, 10, 29, 2, false},
		{1980, 4, 27, 2, true}, // last Sunday of April 1980
	}
	for _, tt := range tests {
		if got := usDST(tt.y, tt.m, tt.d, tt.h); got != tt.want {
			t.Errorf("usDST(%d-%02d-%02d %02d:00) = %v, want %v", tt.y, tt.m, tt.d, tt.h, got, tt.want)
		}
	}
}
