package dates

import "time"

// isDuration reports whether the text is "N unit ago" in some language:
// a direction marker and a unit word right after a number or article.
func (p *parser) isDuration() bool {
	marker, unit := false, false
	for i := 0; i < p.n; i++ {
		t := p.toks[i]
		if t.kind != tWord {
			continue
		}
		if t.w.flags&fRelMarker != 0 {
			marker = true
		}
		if t.w.flags&fUnit != 0 {
			j := i - 1
			if j > 0 && p.toks[j].kind == tPunct && (p.toks[j].r == '\'' || p.toks[j].r == '’') {
				j-- // un'ora
			}
			if t.w.unit == unitMoment || j >= 0 && (p.toks[j].kind == tNum || p.toks[j].kind == tWord && p.toks[j].w.flags&fRelArticle != 0) {
				unit = true
			}
		}
	}
	return marker && unit
}

// duration resolves "3 hours ago", "vor 2 Tagen", "il y a un an",
// "1 hour 30 minutes ago".
func (p *parser) duration(o Options) (Value, error) {
	count, countPos, fromArticle := -1, 0, false
	var years, months, days int
	var secs int64
	finest := unitNone
	for i := 0; i < p.n; i++ {
		t := p.toks[i]
		switch t.kind {
		case tNum:
			if count >= 0 && !fromArticle {
				return Value{}, p.fail(t.start, "unexpected number", ErrSyntax)
			}
			if t.digits > 5 {
				return Value{}, p.fail(t.start, "relative amount out of range", ErrRange)
			}
			count, countPos, fromArticle = t.val, t.start, false
			continue
		case tPunct:
			switch t.r {
			case ',', '.', '\'', '’', '،':
				continue
			}
			return Value{}, p.fail(t.start, "unexpected "+quoteRune(t.r), ErrSyntax)
		}
		w := t.w
		switch {
		case w.flags&fUnit != 0 && (count >= 0 || w.unit == unitMoment):
			if count < 0 {
				count = 0
			}
			switch w.unit {
			case unitMoment:
			case unitSecond:
				secs += int64(count)
			case unitMinute:
				secs += int64(count) * 60
			case unitHour:
				secs += int64(count) * 3600
			case unitDay:
				days += count
			case unitWeek:
				days += 7 * count
			case unitMonth:
				months += count
			case unitYear:
				years += count
			}
			if finest == unitNone || w.unit < finest {
				finest = w.unit
			}
			count, fromArticle = -1, false
		case w.flags&fRelArticle != 0 && (count < 0 || fromArticle):
			count, countPos, fromArticle = 1, t.start, true
		case w.flags&(fRelMarker|fRelFiller|fFiller) != 0:
		default:
			return Value{}, p.fail(t.start, "unexpected word \""+p.s[t.start:t.end]+"\"", ErrSyntax)
		}
	}
	if count >= 0 {
		return Value{}, p.fail(countPos, "number without a unit", ErrSyntax)
	}
	if err := p.needRef(o, -1, "relative date"); err != nil {
		return Value{}, err
	}
	t := o.Reference.In(refLoc(o))
	var v Value
	switch finest {
	case unitMoment, unitSecond:
		v = FromTime(t.AddDate(-years, -months, -days).Add(-time.Duration(secs)*time.Second), Second, true)
	case unitMinute, unitHour:
		v = FromTime(t.AddDate(-years, -months, -days).Add(-time.Duration(secs)*time.Second), Minute, true)
	case unitDay, unitWeek:
		v = FromTime(t.AddDate(-years, -months, -days), Day, false)
	case unitMonth:
		v = FromTime(time.Date(t.Year()-years, t.Month()-time.Month(months), 1, 0, 0, 0, 0, time.UTC), Month, false)
	case unitYear:
		v = FromTime(time.Date(t.Year()-years, 1, 1, 0, 0, 0, 0, time.UTC), Year, false)
	}
	if v.IsZero() {
		return Value{}, p.fail(-1, "relative date out of range", ErrRange)
	}
	return v, nil
}

// isNow reports whether the text says "now" ("just now", "à l'instant",
// "gerade eben", "сейчас").
func (p *parser) isNow() bool {
	now := false
	for i := 0; i < p.n; i++ {
		t := p.toks[i]
		switch {
		case t.kind == tWord && t.w.flags&fRelNow != 0:
			now = true
		case t.kind == tWord && t.w.flags&(fRelFiller|fFiller) != 0:
		case t.kind == tPunct && (t.r == '\'' || t.r == '’' || t.r == '.' || t.r == '!'):
		default:
			return false
		}
	}
	return now
}

// now resolves "just now" to the reference time at minute precision.
func (p *parser) now(o Options) (Value, error) {
	if err := p.needRef(o, -1, "relative date"); err != nil {
		return Value{}, err
	}
	v := FromTime(o.Reference.In(refLoc(o)), Minute, true)
	if v.IsZero() {
		return Value{}, p.fail(-1, "relative date out of range", ErrRange)
	}
	return v, nil
}
