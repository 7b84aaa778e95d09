package tags

import (
	"bytes"
	"database/sql/driver"
	"fmt"
)

// Value implements [driver.Valuer]: the tag as a JSON object in a string
// (see [Tag.MarshalJSON]), so no field is lost.
func (t Tag) Value() (driver.Value, error) {
	b, err := t.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Scan implements [database/sql.Scanner]. It accepts a string or []byte
// holding a JSON object (what Value stores) or a tag line (read with
// [Parse]); NULL gives the zero Tag.
func (t *Tag) Scan(src any) error {
	var b []byte
	switch v := src.(type) {
	case nil:
		*t = Tag{}
		return nil
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("tags: cannot scan %T into a Tag", src)
	}
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("{")) {
		return t.UnmarshalJSON(b)
	}
	return t.UnmarshalText(b)
}

// Value implements [driver.Valuer]: the set as a JSON array in a string
// (see [Set.MarshalJSON]); the empty set is "[]", not NULL.
func (s Set) Value() (driver.Value, error) {
	b, err := s.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Scan implements [database/sql.Scanner] for a string or []byte holding a
// JSON array of tags; NULL gives the empty set.
func (s *Set) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*s = Set{}
		return nil
	case string:
		return s.UnmarshalJSON([]byte(v))
	case []byte:
		return s.UnmarshalJSON(v)
	}
	return fmt.Errorf("tags: cannot scan %T into a Set", src)
}
