package countries

import (
	"iter"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A Country is an entry of ISO 3166-1, or Kosovo (XK). It is small,
// comparable and usable as a map key.
//
// The zero Country is not valid: IsValid reports false, String returns
// "ZZ", the code and name methods return "" (Alpha3 "ZZZ" as String
// does), and it marshals to the empty text.
type Country struct {
	idx uint16
}

// countryInfo is a row of the generated countryTable.
type countryInfo struct {
	alpha2, alpha3 string
	numeric        uint16
	name, official string
	slug, demonym  string
}

func (c Country) info() *countryInfo {
	if int(c.idx) >= len(countryTable) {
		return &countryTable[0]
	}
	return &countryTable[c.idx]
}

// All returns every country in alpha-2 order: the 249 ISO 3166-1 entries
// and XK.
func All() iter.Seq[Country] {
	return func(yield func(Country) bool) {
		for i := 1; i <= numCountries; i++ {
			if !yield(Country{uint16(i)}) {
				return
			}
		}
	}
}

// Len returns the number of countries All yields.
func Len() int { return numCountries }

// IsValid reports whether c is a country rather than the zero Country.
func (c Country) IsValid() bool { return c.idx > 0 && c.idx <= numCountries }

// Alpha2 returns the ISO 3166-1 alpha-2 code ("IQ"), or "" for the zero
// Country.
func (c Country) Alpha2() string {
	if !c.IsValid() {
		return ""
	}
	return c.info().alpha2
}

// Alpha3 returns the ISO 3166-1 alpha-3 code ("IRQ"), or "ZZZ" for the
// zero Country. Kosovo's is "XKX", as the EU and the IMF write it.
func (c Country) Alpha3() string { return c.info().alpha3 }

// Numeric returns the ISO 3166-1 numeric code as three digits ("368"), or
// "" for Kosovo, which has none, and for the zero Country.
func (c Country) Numeric() string {
	n := c.info().numeric
	if n == 0 {
		return ""
	}
	return string([]byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)})
}

// Name returns the current common English name ("Eswatini", "North
// Macedonia", "Democratic Republic of the Congo"), or "" for the zero
// Country.
func (c Country) Name() string { return c.info().name }

// OfficialName returns the official English name ("Republic of Iraq"),
// or "" for the zero Country.
func (c Country) OfficialName() string { return c.info().official }

// Slug returns the name as news sites write it in paths: lower case,
// ASCII, hyphenated ("united-states", "cote-divoire"). It is "" for the
// zero Country.
func (c Country) Slug() string { return c.info().slug }

// Demonym returns the usual English adjective for the country's people
// ("Iraqi", "Swiss"), or "" for the few territories without a permanent
// population (BV, GS, HM, TF, UM) and for the zero Country.
func (c Country) Demonym() string { return c.info().demonym }

// String returns the alpha-2 code, or "ZZ" for the zero Country.
func (c Country) String() string { return c.info().alpha2 }

// Region returns the country as a golang.org/x/text region, or the
// unknown region "ZZ" for the zero Country.
func (c Country) Region() language.Region {
	r, err := language.ParseRegion(c.info().alpha2)
	if err != nil {
		return language.Region{}
	}
	return r
}

// LocalName returns the name of the country in the language t, from the
// CLDR data of golang.org/x/text ("Irak" for German), or "" when that data
// has no name for t. The data is CLDR 32 (2017), so some names are dated:
// it still has "Swaziland" for Eswatini in English, for example; Name has
// the current English names.
func (c Country) LocalName(t language.Tag) string {
	if !c.IsValid() {
		return ""
	}
	n := display.Regions(t)
	if n == nil {
		return ""
	}
	return n.Name(c.Region())
}
