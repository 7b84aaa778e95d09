package tablegen

import (
	"strings"
	"testing"
)

func TestPlural(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iraqi", "Iraqis"}, {"American", "Americans"}, {"Swiss", ""}, {"French", ""},
		{"Danish", ""}, {"Chinese", ""}, {"Frenchman", "Frenchmen"}, {"Frenchwoman", "Frenchwomen"},
		{"German", "Germans"}, {"East German", "East Germans"}, {"Monégasque", ""}, {"Icelandic", ""}, {"Cook Islander", "Cook Islanders"}, {"Northern Irish", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := plural(tt.in); got != tt.want {
				t.Errorf("plural(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"United States", "united-states"}, {"Côte d'Ivoire", "cote-divoire"},
		{"Bonaire, Sint Eustatius and Saba", "bonaire-sint-eustatius-and-saba"}, {"Guinea-Bissau", "guinea-bissau"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestGenerateErrors(t *testing.T) {
	const header = "# data-version: 1\nalpha2,name,official_name,aliases,abbreviations,former_names,demonyms\n"
	const rules = "phrase,rule\n"
	tests := []struct {
		name, csv, rules string
	}{
		{"no version", "alpha2,name,official_name,aliases,abbreviations,former_names,demonyms\n", rules},
		{"bad header", "# data-version: 1\na,b,c,d,e,f,g\n", rules},
		{"unknown code", header + "QQ,Q,Q,,,,\n", rules},
		{"deprecated code", header + "BU,Burma,Burma,,,,\n", rules},
		{"unsorted", header + "IQ,Iraq,Iraq,,,,\nAF,Afghanistan,A,,,,\n", rules},
		{"too few countries", header + "IQ,Iraq,Iraq,,,,\n", rules},
		{"fields", header + "IQ,Iraq\n", rules},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Generate(strings.NewReader(tt.csv), strings.NewReader(tt.rules))
			if err == nil || !strings.HasPrefix(err.Error(), "tablegen: ") {
				t.Errorf("Generate() error = %v", err)
			}
		})
	}
}
