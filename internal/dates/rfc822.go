package dates

import "strings"

// ParseRFC822 parses s strictly as an RFC 5322 date-time (the RFC 822 /
// RFC 1123 form of RSS pubDate and e-mail headers):
//
//	[Fri,] 24 Jan 2020 15:45[:00] (+hhmm | -hhmm | UT | GMT | Z | EST | EDT | CST | CDT | MST | MDT | PST | PDT)
//
// Day and month names are the English three-letter ones, in any case. Two-digit
// years follow RFC 5322 (00-49 are 2000-2049, 50-99 are 1950-1999). A
// zone is required; "-0000" is read as UTC. Military zones other than Z,
// fractional seconds and full month names are rejected: [Parse] accepts
// those and every other deviation feeds show. The value has Second or
// Minute precision and is always zoned.
func ParseRFC822(s string) (Value, error) {
	if len(s) > MaxLen {
		return Value{}, tooLong(s)
	}
	var p parser
	p.s = s
	if err := p.tokenize(); err != nil {
		return Value{}, err
	}
	word := func(i int, list string) bool {
		t := p.tok(i)
		if t.kind != tWord || t.end-t.start != 3 {
			return false
		}
		w := p.s[t.start:t.end]
		for k := 0; k+3 <= len(list); k += 4 {
			if strings.EqualFold(w, list[k:k+3]) {
				return true
			}
		}
		return false
	}
	fail := func(i int, msg string) (Value, error) {
		return Value{}, p.fail(p.tok(i).start, msg, ErrSyntax)
	}
	i := 0
	if word(0, "mon tue wed thu fri sat sun") {
		if t := p.tok(1); t.kind != tPunct || t.r != ',' {
			return fail(1, "expected \",\" after the day of the week")
		}
		i = 2
	}
	if t := p.tok(i); t.kind != tNum || t.digits > 2 {
		return fail(i, "expected the day of the month")
	} else if err := p.setDay(t); err != nil {
		return Value{}, err
	}
	i++
	if !word(i, "jan feb mar apr may jun jul aug sep oct nov dec") {
		return fail(i, "expected an English month abbreviation")
	}
	if err := p.setMonth(int(p.toks[i].w.month), p.toks[i].start); err != nil {
		return Value{}, err
	}
	i++
	if t := p.tok(i); t.kind != tNum || (t.digits != 2 && t.digits < 4) {
		return fail(i, "expected a two- or four-digit year")
	} else if err := p.setYear(t); err != nil {
		return Value{}, err
	}
	i++
	if t, c, m := p.tok(i), p.tok(i+1), p.tok(i+2); t.kind != tNum || c.kind != tPunct || c.r != ':' || c.sp || m.kind != tNum || m.sp {
		return fail(i, "expected hh:mm")
	}
	j, err := p.clock(i)
	if err != nil {
		return Value{}, err
	}
	if p.tprec > Second {
		return fail(j-1, "fractional seconds")
	}
	i = j
	switch t := p.tok(i); {
	case t.kind == tPunct && (t.r == '+' || t.r == '-') && p.tok(i+1).kind == tNum && p.tok(i+1).digits == 4 && !p.tok(i+1).sp:
		if i, err = p.offset(i); err != nil {
			return Value{}, err
		}
	case word(i, "ut  gmt z   est edt cst cdt mst mdt pst pdt") || t.kind == tWord && (strings.EqualFold(p.s[t.start:t.end], "ut") || strings.EqualFold(p.s[t.start:t.end], "z")):
		p.zoneSet, p.off = true, int(t.w.zone)*60
		i++
	default:
		return fail(i, "expected a zone")
	}
	if i < p.n {
		return fail(i, "unexpected text after the date")
	}
	return p.finish(Options{})
}
