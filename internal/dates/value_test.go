package dates

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestAppendISO(t *testing.T) {
	plus3 := zoneFor(3 * 3600)
	minus930 := zoneFor(-(9*3600 + 1800))
	tests := []struct {
		name string
		v    Value
		want string
	}{
		{"zero", Value{}, ""},
		{"year", Value{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), Year, false}, "2020"},
		{"year-padded", Value{time.Date(7, 1, 1, 0, 0, 0, 0, time.UTC), Year, false}, "0007"},
		{"month", Value{time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), Month, false}, "2020-03"},
		{"day", Value{time.Date(2020, 1, 24, 0, 0, 0, 0, time.UTC), Day, false}, "2020-01-24"},
		{"minute", Value{time.Date(2020, 1, 24, 15, 45, 0, 0, time.UTC), Minute, false}, "2020-01-24T15:45"},
		{"minute-Z", Value{time.Date(2020, 1, 24, 15, 45, 0, 0, time.UTC), Minute, true}, "2020-01-24T15:45Z"},
		{"second-offset", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, plus3), Second, true}, "2020-01-24T15:45:07+03:00"},
		{"second-negative", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, minus930), Second, true}, "2020-01-24T15:45:07-09:30"},
		{"millis", Value{time.Date(2020, 1, 24, 15, 45, 7, 120e6, time.UTC), Subsecond, true}, "2020-01-24T15:45:07.120Z"},
		{"zero-fraction", Value{time.Date(2020, 1, 24, 15, 45, 7, 0, time.UTC), Subsecond, false}, "2020-01-24T15:45:07.000"},
		{"micros", Value{time.Date(2020, 1, 24, 15, 45, 7, 123456e3, time.UTC), Subsecond, false}, "2020-01-24T15:45:07.123456"},
		{"nanos", Value{time.Date(2020, 1, 24, 15, 45, 7, 1, time.UTC), Subsecond, false}, "2020-01-24T15:45:07.000000001"},
		{"zone-less-keeps-wall-clock", Value{time.Date(2020, 1, 24, 15, 45, 0, 0, plus3), Minute, false}, "2020-01-24T15:45"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.String(); got != tt.want {
				t.Errorf("%#v.String() = %q, want %q", tt.v, got, tt.want)
			}
			if got := string(tt.v.AppendISO([]byte("x"))); got != "x"+tt.want {
				t.Errorf("AppendISO = %q, want %q", got, "x"+tt.want)
			}
		})
	}
}

func TestPrecisionString(t *testing.T) {
	var got []string
	for p := Unknown; p <= Subsecond+1; p++ {
		got = append(got, p.String())
	}
	want := []string{"unknown", "year", "month", "day", "minute", "second", "subsecond", "precision(7)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Precision.String (-want +got):\n%s", diff)
	}
}

func TestFromTime(t *testing.T) {
	in := time.Date(2020, 1, 24, 15, 45, 7, 123456789, time.FixedZone("EST", -5*3600))
	tests := []struct {
		p     Precision
		zoned bool
		want  string
	}{
		{Unknown, true, ""},
		{Year, true, "2020"},
		{Month, true, "2020-01"},
		{Day, true, "2020-01-24"},
		{Minute, false, "2020-01-24T15:45"},
		{Minute, true, "2020-01-24T15:45-05:00"},
		{Second, true, "2020-01-24T15:45:07-05:00"},
		{Subsecond, true, "2020-01-24T15:45:07.123456789-05:00"},
		{Subsecond + 1, true, ""},
	}
	for _, tt := range tests {
		v := FromTime(in, tt.p, tt.zoned)
		if got := v.String(); got != tt.want {
			t.Errorf("FromTime(%v, %v, %v) = %q, want %q", in, tt.p, tt.zoned, got, tt.want)
		}
		if !v.IsZero() && !v.IsValid() {
			t.Errorf("FromTime(%v, %v, %v) = %#v is not valid", in, tt.p, tt.zoned, v)
		}
		if !v.IsZero() && v != iso(t, tt.want) {
			t.Errorf("FromTime(%v, %v, %v) = %#v, != ParseISO(%q)", in, tt.p, tt.zoned, v, tt.want)
		}
	}
	if v := FromTime(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), Year, false); !v.IsZero() {
		t.Errorf("FromTime(year 10000) = %v, want zero", v)
	}
	odd := time.Date(2020, 1, 24, 15, 45, 7, 0, time.FixedZone("LMT", -(4*3600+56*60+2)))
	if v := FromTime(odd, Second, true); v.String() != "2020-01-24T20:41:09Z" {
		t.Errorf("FromTime(%v) = %v, want it in UTC", odd, v)
	}
}

func TestIsValid(t *testing.T) {
	tests := []struct {
		name string
		v    Value
		want bool
	}{
		{"zero", Value{}, false},
		{"day", Value{time.Date(2020, 1, 24, 0, 0, 0, 0, time.UTC), Day, false}, true},
		{"day-with-hour", Value{time.Date(2020, 1, 24, 1, 0, 0, 0, time.UTC), Day, false}, false},
		{"day-zoned", Value{time.Date(2020, 1, 24, 0, 0, 0, 0, time.UTC), Day, true}, false},
		{"year-with-month", Value{time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC), Year, false}, false},
		{"month-with-day", Value{time.Date(2020, 2, 2, 0, 0, 0, 0, time.UTC), Month, false}, false},
		{"minute-with-second", Value{time.Date(2020, 2, 2, 0, 0, 1, 0, time.UTC), Minute, false}, false},
		{"second-with-nanos", Value{time.Date(2020, 2, 2, 0, 0, 1, 1, time.UTC), Second, false}, false},
		{"year-0", Value{time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), Year, false}, false},
		{"year-10000", Value{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), Year, false}, false},
		{"zone-less-not-utc", Value{time.Date(2020, 1, 24, 15, 0, 0, 0, zoneFor(3600)), Minute, false}, false},
		{"odd-offset", Value{time.Date(2020, 1, 24, 15, 0, 0, 0, time.FixedZone("", 61)), Minute, true}, false},
		{"bad-precision", Value{time.Date(2020, 1, 24, 0, 0, 0, 0, time.UTC), Subsecond + 1, false}, false},
	}
	for _, tt := range tests {
		if got := tt.v.IsValid(); got != tt.want {
			t.Errorf("%s: %#v.IsValid() = %v, want %v", tt.name, tt.v, got, tt.want)
		}
	}
}

func TestEqual(t *testing.T) {
	a := iso(t, "2020-01-24T15:45+05:17")
	b := iso(t, "2020-01-24T15:45+05:17")
	if a == b {
		t.Log("odd offsets happen to compare ==")
	}
	if !a.Equal(b) {
		t.Errorf("%v.Equal(%v) = false", a, b)
	}
	for _, other := range []string{"2020-01-24T15:45", "2020-01-24T15:45+05:16", "2020-01-24T15:45:00+05:17", "2020-01-24T10:28Z"} {
		if c := iso(t, other); a.Equal(c) {
			t.Errorf("%v.Equal(%v) = true", a, c)
		}
	}
	if !(Value{}).Equal(Value{}) {
		t.Error("zero Values not Equal")
	}
}

func TestText(t *testing.T) {
	type doc struct {
		Published Value `json:"published"`
		Modified  Value `json:"modified"`
	}
	in := doc{Published: iso(t, "2020-01-24")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"published":"2020-01-24","modified":""}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"published":"January 24, 2020"}`), &out); err == nil {
		t.Error("UnmarshalText accepted a non-ISO date")
	}
	if b, _ := in.Published.AppendText([]byte("d=")); string(b) != "d=2020-01-24" {
		t.Errorf("AppendText = %q", b)
	}
}
