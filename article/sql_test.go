package article

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"testing"
	"time"
)

var (
	_ driver.Valuer = Time{}
	_ sql.Scanner   = (*Time)(nil)
)

func TestTimeSQLRoundTrip(t *testing.T) {
	plus1 := time.FixedZone("", 3600)
	tests := []struct {
		name string
		in   Time
		want driver.Value
	}{
		{"zero", Time{}, nil},
		{"year", NewTime(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Year, false), "2020"},
		{"month", NewTime(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Month, false), "2020-01"},
		{"day", Date(2020, time.January, 24), "2020-01-24"},
		{"minute zone-less", NewTime(time.Date(2020, 1, 24, 10, 30, 0, 0, time.UTC), Minute, false), "2020-01-24T10:30"},
		{"minute zoned", NewTime(time.Date(2020, 1, 24, 10, 30, 0, 0, plus1), Minute, true), "2020-01-24T10:30+01:00"},
		{"second UTC", NewTime(time.Date(2020, 1, 24, 10, 30, 5, 0, time.UTC), Second, true), "2020-01-24T10:30:05Z"},
		{"subsecond", NewTime(time.Date(2020, 1, 24, 10, 30, 5, 250e6, plus1), Subsecond, true), "2020-01-24T10:30:05.250+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := tt.in.Value()
			if err != nil {
				t.Fatalf("%v.Value() error: %v", tt.in, err)
			}
			if v != tt.want {
				t.Errorf("%v.Value() = %#v, want %#v", tt.in, v, tt.want)
			}
			for _, src := range []any{v, bytesOf(v)} {
				var got Time
				if err := got.Scan(src); err != nil {
					t.Fatalf("Scan(%q) error: %v", src, err)
				}
				if !got.Equal(tt.in) || got.Precision() != tt.in.Precision() || got.Zoned() != tt.in.Zoned() {
					t.Errorf("Scan(%q) = %v (%v, zoned %v), want %v (%v, zoned %v)",
						src, got, got.Precision(), got.Zoned(), tt.in, tt.in.Precision(), tt.in.Zoned())
				}
			}
		})
	}
}

func bytesOf(v driver.Value) any {
	if s, ok := v.(string); ok {
		return []byte(s)
	}
	return v
}

func TestTimeSQLUnresolved(t *testing.T) {
	_, err := Unresolved("3 hours ago").Value()
	if !errors.Is(err, ErrUnresolvedTime) {
		t.Errorf("Unresolved(...).Value() error = %v, want ErrUnresolvedTime", err)
	}
}

func TestTimeScanTime(t *testing.T) {
	tests := []struct {
		name string
		in   time.Time
		prec Precision
	}{
		{"whole seconds", time.Date(2020, 1, 24, 10, 30, 5, 0, time.UTC), Second},
		{"fraction", time.Date(2020, 1, 24, 10, 30, 5, 1, time.UTC), Subsecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Time
			if err := got.Scan(tt.in); err != nil {
				t.Fatalf("Scan(%v) error: %v", tt.in, err)
			}
			if !got.Time().Equal(tt.in) || got.Precision() != tt.prec || !got.Zoned() {
				t.Errorf("Scan(%v) = %v (%v, zoned %v), want the instant at %v, zoned", tt.in, got, got.Precision(), got.Zoned(), tt.prec)
			}
		})
	}
}

func TestTimeScanErrors(t *testing.T) {
	tests := []struct {
		name string
		src  any
	}{
		{"int", int64(1579861800)},
		{"float", 1.5},
		{"bool", true},
		{"not ISO", "January 24, 2020"},
		{"bad bytes", []byte("2020-13-01")},
		{"year zero", time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := Date(2021, time.March, 3)
			got := before
			err := got.Scan(tt.src)
			if !errors.Is(err, ErrTime) {
				t.Errorf("Scan(%#v) error = %v, want ErrTime", tt.src, err)
			}
			if !got.Equal(before) || got.Precision() != before.Precision() {
				t.Errorf("Scan(%#v) changed the Time to %v on error", tt.src, got)
			}
		})
	}
	var got Time
	if err := got.Scan(""); err != nil || !got.IsZero() {
		t.Errorf("Scan(\"\") = %v, %v, want the zero Time, nil", got, err)
	}
}

func FuzzTimeSQL(f *testing.F) {
	for _, s := range []string{"2020", "2020-01", "2020-01-24", "2020-01-24T10:30", "2020-01-24T10:30:05Z",
		"2020-01-24T10:30:05.123456789-05:00", "9999-12-31T23:59:59.999+14:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in, err := ParseTime(s)
		if err != nil {
			return
		}
		v, err := in.Value()
		if err != nil {
			t.Fatalf("%v.Value() error: %v", in, err)
		}
		var got Time
		if err := got.Scan(v); err != nil {
			t.Fatalf("Scan(%q) error: %v", v, err)
		}
		if !got.Equal(in) || got.Precision() != in.Precision() || got.Zoned() != in.Zoned() {
			t.Fatalf("Scan(Value(%v)) = %v", in, got)
		}
	})
}
