package peerbench

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"

	biter "github.com/biter777/countries"
	"github.com/pariz/gountries"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/hostile"
)

var names = []string{"Iraq", "United States"}

func BenchmarkLookupName(b *testing.B) {
	q := gountries.New()
	for _, name := range names {
		b.Run("ours/"+name, func(b *testing.B) {
			if c, ok := countries.Lookup(name); !ok {
				b.Fatalf("Lookup(%q) = %v, false", name, c)
			}
			b.ReportAllocs()
			for b.Loop() {
				countries.Lookup(name)
			}
		})
		b.Run("biter777/"+name, func(b *testing.B) {
			if c := biter.ByName(name); c == biter.Unknown {
				b.Fatalf("ByName(%q) = Unknown", name)
			}
			b.ReportAllocs()
			for b.Loop() {
				biter.ByName(name)
			}
		})
		b.Run("gountries/"+name, func(b *testing.B) {
			if _, err := q.FindCountryByName(name); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				q.FindCountryByName(name)
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	for _, code := range []string{"IQ", "IRQ", "368"} {
		b.Run("ours/"+code, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := countries.Parse(code); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("xtext/"+code, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := language.ParseRegion(code); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkStartup(b *testing.B) {
	b.Run("ours", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			countries.Parse("IQ")
			countries.Lookup("Iraq")
		}
	})
	b.Run("gountries", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			gountries.New()
		}
	})
}

// englishForms returns the English forms of countries.csv that
// countries.Mentions matches, as patterns for the peer.
func englishForms(tb testing.TB) []string {
	f, err := os.Open(filepath.Join("..", "..", "countries", "countries.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	recs, err := r.ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	var pats []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			pats = append(pats, s)
		}
	}
	for _, rec := range recs[1:] {
		for _, field := range rec[1:] {
			for _, s := range strings.Split(field, "|") {
				add(s)
				if field == rec[6] && !strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "sh") &&
					!strings.HasSuffix(s, "ch") && !strings.HasSuffix(s, "ese") {
					add(s + "s")
				}
			}
		}
	}
	return pats
}

func BenchmarkMentions(b *testing.B) {
	text := hostile.NewsText(1 << 20)
	b.Run("ours", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for range countries.Mentions(text) {
			}
		}
	})
	b.Run("ahocorasick", func(b *testing.B) {
		builder := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
			AsciiCaseInsensitive: true,
			MatchOnlyWholeWords:  true,
			MatchKind:            ahocorasick.LeftMostLongestMatch,
			DFA:                  true,
		})
		ac := builder.Build(englishForms(b))
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			iter := ac.Iter(text)
			for m := iter.Next(); m != nil; m = iter.Next() {
			}
		}
	})
}

// TestMentionCounts shows that both sides find mentions in the benchmark
// text: ours are fewer because of case rules and ambiguity.
func TestMentionCounts(t *testing.T) {
	text := hostile.NewsText(1 << 20)
	ours := 0
	for range countries.Mentions(text) {
		ours++
	}
	builder := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		AsciiCaseInsensitive: true, MatchOnlyWholeWords: true,
		MatchKind: ahocorasick.LeftMostLongestMatch, DFA: true,
	})
	ac := builder.Build(englishForms(t))
	peer := len(ac.FindAll(text))
	t.Logf("mentions in 1 MiB: ours %d, aho-corasick %d", ours, peer)
	if ours == 0 || peer == 0 {
		t.Fatal("no mentions found")
	}
}
