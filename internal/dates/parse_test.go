package dates

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// ref is the reference time of the relative tests: Friday 24 January
// 2020, 15:45:30 at +01:00.
var ref = time.Date(2020, 1, 24, 15, 45, 30, 0, time.FixedZone("", 3600))

// iso builds an expected Value from its ISO form.
func iso(t testing.TB, s string) Value {
	t.Helper()
	v, err := ParseISO(s)
	if err != nil {
		t.Fatalf("ParseISO(%q): %v", s, err)
	}
	return v
}

var parseTests = []struct {
	name string
	in   string
	opts Options
	want string // ISO form of the expected value
}{
	// English forms.
	{"en/long", "January 24, 2020", Options{}, "2020-01-24"},
	{"en/day-first", "24 January 2020", Options{}, "2020-01-24"},
	{"en/abbr-dot", "Jan. 24, 2020", Options{}, "2020-01-24"},
	{"en/abbr-nocomma", "Jan 24 2020", Options{}, "2020-01-24"},
	{"en/sept", "Sept. 3, 2020", Options{}, "2020-09-03"},
	{"en/weekday-time-zone", "Friday, January 24, 2020 3:45 PM EST", Options{}, "2020-01-24T15:45-05:00"},
	{"en/at-pm-ET-winter", "Jan 24, 2020 at 3:45 p.m. ET", Options{}, "2020-01-24T15:45-05:00"},
	{"en/at-pm-ET-summer", "Jul 24, 2020 at 3:45 p.m. ET", Options{}, "2020-07-24T15:45-04:00"},
	{"en/PT-summer", "June 1, 2021, 9:05 a.m. PT", Options{}, "2021-06-01T09:05-07:00"},
	{"en/ET-2006-rule", "April 1, 2006 11:00 AM ET", Options{}, "2006-04-01T11:00-05:00"},
	{"en/ET-2006-rule-dst", "April 2, 2006 11:00 AM ET", Options{}, "2006-04-02T11:00-04:00"},
	{"en/ET-old-rule", "April 20, 1980 11:00 AM ET", Options{}, "1980-04-20T11:00-05:00"},
	{"en/ET-old-rule-dst", "April 27, 1980 11:00 AM ET", Options{}, "1980-04-27T11:00-04:00"},
	{"en/p-space-m", "24 January 2020, 3:45 p. m.", Options{}, "2020-01-24T15:45"},
	{"en/hour-only", "January 24, 2020 3 PM", Options{}, "2020-01-24T15:00"},
	{"en/hour-only-attached", "January 24, 2020 3pm", Options{}, "2020-01-24T15:00"},
	{"en/12am", "January 24, 2020 12:05 AM", Options{}, "2020-01-24T00:05"},
	{"en/12pm", "January 24, 2020 12:05 PM", Options{}, "2020-01-24T12:05"},
	{"en/ordinal", "24th January 2020", Options{}, "2020-01-24"},
	{"en/ordinal-of", "the 1st of March, 2020", Options{}, "2020-03-01"},
	{"en/ordinal-after-month", "January 22nd, 2020", Options{}, "2020-01-22"},
	{"en/month-year", "January 2020", Options{}, "2020-01"},
	{"en/year", "2020", Options{}, "2020"},
	{"en/year-first", "2020 January 24", Options{}, "2020-01-24"},
	{"en/asctime", "Fri Jan 24 15:45:00 2020", Options{}, "2020-01-24T15:45:00"},
	{"en/guardian", "Fri 24 Jan 2020 08.30 GMT", Options{}, "2020-01-24T08:30Z"},
	{"en/BST", "Fri 24 Jul 2020 08.30 BST", Options{}, "2020-07-24T08:30+01:00"},
	{"en/IST", "24 January 2020 10:00 IST", Options{}, "2020-01-24T10:00+05:30"},
	{"en/parenthesised-zone", "January 24, 2020 10:00 (EST)", Options{}, "2020-01-24T10:00-05:00"},
	{"en/GMT-offset", "January 24, 2020 10:00 GMT+3", Options{}, "2020-01-24T10:00+03:00"},
	{"en/UTC-offset-colon", "January 24, 2020 10:00 UTC+05:30", Options{}, "2020-01-24T10:00+05:30"},
	{"en/UTC-minus", "January 24, 2020 10:00 UTC-5", Options{}, "2020-01-24T10:00-05:00"},
	{"en/offset-after-time", "January 24, 2020 10:00 -0500", Options{}, "2020-01-24T10:00-05:00"},
	{"en/zone-on-date-dropped", "January 24, 2020 EST", Options{}, "2020-01-24"},
	{"en/dash-separated", "24-Jan-2020", Options{}, "2020-01-24"},
	{"en/nbsp", "\u00a0January\u00a024,\u202f2020\u00a0", Options{}, "2020-01-24"},
	{"en/zero-width", "\u200eJanuary 24, 2020\u200b", Options{}, "2020-01-24"},
	{"en/upper", "JANUARY 24, 2020", Options{}, "2020-01-24"},
	{"en/cnn-time-first", "3:45 PM EST, Fri January 24, 2020", Options{}, "2020-01-24T15:45-05:00"},
	{"en/at-sign", "January 24, 2020 @ 3:45 pm", Options{}, "2020-01-24T15:45"},
	{"en/uk-dot-time", "24 January 2020 3.45pm", Options{}, "2020-01-24T15:45"},
	{"en/comma-between", "January 24, 2020, 3:45 p.m.", Options{}, "2020-01-24T15:45"},
	{"en/pipe", "24 January 2020 | 15:45", Options{}, "2020-01-24T15:45"},
	{"en/seconds-ampm", "1/24/2020 3:45:10 PM", Options{}, "2020-01-24T15:45:10"},

	// RFC 1123 / RFC 822 / RFC 850.
	{"rfc1123", "Fri, 24 Jan 2020 15:45:00 GMT", Options{}, "2020-01-24T15:45:00Z"},
	{"rfc1123z", "Fri, 24 Jan 2020 15:45:00 +0300", Options{}, "2020-01-24T15:45:00+03:00"},
	{"rfc822", "24 Jan 20 15:45 EST", Options{}, "2020-01-24T15:45-05:00"},
	{"rfc5322-comment-zone", "Fri, 24 Jan 2020 15:45:00 +0000 (UTC)", Options{}, "2020-01-24T15:45:00Z"},
	{"offset-and-matching-name", "Fri, 24 Jan 2020 15:45:00 -0500 EST", Options{}, "2020-01-24T15:45:00-05:00"},
	{"rfc822-single-digit-day", "Mon, 3 Feb 2020 07:00:00 -0800", Options{}, "2020-02-03T07:00:00-08:00"},
	{"rfc822-two-digit-year-1900s", "24 Jan 99 15:45 GMT", Options{}, "1999-01-24T15:45Z"},
	{"rfc850", "Friday, 24-Jan-20 15:45:00 GMT", Options{}, "2020-01-24T15:45:00Z"},

	// ISO 8601 and variants.
	{"iso/day", "2020-01-24", Options{}, "2020-01-24"},
	{"iso/month", "2020-01", Options{}, "2020-01"},
	{"iso/offset", "2020-01-24T15:45:00+03:00", Options{}, "2020-01-24T15:45:00+03:00"},
	{"iso/Z", "2020-01-24T15:45:00Z", Options{}, "2020-01-24T15:45:00Z"},
	{"iso/fraction", "2020-01-24T15:45:00.123456789Z", Options{}, "2020-01-24T15:45:00.123456789Z"},
	{"iso/fraction-comma", "2020-01-24T15:45:00,5Z", Options{}, "2020-01-24T15:45:00.500Z"},
	{"iso/space-minute", "2020-01-24 15:45", Options{}, "2020-01-24T15:45"},
	{"iso/space-offset-nocolon", "2020-01-24 15:45:00 +0300", Options{}, "2020-01-24T15:45:00+03:00"},
	{"iso/space-UTC", "2020-01-24 15:45:00 UTC", Options{}, "2020-01-24T15:45:00Z"},
	{"iso/offset-nocolon", "2020-01-24T15:45:00.000+0000", Options{}, "2020-01-24T15:45:00.000Z"},
	{"iso/offset-hour", "2020-01-24T15:45:00+03", Options{}, "2020-01-24T15:45:00+03:00"},
	{"iso/basic-date", "20200124", Options{}, "2020-01-24"},
	{"iso/slashes", "2020/01/24", Options{}, "2020-01-24"},
	{"iso/dots", "2020.01.24", Options{}, "2020-01-24"},
	{"iso/location", "2020-01-24 15:45", Options{Location: time.FixedZone("X", -3*3600)}, "2020-01-24T15:45-03:00"},
	{"iso/location-not-for-dates", "2020-01-24", Options{Location: time.FixedZone("X", -3*3600)}, "2020-01-24"},
	{"iso/location-not-for-zoned", "2020-01-24T15:45Z", Options{Location: time.FixedZone("X", -3*3600)}, "2020-01-24T15:45Z"},

	// Numeric dates.
	{"num/dotted", "24.01.2020", Options{}, "2020-01-24"},
	{"num/dotted-always-day-first", "02.01.2020", Options{}, "2020-01-02"},
	{"num/dotted-two-digit-year", "24.01.20", Options{}, "2020-01-24"},
	{"num/dotted-us-when-unambiguous", "09.28.15", Options{}, "2015-09-28"},
	{"num/dotted-ignores-order", "02.01.2020", Options{Order: RejectAmbiguous}, "2020-01-02"},
	{"num/trailing-colon", "December 24, 2020 at 3:53 am:", Options{}, "2020-12-24T03:53"},
	{"num/dotted-time", "24.01.2020 15.45 Uhr", Options{}, "2020-01-24T15:45"},
	{"num/slash-us", "01/24/2020", Options{}, "2020-01-24"},
	{"num/slash-eu", "24/01/2020", Options{}, "2020-01-24"},
	{"num/slash-ambiguous-default", "01/02/2020", Options{}, "2020-01-02"},
	{"num/slash-ambiguous-dayfirst", "01/02/2020", Options{Order: DayFirst}, "2020-02-01"},
	{"num/slash-equal-parts", "03/03/2020", Options{Order: RejectAmbiguous}, "2020-03-03"},
	{"num/slash-unambiguous-reject", "24/01/2020", Options{Order: RejectAmbiguous}, "2020-01-24"},
	{"num/dash-day-first", "24-01-2020", Options{}, "2020-01-24"},
	{"num/month-year", "01/2020", Options{}, "2020-01"},
	{"num/single-digits", "1/2/2020", Options{Order: DayFirst}, "2020-02-01"},

	// Other languages.
	{"fr/long", "24 janvier 2020", Options{}, "2020-01-24"},
	{"fr/accent", "24 février 2020", Options{}, "2020-02-24"},
	{"fr/no-accent", "24 fevrier 2020", Options{}, "2020-02-24"},
	{"fr/decomposed", "24 fe\u0301vrier 2020", Options{}, "2020-02-24"},
	{"fr/weekday-1er", "samedi 1er février 2020", Options{}, "2020-02-01"},
	{"fr/le-a-h", "le 24 janv. 2020 à 15h45", Options{}, "2020-01-24T15:45"},
	{"fr/h-spaced", "24 août 2020 à 15 h 45", Options{}, "2020-08-24T15:45"},
	{"de/long", "24. Januar 2020", Options{}, "2020-01-24"},
	{"de/maerz", "24. März 2020", Options{}, "2020-03-24"},
	{"de/maerz-ascii", "24. Maerz 2020", Options{}, "2020-03-24"},
	{"de/marz", "24. Marz 2020", Options{}, "2020-03-24"},
	{"de/am-um-uhr", "Freitag, am 24. Januar 2020 um 15:45 Uhr", Options{}, "2020-01-24T15:45"},
	{"de/uhr-then-am", "um 15 Uhr am 24. Januar 2020", Options{}, "2020-01-24T15:00"},
	{"de/MEZ", "24.01.2020, 15:45 MEZ", Options{}, "2020-01-24T15:45+01:00"},
	{"de/jaenner", "24. Jänner 2020", Options{}, "2020-01-24"},
	{"es/de", "24 de enero de 2020", Options{}, "2020-01-24"},
	{"es/weekday", "viernes, 24 de enero de 2020 15:45", Options{}, "2020-01-24T15:45"},
	{"es/ago-is-august", "24 ago 2020", Options{}, "2020-08-24"},
	{"es/setiembre", "3 de setiembre de 2020", Options{}, "2020-09-03"},
	{"it/long", "24 gennaio 2020", Options{}, "2020-01-24"},
	{"it/ore", "venerdì 24 gennaio 2020 alle ore 15:45", Options{}, "2020-01-24T15:45"},
	{"pt/long", "24 de março de 2020", Options{}, "2020-03-24"},
	{"pt/weekday", "sexta-feira, 24 de janeiro de 2020 às 15:45", Options{}, "2020-01-24T15:45"},
	{"nl/long", "24 maart 2020", Options{}, "2020-03-24"},
	{"sv/long", "24 augusti 2020", Options{}, "2020-08-24"},
	{"pl/genitive", "24 stycznia 2020", Options{}, "2020-01-24"},
	{"ru/genitive", "24 января 2020 г.", Options{}, "2020-01-24"},
	{"ru/goda-v", "24 января 2020 года в 15:45", Options{}, "2020-01-24T15:45"},
	{"ru/MSK", "24 января 2020, 15:45 МСК", Options{}, "2020-01-24T15:45+03:00"},
	{"ru/nominative", "январь 2020", Options{}, "2020-01"},
	{"uk/genitive", "24 січня 2020", Options{}, "2020-01-24"},
	{"tr/long", "24 Ağustos 2020 Pazartesi", Options{}, "2020-08-24"},
	{"tr/dotless", "24 AĞUSTOS 2020", Options{}, "2020-08-24"},
	{"tr/mayis", "1 Mayıs 2020", Options{}, "2020-05-01"},
	{"id/long", "24 Desember 2020", Options{}, "2020-12-24"},
	{"ar/egyptian", "24 يناير 2020", Options{}, "2020-01-24"},
	{"ar/hamza-variant", "24 ابريل 2020", Options{}, "2020-04-24"},
	{"ar/levantine-two-words", "24 تشرين الثاني 2020", Options{}, "2020-11-24"},
	{"ar/indic-digits", "٢٤ يناير ٢٠٢٠", Options{}, "2020-01-24"},
	{"ar/weekday-rlm", "\u200fالجمعة 24 يناير 2020", Options{}, "2020-01-24"},
	{"ja/kanji", "2020年1月24日", Options{}, "2020-01-24"},
	{"ja/kanji-time", "2020年1月24日 15:45 JST", Options{}, "2020-01-24T15:45+09:00"},
	{"ko/hangul", "2020년 1월 24일", Options{}, "2020-01-24"},
	{"ko/weekday", "2020년 1월 24일 금요일 15:45 KST", Options{}, "2020-01-24T15:45+09:00"},
	{"ja/weekday", "2020年1月24日(金) 15:45", Options{}, "2020-01-24T15:45"},
	{"ja/weekday-month-kanji", "2020年1月27日（月）", Options{}, "2020-01-27"},
	{"zh/weekday", "2020年1月24日 星期五", Options{}, "2020-01-24"},
	{"zh/month", "2020年1月", Options{}, "2020-01"},

	// Relative dates against the reference (24 Jan 2020 15:45:30 +01:00).
	{"rel/hours", "3 hours ago", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/an-hour", "an hour ago", Options{Reference: ref}, "2020-01-24T14:45+01:00"},
	{"rel/minutes-abbr", "5 mins ago", Options{Reference: ref}, "2020-01-24T15:40+01:00"},
	{"rel/compact", "3h ago", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/seconds", "30 seconds ago", Options{Reference: ref}, "2020-01-24T15:45:00+01:00"},
	{"rel/combined", "1 hour, 30 minutes ago", Options{Reference: ref}, "2020-01-24T14:15+01:00"},
	{"rel/days", "2 days ago", Options{Reference: ref}, "2020-01-22"},
	{"rel/weeks", "2 weeks ago", Options{Reference: ref}, "2020-01-10"},
	{"rel/months", "3 months ago", Options{Reference: ref}, "2019-10"},
	{"rel/a-year", "a year ago", Options{Reference: ref}, "2019"},
	{"rel/moments", "moments ago", Options{Reference: ref}, "2020-01-24T15:45:30+01:00"},
	{"rel/yesterday", "yesterday", Options{Reference: ref}, "2020-01-23"},
	{"rel/today", "Today", Options{Reference: ref}, "2020-01-24"},
	{"rel/just-now", "just now", Options{Reference: ref}, "2020-01-24T15:45+01:00"},
	{"rel/yesterday-at", "yesterday at 3:45 PM", Options{Reference: ref}, "2020-01-23T15:45"},
	{"rel/yesterday-at-zone", "yesterday at 3:45 PM EST", Options{Reference: ref}, "2020-01-23T15:45-05:00"},
	{"rel/time-only", "3:45 PM", Options{Reference: ref}, "2020-01-24T15:45"},
	{"rel/location", "3 hours ago", Options{Reference: ref, Location: time.UTC}, "2020-01-24T11:45Z"},
	{"rel/day-in-location", "yesterday", Options{Reference: time.Date(2020, 1, 24, 23, 30, 0, 0, time.UTC), Location: time.FixedZone("", 3600)}, "2020-01-24"},
	{"rel/no-year-same", "Jan 23", Options{Reference: ref}, "2020-01-23"},
	{"rel/no-year-previous", "Dec 31", Options{Reference: ref}, "2019-12-31"},
	{"rel/no-year-dotted", "23.01.", Options{Reference: ref}, "2020-01-23"},
	{"rel/fr", "il y a 3 heures", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/fr-un-an", "il y a un an", Options{Reference: ref}, "2019"},
	{"rel/fr-instant", "à l'instant", Options{Reference: ref}, "2020-01-24T15:45+01:00"},
	{"rel/fr-hier", "hier", Options{Reference: ref}, "2020-01-23"},
	{"rel/fr-aujourdhui", "aujourd'hui", Options{Reference: ref}, "2020-01-24"},
	{"rel/de", "vor 3 Stunden", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/de-gestern-uhr", "gestern, 15:45 Uhr", Options{Reference: ref}, "2020-01-23T15:45"},
	{"rel/es", "hace 2 días", Options{Reference: ref}, "2020-01-22"},
	{"rel/it", "3 ore fa", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/it-unora", "un'ora fa", Options{Reference: ref}, "2020-01-24T14:45+01:00"},
	{"rel/pt", "há 3 horas", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/nl", "3 uur geleden", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/ru", "3 часа назад", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/tr", "3 saat önce", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
	{"rel/ar", "منذ 3 ساعات", Options{Reference: ref}, "2020-01-24T12:45+01:00"},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opts.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tt.in, err)
			}
			want := iso(t, tt.want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%q) = %v, want %v (-want +got):\n%s", tt.in, got, want, diff)
			}
			if !got.IsValid() {
				t.Errorf("Parse(%q) = %#v, not a valid Value", tt.in, got)
			}
		})
	}
}

func TestParseNotMidnightUTC(t *testing.T) {
	v, err := Parse("January 24, 2020")
	if err != nil {
		t.Fatal(err)
	}
	if v.Zoned || v.Precision != Day || v.String() != "2020-01-24" {
		t.Errorf("Parse(%q) = %#v, want a zone-less day", "January 24, 2020", v)
	}
}

var parseErrorTests = []struct {
	name string
	in   string
	opts Options
	err  error
	col  int
}{
	{"empty", "", Options{}, ErrSyntax, 0},
	{"blank", " \u00a0 ", Options{}, ErrSyntax, 0},
	{"unknown-word", "January 24, 2020 foo", Options{}, ErrSyntax, 18},
	{"label-not-stripped", "Updated: January 24, 2020", Options{}, ErrSyntax, 1},
	{"invalid-utf8", "January \xff24, 2020", Options{}, ErrSyntax, 9},
	{"control", "January\x0024, 2020", Options{}, ErrSyntax, 8},
	{"punct", "January 24 # 2020", Options{}, ErrSyntax, 12},
	{"basic-format-feb-30", "20200230", Options{}, ErrRange, 7},
	{"timestamp", "1579880700", Options{}, ErrRange, 1},
	{"weekday-only", "Friday", Options{}, ErrSyntax, 0},
	{"month-only", "January", Options{}, ErrSyntax, 1},
	{"day-without-month", "24th", Options{}, ErrSyntax, 1},
	{"time-without-day", "January 2020 15:45", Options{}, ErrSyntax, 14},
	{"second-month", "January February 24, 2020", Options{}, ErrSyntax, 9},
	{"second-year", "January 24, 2020 2021", Options{}, ErrSyntax, 18},
	{"second-time", "January 24, 2020 15:45 16:00", Options{}, ErrSyntax, 24},
	{"second-date", "2020-01-24 2020-01-25", Options{}, ErrSyntax, 12},
	{"three-digit-number", "January 124, 2020", Options{}, ErrSyntax, 9},
	{"too-many-parts", "1.2.3.4", Options{}, ErrSyntax, 6},
	{"too-many-tokens", strings.Repeat("1 ", 60), Options{}, ErrSyntax, 97},
	{"minute-one-digit", "January 24, 2020 15:4", Options{}, ErrSyntax, 21},
	{"rel-with-date", "yesterday January 24, 2020", Options{Reference: ref}, ErrSyntax, 1},
	{"number-without-unit", "3 hours ago 4", Options{Reference: ref}, ErrSyntax, 13},
	{"offset-and-other-name", "January 24, 2020 15:45 -0500 CET", Options{}, ErrSyntax, 30},
	{"offset-digits", "January 24, 2020 15:45 +030", Options{}, ErrSyntax, 25},
	{"year-0", "January 24, 0000", Options{}, ErrRange, 13},
	{"year-99999", "January 24, 99999", Options{}, ErrRange, 13},
	{"iso-year-0", "0000-01-24", Options{}, ErrRange, 1},
	{"iso-year-99999", "99999-01-24", Options{}, ErrRange, 1},
	{"feb-30", "February 30, 2020", Options{}, ErrRange, 10},
	{"feb-29-common", "29.02.2019", Options{}, ErrRange, 1},
	{"day-32", "32 January 2020", Options{}, ErrRange, 1},
	{"day-0", "0 January 2020", Options{}, ErrRange, 1},
	{"month-13-dotted", "13.13.2020", Options{}, ErrRange, 1},
	{"month-0", "2020-00-10", Options{}, ErrRange, 6},
	{"slash-both-big", "24/13/2020", Options{}, ErrRange, 1},
	{"hour-25", "January 24, 2020 25:00", Options{}, ErrRange, 18},
	{"minute-60", "January 24, 2020 15:60", Options{}, ErrRange, 18},
	{"13-pm", "January 24, 2020 13:00 PM", Options{}, ErrRange, 18},
	{"0-am", "January 24, 2020 0 AM", Options{}, ErrRange, 18},
	{"offset-24", "January 24, 2020 15:45 +2400", Options{}, ErrRange, 25},
	{"fraction-10", "2020-01-24T15:45:00.1234567890Z", Options{}, ErrRange, 21},
	{"rel-amount", "999999 days ago", Options{Reference: ref}, ErrRange, 1},
	{"rel-before-year-1", "2100 years ago", Options{Reference: ref}, ErrRange, 0},
	{"no-year-feb-30", "Feb 30", Options{Reference: ref}, ErrRange, 5},
	{"ambiguous", "01/02/2020", Options{Order: RejectAmbiguous}, ErrAmbiguous, 1},
	{"rel/ago", "3 hours ago", Options{}, ErrRelative, 0},
	{"rel/yesterday", "yesterday", Options{}, ErrRelative, 1},
	{"rel/now", "just now", Options{}, ErrRelative, 0},
	{"rel/time-only", "3:45 PM", Options{}, ErrRelative, 1},
	{"rel/no-year", "Jan 23", Options{}, ErrRelative, 1},
	{"too-long", strings.Repeat(" ", MaxLen) + "2020", Options{}, ErrTooLong, 0},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrorTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opts.Parse(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Parse(%q) = %v, %v; want error %v", tt.in, got, err, tt.err)
			}
			if !got.IsZero() {
				t.Errorf("Parse(%q) = %v with an error, want the zero Value", tt.in, got)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %T, want *ParseError", tt.in, err)
			}
			if pe.Column != tt.col {
				t.Errorf("Parse(%q) error column %d, want %d (%v)", tt.in, pe.Column, tt.col, err)
			}
			if !strings.HasPrefix(err.Error(), "dates: ") {
				t.Errorf("Parse(%q) error %q does not start with \"dates: \"", tt.in, err)
			}
		})
	}
}

// TestConcurrent parses the table from many goroutines at once; with
// -race it checks that the lazily built word index is shared safely.
func TestConcurrent(t *testing.T) {
	want := make([]Value, len(parseTests))
	for i, tt := range parseTests {
		want[i], _ = tt.opts.Parse(tt.in)
	}
	errs := make(chan string, 8)
	done := make(chan struct{})
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i, tt := range parseTests {
				if got, _ := tt.opts.Parse(tt.in); !got.Equal(want[i]) {
					errs <- tt.in
					return
				}
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	close(errs)
	for in := range errs {
		t.Errorf("Parse(%q) differs between goroutines", in)
	}
}

func TestParseLocationDST(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	o := Options{Location: ny}
	for in, want := range map[string]string{
		"January 24, 2020 3:45 PM": "2020-01-24T15:45-05:00",
		"July 24, 2020 3:45 PM":    "2020-07-24T15:45-04:00",
		"July 24, 2020":            "2020-07-24",
		"July 24, 2020 3:45 PM Z":  "2020-07-24T15:45Z",
	} {
		got, err := o.Parse(in)
		if err != nil || got != iso(t, want) {
			t.Errorf("Parse(%q) in %v = %v, %v; want %v", in, ny, got, err, want)
		}
	}
}

// TestHostile runs the shapes hostile input takes through every parser.
func TestHostile(t *testing.T) {
	tests := []struct {
		name string
		in   string
		err  error // nil: must parse
	}{
		{"over-limit", strings.Repeat("January 24, 2020 ", 1<<14), ErrTooLong},
		{"limit-plus-one", strings.Repeat(" ", MaxLen-9) + "2020-01-24", ErrTooLong},
		{"at-limit", strings.Repeat(" ", MaxLen-10) + "2020-01-24", nil},
		{"many-tokens", strings.Repeat("1 ", MaxLen/2), ErrSyntax},
		{"many-separators", strings.Repeat("1.", MaxLen/2), ErrSyntax},
		{"long-word", strings.Repeat("é", MaxLen/2), ErrSyntax},
		{"long-number", strings.Repeat("9", MaxLen), ErrRange},
		{"year-0", "0000", ErrRange},
		{"year-99999", "99999", ErrRange},
		{"nul", "2020-01-24\x00", ErrSyntax},
		{"invalid-utf8", "\xff\xfe2020", ErrSyntax},
		{"surrogate", "\xed\xa0\x80 2020", ErrSyntax},
		{"overlong", "\xc0\xaf2020", ErrSyntax},
		{"bidi-override-ignored", "\u202e2020-01-24\u202c", nil},
		{"zero-width-ignored", "2020\u200b", nil},
		{"colons", strings.Repeat("1:", MaxLen/2), ErrSyntax},
		{"offsets", "15:45 " + strings.Repeat("+1", 100), ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, parse := range []struct {
				name string
				f    func(string) (Value, error)
			}{{"Parse", Parse}, {"ParseISO", ParseISO}, {"ParseRFC822", ParseRFC822}} {
				v, err := parse.f(tt.in)
				if err != nil {
					checkError(t, parse.name, tt.in, err)
				}
				if parse.name == "Parse" {
					if tt.err == nil && err != nil || tt.err != nil && !errors.Is(err, tt.err) {
						t.Errorf("Parse(%q) = %v, %v; want error %v", tt.in, v, err, tt.err)
					}
				}
			}
		})
	}
}
