package article

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Value implements [driver.Valuer]: the ISO 8601 text [Time.String] writes,
// at exactly the Time's precision ("2020-01-24" stays a date, a zone-less
// "2020-01-24T10:30" gets no offset), or NULL for the zero Time. An
// unresolved Time has no text form that [ParseTime] would read back as the
// same value, so Value fails with an error wrapping [ErrUnresolvedTime];
// store its [Time.Text] in a column of its own if you need it.
//
// Store the value in a column of TEXT type: some drivers turn columns
// declared DATE, DATETIME or TIMESTAMP into time.Time, which has no
// precision. Text sorts by instant only among values of one precision
// and zone; keep a separate column with the instant (for instance
// t.Time().Unix()) for ordering and range queries.
func (t Time) Value() (driver.Value, error) {
	if t.IsZero() {
		return nil, nil
	}
	b, err := t.AppendText(nil)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Scan implements [database/sql.Scanner]. It reads what [Time.Value]
// stores: NULL gives the zero Time, and a string or []byte is read with
// [ParseTime], so the precision and zone flag come back as they were
// written (an empty string gives the zero Time). A time.Time, which drivers
// return for columns declared as dates, carries no precision: it is read as
// a zoned Time of Second precision, or Subsecond when it has a fraction.
// Any other type, and text that is not ISO 8601, is an error wrapping
// [ErrTime]; t is then left unchanged.
func (t *Time) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*t = Time{}
		return nil
	case string:
		return t.UnmarshalText([]byte(v))
	case []byte:
		return t.UnmarshalText(v)
	case time.Time:
		p := Second
		if v.Nanosecond() != 0 {
			p = Subsecond
		}
		nt := NewTime(v, p, true)
		if nt.IsZero() {
			return &timeError{v.String(), ErrTime, fmt.Errorf("year %d out of range", v.Year())}
		}
		*t = nt
		return nil
	default:
		return &timeError{fmt.Sprintf("%T", src), ErrTime, fmt.Errorf("cannot scan %T into article.Time", src)}
	}
}
