package article_test

import (
	"errors"
	"testing"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
)

func TestLookupSource(t *testing.T) {
	tests := []struct {
		name    string
		credit  string
		hints   article.Hints
		acronym string
		country string
		err     error
	}{
		{"acronym", "MIA", article.Hints{}, "MIA", "MK", nil},
		{"domain", "https://www.mia.mk/en/story/1", article.Hints{}, "MIA", "MK", nil},
		{"wire code", "MIA001", article.Hints{}, "MIA", "MK", nil},
		{"name", "Agence France-Presse", article.Hints{}, "AFP", "FR", nil},
		{"ambiguous", "KNA", article.Hints{}, "", "", article.ErrAmbiguousSource},
		{"by country", "KNA", article.Hints{Countries: countries.SetOf(countries.MustParse("KE"))}, "KNA", "KE", nil},
		{"by language", "KNA", article.Hints{Language: language.German}, "KNA", "DE", nil},
		{"unknown", "Harbour Gazette", article.Hints{}, "", "", article.ErrUnknownSource},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := article.LookupSource(tt.credit, tt.hints)
			if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
				t.Fatalf("LookupSource(%q) error = %v, want %v", tt.credit, err, tt.err)
			}
			if tt.err != nil {
				if s.Name != tt.credit {
					t.Errorf("LookupSource(%q) = %+v, want the name kept as written", tt.credit, s)
				}
				var amb *article.AmbiguousSourceError
				if errors.Is(tt.err, article.ErrAmbiguousSource) && (!errors.As(err, &amb) || len(amb.Candidates) < 2) {
					t.Errorf("ambiguous error %v lacks candidates", err)
				}
				return
			}
			if s.Acronym != tt.acronym || s.Country != countries.MustParse(tt.country) {
				t.Errorf("LookupSource(%q) = %+v, want %s from %s", tt.credit, s, tt.acronym, tt.country)
			}
		})
	}
}

func TestRegistryWith(t *testing.T) {
	own := article.Source{Name: "Harbour Gazette", Acronym: "HG", URL: "https://harbour.example.org/"}
	r := article.Registry{}.With(own, article.Source{Name: "Kenya Newsroom Alliance", Acronym: "KNA"})
	for _, credit := range []string{"HG", "harbour gazette", "harbour.example.org"} {
		if s, err := r.Lookup(credit, article.Hints{}); err != nil || s != own {
			t.Errorf("Lookup(%q) = %+v, %v; want the caller's entry", credit, s, err)
		}
	}
	if s, err := r.Lookup("KNA", article.Hints{}); err != nil || s.Name != "Kenya Newsroom Alliance" {
		t.Errorf("Lookup(KNA) = %+v, %v; the caller's entry should hide the defaults", s, err)
	}
	if s, err := r.Lookup("AFP", article.Hints{}); err != nil || s.Acronym != "AFP" {
		t.Errorf("Lookup(AFP) = %+v, %v; defaults should remain", s, err)
	}
	if _, err := (article.Registry{}).Lookup("HG", article.Hints{}); !errors.Is(err, article.ErrUnknownSource) {
		t.Errorf("the zero Registry knows HG: With changed shared state")
	}
}
