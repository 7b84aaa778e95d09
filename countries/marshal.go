package countries

import (
	"database/sql/driver"
	"fmt"
)

// AppendText appends the alpha-2 code of c to b, nothing for the zero
// Country. It implements encoding.TextAppender and never fails.
func (c Country) AppendText(b []byte) ([]byte, error) {
	return append(b, c.Alpha2()...), nil
}

// MarshalText implements encoding.TextMarshaler: the alpha-2 code, or the
// empty text for the zero Country. JSON encodes a Country through it, as
// a string.
func (c Country) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler with [Parse], so any
// code is read and decoding validates; the empty text gives the zero
// Country. On error c is unchanged.
func (c *Country) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Country{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Value implements database/sql/driver.Valuer: the alpha-2 code, or NULL
// for the zero Country.
func (c Country) Value() (driver.Value, error) {
	if !c.IsValid() {
		return nil, nil
	}
	return c.Alpha2(), nil
}

// Scan implements database/sql.Scanner: NULL gives the zero Country; a
// string or []byte is read with UnmarshalText.
func (c *Country) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*c = Country{}
		return nil
	case string:
		return c.UnmarshalText([]byte(v))
	case []byte:
		return c.UnmarshalText(v)
	}
	return fmt.Errorf("countries: cannot scan %T into a Country: %w", src, ErrSyntax)
}

// Value implements database/sql/driver.Valuer: the text form ("IQ,US";
// "" for the empty set).
func (s Set) Value() (driver.Value, error) { return s.String(), nil }

// Scan implements database/sql.Scanner: NULL gives the empty set; a
// string or []byte is read with UnmarshalText.
func (s *Set) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*s = Set{}
		return nil
	case string:
		return s.UnmarshalText([]byte(v))
	case []byte:
		return s.UnmarshalText(v)
	}
	return fmt.Errorf("countries: cannot scan %T into a Set: %w", src, ErrSyntax)
}
