// Package agencies is the registry of news agencies: who "MIA", "AFP",
// "dpa" or "https://www.mia.mk/" is. The article package wraps it as
// article.LookupSource; it imports nothing of the module, and countries
// are plain ISO 3166-1 alpha-2 strings here.
//
//	for _, a := range agencies.Lookup("MIA") {
//		fmt.Println(a.Name, a.Country) // Macedonian Information Agency MK
//	}
//
// # The data
//
// The registry is agencies.csv in this directory, compiled by the project
// from public knowledge (see README.md for its provenance and editing
// rules). gen.go turns it into tables.go: the agencies in a fixed order and
// a sorted index of their keys, searched by binary search, with nothing
// built at init time. [DataVersion] names the version of the CSV. After
// editing the CSV run go generate here; TestGenerated fails while tables.go
// is stale.
//
// Each [Agency] has a name, the acronym it is credited with, aliases
// (names in its own languages and scripts, former names, other credits),
// domains, a country as an upper-case alpha-2 code (Kosovo is the
// user-assigned XK), the BCP 47 tags of its languages, and a home page.
// Agencies that have closed (SAPA, NZPA) keep their entries, without
// domains or home page, because archives still credit them.
//
// # Matching
//
// [Lookup] compares folded strings (see [Key]): letters lower-cased and
// stripped of diacritics by compatibility decomposition (so "ＡＦＰ",
// "Agencia Brasil", "AGÊNCIA BRASIL" and "Agência Brasil" are alike),
// digits kept, and everything else dropped: spaces, punctuation, symbols,
// format characters. "M.I.A.", "mia" and "MIA" are one key; so are
// "Keystone SDA" and "Keystone-SDA". Non-Latin scripts are matched in
// their own letters ("ТАСС", "新华社"); there is no transliteration, so a
// romanised form matches only when it is listed as an alias.
//
// Each agency is found by its acronym, its name, each alias and each
// domain. A string is looked up in this order, and the first step that
// finds anything gives the result:
//
//  1. Host names. A URL with a scheme ("https://www.mia.mk/en/x"), or a
//     host name of ASCII letters, digits, hyphens and dots whose last label
//     has two or more letters, optionally followed by a path ("mia.mk",
//     "Reuters.com", "mia.mk/en"; not "A.P."), is a host: port,
//     user information, path, query and fragment are ignored, and the host
//     and then each parent domain is compared with the domains
//     ("english.news.cn" finds the agency of "news.cn"; "www." needs no
//     rule of its own). A host never falls back to names, so
//     "mia.mk.example.org" finds nothing. Internationalised host names
//     match in their xn-- form only.
//  2. The whole string, folded: an acronym, name or alias.
//  3. The longest leading run of words that is a key. Words end at each
//     character that folding drops (except diacritics) and where letters
//     change to digits or back, so wire codes and slugs resolve to their agency: "MIA001",
//     "MIA-2020-01-24", "(Reuters)", "AFP/xyz", "AP Photo/Jane Roe",
//     "Agence France-Presse/Getty Images". Letters glued to an acronym are
//     not cut off ("APPLE" is not AP), and only the start of the string
//     counts ("by AFP" finds nothing: datelines and bylines are the
//     caller's to take apart).
//  4. Steps 2 and 3 again without a leading word "The" ("The Associated
//     Press").
//  5. When nothing matched, steps 1 to 4 for the text after the first
//     colon, which takes a label off ("Source: MIA", "Photo: AP/Jane Roe",
//     "Source: mia.mk"). Only one label is taken off; the colon of a URL
//     leads back to the same host, so URLs are unaffected.
//
// # Combined credits
//
// A line that credits several agencies, such as "Reuters/AP" or "AFP and
// dpa", is not one name. Lookup resolves the first credit of such a line
// (step 3 above), which is what a single-valued caller wants. To get every
// credit, cut the line with [Split] and look up each piece; Split knows
// the usual separators and the word "and" in the agencies' languages, and
// keeps together pieces that spell a registered name ("Dow Jones &
// Company").
//
// # Ambiguity and order
//
// Several agencies share acronyms: APA (Austria, Azerbaijan, and the
// Agence de Presse Africaine), CNA (Taiwan, Cyprus, and the Catholic News
// Agency), ANP (the Netherlands and Niger), APS (Algeria and Senegal), KNA
// (Kenya and Germany), ABP (Benin and Burundi), and others.
// The data keeps them apart and Lookup returns every candidate; choosing
// between them (by the article's language or countries) is the caller's
// business. Candidates come in a deterministic order: agencies matched by
// acronym first, then by name, then by alias, then by domain, and within
// each kind in the order of [All] (by folded acronym, then country, then
// name). The order among candidates may change when agencies are added;
// compare by content, not position.
//
// # Registries of one's own
//
// The built-in registry is fixed: nothing in the package can change it.
// A program that knows other agencies (its own feeds, local syndicators)
// builds a [Registry] with [NewRegistry]: the built-in agencies plus its
// own, found by the same rules. Its own agencies come before built-in ones
// that match the same way, so "MIA" in such a registry yields the
// program's MIA first and the Macedonian Information Agency second. A nil
// *Registry is the built-in registry, so a field of type *Registry needs
// no initialisation.
//
// # Results
//
// Lookup and All return copies: the slices of an [Agency] are fresh and
// the caller may keep or change them. Registries are immutable and safe
// for concurrent use. A lookup that finds nothing returns nil and
// allocates nothing; one that finds agencies makes two allocations.
//
// # Invalid UTF-8 and limits
//
// An invalid UTF-8 byte reads as U+FFFD, a symbol, and so separates words
// like any punctuation: Lookup(s) equals Lookup(strings.ToValidUTF8(s,
// "\uFFFD")). Lookup never panics; it stops folding as soon as the folded
// form is longer than the longest key, so its time is linear in the length
// of the input and its memory constant; only the first 32 word boundaries
// are tried in step 3. Split's time is linear in the length of its input.
package agencies

//go:generate go run gen.go
