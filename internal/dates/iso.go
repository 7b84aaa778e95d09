package dates

import "time"

// ParseISO parses s strictly as ISO 8601 extended format (the RFC 3339
// profile plus reduced precision), keeping the precision the text has:
//
//	2020                          Year
//	2020-01                       Month
//	2020-01-24                    Day
//	2020-01-24T15:45              Minute, zone-less
//	2020-01-24T15:45:00Z          Second, UTC
//	2020-01-24T15:45:00.5+03:00   Subsecond, offset +03:00
//
// The year has exactly four digits in 0001..9999; month, day, hour,
// minute, second and offset fields have exactly two digits. "T" and "Z" may
// be lower case (RFC 3339 §5.6). A fraction has 1 to 9 digits after "." or
// ",". The offset is "Z" or ±hh:mm with hh ≤ 23; "-00:00" is read as "Z".
// Hour-only times, 24:00, leap seconds, week and ordinal dates, the basic
// format (20200124) and surrounding spaces are rejected.
//
// Errors are [*ParseError] values wrapping [ErrSyntax], [ErrRange] (year 0,
// a five-digit year, month 13, February 30, hour 24, ten fractional
// digits) or [ErrTooLong].
func ParseISO(s string) (Value, error) {
	if len(s) > MaxLen {
		return Value{}, tooLong(s)
	}
	fail := func(pos int, msg string, err error) (Value, error) {
		return Value{}, newError(s, pos, msg, err)
	}
	n := digitRun(s, 0)
	switch {
	case n > 4:
		return fail(0, "year has more than four digits", ErrRange)
	case n < 4:
		return fail(0, "expected a four-digit year", ErrSyntax)
	}
	year := atoi(s[:4])
	if year < minYear {
		return fail(0, "year 0000 is out of range", ErrRange)
	}
	if len(s) == 4 {
		return Value{Time: time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), Precision: Year}, nil
	}
	// month
	month, ok := twoAfter(s, 4, '-')
	if !ok {
		return fail(twoErrPos(s, 4, '-'), "expected -MM", ErrSyntax)
	}
	if month < 1 || month > 12 {
		return fail(5, "month out of range", ErrRange)
	}
	if len(s) == 7 {
		return Value{Time: time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC), Precision: Month}, nil
	}
	day, ok := twoAfter(s, 7, '-')
	if !ok {
		return fail(twoErrPos(s, 7, '-'), "expected -DD", ErrSyntax)
	}
	if day < 1 || day > daysIn(year, month) {
		return fail(8, "day out of range", ErrRange)
	}
	if len(s) == 10 {
		return Value{Time: time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), Precision: Day}, nil
	}
	if s[10] != 'T' && s[10] != 't' {
		return fail(10, "expected T", ErrSyntax)
	}
	hour, ok := twoAfter(s, 10, s[10])
	if !ok {
		return fail(twoErrPos(s, 10, s[10]), "expected hh", ErrSyntax)
	}
	if hour > 23 {
		return fail(11, "hour out of range", ErrRange)
	}
	minute, ok := twoAfter(s, 13, ':')
	if !ok {
		return fail(twoErrPos(s, 13, ':'), "expected :mm", ErrSyntax)
	}
	if minute > 59 {
		return fail(14, "minute out of range", ErrRange)
	}
	prec := Minute
	sec, nsec := 0, 0
	p := 16
	if p < len(s) && s[p] == ':' {
		sec, ok = twoAfter(s, p, ':')
		if !ok {
			return fail(twoErrPos(s, p, ':'), "expected :ss", ErrSyntax)
		}
		if sec > 59 {
			return fail(p+1, "second out of range", ErrRange)
		}
		prec = Second
		p += 3
		if p < len(s) && (s[p] == '.' || s[p] == ',') {
			n := digitRun(s, p+1)
			if n == 0 {
				return fail(p+1, "expected fractional digits", ErrSyntax)
			}
			if n > 9 {
				return fail(p+10, "more than nine fractional digits", ErrRange)
			}
			nsec = atoi(s[p+1 : p+1+n])
			for i := n; i < 9; i++ {
				nsec *= 10
			}
			prec = Subsecond
			p += 1 + n
		}
	}
	loc := time.UTC
	zoned := false
	if p < len(s) {
		switch s[p] {
		case 'Z', 'z':
			zoned = true
			p++
		case '+', '-':
			hh, ok := twoAfter(s, p, s[p])
			if !ok {
				return fail(twoErrPos(s, p, s[p]), "expected ±hh:mm", ErrSyntax)
			}
			mm, ok := twoAfter(s, p+3, ':')
			if !ok {
				return fail(twoErrPos(s, p+3, ':'), "expected ±hh:mm", ErrSyntax)
			}
			if hh > 23 || mm > 59 {
				return fail(p+1, "offset out of range", ErrRange)
			}
			off := (hh*60 + mm) * 60
			if s[p] == '-' {
				off = -off
			}
			loc = zoneFor(off)
			zoned = true
			p += 6
		default:
			return fail(p, "unexpected character", ErrSyntax)
		}
		if p < len(s) {
			return fail(p, "unexpected text after the date", ErrSyntax)
		}
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, loc)
	return Value{Time: t, Precision: prec, Zoned: zoned}, nil
}

// digitRun returns the number of ASCII digits at s[i:].
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && '0' <= s[i+n] && s[i+n] <= '9' {
		n++
	}
	return n
}

// atoi converts a short all-digit string.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// two reads exactly two digits at s[i:].
func two(s string, i int) (int, bool) {
	if i+2 > len(s) || digitRun(s[:i+2], i) != 2 {
		return 0, false
	}
	return int(s[i]-'0')*10 + int(s[i+1]-'0'), true
}

// twoAfter reads sep followed by exactly two digits at s[i:], and requires
// that no further digit follows.
func twoAfter(s string, i int, sep byte) (int, bool) {
	if i >= len(s) || s[i] != sep {
		return 0, false
	}
	v, ok := two(s, i+1)
	if ok && i+3 < len(s) && '0' <= s[i+3] && s[i+3] <= '9' {
		return 0, false
	}
	return v, ok
}

// twoErrPos returns the offset of the first wrong byte where sep and
// exactly two digits were expected at s[i:].
func twoErrPos(s string, i int, sep byte) int {
	if i >= len(s) || s[i] != sep {
		return min(i, len(s))
	}
	for j := i + 1; j < i+3; j++ {
		if j >= len(s) || s[j] < '0' || s[j] > '9' {
			return j
		}
	}
	return i + 3
}
