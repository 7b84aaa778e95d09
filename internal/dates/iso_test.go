package dates

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var isoTests = []struct {
	name string
	in   string
	want Value
}{
	{"year", "2020", Value{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Year, false}},
	{"year-min", "0001", Value{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), Year, false}},
	{"year-max", "9999", Value{time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), Year, false}},
	{"month", "2020-02", Value{time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC), Month, false}},
	{"day", "2020-01-24", Value{time.Date(2020, 1, 24, 0, 0, 0, 0, time.UTC), Day, false}},
	{"leap-day", "2000-02-29", Value{time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC), Day, false}},
	{"minute", "2020-01-24T15:45", Value{time.Date(2020, 1, 24, 15, 45, 0, 0, time.UTC), Minute, false}},
	{"minute-Z", "2020-01-24T15:45Z", Value{time.Date(2020, 1, 24, 15, 45, 0, 0, time.UTC), Minute, true}},
	{"second", "2020-01-24T15:45:07", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, time.UTC), Second, false}},
	{"second-offset", "2020-01-24T15:45:07+03:00", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, zoneFor(3*3600)), Second, true}},
	{"second-negative-offset", "2020-01-24T15:45:07-09:30", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, zoneFor(-(9*3600 + 1800))), Second, true}},
	{"odd-offset", "2020-01-24T15:45:07+05:17", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, time.FixedZone("", 5*3600+17*60)), Second, true}},
	{"minus-zero-is-Z", "2020-01-24T15:45:07-00:00", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, time.UTC), Second, true}},
	{"lower-t-z", "2020-01-24t15:45:07z", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, time.UTC), Second, true}},
	{"fraction-1", "2020-01-24T15:45:07.5Z", Value{time.Date(2020, 1, 24, 15, 45, 7, 5e8, time.UTC), Subsecond, true}},
	{"fraction-9", "2020-01-24T15:45:07.000000001Z", Value{time.Date(2020, 1, 24, 15, 45, 7, 1, time.UTC), Subsecond, true}},
	{"fraction-zero", "2020-01-24T15:45:07.000", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, time.UTC), Subsecond, false}},
	{"fraction-comma", "2020-01-24T15:45:07,25+01:00", Value{time.Date(2020, 1, 24, 15, 45, 7, 25e7, zoneFor(3600)), Subsecond, true}},
}

func TestParseISO(t *testing.T) {
	for _, tt := range isoTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseISO(tt.in)
			if err != nil {
				t.Fatalf("ParseISO(%q) error: %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseISO(%q) = %v, want %v (-want +got):\n%s", tt.in, got, tt.want, diff)
			}
			if !got.IsValid() {
				t.Errorf("ParseISO(%q) = %#v is not valid", tt.in, got)
			}
			back, err := ParseISO(got.String())
			if err != nil || !back.Equal(got) {
				t.Errorf("ParseISO(%q) = %v, %v; want %v", got.String(), back, err, got)
			}
		})
	}
}

func TestParseISOEqualComparable(t *testing.T) {
	// Quarter-hour offsets share a location, so == works.
	a, _ := ParseISO("2020-01-24T15:45:00+05:30")
	b, _ := Parse("January 24, 2020 15:45 IST")
	c, _ := Parse("24 Jan 2020 15:45:00 +0530")
	if a.Precision != Minute+1 || a != FromTime(a.Time, Second, true) {
		t.Errorf("ParseISO: %#v not canonical", a)
	}
	if b.Time != c.Time.Truncate(time.Minute) || b.Time.Location() != a.Time.Location() {
		t.Errorf("Parse: locations differ: %v %v %v", a.Time.Location(), b.Time.Location(), c.Time.Location())
	}
}

var isoErrorTests = []struct {
	name string
	in   string
	err  error
	col  int
}{
	{"empty", "", ErrSyntax, 1},
	{"space", " 2020", ErrSyntax, 1},
	{"trailing-space", "2020 ", ErrSyntax, 5},
	{"short-year", "202", ErrSyntax, 1},
	{"year-0", "0000", ErrRange, 1},
	{"year-99999", "99999", ErrRange, 1},
	{"year-99999-date", "99999-01-01", ErrRange, 1},
	{"signed-year", "+2020-01-01", ErrSyntax, 1},
	{"basic-format", "20200124", ErrRange, 1},
	{"month-1-digit", "2020-1", ErrSyntax, 7},
	{"month-3-digit", "2020-011", ErrSyntax, 8},
	{"month-13", "2020-13", ErrRange, 6},
	{"month-0", "2020-00", ErrRange, 6},
	{"day-0", "2020-01-00", ErrRange, 9},
	{"feb-30", "2020-02-30", ErrRange, 9},
	{"feb-29-1900", "1900-02-29", ErrRange, 9},
	{"apr-31", "2020-04-31", ErrRange, 9},
	{"space-separator", "2020-01-24 15:45", ErrSyntax, 11},
	{"hour-only", "2020-01-24T15", ErrSyntax, 14},
	{"hour-24", "2020-01-24T24:00", ErrRange, 12},
	{"minute-60", "2020-01-24T15:60", ErrRange, 15},
	{"leap-second", "2020-12-31T23:59:60Z", ErrRange, 18},
	{"empty-fraction", "2020-01-24T15:45:00.Z", ErrSyntax, 21},
	{"fraction-10", "2020-01-24T15:45:00.1234567890Z", ErrRange, 30},
	{"offset-no-colon", "2020-01-24T15:45:00+0300", ErrSyntax, 23},
	{"offset-hour-only", "2020-01-24T15:45:00+03", ErrSyntax, 23},
	{"offset-24", "2020-01-24T15:45:00+24:00", ErrRange, 21},
	{"offset-minute-60", "2020-01-24T15:45:00+01:60", ErrRange, 21},
	{"zone-name", "2020-01-24T15:45:00 UTC", ErrSyntax, 20},
	{"trailing", "2020-01-24T15:45:00Zx", ErrSyntax, 21},
	{"date-offset", "2020-01-24Z", ErrSyntax, 11},
	{"too-long", "2020" + strings.Repeat("0", MaxLen), ErrTooLong, 0},
}

func TestParseISOErrors(t *testing.T) {
	for _, tt := range isoErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseISO(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("ParseISO(%q) = %v, %v; want error %v", tt.in, got, err, tt.err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseISO(%q) error %T, want *ParseError", tt.in, err)
			}
			if pe.Column != tt.col {
				t.Errorf("ParseISO(%q) error column %d, want %d (%v)", tt.in, pe.Column, tt.col, err)
			}
			if !strings.HasPrefix(err.Error(), "dates: ") {
				t.Errorf("ParseISO(%q) error %q does not start with \"dates: \"", tt.in, err)
			}
		})
	}
}
