package dates

import (
	"strings"
	"testing"
	"time"
)

var sinkValue Value

func benchParse(b *testing.B, o Options, s string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	if _, err := o.Parse(s); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		sinkValue, _ = o.Parse(s)
	}
}

func BenchmarkParse(b *testing.B) {
	b.Run("english", func(b *testing.B) { benchParse(b, Options{}, "January 24, 2020") })
	b.Run("english-time-zone", func(b *testing.B) { benchParse(b, Options{}, "Friday, January 24, 2020 3:45 PM EST") })
	b.Run("french", func(b *testing.B) { benchParse(b, Options{}, "vendredi 24 février 2020 à 15h45") })
	b.Run("iso-datetime", func(b *testing.B) { benchParse(b, Options{}, "2020-01-24T15:45:00+03:00") })
	b.Run("rfc1123", func(b *testing.B) { benchParse(b, Options{}, "Fri, 24 Jan 2020 15:45:00 GMT") })
	b.Run("relative", func(b *testing.B) { benchParse(b, Options{Reference: ref}, "3 hours ago") })
}

func BenchmarkParseISO(b *testing.B) {
	for _, s := range []string{"2020-01-24", "2020-01-24T15:45:00+03:00"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				sinkValue, _ = ParseISO(s)
			}
		})
	}
}

// BenchmarkTimeParse is the standard library on the same ISO string, for
// the ratio.
func BenchmarkTimeParse(b *testing.B) {
	s := "2020-01-24T15:45:00+03:00"
	b.ReportAllocs()
	var t time.Time
	for b.Loop() {
		t, _ = time.Parse(time.RFC3339, s)
	}
	_ = t
}

func BenchmarkAppendISO(b *testing.B) {
	v, _ := ParseISO("2020-01-24T15:45:00.123+03:00")
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = v.AppendISO(buf[:0])
	}
}

// BenchmarkParseHostile measures the worst shapes at the length limit;
// the limit bounds them, so they cost about as much as short input.
func BenchmarkParseHostile(b *testing.B) {
	cases := map[string]string{
		"max-spaces":     strings.Repeat("\u00a0", MaxLen/2),
		"max-tokens":     strings.Repeat("1 ", MaxLen/2),
		"long-word":      strings.Repeat("é", MaxLen/2),
		"long-number":    strings.Repeat("9", MaxLen),
		"too-long":       strings.Repeat("January 24, 2020 ", 1<<16),
		"many-separator": strings.Repeat("1.", MaxLen/2),
	}
	for name, s := range cases {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkValue, _ = Parse(s)
			}
		})
	}
}
