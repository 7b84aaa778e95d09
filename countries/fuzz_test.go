package countries

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"IQ", "iq", "IRQ", "368", "004", "XK", "XKX", "ZZ", "999", "", "Iraq", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			if c.IsValid() {
				t.Fatalf("Parse(%q) = %v with error %v", s, c, err)
			}
			return
		}
		if got, err := Parse(c.Alpha2()); err != nil || got != c {
			t.Fatalf("Parse(%q) = %v, %v, want %v", c.Alpha2(), got, err, c)
		}
		if got, err := Parse(c.Alpha3()); err != nil || got != c {
			t.Fatalf("Parse(%q) = %v, %v, want %v", c.Alpha3(), got, err, c)
		}
		if num := c.Numeric(); num != "" {
			if got, err := Parse(num); err != nil || got != c {
				t.Fatalf("Parse(%q) = %v, %v, want %v", num, got, err, c)
			}
		}
		text, err := c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Country
		if err := back.UnmarshalText(text); err != nil || back != c {
			t.Fatalf("text round trip of %v: %v, %v", c, back, err)
		}
		js, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		back = Country{}
		if err := json.Unmarshal(js, &back); err != nil || back != c {
			t.Fatalf("JSON round trip of %v via %s: %v, %v", c, js, back, err)
		}
		if got, ok := Lookup(s); !ok || got != c {
			t.Fatalf("Lookup(%q) = %v, %v, Parse gave %v", s, got, ok, c)
		}
	})
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Iraq", "united-states", "U.S.", "Iraqis", "Congo", "Côte d’Ivoire", "Irak", "the", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := Lookup(s)
		all := LookupAll(s)
		if ok {
			if len(all) != 1 || all[0] != c {
				t.Fatalf("Lookup(%q) = %v but LookupAll = %v", s, c, all)
			}
			if got, ok := Lookup(c.Name()); !ok || got != c {
				t.Fatalf("Lookup(%q) = %v, %v, want %v", c.Name(), got, ok, c)
			}
		} else if len(all) == 1 {
			t.Fatalf("Lookup(%q) failed but LookupAll = %v", s, all)
		}
	})
}

func setSeeds(f *testing.F) {
	for _, s := range []string{"", "IQ", "IQ,US", "US,IQ", "iq", "IQ,", "IQ,IQ", "ZZ", "AF,XK,ZW"} {
		f.Add(s)
	}
}

func FuzzSetText(f *testing.F) {
	setSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		var set Set
		if err := set.UnmarshalText([]byte(s)); err != nil {
			return
		}
		text, err := set.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Set
		if err := back.UnmarshalText(text); err != nil || back != set {
			t.Fatalf("text round trip of %q via %q: %v, %v", s, text, back, err)
		}
		if set.Len() != strings.Count(s, ",")+1 && s != "" {
			t.Fatalf("UnmarshalText(%q) has %d countries", s, set.Len())
		}
		js, err := json.Marshal(set)
		if err != nil {
			t.Fatal(err)
		}
		back = Set{}
		if err := json.Unmarshal(js, &back); err != nil || back != set {
			t.Fatalf("JSON round trip of %v via %s: %v, %v", set, js, back, err)
		}
	})
}

func FuzzSetJSON(f *testing.F) {
	for _, s := range []string{`[]`, `["IQ","US"]`, `null`, `[1]`, `["iq"]`, `["IQ","IQ"]`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var set Set
		if err := json.Unmarshal([]byte(s), &set); err != nil {
			return
		}
		js, err := json.Marshal(set)
		if err != nil {
			t.Fatal(err)
		}
		var back Set
		if err := json.Unmarshal(js, &back); err != nil || back != set {
			t.Fatalf("JSON round trip of %s via %s: %v, %v", s, js, back, err)
		}
		var fromText Set
		if err := fromText.UnmarshalText([]byte(set.String())); err != nil || fromText != set {
			t.Fatalf("text form %q of %v does not read back: %v", set.String(), set, err)
		}
	})
}

func FuzzMentions(f *testing.F) {
	for _, s := range []string{"Iraqis and Americans met in the U.S.", "Chad Smith", "Atlanta, Georgia",
		"Côte d'Ivoire", "New Jersey", "St. Lucia's", "A'A'A'", "U.S.U.S.", "\xffIraq"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, codes bool) {
		last := 0
		for m := range (MentionOptions{Codes: codes}).Mentions(text) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %+v after %d in %q", m, last, text)
			}
			last = m.End
			span := text[m.Start:m.End]
			if !m.Country.IsValid() || m.Form == 0 {
				t.Fatalf("mention %+v of %q", m, span)
			}
			if got, ok := Lookup(span); !ok || got != m.Country {
				t.Fatalf("mention %q is %v, Lookup gives %v, %v", span, m.Country, got, ok)
			}
			if r, _ := utf8.DecodeRuneInString(span); r == utf8.RuneError {
				t.Fatalf("mention %q starts inside a rune", span)
			}
		}
	})
}

func FuzzParseList(f *testing.F) {
	for _, s := range []string{"iraq; united-states;", "IQ, US", "Iraq and the United States", "Narnia, Iraq", "Congo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set, err := ParseList(s)
		for c := range set.All() {
			if !c.IsValid() {
				t.Fatalf("invalid country in %v", set)
			}
		}
		if err == nil {
			return
		}
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			le, ok := e.(*ListError)
			if !ok || le.Offset < 0 || le.Offset > len(s) || !strings.HasPrefix(s[le.Offset:], le.Item) || le.Item == "" {
				t.Fatalf("bad error %#v for %q", e, s)
			}
		}
	})
}
