package tags

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func addParseSeeds(f *testing.F) {
	for _, tc := range parseTests {
		f.Add(tc.line)
	}
	for _, tc := range stringTests {
		f.Add(tc.want)
	}
}

// FuzzParse checks that Parse never fails without a *ParseError, that
// Parse(t.String()) equals t, that String is idempotent and that JSON
// round-trips.
func FuzzParse(f *testing.F) {
	addParseSeeds(f)
	f.Fuzz(func(t *testing.T, line string) {
		tg, err := Parse(line)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !(errors.Is(err, ErrSyntax) || errors.Is(err, ErrTooLong)) {
				t.Fatalf("Parse(%q) error %v (%T), want *ParseError wrapping ErrSyntax or ErrTooLong", line, err, err)
			}
			if pe.Column < 1 || pe.Column > len(line)+1 {
				t.Fatalf("Parse(%q) error column %d out of range", line, pe.Column)
			}
			return
		}
		for _, s := range append([]string{tg.Code, tg.Name, tg.Description}, tg.Aliases...) {
			if !utf8.ValidString(s) {
				t.Fatalf("Parse(%q) gave invalid UTF-8 %q", line, s)
			}
		}
		if tg.Key().IsZero() {
			t.Fatalf("Parse(%q) = %#v without identity", line, tg)
		}
		s := tg.String()
		again, err := ParseOptions{MaxBytes: 1 << 20}.Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q, which does not parse: %v", line, s, err)
		}
		if diff := cmp.Diff(tg, again, styled); diff != "" {
			t.Fatalf("Parse(%q) then Parse(%q) mismatch (-first +second):\n%s", line, s, diff)
		}
		if s2 := again.String(); s2 != s {
			t.Fatalf("String not idempotent: %q then %q", s, s2)
		}
		text, err := tg.MarshalText()
		switch {
		case len(s) > DefaultMaxBytes:
			if !errors.Is(err, ErrNoLineForm) {
				t.Fatalf("MarshalText of a %d-byte line: %v, want ErrNoLineForm", len(s), err)
			}
		case err != nil || string(text) != s:
			t.Fatalf("MarshalText(%#v) = %q, %v; want %q", tg, text, err, s)
		}
		data, err := tg.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON(%#v): %v", tg, err)
		}
		var back Tag
		if err := back.UnmarshalJSON(data); err != nil {
			t.Fatalf("UnmarshalJSON(%s): %v", data, err)
		}
		if diff := cmp.Diff(tg, back, styled); diff != "" {
			t.Fatalf("JSON round trip of %s mismatch (-want +got):\n%s", data, diff)
		}
	})
}

// FuzzLineForm checks the promise of the line form: for every line Parse
// accepts, String gives the line back modulo white space, and Parse reads
// that back as the same tag, Style included.
func FuzzLineForm(f *testing.F) {
	addParseSeeds(f)
	f.Fuzz(func(t *testing.T, line string) {
		tg, err := Parse(line)
		if err != nil {
			return
		}
		s := tg.String()
		if stripSpace(s) != stripSpace(line) {
			t.Fatalf("Parse(%q).String() = %q, not the line modulo white space (tag %#v)", line, s, tg)
		}
		again, err := ParseOptions{MaxBytes: 1 << 20}.Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q, which does not parse: %v", line, s, err)
		}
		if diff := cmp.Diff(tg, again, styled); diff != "" {
			t.Fatalf("Parse(%q) then Parse(%q) mismatch (-first +second):\n%s", line, s, diff)
		}
	})
}

// FuzzStyle gives parsed tags arbitrary Styles: String must read back as
// the tag's fields or, when the Style does not fit, write the default
// form (which a few parsed tags need their Style to avoid: a name "…"
// followed by a separator), MarshalText must either refuse or write a line
// that reads back as the tag with its Style (and must not refuse a Style
// that Parse gives back), and JSON must carry every valid Style.
func FuzzStyle(f *testing.F) {
	for _, tc := range parseTests {
		st := tc.want.Style
		var flags uint8
		for i, b := range []bool{st.BracketCode, st.AliasSlash, st.TrailingSlash} {
			if b {
				flags |= 1 << i
			}
		}
		f.Add(tc.line, st.Bullet, st.Separator, st.Marker, flags)
		f.Add(tc.line, "•", "–", "[more]", uint8(7))
	}
	f.Fuzz(func(t *testing.T, line, bullet, sep, marker string, flags uint8) {
		tg, err := Parse(line)
		if err != nil {
			return
		}
		tg.Style = Style{Bullet: bullet, Separator: sep, Marker: marker,
			BracketCode: flags&1 != 0, AliasSlash: flags&2 != 0, TrailingSlash: flags&4 != 0}
		s := tg.String()
		back, err := ParseOptions{MaxBytes: 1 << 20}.Parse(s)
		if err != nil || !back.Equal(tg) {
			// String falls back to the default form when the Style does not
			// fit; some parsed tags need their Style to read back ("… —").
			plain := tg
			plain.Style = Style{}
			if p := plain.String(); s != p {
				t.Fatalf("%#v.String() = %q, which parses as %#v, %v; want the default form %q", tg, s, back, err, p)
			}
			if _, err := tg.MarshalText(); err == nil {
				t.Fatalf("MarshalText(%#v) = %q, which parses as %#v", tg, s, back)
			}
			return
		}
		text, err := tg.MarshalText()
		valid := tg.Style.check() == nil
		switch {
		case err == nil:
			if string(text) != s {
				t.Fatalf("MarshalText(%#v) = %q, String = %q", tg, text, s)
			}
			if back.Style != tg.Style {
				t.Fatalf("MarshalText(%#v) = %q, which parses with Style %+v", tg, text, back.Style)
			}
		case !valid:
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("MarshalText(%#v) error %v, want ErrSyntax for an invalid Style", tg, err)
			}
		case !errors.Is(err, ErrNoLineForm):
			t.Fatalf("MarshalText(%#v) error %v, want ErrNoLineForm", tg, err)
		case back.Style == tg.Style && len(s) <= DefaultMaxBytes:
			t.Fatalf("MarshalText(%#v) refused %q, which reads back: %v", tg, s, err)
		}
		data, err := tg.MarshalJSON()
		if !valid {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("MarshalJSON(%#v) error %v, want ErrSyntax for an invalid Style", tg, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("MarshalJSON(%#v): %v", tg, err)
		}
		var got Tag
		if err := got.UnmarshalJSON(data); err != nil {
			t.Fatalf("UnmarshalJSON(%s): %v", data, err)
		}
		if diff := cmp.Diff(tg, got, styled); diff != "" {
			t.Fatalf("JSON round trip of %s mismatch (-want +got):\n%s", data, diff)
		}
	})
}

// variants returns tags with t's key and other contents, to exercise
// merging.
func variants(tg Tag) []Tag {
	full := tg
	full.Truncated = false
	cut := tg
	cut.Truncated = true
	if len(cut.Description) > 3 {
		cut.Description = cut.Description[:len(cut.Description)/2]
		for !utf8.ValidString(cut.Description) {
			cut.Description = cut.Description[:len(cut.Description)-1]
		}
	}
	bare := Tag{Code: tg.Code, Name: tg.Name}
	aliased := tg.Clone()
	slices.Reverse(aliased.Aliases)
	aliased.Aliases = append(aliased.Aliases, "Zed", "ZED")
	r := 50.0
	scored := Tag{Code: strings.ToLower(tg.Code), Name: tg.Name, URI: "https://vocab.example.org/x", Relevance: &r}
	return []Tag{tg, full, cut, bare, aliased, scored}
}

// FuzzSetMerge checks that adding duplicates in any order gives the same
// set, and that Union and Intersect commute.
func FuzzSetMerge(f *testing.F) {
	for i, tc := range parseTests {
		f.Add(tc.line, parseTests[(i+1)%len(parseTests)].line)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ta, errA := Parse(a)
		tb, errB := Parse(b)
		if errA != nil || errB != nil {
			return
		}
		vs := append(variants(ta), variants(tb)...)
		want := SetOf(vs...)
		rev := slices.Clone(vs)
		slices.Reverse(rev)
		rot := append(slices.Clone(vs[3:]), vs[:3]...)
		for _, order := range [][]Tag{rev, rot} {
			var got Set
			for _, v := range order {
				got.Add(v)
			}
			if !want.Equal(got) {
				t.Fatalf("adding in another order changed the set:\n%s", cmp.Diff(slices.Collect(want.All()), slices.Collect(got.All())))
			}
		}
		x, y := SetOf(vs[:4]...), SetOf(vs[4:]...)
		if u, v := x.Union(y), y.Union(x); !u.Equal(v) || !u.Equal(want) {
			t.Fatalf("Union does not commute:\n%s", cmp.Diff(slices.Collect(u.All()), slices.Collect(v.All())))
		}
		if u, v := x.Intersect(y), y.Intersect(x); !u.Equal(v) {
			t.Fatalf("Intersect does not commute:\n%s", cmp.Diff(slices.Collect(u.All()), slices.Collect(v.All())))
		}
		for v := range want.All() {
			if !want.Contains(v) {
				t.Fatalf("set does not contain its own tag %#v", v)
			}
		}
		c := want // copies are independent
		for _, v := range vs {
			c.Remove(v)
		}
		if c.Len() != 0 || !want.Equal(SetOf(vs...)) {
			t.Fatalf("removing from a copy: copy has %d tags, original changed: %v", c.Len(), !want.Equal(SetOf(vs...)))
		}
		data, err := want.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		var back Set
		if err := back.UnmarshalJSON(data); err != nil {
			t.Fatal(err)
		}
		if !back.Equal(want) {
			t.Fatalf("Set JSON round trip mismatch:\n%s", cmp.Diff(slices.Collect(want.All()), slices.Collect(back.All())))
		}
	})
}

// FuzzString checks the documented promise of String: Parse(t.String())
// equals t for every tag whose fields are whitespace-normalised, whose
// name and aliases contain no standalone separator or "/" words, and
// whose line does not already end in a truncation marker.
func FuzzString(f *testing.F) {
	for _, tc := range stringTests {
		alias := strings.Join(tc.tag.Aliases, "|")
		f.Add(tc.tag.Code, tc.tag.Name, alias, tc.tag.Description, tc.tag.Truncated)
	}
	for _, tc := range parseTests {
		f.Add(tc.want.Code, tc.want.Name, strings.Join(tc.want.Aliases, "|"), tc.want.Description, tc.want.Truncated)
	}
	f.Fuzz(func(t *testing.T, code, name, aliases, desc string, truncated bool) {
		norm := func(s string) (string, bool) {
			if !utf8.ValidString(s) {
				return "", false
			}
			for _, r := range s {
				if !isSpace(r) && unicodeIsControl(r) {
					return "", false
				}
			}
			return strings.Join(appendFields(nil, s), " "), true
		}
		var ok bool
		tg := Tag{Truncated: truncated}
		if code != "" && ValidCode(code) {
			tg.Code = code
		}
		if tg.Name, ok = norm(name); !ok {
			return
		}
		if tg.Description, ok = norm(desc); !ok {
			return
		}
		if tg.Name != "" {
			for a := range strings.SplitSeq(aliases, "|") {
				a, ok := norm(a)
				if !ok {
					return
				}
				if a != "" {
					tg.Aliases = append(tg.Aliases, a)
				}
			}
		}
		if tg.Code == "" && tg.Name == "" {
			return
		}
		for _, s := range append([]string{tg.Name}, tg.Aliases...) {
			for _, w := range strings.Fields(s) {
				if isSeparator(w) || w == "/" {
					return
				}
			}
		}
		if !truncated {
			last := tg.String()
			if _, e, b := cutMarker(last); e != 0 || b != 0 {
				return
			}
		}
		s := tg.String()
		got, err := ParseOptions{MaxBytes: 1 << 20}.Parse(s)
		if err != nil {
			t.Fatalf("%#v.String() = %q does not parse: %v", tg, s, err)
		}
		if diff := cmp.Diff(tg, got, styled); diff != "" {
			t.Fatalf("Parse(%q) mismatch (-want +got):\n%s", s, diff)
		}
		if text, err := tg.MarshalText(); len(s) <= DefaultMaxBytes && (err != nil || string(text) != s) {
			t.Fatalf("MarshalText(%#v) = %q, %v; want %q", tg, text, err, s)
		}
	})
}
func unicodeIsControl(r rune) bool { return unicode.IsControl(r) }
