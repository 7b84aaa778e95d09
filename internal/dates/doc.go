// Package dates reads the date strings that news pages, feeds, HTML meta
// tags, JSON-LD and ninjs print, into a [Value] that keeps how precise the
// text was and whether it gave a zone.
//
//	v, err := dates.Parse("January 24, 2020")
//	// v.Precision == dates.Day, v.Zoned == false, v.String() == "2020-01-24"
//
// It is the machinery under article.Time; it knows nothing of articles.
//
// # Values and precision
//
// A [Value] is a [time.Time] plus a [Precision] ([Year], [Month], [Day],
// [Minute], [Second], [Subsecond]; the zero Precision is [Unknown]) and a
// Zoned flag. The text decides the precision: "2020" is a Year,
// "January 2020" a Month, "January 24, 2020" a Day, "3:45 PM" or "3 PM"
// a Minute (an hour on its own counts as minute precision with minute 0,
// because "3 PM" says 15:00), "15:45:00" a Second and "15:45:00.5" a
// Subsecond. Fields finer than the precision are zero and carry no
// meaning; a Day value is not "midnight".
//
// Values coarser than Minute are calendar dates, not instants: they are
// never zoned, and a zone printed after a date without a time of day
// ("January 24, 2020 EST") is read and dropped.
//
// # Values without a zone
//
// "January 24, 2020 3:45 PM" names a wall-clock time in a zone the text
// does not give. Such a Value has Zoned false and carries the wall clock
// as printed in [time.UTC]: Time is 2020-01-24 15:45 UTC. That is a
// representation, not a claim that the time is UTC: [Value.String] writes
// it without an offset ("2020-01-24T15:45"), and callers must not compare
// it as an instant with zoned values. [Options.Location] gives zone-less
// times of day a zone when the caller knows it (the site's zone).
//
// A Zoned value's Time is in time.UTC for offset zero and otherwise in a
// fixed zone of its offset; the abbreviation the text used is not kept
// ("EST" becomes -05:00). See [Value] for the canonical form and
// [Value.Equal] for comparison.
//
// # Forms Parse reads
//
// [Parse] and [Options.Parse] accept, with any case, surrounding white
// space, NBSP and other Unicode spaces, and invisible format characters
// (zero-width space, LRM/RLM):
//
//	January 24, 2020            24 January 2020          Jan. 24, 2020
//	Friday, January 24, 2020 3:45 PM EST                 Jan 24, 2020 at 3:45 p.m. ET
//	24th of January 2020        2020 January 24          January 2020       2020
//	24.01.2020   24.01.20       01/24/2020   24/01/2020  24-01-2020   01/2020
//	2020-01-24   2020/01/24     2020-01-24 15:45         2020-01-24T15:45:00+03:00
//	Fri, 24 Jan 2020 15:45:00 GMT (RFC 1123)             24 Jan 20 15:45 EST (RFC 822)
//	Friday, 24-Jan-20 15:45:00 GMT (RFC 850)             Fri Jan 24 15:45:00 2020 (asctime)
//	Fri 24 Jan 2020 08.30 GMT   24. Januar 2020 um 15:45 Uhr   le 24 janv. 2020 à 15h45
//	24 de enero de 2020         24 января 2020 г.        2020年1月24日   2020년 1월 24일
//
// Times of day are h:mm, h:mm:ss, h:mm:ss.fff (or ",fff"), an hour with
// a.m./p.m. ("3 PM", "3pm", "3 p.m.", "3 p. m."), "15h45", "15 h 45",
// "15 Uhr", and h.mm when it follows a complete date or precedes a zone,
// "Uhr" or a.m./p.m. ("08.30 GMT"). A time ended by "Uhr" or "h" is a
// 24-hour time and takes no a.m./p.m. Weekday names are skipped without
// checking them against the date. Connecting words are skipped: at, on,
// of, the, de, del, le, la, el, à, às, a, las, alle, ore, am, um, den, om,
// в, г., года, saat, في. Ordinal suffixes follow the day directly: 24th,
// 1st, 1er, 1º, 1ª, 1e.
//
// Labels such as "Updated:" or "Published" are not dates and are the
// caller's to remove; an unknown word is an [ErrSyntax] at its column.
// Strings that start with four digits are tried first as strict ISO 8601
// ([ParseISO]), so feed and JSON-LD dates take a fast path.
//
// # Day and month order
//
//   - A leading four-digit year means year-month-day: 2020-01-24,
//     2020/01/24, 2020.01.24, and year-month for 2020-01.
//   - Otherwise the values decide first: a part greater than 12 is the
//     day (24/01/2020, 01/24/2020, and the 09.28.15 of some US sites); two
//     equal parts are no ambiguity; both parts greater than 12 is an
//     [ErrRange].
//   - When both parts could be the month, dotted dates are day first, as
//     wherever dots are the custom (02.01.2020 is 2 January, whatever the
//     Order), and dates with "/" or "-" follow [Options.Order]:
//     [MonthFirst] (the zero value, the US usage of English news pages),
//     [DayFirst], or [RejectAmbiguous], which fails with [ErrAmbiguous].
//   - A number followed by a month name is the day (24 January), a number
//     after a month name is the day (January 24), and a two-digit number
//     after a day and month is the year (24 Jan 20).
//   - A number and a month with "/" or "-" and a four-digit last part is
//     month/year (01/2020).
//
// # Years
//
// Years 1 to 9999 are accepted, written with four digits ("0001" and "2020");
// year 0, five-digit years such as 99999 and anything that would leave that
// range fail with [ErrRange]. Two-digit years follow RFC 5322: 00-49 are
// 2000-2049 and 50-99 are 1950-1999 (24.01.20 is 2020; "24 Jan 99" is 1999).
// Months have their lengths and leap years are Gregorian: February 29, 2020
// and 2000 are valid, February 29, 1900 and 2019 and February 30 are not.
//
// # Languages
//
// Month names and common abbreviations are matched without regard to case
// or diacritics ("février", "fevrier", "FÉVR."), with German ä/ö/ü also as
// ae/oe/ue where the table lists them ("März", "Marz", "Maerz"). The table
// (words.go) holds English, French, German (with Austrian Jänner),
// Spanish, Italian, Portuguese, Dutch, Swedish, Danish/Norwegian, Polish
// (nominative and genitive), Russian and Ukrainian (nominative, genitive
// and abbreviations), Turkish, Indonesian and Arabic (Egyptian/Gulf names
// and the Levantine names, including the two-word ones such as "كانون
// الثاني"). Chinese, Japanese and Korean dates use the 年月日 / 년월일
// markers, with their weekdays (星期五, (金), 금요일) skipped. Digits may be ASCII, Arabic-Indic, Persian or Devanagari.
// Weekday names of the same languages are recognised and skipped. A
// spelling shared by two languages always names the same month (checked
// by a test); Spanish/Italian/Portuguese "ago" is August unless the text
// is a relative date ("3 days ago").
//
// # Zones
//
// Numeric offsets follow a time as +03:00, +0300, +03 or Z, or a UTC/GMT
// label as in "GMT+3" or "UTC-05:30". Abbreviations map to fixed offsets:
//
//	UTC GMT UT Z   +00:00    WET +00:00   WEST BST +01:00
//	CET MET MEZ    +01:00    CEST MEST MESZ +02:00
//	EET OEZ        +02:00    EEST OESZ +03:00     MSK МСК TRT +03:00
//	WAT +01:00     CAT SAST +02:00        EAT +03:00
//	AST -04:00     ADT -03:00             NST -03:30   NDT -02:30
//	EST -05:00     EDT -04:00             CST -06:00   CDT -05:00
//	MST -07:00     MDT -06:00             PST -08:00   PDT -07:00
//	AKST -09:00    AKDT -08:00            HST -10:00
//	BRT ART -03:00 GST +04:00  PKT +05:00 IST +05:30   NPT +05:45
//	ICT WIB +07:00 HKT SGT PHT AWST WITA +08:00        JST KST WIT +09:00
//	ACST +09:30    ACDT +10:30 AEST +10:00 AEDT +11:00 NZST +12:00 NZDT +13:00
//
// Shared abbreviations take the reading news pages use most: CST is US
// Central (not China), IST is India (not Ireland or Israel), BST is
// British Summer Time, AST is Atlantic, MSK is +03:00 as since 2014.
// ET, CT, MT and PT take standard or daylight time by the US rules in
// force in the year of the date (2007 on: second Sunday of March to first
// Sunday of November; 1987-2006: first Sunday of April to last Sunday of
// October; before: last Sunday of April to last Sunday of October), with
// the repeated hour read as daylight time.
//
// # Relative dates
//
// Relative dates are resolved only against [Options.Reference]; with the
// zero Reference they fail with [ErrRelative], and the caller keeps the
// text as an unknown value. Calendar days are counted in
// [Options.Location], or else in the Reference's location.
//
//   - "N unit ago" and its forms in French (il y a 3 heures), German (vor
//     3 Stunden), Spanish (hace 3 horas), Italian (3 ore fa), Portuguese
//     (há 3 horas), Dutch (3 uur geleden), Russian (3 часа назад), Turkish
//     (3 saat önce) and Arabic (منذ 3 ساعات); "an hour ago", "3h ago",
//     "1 hour, 30 minutes ago". Seconds give Second precision, minutes
//     and hours Minute precision (zoned, at the Reference's offset), days
//     and weeks a Day, months a Month, years a Year: the arithmetic, not
//     the page, sets the precision.
//   - "just now", "now", "à l'instant", "сейчас"...: the Reference at
//     Minute precision.
//   - "today", "yesterday", "tomorrow" and their forms in the languages
//     above: a Day, or with a time of day ("yesterday at 3:45 PM") a
//     Minute that is zoned only if a zone is given or Options.Location is set.
//   - A time without a date ("3:45 PM") is on the Reference's day.
//   - A day and month without a year ("Jan 23", as in datelines; "23.01.")
//     take the year, of the Reference's year and the years either side,
//     that puts the date nearest to the Reference.
//
// # ISO 8601
//
// [ParseISO] is strict ISO 8601 extended format at any precision (2020,
// 2020-01, 2020-01-24, 2020-01-24T15:45, with seconds, with up to nine
// fractional digits, with Z or ±hh:mm); see it for what it rejects.
// [Value.String] and [Value.AppendISO] write exactly the value's
// precision, so ParseISO(v.String()) equals v for every valid Value
// ([Value.IsValid]), zoned or not; fuzz tests check this and that every
// value [Parse] returns round-trips the same way. Values implement
// [encoding.TextMarshaler] and [encoding.TextUnmarshaler] with that form.
// [ParseRFC822] is strict RFC 5322 for feeds that promise it.
//
// # Errors and limits
//
// Every error is a [*ParseError] with the 1-based byte Column where
// parsing failed (0 when the input as a whole is at fault) wrapping one of
// [ErrSyntax], [ErrRange], [ErrRelative], [ErrAmbiguous] and [ErrTooLong];
// messages start with "dates: ". A failed parse returns the zero Value,
// never a zero time presented as real.
//
// Input longer than [MaxLen] (256) bytes fails with ErrTooLong before it
// is read; invalid UTF-8 and control characters fail with ErrSyntax at
// their column. Parsing never panics, runs in time linear in the input
// (bounded by MaxLen and a cap of 48 tokens), and does not allocate on
// success. The word tables are built once, on first use, and are
// read-only afterwards; all functions are safe for concurrent use.
//
// # Not supported
//
// ISO week dates (2020-W04-5), ordinal dates (2020-024), the ISO basic
// format (20200124T154500Z), time intervals, hour-only ISO times, leap
// seconds, era and non-Gregorian calendars (Hijri, Persian, Buddhist),
// future relative forms ("in 3 hours"), and named days ("last Friday").
package dates
