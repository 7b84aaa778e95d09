package dates

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// Options control [Options.Parse]. The zero Options read absolute dates
// only, leave zone-less values zone-less and read ambiguous slash dates
// month first.
type Options struct {
	// Reference is the time relative dates are resolved against: "3 hours
	// ago", "yesterday", "today 15:45", a time without a date ("3:45 PM")
	// and a day without a year ("Jan 23", taken in the year that puts it
	// nearest to Reference). Calendar days are counted in Location, or in
	// Reference's own location when Location is nil. The zero Reference
	// makes all of these fail with [ErrRelative].
	Reference time.Time

	// Location, when not nil, is the zone of times of day printed without
	// one ("2020-01-24 15:45"): the value becomes Zoned with the offset
	// Location has at that time. Nil keeps such values zone-less. Dates
	// without a time of day are never given a zone.
	Location *time.Location

	// Order decides all-numeric dates such as "01/02/2020" whose first two
	// parts could each be the month. The zero value is [MonthFirst].
	Order Order
}

// Order is the reading of an ambiguous all-numeric date separated by "/"
// or "-" (see [Options.Order]). Dates whose parts rule out one reading
// ("24/01/2020", "01/24/2020"), whose two parts are equal ("03/03/2020"),
// which start with a four-digit year ("2020/01/24") or which are dotted
// ("02.01.2020", day first unless the second part exceeds 12) are never
// ambiguous.
type Order uint8

// The orders.
const (
	MonthFirst      Order = iota // 01/02/2020 is January 2, as in the United States
	DayFirst                     // 01/02/2020 is 1 February, as in most of the world
	RejectAmbiguous              // an ambiguous date fails with ErrAmbiguous
)

// Parse parses s as a date in any form news pages print; it is the zero
// [Options]' Parse.
func Parse(s string) (Value, error) { return Options{}.Parse(s) }

// Parse parses s as a date in any form news pages, feeds, HTML meta tags,
// JSON-LD and ninjs print (see the package documentation for the forms,
// languages and zones). Surrounding white space, NBSP and invisible
// format characters are ignored; labels such as "Updated:" are not and
// must be removed by the caller. Errors are [*ParseError] values wrapping
// [ErrSyntax], [ErrRange], [ErrRelative], [ErrAmbiguous] or [ErrTooLong].
func (o Options) Parse(s string) (Value, error) {
	if len(s) > MaxLen {
		return Value{}, tooLong(s)
	}
	if len(s) >= 4 && digitRun(s, 0) == 4 {
		// Fast path for the ISO 8601 strings of feeds, meta tags and
		// JSON-LD; the general parser reads them the same way.
		if v, err := ParseISO(s); err == nil {
			if !v.Zoned && v.Precision >= Minute && o.Location != nil {
				v = FromTime(time.Date(v.Time.Year(), v.Time.Month(), v.Time.Day(), v.Time.Hour(), v.Time.Minute(), v.Time.Second(), v.Time.Nanosecond(), o.Location), v.Precision, true)
				if v.IsZero() {
					return v, newError(s, 0, "year out of range", ErrRange)
				}
			}
			return v, nil
		}
	}
	var p parser
	p.s = s
	p.order = o.Order
	if err := p.tokenize(); err != nil {
		return Value{}, err
	}
	if p.n == 0 {
		return Value{}, newError(s, -1, "no date", ErrSyntax)
	}
	if p.isDuration() {
		return p.duration(o)
	}
	if p.isNow() {
		return p.now(o)
	}
	if err := p.absolute(); err != nil {
		return Value{}, err
	}
	return p.finish(o)
}

const maxTokens = 48

const (
	tNum = 1 + iota
	tWord
	tPunct
)

type token struct {
	w      word
	r      rune // the character of a tPunct
	val    int  // the value of a tNum, capped
	start  int  // byte offsets in the input
	end    int
	kind   uint8
	digits uint8 // digits of a tNum, capped at 255
	sp     bool  // white space (or the start) comes before
}

type parser struct {
	s     string
	order Order
	n     int
	toks  [maxTokens]token

	year, month, day   int
	yearPos, dayPos    int
	monthPos, datePos  int
	twoDigitYear       bool
	hasTime            bool
	hour, min, sec, ns int
	tprec              Precision
	timeEnd            int // token index just after the time
	hourPos            int
	ampm               uint32 // fAM or fPM
	h24                bool   // the time ended in "Uhr" or "h": no a.m./p.m.
	zoneSet, zoneUS    bool
	afterUTC           bool // the zone was UTC/GMT and may take an offset
	off                int  // seconds east of UTC
	hasRelDay          bool
	relDay, relPos     int
}

func (p *parser) tok(i int) token {
	if i < p.n {
		return p.toks[i]
	}
	return token{start: len(p.s)}
}

func (p *parser) fail(pos int, msg string, err error) error {
	return newError(p.s, pos, msg, err)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// digitVal returns the value of a decimal digit in ASCII, Arabic-Indic,
// Extended Arabic-Indic (Persian) or Devanagari, or -1.
func digitVal(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case 0x660 <= r && r <= 0x669:
		return int(r - 0x660)
	case 0x6F0 <= r && r <= 0x6F9:
		return int(r - 0x6F0)
	case 0x966 <= r && r <= 0x96F:
		return int(r - 0x966)
	}
	return -1
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// tokenize splits the input into numbers, words and punctuation, looking
// each word up once. It rejects invalid UTF-8 and control characters.
func (p *parser) tokenize() error {
	s := p.s
	sp := true
	for i := 0; i < len(s); {
		r, size := decode(s, i)
		if r == utf8.RuneError && size == 1 {
			return p.fail(i, "invalid UTF-8", ErrSyntax)
		}
		if r == ' ' || (r < utf8.RuneSelf && '\t' <= r && r <= '\r') || (r >= utf8.RuneSelf && isSpace(r)) {
			sp = true
			i += size
			continue
		}
		if p.n == maxTokens {
			return p.fail(i, "too many parts for a date", ErrSyntax)
		}
		t := token{start: i, sp: sp}
		switch {
		case digitVal(r) >= 0:
			t.kind = tNum
			nd := 0
			for i < len(s) {
				r, size := decode(s, i)
				d := digitVal(r)
				if d < 0 {
					break
				}
				if nd < 9 {
					t.val = t.val*10 + d
				}
				nd++
				i += size
			}
			t.digits = uint8(min(nd, 255))
		case isLetter(r):
			t.kind = tWord
			for i < len(s) {
				if c := s[i]; c < utf8.RuneSelf {
					if 'a' <= c|0x20 && c|0x20 <= 'z' {
						i++
						continue
					}
					break
				}
				r, size := decode(s, i)
				if !isLetter(r) {
					break
				}
				i += size
			}
			t.w = lookup(s[t.start:i])
		case r < 0x20 || (0x7f <= r && r < 0xa0):
			return p.fail(i, "control character", ErrSyntax)
		default:
			t.kind = tPunct
			t.r = r
			i += size
		}
		t.end = i
		p.toks[p.n] = t
		p.n++
		sp = false
	}
	return nil
}

// absolute reads the tokens of a calendar date with an optional time,
// zone or relative day word.
func (p *parser) absolute() error {
	for i := 0; i < p.n; {
		var err error
		switch p.toks[i].kind {
		case tNum:
			i, err = p.number(i)
		case tWord:
			i, err = p.word(i)
		default:
			i, err = p.punct(i)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) punct(i int) (int, error) {
	t := p.toks[i]
	switch t.r {
	case '+', '-', '−':
		if nx := p.tok(i + 1); nx.kind == tNum && !nx.sp && ((p.hasTime && !p.zoneSet) || p.afterUTC) {
			return p.offset(i)
		}
		if t.r == '-' {
			return i + 1, nil
		}
	case ',', '.', '/', '(', ')', '（', '）', '、', '[', ']', '|', ';', '@', '–', '—', '\'', '’', '،', '·', '•':
		return i + 1, nil
	case ':':
		if i == p.n-1 {
			return i + 1, nil // "December 24, 2020 at 3:53 am:"
		}
	}
	return i, p.fail(t.start, "unexpected "+quoteRune(t.r), ErrSyntax)
}

func quoteRune(r rune) string {
	return "\"" + string(r) + "\""
}

// offset reads ±hh, ±hhmm or ±hh:mm.
func (p *parser) offset(i int) (int, error) {
	t, d := p.toks[i], p.toks[i+1]
	hh, mm, j := 0, 0, i+2
	switch d.digits {
	case 4:
		hh, mm = d.val/100, d.val%100
	case 1, 2:
		hh = d.val
		if c, m := p.tok(j), p.tok(j+1); c.kind == tPunct && c.r == ':' && !c.sp && m.kind == tNum && !m.sp && m.digits == 2 {
			mm = m.val
			j += 2
		}
	default:
		return i, p.fail(d.start, "offset must be ±hh, ±hhmm or ±hh:mm", ErrSyntax)
	}
	if hh > 23 || mm > 59 {
		return i, p.fail(d.start, "offset out of range", ErrRange)
	}
	p.off = (hh*60 + mm) * 60
	if t.r != '+' {
		p.off = -p.off
	}
	p.zoneSet, p.zoneUS, p.afterUTC = true, false, false
	return j, nil
}

func (p *parser) word(i int) (int, error) {
	t := p.toks[i]
	w := t.w
	if p.hasTime && p.ampm == 0 && i == p.timeEnd && !p.h24 {
		if w.flags&(fAM|fPM) != 0 {
			p.ampm = w.flags & (fAM | fPM)
			p.timeEnd = i + 1
			return i + 1, nil
		}
		if w.flags&fAmpmHead != 0 {
			if j, f := p.dottedAMPM(i); j > i {
				p.ampm = f
				p.timeEnd = j
				return j, nil
			}
		}
	}
	if w.flags&fPairHead != 0 {
		if nx := p.tok(i + 1); nx.kind == tWord {
			if w2 := lookupPair(p.s[t.start:t.end], p.s[nx.start:nx.end]); w2.month != 0 {
				return i + 2, p.setMonth(int(w2.month), t.start)
			}
		}
	}
	switch {
	case w.month != 0 && p.month == 0:
		return i + 1, p.setMonth(int(w.month), t.start)
	case w.flags&fZone != 0 && !p.zoneSet:
		p.zoneSet = true
		p.zoneUS = w.flags&fZoneUS != 0
		p.afterUTC = w.flags&fZoneUTC != 0
		p.off = int(w.zone) * 60
		return i + 1, nil
	case w.flags&fZone != 0 && w.flags&fZoneUS == 0 && int(w.zone)*60 == p.off:
		// A name repeating the offset: "+0000 (UTC)", "-0500 EST".
		return i + 1, nil
	case w.flags&fRelDay != 0 && !p.hasRelDay:
		p.hasRelDay = true
		p.relDay = int(w.relDay)
		p.relPos = t.start
		return i + 1, nil
	case w.flags&(fWeekday|fFiller|fTimeMark) != 0:
		return i + 1, nil
	case w.flags&(fMonthMark|fDayMark) != 0 && i > 0 && p.toks[i-1].kind == tPunct && (p.toks[i-1].r == '(' || p.toks[i-1].r == '（'):
		return i + 1, nil // the weekdays (月) and (日) of Japanese and Korean dates
	}
	return i, p.fail(t.start, "unexpected word \""+p.s[t.start:t.end]+"\"", ErrSyntax)
}

// dottedAMPM recognises "a.m.", "p.m", "p. m." starting at word i and
// returns the index after it, or i.
func (p *parser) dottedAMPM(i int) (int, uint32) {
	t := p.toks[i]
	dot, m := p.tok(i+1), p.tok(i+2)
	if dot.kind != tPunct || dot.r != '.' || dot.sp || m.kind != tWord || p.s[m.start:m.end] != "m" && p.s[m.start:m.end] != "M" {
		return i, 0
	}
	j := i + 3
	if d := p.tok(j); d.kind == tPunct && d.r == '.' && !d.sp {
		j++
	}
	f := fAM
	if c := p.s[t.start]; c == 'p' || c == 'P' {
		f = fPM
	}
	return j, f
}

func (p *parser) setMonth(m int, pos int) error {
	if p.month != 0 {
		return p.fail(pos, "second month", ErrSyntax)
	}
	if m < 1 || m > 12 {
		return p.fail(pos, "month out of range", ErrRange)
	}
	p.month, p.monthPos = m, pos
	p.mark(pos)
	return nil
}

func (p *parser) setDay(t token) error {
	if p.day != 0 {
		return p.fail(t.start, "second day", ErrSyntax)
	}
	if t.digits > 2 {
		return p.fail(t.start, "day has more than two digits", ErrSyntax)
	}
	if t.val < 1 || t.val > 31 {
		return p.fail(t.start, "day out of range", ErrRange)
	}
	p.day, p.dayPos = t.val, t.start
	p.mark(t.start)
	return nil
}

func (p *parser) setYear(t token) error {
	if p.year != 0 || p.twoDigitYear {
		return p.fail(t.start, "second year", ErrSyntax)
	}
	switch {
	case t.digits > 4:
		return p.fail(t.start, "year out of range (more than four digits)", ErrRange)
	case t.digits == 4:
		p.year = t.val
		if p.year == 0 {
			return p.fail(t.start, "year out of range", ErrRange)
		}
	case t.digits == 2:
		p.year = expandYear(t.val)
		p.twoDigitYear = true
	default:
		return p.fail(t.start, "year must have two or four digits", ErrSyntax)
	}
	p.yearPos = t.start
	p.mark(t.start)
	return nil
}

// expandYear applies the RFC 5322 rule to two-digit years:
// 00..49 are 2000..2049, 50..99 are 1950..1999.
func expandYear(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

func (p *parser) mark(pos int) {
	if p.datePos == 0 {
		p.datePos = pos + 1
	}
}

func (p *parser) hasDate() bool { return p.year != 0 || p.month != 0 || p.day != 0 }

func (p *parser) number(i int) (int, error) {
	t := p.toks[i]
	nx := p.tok(i + 1)
	if nx.kind == tPunct && !nx.sp {
		n2 := p.tok(i + 2)
		switch nx.r {
		case ':':
			if n2.kind == tNum && !n2.sp {
				return p.clock(i)
			}
		case '/', '-', '.':
			if n2.kind == tNum && !n2.sp {
				if nx.r == '.' && p.isDotClock(i) {
					return p.setClock(i, t, n2.val, 0, 0, Minute, i+3)
				}
				return p.numericDate(i)
			}
		case '°':
			return i + 2, p.setDay(t)
		}
	}
	if nx.kind == tWord && t.digits <= 2 {
		f := nx.w.flags
		switch {
		case f&(fAM|fPM) != 0, f&fAmpmHead != 0 && p.isDottedAMPM(i+1):
			return p.setClock(i, t, 0, 0, 0, Minute, i+1)
		case f&fTimeMark != 0:
			mi, j := 0, i+2
			if m := p.tok(j); m.kind == tNum && m.digits == 2 && (!m.sp || p.s[nx.start:nx.end] == "h") {
				mi, j = m.val, j+1
			}
			p.h24 = true
			return p.setClock(i, t, mi, 0, 0, Minute, j)
		case f&fOrdinal != 0 && !nx.sp:
			return i + 2, p.setDay(t)
		}
	}
	if nx.kind == tWord && !nx.sp {
		switch f := nx.w.flags; {
		case f&fYearMark != 0:
			return i + 2, p.setYear(t)
		case f&fMonthMark != 0:
			if t.digits > 2 {
				return i, p.fail(t.start, "month has more than two digits", ErrSyntax)
			}
			return i + 2, p.setMonth(t.val, t.start)
		case f&fDayMark != 0:
			return i + 2, p.setDay(t)
		}
	}
	switch {
	case t.digits == 8 && !p.hasDate():
		// ISO 8601 basic format: 20200124.
		y, m, d := t, t, t
		y.val, y.digits = t.val/10000, 4
		m.val, m.digits = t.val/100%100, 2
		d.val, d.digits, d.start = t.val%100, 2, t.start+6
		if err := p.setYear(y); err != nil {
			return i, err
		}
		if err := p.setMonth(m.val, t.start+4); err != nil {
			return i, err
		}
		return i + 1, p.setDay(d)
	case t.digits >= 3:
		if p.year != 0 {
			break
		}
		return i + 1, p.setYear(t)
	case p.month != 0 && p.day == 0 && p.year == 0,
		p.month != 0 && p.day == 0 && p.year != 0 && p.yearPos < p.monthPos,
		p.day == 0 && p.nextIsMonth(i+1):
		return i + 1, p.setDay(t)
	case p.month != 0 && p.day != 0 && p.year == 0 && t.digits == 2:
		return i + 1, p.setYear(t)
	}
	return i, p.fail(t.start, "unexpected number", ErrSyntax)
}

func (p *parser) isDottedAMPM(i int) bool {
	j, _ := p.dottedAMPM(i)
	return j > i
}

// nextIsMonth reports whether a month name follows, skipping punctuation
// and fillers ("24. Januar", "24 de enero", "24th of January").
func (p *parser) nextIsMonth(i int) bool {
	for end := min(i+4, p.n); i < end; i++ {
		t := p.toks[i]
		switch t.kind {
		case tPunct:
			if t.r != '.' && t.r != ',' && t.r != '-' && t.r != '/' {
				return false
			}
		case tWord:
			if t.w.month != 0 || t.w.flags&fPairHead != 0 {
				return true
			}
			if t.w.flags&(fFiller|fOrdinal) == 0 {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// isDotClock reports whether the dotted pair at i is a time ("08.30 GMT",
// "15.45 Uhr", a pair after a complete date) rather than a date.
func (p *parser) isDotClock(i int) bool {
	a, b := p.toks[i], p.toks[i+2]
	if a.digits > 2 || b.digits != 2 || p.hasTime {
		return false
	}
	if c := p.tok(i + 3); c.kind == tPunct && c.r == '.' && !c.sp && p.tok(i+4).kind == tNum {
		return false
	}
	if p.year != 0 {
		return true
	}
	nx := p.tok(i + 3)
	return nx.kind == tWord && nx.w.flags&(fAM|fPM|fTimeMark|fZone) != 0
}

func (p *parser) clock(i int) (int, error) {
	h, m := p.toks[i], p.toks[i+2]
	if h.digits > 2 {
		return i, p.fail(h.start, "hour has more than two digits", ErrSyntax)
	}
	if m.digits != 2 {
		return i, p.fail(m.start, "minute must have two digits", ErrSyntax)
	}
	j, prec, sec, ns := i+3, Minute, 0, 0
	if c, s := p.tok(j), p.tok(j+1); c.kind == tPunct && c.r == ':' && !c.sp && s.kind == tNum && !s.sp {
		if s.digits != 2 {
			return i, p.fail(s.start, "second must have two digits", ErrSyntax)
		}
		sec, prec, j = s.val, Second, j+2
		if c, f := p.tok(j), p.tok(j+1); c.kind == tPunct && (c.r == '.' || c.r == ',') && !c.sp && f.kind == tNum && !f.sp {
			if f.digits > 9 {
				return i, p.fail(f.start, "more than nine fractional digits", ErrRange)
			}
			ns = f.val
			for k := int(f.digits); k < 9; k++ {
				ns *= 10
			}
			prec, j = Subsecond, j+2
		}
	}
	return p.setClock(i, h, m.val, sec, ns, prec, j)
}

func (p *parser) setClock(i int, h token, mi, sec, ns int, prec Precision, end int) (int, error) {
	if p.hasTime {
		return i, p.fail(h.start, "second time of day", ErrSyntax)
	}
	if h.digits > 2 {
		return i, p.fail(h.start, "hour has more than two digits", ErrSyntax)
	}
	p.hasTime = true
	p.hour, p.min, p.sec, p.ns, p.tprec = h.val, mi, sec, ns, prec
	p.hourPos, p.timeEnd = h.start, end
	return end, nil
}

// numericDate reads two or three numbers joined by one separator.
func (p *parser) numericDate(i int) (int, error) {
	sep := p.toks[i+1].r
	var parts [3]token
	k, j := 0, i
	for {
		parts[k] = p.toks[j]
		k++
		if k == 3 {
			break
		}
		c, nx := p.tok(j+1), p.tok(j+2)
		if c.kind != tPunct || c.r != sep || c.sp || nx.kind != tNum || nx.sp {
			break
		}
		j += 2
	}
	end := j + 1
	if c, nx := p.tok(end), p.tok(end+1); c.kind == tPunct && c.r == sep && !c.sp && nx.kind == tNum && !nx.sp {
		return i, p.fail(c.start, "too many numbers in a date", ErrSyntax)
	}
	if p.hasDate() {
		return i, p.fail(parts[0].start, "second date", ErrSyntax)
	}
	a, b, c := parts[0], parts[1], parts[2]
	if a.digits >= 4 {
		// Year first: 2020-01-24, 2020/01/24, 2020.01.24, 2020-01.
		if err := p.setYear(a); err != nil {
			return i, err
		}
		if b.digits > 2 || (k == 3 && c.digits > 2) {
			return i, p.fail(b.start, "month and day have one or two digits", ErrSyntax)
		}
		if err := p.setMonth(b.val, b.start); err != nil {
			return i, err
		}
		if k == 3 {
			return end, p.setDay(c)
		}
		return end, nil
	}
	last := b
	if k == 3 {
		last = c
	}
	if k == 2 && b.digits >= 4 {
		// Month and year: 01/2020, 01.2020.
		if a.digits > 2 {
			return i, p.fail(a.start, "month has more than two digits", ErrSyntax)
		}
		if err := p.setMonth(a.val, a.start); err != nil {
			return i, err
		}
		return end, p.setYear(b)
	}
	if a.digits > 2 || b.digits > 2 {
		return i, p.fail(a.start, "day and month have one or two digits", ErrSyntax)
	}
	day, month := a, b
	switch {
	case a.val > 12 && b.val <= 12:
	case b.val > 12 && a.val <= 12:
		day, month = b, a // 01/24/2020, and US sites' 09.28.15
	case a.val > 12 && b.val > 12:
		return i, p.fail(a.start, "neither part can be the month", ErrRange)
	case a.val == b.val, sep == '.':
		// Equal parts are no ambiguity; dotted dates are day first.
	case p.order == MonthFirst:
		day, month = b, a
	case p.order == DayFirst:
	default:
		return i, p.fail(a.start, "day and month order is ambiguous", ErrAmbiguous)
	}
	if err := p.setMonth(month.val, month.start); err != nil {
		return i, err
	}
	if err := p.setDay(day); err != nil {
		return i, err
	}
	if k == 3 {
		if err := p.setYear(last); err != nil {
			return i, err
		}
	}
	return end, nil
}

// refLoc returns the location calendar days are counted in.
func refLoc(o Options) *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return o.Reference.Location()
}

func (p *parser) needRef(o Options, pos int, what string) error {
	if o.Reference.IsZero() {
		return p.fail(pos, what+" needs Options.Reference", ErrRelative)
	}
	return nil
}

// finish checks the fields read by absolute and builds the Value.
func (p *parser) finish(o Options) (Value, error) {
	switch {
	case p.hasRelDay:
		if p.hasDate() {
			return Value{}, p.fail(p.relPos, "relative day together with a date", ErrSyntax)
		}
		if err := p.needRef(o, p.relPos, "relative day"); err != nil {
			return Value{}, err
		}
		y, m, d := o.Reference.In(refLoc(o)).AddDate(0, 0, p.relDay).Date()
		p.year, p.month, p.day = y, int(m), d
	case !p.hasDate():
		if !p.hasTime {
			return Value{}, p.fail(-1, "no date", ErrSyntax)
		}
		if err := p.needRef(o, p.hourPos, "time without a date"); err != nil {
			return Value{}, err
		}
		y, m, d := o.Reference.In(refLoc(o)).Date()
		p.year, p.month, p.day = y, int(m), d
	case p.month == 0:
		if p.day != 0 {
			return Value{}, p.fail(p.dayPos, "day without a month", ErrSyntax)
		}
		if p.hasTime {
			return Value{}, p.fail(p.hourPos, "time without a day", ErrSyntax)
		}
	case p.year == 0:
		if p.day == 0 {
			return Value{}, p.fail(p.monthPos, "month without a year", ErrSyntax)
		}
		if err := p.needRef(o, p.datePos-1, "date without a year"); err != nil {
			return Value{}, err
		}
		if err := p.nearestYear(o); err != nil {
			return Value{}, err
		}
	case p.day == 0 && p.hasTime:
		return Value{}, p.fail(p.hourPos, "time without a day", ErrSyntax)
	}
	if p.year < minYear || p.year > maxYear {
		return Value{}, p.fail(p.yearPos, "year out of range", ErrRange)
	}
	prec := Year
	if p.month != 0 {
		prec = Month
		if p.month > 12 {
			return Value{}, p.fail(p.monthPos, "month out of range", ErrRange)
		}
	}
	if p.day != 0 {
		prec = Day
		if p.day > daysIn(p.year, p.month) {
			return Value{}, p.fail(p.dayPos, "day out of range", ErrRange)
		}
	} else if p.month == 0 {
		p.month = 1
	}
	if p.month < 1 {
		return Value{}, p.fail(p.monthPos, "month out of range", ErrRange)
	}
	if p.day == 0 {
		p.day = 1
	}
	if !p.hasTime {
		return Value{Time: time.Date(p.year, time.Month(p.month), p.day, 0, 0, 0, 0, time.UTC), Precision: prec}, nil
	}
	h := p.hour
	switch p.ampm {
	case fAM, fPM:
		if h < 1 || h > 12 {
			return Value{}, p.fail(p.hourPos, "hour out of range for a.m./p.m.", ErrRange)
		}
		if h == 12 {
			h = 0
		}
		if p.ampm == fPM {
			h += 12
		}
	}
	if h > 23 {
		return Value{}, p.fail(p.hourPos, "hour out of range", ErrRange)
	}
	if p.min > 59 || p.sec > 59 {
		return Value{}, p.fail(p.hourPos, "minute or second out of range", ErrRange)
	}
	v := Value{Precision: p.tprec}
	switch {
	case p.zoneSet:
		off := p.off
		if p.zoneUS && usDST(p.year, p.month, p.day, h) {
			off += 3600
		}
		v.Time = time.Date(p.year, time.Month(p.month), p.day, h, p.min, p.sec, p.ns, zoneFor(off))
		v.Zoned = true
	case o.Location != nil:
		v.Time = canon(time.Date(p.year, time.Month(p.month), p.day, h, p.min, p.sec, p.ns, o.Location))
		v.Zoned = true
		if y := v.Time.Year(); y < minYear || y > maxYear {
			return Value{}, p.fail(p.yearPos, "year out of range", ErrRange)
		}
	default:
		v.Time = time.Date(p.year, time.Month(p.month), p.day, h, p.min, p.sec, p.ns, time.UTC)
	}
	return v, nil
}

// nearestYear completes a day and month without a year with the year
// that puts the date nearest to the reference day.
func (p *parser) nearestYear(o Options) error {
	ry, rm, rd := o.Reference.In(refLoc(o)).Date()
	ref := time.Date(ry, rm, rd, 0, 0, 0, 0, time.UTC)
	best, bestDist := 0, time.Duration(1<<63-1)
	for y := ry - 1; y <= ry+1; y++ {
		if p.month < 1 || p.month > 12 || p.day > daysIn(y, p.month) {
			continue
		}
		d := time.Date(y, time.Month(p.month), p.day, 0, 0, 0, 0, time.UTC).Sub(ref)
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = y, d
		}
	}
	if best == 0 {
		if p.month < 1 || p.month > 12 {
			return p.fail(p.monthPos, "month out of range", ErrRange)
		}
		return p.fail(p.dayPos, "day out of range", ErrRange)
	}
	p.year = best
	p.yearPos = p.datePos - 1
	return nil
}
