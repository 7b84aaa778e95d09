package agencies

import (
	"iter"
	"slices"
	"strings"
)

// Agency is a news agency of the registry.
//
// Values returned by [Lookup] and [All] are copies: their slices are fresh
// and the caller may modify them without affecting the registry.
type Agency struct {
	// Name is the agency's usual English name ("Macedonian Information
	// Agency"), or its own name where that is what English text uses
	// ("Agence France-Presse").
	Name string
	// Acronym is the short form the agency is credited with on wire copy,
	// in the agency's own styling: "AFP", "dpa", "ČTK". Agencies credited by
	// name have their short name here ("Reuters", "Bloomberg"). It is never
	// empty.
	Acronym string
	// Aliases are other names and acronyms the agency is known by: names in
	// its own languages, former names, other credits.
	Aliases []string
	// Domains are the agency's web hosts without "www.", lower case ASCII
	// (internationalised names in their xn-- form), main domain first.
	Domains []string
	// Country is the ISO 3166-1 alpha-2 code of the country the agency is
	// based in, upper case ("MK").
	Country string
	// Languages are the BCP 47 tags of the languages the agency publishes
	// in, main language first.
	Languages []string
	// URL is the agency's home page; empty for agencies that have closed.
	URL string
}

// String returns the acronym and the name: "MIA (Macedonian Information
// Agency)".
func (a Agency) String() string {
	if a.Acronym == a.Name {
		return a.Name
	}
	return a.Acronym + " (" + a.Name + ")"
}

func (a Agency) clone() Agency {
	a.Aliases = slices.Clone(a.Aliases)
	a.Domains = slices.Clone(a.Domains)
	a.Languages = slices.Clone(a.Languages)
	return a
}

// Len returns the number of agencies in the built-in registry.
func Len() int { return len(builtin.table) }

// All returns the agencies of the built-in registry in the order of the
// table: by folded acronym (see [Key]), then country, then name.
func All() iter.Seq[Agency] { return (*Registry)(nil).All() }

// Lookup returns the agencies of the built-in registry that s names, or
// nil. s may be an acronym, a name or an alias ("MIA", "Macedonian
// Information Agency", "Македонска информативна агенција"), a domain or
// URL ("mia.mk", "https://www.mia.mk/en/story"), or a wire credit
// ("MIA001", "(AFP)", "AFP/xyz"). The package documentation gives the
// rules. Every candidate is returned, in a deterministic order; the result
// is nil when nothing matches, and a miss does not allocate.
func Lookup(s string) []Agency { return (*Registry)(nil).Lookup(s) }

// hostOf reports whether s is a URL or a bare host name, and returns the
// host. A bare host has no spaces, a dot, and a last label of at least two
// letters ("mia.mk", "Reuters.com", "mia.mk/en/path"); "A.P." is not one.
func hostOf(s string) (string, bool) {
	s = strings.TrimSpace(s)
	scheme := false
	if i := strings.Index(s, "://"); i > 0 && isScheme(s[:i]) {
		s, scheme = s[i+3:], true
	} else if strings.HasPrefix(s, "//") {
		s, scheme = s[2:], true
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 && allDigits(s[i+1:]) {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, ".")
	dot := strings.LastIndexByte(s, '.')
	if dot < 0 {
		return "", scheme
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '.' || c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return "", scheme
		}
	}
	tld := s[dot+1:]
	if !scheme && (len(tld) < 2 || !allLetters(tld)) {
		return "", false
	}
	return s, true
}

func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
