package ninjs

import (
	"fmt"
	"strconv"
	"time"
)

// A DateTime is a date-time member as the document writes it, kept
// verbatim so that nothing is lost in a round trip: an RFC 3339 date-time
// such as "2024-07-11T09:00:00Z", or, for the 3.x expected and recurrence
// dates, a truncated date-time that stops at the year, month or day
// ("2024", "2024-07", "2024-07-11"). The empty DateTime is absent.
//
// [Validate] checks the form the version asks for; [DateTime.Time]
// interprets it.
type DateTime string

// Precision is how much of a date-time is given.
type Precision uint8

// The precisions of a [DateTime].
const (
	PrecisionUnknown Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	// PrecisionSecond is a full date-time, possibly with a fraction.
	PrecisionSecond
)

// String returns "year", "month", "day", "second" or "unknown".
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	case PrecisionSecond:
		return "second"
	}
	return "unknown"
}

// NewDateTime returns t as an RFC 3339 date-time in t's own offset,
// with the fraction of a second when t has one.
func NewDateTime(t time.Time) DateTime {
	return DateTime(t.Format(time.RFC3339Nano))
}

// TruncatedDateTime returns the first day, month or year of t written at
// precision p ("2024", "2024-07", "2024-07-11"); PrecisionSecond (and any
// other value) gives [NewDateTime]. Only the 3.x expected and recurrence
// dates accept truncated values.
func TruncatedDateTime(t time.Time, p Precision) DateTime {
	switch p {
	case PrecisionYear:
		return DateTime(t.Format("2006"))
	case PrecisionMonth:
		return DateTime(t.Format("2006-01"))
	case PrecisionDay:
		return DateTime(t.Format("2006-01-02"))
	}
	return NewDateTime(t)
}

// Time interprets d. A full date-time gives its instant and
// PrecisionSecond; a full date-time without offset (which 3.x truncated
// dates allow) is taken in UTC and reported with zoned false; a truncated
// value gives the first instant of its period in UTC, its precision and
// zoned false. Anything else fails with an error wrapping [ErrFormat].
func (d DateTime) Time() (t time.Time, p Precision, zoned bool, err error) {
	s := string(d)
	fail := func() (time.Time, Precision, bool, error) {
		return time.Time{}, PrecisionUnknown, false, fmt.Errorf("%w: %q is not a date-time", ErrFormat, s)
	}
	switch len(s) {
	case 4:
		y, err := strconv.Atoi(s)
		if err != nil || s[0] < '0' || s[0] > '9' {
			return fail()
		}
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), PrecisionYear, false, nil
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return fail()
		}
		return t, PrecisionMonth, false, nil
	case 10:
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return fail()
		}
		return t, PrecisionDay, false, nil
	}
	if validDateTime(s) {
		t, err := time.Parse(time.RFC3339Nano, normalizeRFC3339(s))
		if err == nil {
			return t, PrecisionSecond, true, nil
		}
		return fail()
	}
	if t, err := time.Parse("2006-01-02T15:04:05.999999999", s); err == nil {
		return t, PrecisionSecond, false, nil
	}
	return fail()
}

// normalizeRFC3339 makes the lower-case "t" and "z" RFC 3339 allows, and a
// leap second, acceptable to time.Parse.
func normalizeRFC3339(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == 't' || c == 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	if len(b) > 18 && b[17] == '6' && b[18] == '0' {
		b[18] = '9'
		b[17] = '5'
	}
	return string(b)
}

// validDateTime reports whether s is an RFC 3339 date-time (section 5.6),
// the JSON Schema "date-time" format.
func validDateTime(s string) bool {
	n := len(s)
	if n < 20 {
		return false
	}
	digits := func(i, k int) (int, bool) {
		v := 0
		for j := i; j < i+k; j++ {
			if j >= n || s[j] < '0' || s[j] > '9' {
				return 0, false
			}
			v = v*10 + int(s[j]-'0')
		}
		return v, true
	}
	y, ok1 := digits(0, 4)
	mo, ok2 := digits(5, 2)
	d, ok3 := digits(8, 2)
	h, ok4 := digits(11, 2)
	mi, ok5 := digits(14, 2)
	se, ok6 := digits(17, 2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || s[4] != '-' || s[7] != '-' ||
		(s[10] != 'T' && s[10] != 't' && s[10] != ' ') || s[13] != ':' || s[16] != ':' {
		return false
	}
	if s[10] == ' ' {
		return false
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || se > 60 {
		return false
	}
	i := 19
	if i < n && s[i] == '.' {
		j := i + 1
		for j < n && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i+1 {
			return false
		}
		i = j
	}
	if i >= n {
		return false
	}
	switch s[i] {
	case 'Z', 'z':
		return i+1 == n
	case '+', '-':
		oh, ok1 := digits(i+1, 2)
		om, ok2 := digits(i+4, 2)
		return ok1 && ok2 && i+6 == n && s[i+3] == ':' && oh <= 23 && om <= 59
	}
	return false
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
