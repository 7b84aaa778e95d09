package article

import (
	"errors"
	"time"

	"github.com/newsmodel/news/internal/dates"
)

// Precision is how much of a [Time] the source gave.
type Precision uint8

// Precisions, from none to sub-second. A time given to the hour only
// ("10 a.m.") has Minute precision with minute 0.
const (
	Unknown Precision = iota
	Year
	Month
	Day
	Minute
	Second
	Subsecond
)

var precisionNames = [...]string{"unknown", "year", "month", "day", "minute", "second", "subsecond"}

// String returns the precision's name in lower case ("day").
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "precision(" + itoa(int(p)) + ")"
}

// A Time is a point in time as a news source states it: an instant, the
// precision it was given to, and whether a zone or offset was given.
//
// "January 24, 2020" is a Time of Day precision without zone: it is the
// calendar date, not midnight UTC, and every format writes it back as a
// date. A Time without zone carries its wall clock; its instant is read as
// if it were UTC only for ordering ([Time.Compare]), and it is never written
// with an offset.
//
// A date that could not be resolved (a relative date without a reference
// time, or text that is not a date) is an unresolved Time: it has Unknown
// precision and keeps the text as written ([Time.Text]).
//
// The zero Time means "not given": [Time.IsZero] reports true, and it has
// Unknown precision and no text.
type Time struct {
	t     time.Time
	prec  Precision
	zoned bool
	text  string // the words of an unresolved time
}

// NewTime returns the Time t at precision p; zoned reports whether t's
// location is the one the source gave. Fields of t finer than p are cut
// off. Times of Day precision or coarser are calendar dates and never
// zoned; when zoned is false the wall clock of t is kept and its location
// dropped. A p of Unknown or beyond Subsecond, or a year outside 1..9999,
// yields the zero Time.
func NewTime(t time.Time, p Precision, zoned bool) Time {
	return fromValue(dates.FromTime(t, dates.Precision(p), zoned))
}

// Date returns the zone-less Time of Day precision for a calendar date.
func Date(year int, month time.Month, day int) Time {
	return NewTime(time.Date(year, month, day, 0, 0, 0, 0, time.UTC), Day, false)
}

// Unresolved returns the unresolved Time that keeps text as written. An
// empty text yields the zero Time.
func Unresolved(text string) Time {
	return Time{text: text}
}

func fromValue(v dates.Value) Time {
	if v.Precision == dates.Unknown {
		return Time{}
	}
	return Time{t: v.Time, prec: Precision(v.Precision), zoned: v.Zoned}
}

func (t Time) value() dates.Value {
	return dates.Value{Time: t.t, Precision: dates.Precision(t.prec), Zoned: t.zoned}
}

// ParseTime parses an ISO 8601 date or date-time at any precision ("2020",
// "2020-01", "2020-01-24", "2020-01-24T10:30", with seconds, fractions and
// an offset or Z), as [Time.String] writes it. It is strict; use
// [ParseOptions] to read the dates pages print.
func ParseTime(s string) (Time, error) {
	v, err := dates.ParseISO(s)
	if err != nil {
		return Time{}, &timeError{s, ErrTime, err}
	}
	return fromValue(v), nil
}

type timeError struct {
	text     string
	sentinel error
	cause    error
}

func (e *timeError) Error() string {
	msg := "article: invalid time " + quote(e.text)
	if e.sentinel == ErrUnresolvedTime {
		msg = "article: unresolved relative time " + quote(e.text)
	}
	if e.cause != nil {
		msg += ": " + e.cause.Error()
	}
	return msg
}

func (e *timeError) Unwrap() []error { return []error{e.sentinel, e.cause} }

// parseLoose reads a date as pages print it, against the options'
// reference time and location. On failure it returns the unresolved Time
// and the error.
func parseLoose(s string, o dates.Options) (Time, error) {
	v, err := o.Parse(s)
	if err != nil {
		sentinel := ErrTime
		if errors.Is(err, dates.ErrRelative) {
			sentinel = ErrUnresolvedTime
		}
		return Unresolved(s), &timeError{s, sentinel, err}
	}
	return fromValue(v), nil
}

// IsZero reports whether t is the zero Time (not given).
func (t Time) IsZero() bool { return t.prec == Unknown && t.text == "" }

// IsResolved reports whether t holds an instant (its precision is not
// Unknown).
func (t Time) IsResolved() bool { return t.prec != Unknown }

// Time returns the instant. For a zone-less Time its location is UTC and
// its clock is the wall clock the source gave. It is the zero time.Time
// when t is unresolved.
func (t Time) Time() time.Time { return t.t }

// Precision returns the precision the source gave.
func (t Time) Precision() Precision { return t.prec }

// Zoned reports whether the source gave a zone or an offset.
func (t Time) Zoned() bool { return t.zoned }

// Text returns the text of an unresolved Time as written, and "" for a
// resolved one.
func (t Time) Text() string { return t.text }

// In returns t with its instant in loc: a zone-less Time becomes zoned, its
// wall clock read in loc. Unresolved Times and Times of Day precision or
// coarser are returned unchanged: a calendar date has no instant to move.
func (t Time) In(loc *time.Location) Time {
	if t.prec < Minute {
		return t
	}
	if !t.zoned {
		y, mo, d := t.t.Date()
		h, mi, s := t.t.Clock()
		return Time{t: time.Date(y, mo, d, h, mi, s, t.t.Nanosecond(), loc), prec: t.prec, zoned: true}
	}
	return Time{t: t.t.In(loc), prec: t.prec, zoned: true}
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u. Resolved
// Times compare by instant (a zone-less Time as if its wall clock were UTC),
// then coarser precision first, then zone-less first; unresolved Times sort
// after resolved ones, by text; the zero Time sorts first.
func (t Time) Compare(u Time) int {
	switch {
	case t.IsZero() || u.IsZero():
		return cmpBool(!t.IsZero(), !u.IsZero())
	case t.IsResolved() != u.IsResolved():
		return cmpBool(!t.IsResolved(), !u.IsResolved())
	case !t.IsResolved():
		return cmpString(t.text, u.text)
	}
	if c := t.t.Compare(u.t); c != 0 {
		return c
	}
	if t.prec != u.prec {
		return cmpInt(int(t.prec), int(u.prec))
	}
	return cmpBool(t.zoned, u.zoned)
}

// Before reports whether t is before u as [Time.Compare] orders them.
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

// Equal reports whether t and u are the same instant at the same precision
// with the same zone flag, or the same unresolved text. Like time.Time's
// Equal, it ignores which offset an instant is written in.
func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

// String returns t as ISO 8601 at exactly its precision ("2020-01-24",
// "2020-01-24T10:30:00+01:00", "2020-01-24T10:30" without zone), the text of
// an unresolved Time, or "" for the zero Time.
func (t Time) String() string { return string(t.appendString(nil)) }

// appendString appends what String returns.
func (t Time) appendString(dst []byte) []byte {
	if !t.IsResolved() {
		return append(dst, t.text...)
	}
	return t.value().AppendISO(dst)
}

// AppendText implements encoding.TextAppender as [Time.String] writes. An
// unresolved Time cannot be told apart from a date in text form; it fails
// with [ErrUnresolvedTime].
func (t Time) AppendText(dst []byte) ([]byte, error) {
	if !t.IsResolved() && !t.IsZero() {
		return dst, &timeError{t.text, ErrUnresolvedTime, nil}
	}
	return t.appendString(dst), nil
}

// MarshalText implements encoding.TextMarshaler; see [Time.AppendText].
func (t Time) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseTime]; empty
// text gives the zero Time.
func (t *Time) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*t = Time{}
		return nil
	}
	v, err := ParseTime(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// MarshalJSON writes the canonical JSON form: an ISO 8601 string at the
// Time's precision, {"text": "..."} for an unresolved Time, null for the
// zero Time.
func (t Time) MarshalJSON() ([]byte, error) { return appendTimeJSON(nil, t), nil }

// UnmarshalJSON reads what [Time.MarshalJSON] writes.
func (t *Time) UnmarshalJSON(b []byte) error {
	d := newDecoder(b, decodeOptions{})
	if err := d.next(); err != nil {
		return err
	}
	v, err := d.time()
	if err != nil {
		return err
	}
	*t = v
	return d.finish()
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
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

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
