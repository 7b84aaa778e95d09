package article

import (
	"regexp"
	"strings"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/dates"
)

// A Dateline is the place, date and agency a story opens with:
// "BAGHDAD (Reuters) -", "DAVOS, Switzerland, Jan 23 (AFP) --",
// "NEW YORK, NY/ACCESSWIRE/May 7, 2024/". The zero Dateline means none.
type Dateline struct {
	// Place is the place as written ("DAVOS").
	Place string
	// Country is the country the dateline names or its place is, or the
	// zero Country.
	Country countries.Country
	// Date is the date the dateline gives, often without a year; the zero
	// Time when it gives none.
	Date Time
	// Agency is the agency credit as written ("AFP"), or empty.
	Agency string
	// Text is the dateline exactly as it opened the first paragraph,
	// including its closing dash or slash; writers put it back in front of
	// the paragraph. It is empty for a dateline built by hand, and writers
	// then compose one from the other fields.
	Text string
}

// IsZero reports whether d is the zero Dateline.
func (d Dateline) IsZero() bool {
	return d.Place == "" && !d.Country.IsValid() && d.Date.IsZero() && d.Agency == "" && d.Text == ""
}

// String returns the dateline as a paragraph opens with it: Text when set,
// otherwise "PLACE, Date (Agency) -" from the fields given.
func (d Dateline) String() string {
	if d.Text != "" {
		return d.Text
	}
	var b strings.Builder
	b.WriteString(d.Place)
	if d.Date.IsResolved() || d.Date.Text() != "" {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(d.Date.String())
	}
	if d.Agency != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("(" + d.Agency + ")")
	}
	if b.Len() == 0 {
		return ""
	}
	b.WriteString(" -")
	return b.String()
}

const (
	upperPlace = `\p{Lu}[\p{Lu}\p{M} .'’-]*[\p{Lu}.]`
	anyPlace   = `\p{Lu}[\p{L}\p{M} .'’-]*[\p{L}.]`
)

var (
	// PLACE[, Region][, Date] (AGENCY) -
	datelineParen = regexp.MustCompile(`^(` + anyPlace + `)((?:, [^,()]{1,40}){0,3}) ?\(([^()]{1,40})\) ?(?:--|-|–|—|:)( |$)`)
	// PLACE[, ST]/AGENCY/Date/
	datelineSlash = regexp.MustCompile(`^(` + upperPlace + `)((?:, [^,/]{1,30})?)/([^/]{1,40})/([^/]{1,40})/( |$)`)
	// PLACE[, Region] - (all capitals)
	datelineDash = regexp.MustCompile(`^(` + upperPlace + `)((?:, [^,]{1,40}){0,2}) ?(?:--|–|—|-)( )`)
)

// parseDateline reads a dateline at the start of p. It returns the
// dateline and the rest of the paragraph, or ok false when p does not open
// with one or nothing would be left of the paragraph.
func parseDateline(p string, do dates.Options) (d Dateline, rest string, ok bool) {
	if len(p) < 4 || p[0] < 'A' && p[0] < 0x80 {
		return Dateline{}, p, false
	}
	var segs, date string
	if m := datelineParen.FindStringSubmatchIndex(p); m != nil {
		d.Place = p[m[2]:m[3]]
		segs = p[m[4]:m[5]]
		d.Agency = strings.TrimSpace(p[m[6]:m[7]])
		d.Text = strings.TrimSpace(p[:m[1]])
		rest = p[m[1]:]
	} else if m := datelineSlash.FindStringSubmatchIndex(p); m != nil {
		d.Place = p[m[2]:m[3]]
		segs = p[m[4]:m[5]]
		d.Agency = strings.TrimSpace(p[m[6]:m[7]])
		date = strings.TrimSpace(p[m[8]:m[9]])
		d.Text = strings.TrimSpace(p[:m[1]])
		rest = p[m[1]:]
	} else if m := datelineDash.FindStringSubmatchIndex(p); m != nil && m[3]-m[2] >= 3 {
		d.Place = p[m[2]:m[3]]
		segs = p[m[4]:m[5]]
		d.Text = strings.TrimSpace(p[:m[1]])
		rest = p[m[1]:]
	} else {
		return Dateline{}, p, false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return Dateline{}, p, false
	}
	for _, seg := range strings.Split(segs, ",") {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		if c, found := countries.Lookup(seg); found && !d.Country.IsValid() {
			d.Country = c
			continue
		}
		if date == "" && startsWithDigitOrMonth(seg) {
			date = seg
		}
	}
	if !d.Country.IsValid() {
		if c, found := countries.Lookup(d.Place); found {
			d.Country = c
		}
	}
	if date != "" {
		d.Date, _ = parseLoose(date, do)
	}
	return d, rest, true
}

func startsWithDigitOrMonth(s string) bool {
	if s == "" {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		return true
	}
	_, err := dates.Parse(s)
	return err == nil || len(s) <= 12 && s[0] >= 'A' && s[0] <= 'Z' && strings.IndexAny(s, "0123456789") > 0
}
