package dates

import (
	"sync"
	"time"
)

// Precision says how much of a [Value] the text gave.
// The zero Precision is [Unknown].
type Precision uint8

// The precisions, from none to the finest. They are ordered: a finer
// precision compares greater.
const (
	Unknown   Precision = iota // nothing is known; the zero Value
	Year                       // "2020"
	Month                      // "January 2020"
	Day                        // "January 24, 2020"
	Minute                     // "January 24, 2020 3:45 PM", also "3 PM" (minute 0 as the text implies)
	Second                     // "2020-01-24T15:45:00Z"
	Subsecond                  // "2020-01-24T15:45:00.123Z"
)

var precisionNames = [...]string{"unknown", "year", "month", "day", "minute", "second", "subsecond"}

// String returns the lower-case English name of p ("day"), or
// "precision(N)" for a value outside the defined range.
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "precision(" + itoa(int(p)) + ")"
}

// A Value is a point in time as precise as its text: a year, a month, a
// day, or a time of day to the minute, second or fraction of a second,
// with or without a zone.
//
// The zero Value has Precision [Unknown] and stands for "no date"; it is
// never a real time.
//
// Values returned by this package are canonical:
//   - Fields finer than Precision are zero: a Day value is at 00:00:00 of
//     its day, a Month value on day 1, a Year value on January 1. This
//     midnight is not a time the text gave; read Time only down to Precision.
//   - Values coarser than [Minute] are calendar dates, not instants: they
//     are never Zoned and their Time is in [time.UTC].
//   - A value without a zone (Zoned false) carries its wall clock, as
//     printed, in [time.UTC]. It is not a UTC time: "January 24, 2020
//     3:45 PM" has Time 2020-01-24 15:45 UTC and Zoned false, and must not be
//     compared as an instant with zoned values.
//   - A Zoned value's Time is in [time.UTC] when the offset is zero and
//     otherwise in a fixed zone ([time.FixedZone]) with that offset, whatever
//     abbreviation the text used ("EST" becomes -05:00). Offsets that are
//     quarter hours share one *time.Location per offset, so such Values can
//     be compared with ==; [Value.Equal] works for all.
type Value struct {
	Time      time.Time
	Precision Precision
	Zoned     bool // a zone or offset was given (or Options.Location applied)
}

// IsZero reports whether v is the zero Value (Precision Unknown).
func (v Value) IsZero() bool { return v.Precision == Unknown }

// Equal reports whether v and w hold the same date at the same precision:
// same Precision and Zoned, same wall clock, and for zoned values the same
// offset. Unlike ==, it does not depend on the identity of the
// *time.Location.
func (v Value) Equal(w Value) bool {
	if v.Precision != w.Precision || v.Zoned != w.Zoned {
		return false
	}
	if v.Precision == Unknown {
		return true
	}
	_, vo := v.Time.Zone()
	_, wo := w.Time.Zone()
	if v.Zoned && vo != wo {
		return false
	}
	vy, vm, vd := v.Time.Date()
	wy, wm, wd := w.Time.Date()
	vh, vmin, vs := v.Time.Clock()
	wh, wmin, ws := w.Time.Clock()
	return vy == wy && vm == wm && vd == wd && vh == wh && vmin == wmin && vs == ws &&
		v.Time.Nanosecond() == w.Time.Nanosecond()
}

// IsValid reports whether v is a canonical value this package could
// return: a defined precision other than Unknown, a year in 1..9999, zero
// fields below the precision, no zone below Minute precision, a zone-less
// value in time.UTC and a zone offset of whole minutes under 24 hours.
// [Value.String] and [ParseISO] round-trip every valid Value.
func (v Value) IsValid() bool {
	if v.Precision == Unknown || v.Precision > Subsecond {
		return false
	}
	t := v.Time
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	ns := t.Nanosecond()
	if y < minYear || y > maxYear {
		return false
	}
	switch v.Precision {
	case Year:
		if m != 1 {
			return false
		}
		fallthrough
	case Month:
		if d != 1 {
			return false
		}
		fallthrough
	case Day:
		if h != 0 || mi != 0 {
			return false
		}
		fallthrough
	case Minute:
		if s != 0 {
			return false
		}
		fallthrough
	case Second:
		if ns != 0 {
			return false
		}
	}
	_, off := t.Zone()
	if !v.Zoned {
		return t.Location() == time.UTC
	}
	return v.Precision >= Minute && off%60 == 0 && off > -24*3600 && off < 24*3600
}

// FromTime returns the Value of t at precision p: fields finer than p are
// cut off (not rounded). When p is finer than Day and zoned is true the
// value keeps t's instant and offset (an offset that is not whole minutes
// is replaced by UTC); otherwise t's wall clock is kept, zone-less, in
// time.UTC. FromTime returns the zero Value when p is Unknown or out of
// range, or when t's year (in its own location) is outside 1..9999.
func FromTime(t time.Time, p Precision, zoned bool) Value {
	if p == Unknown || p > Subsecond {
		return Value{}
	}
	if p >= Minute && zoned {
		t = canon(t)
	}
	y, m, d := t.Date()
	if y < minYear || y > maxYear {
		return Value{}
	}
	h, mi, s := t.Clock()
	ns := t.Nanosecond()
	loc := time.UTC
	if p >= Minute && zoned {
		loc = t.Location()
	} else {
		zoned = false
	}
	switch p {
	case Year:
		m = 1
		fallthrough
	case Month:
		d = 1
		fallthrough
	case Day:
		h, mi = 0, 0
		fallthrough
	case Minute:
		s = 0
		fallthrough
	case Second:
		ns = 0
	}
	return Value{Time: time.Date(y, m, d, h, mi, s, ns, loc), Precision: p, Zoned: zoned}
}

// String returns v in ISO 8601 at exactly its precision (see
// [Value.AppendISO]), or "" for the zero Value.
func (v Value) String() string {
	var buf [40]byte
	return string(v.AppendISO(buf[:0]))
}

// AppendISO appends v in ISO 8601 extended format at exactly its precision
// and returns the extended buffer:
//
//	Year       2020
//	Month      2020-01
//	Day        2020-01-24
//	Minute     2020-01-24T15:45         (zone-less)  2020-01-24T15:45-05:00
//	Second     2020-01-24T15:45:00Z
//	Subsecond  2020-01-24T15:45:00.120Z (3, 6 or 9 digits, the fewest that hold the value)
//
// A zoned value ends in "Z" for offset zero and ±hh:mm otherwise; a
// zone-less value has no suffix. The zero Value appends nothing. The
// output of a valid Value (see [Value.IsValid]) is accepted by [ParseISO]
// and gives back an equal Value. An invalid Value is written as well as
// it can be, from its wall clock, and may not parse.
func (v Value) AppendISO(dst []byte) []byte {
	if v.Precision == Unknown {
		return dst
	}
	t := v.Time
	y, m, d := t.Date()
	if y < 0 {
		dst = append(dst, '-')
		y = -y
	}
	dst = appendInt(dst, y, 4)
	if v.Precision == Year {
		return dst
	}
	dst = append(dst, '-')
	dst = appendInt(dst, int(m), 2)
	if v.Precision == Month {
		return dst
	}
	dst = append(dst, '-')
	dst = appendInt(dst, d, 2)
	if v.Precision == Day {
		return dst
	}
	h, mi, s := t.Clock()
	dst = append(dst, 'T')
	dst = appendInt(dst, h, 2)
	dst = append(dst, ':')
	dst = appendInt(dst, mi, 2)
	if v.Precision >= Second {
		dst = append(dst, ':')
		dst = appendInt(dst, s, 2)
	}
	if v.Precision >= Subsecond {
		ns := t.Nanosecond()
		dst = append(dst, '.')
		switch {
		case ns%1e6 == 0:
			dst = appendInt(dst, ns/1e6, 3)
		case ns%1e3 == 0:
			dst = appendInt(dst, ns/1e3, 6)
		default:
			dst = appendInt(dst, ns, 9)
		}
	}
	if !v.Zoned {
		return dst
	}
	_, off := t.Zone()
	if off == 0 {
		return append(dst, 'Z')
	}
	sign := byte('+')
	if off < 0 {
		sign = '-'
		off = -off
	}
	off /= 60
	dst = append(dst, sign)
	dst = appendInt(dst, off/60, 2)
	dst = append(dst, ':')
	return appendInt(dst, off%60, 2)
}

// AppendText implements [encoding.TextAppender] with [Value.AppendISO].
func (v Value) AppendText(dst []byte) ([]byte, error) { return v.AppendISO(dst), nil }

// MarshalText implements [encoding.TextMarshaler]; the zero Value
// marshals as empty text.
func (v Value) MarshalText() ([]byte, error) { return v.AppendISO(nil), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseISO];
// empty text gives the zero Value.
func (v *Value) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*v = Value{}
		return nil
	}
	w, err := ParseISO(string(text))
	if err != nil {
		return err
	}
	*v = w
	return nil
}

// appendInt appends a non-negative v with at least width digits.
func appendInt(dst []byte, v, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	buf[i] = byte('0' + v)
	return append(dst, buf[i:]...)
}

func itoa(v int) string {
	if v < 0 {
		return "-" + string(appendInt(nil, -v, 1))
	}
	return string(appendInt(nil, v, 1))
}

// The accepted years.
const (
	minYear = 1
	maxYear = 9999
)

// quarterZones holds one fixed zone per quarter-hour offset from -24h to +24h.
var quarterZones = sync.OnceValue(func() *[193]*time.Location {
	var z [193]*time.Location
	for i := range z {
		off := (i - 96) * 900
		if off == 0 {
			z[i] = time.UTC
		} else {
			z[i] = time.FixedZone("", off)
		}
	}
	return &z
})

// zoneFor returns the canonical location for an offset in seconds.
func zoneFor(off int) *time.Location {
	if off == 0 {
		return time.UTC
	}
	if off%900 == 0 && off > -24*3600 && off < 24*3600 {
		return quarterZones()[off/900+96]
	}
	return time.FixedZone("", off)
}

// canon moves t to the canonical location of its offset.
func canon(t time.Time) time.Time {
	_, off := t.Zone()
	if off%60 != 0 || off <= -24*3600 || off >= 24*3600 {
		return t.UTC()
	}
	return t.In(zoneFor(off))
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
