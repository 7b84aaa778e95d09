// Package peerbench holds side-by-side benchmarks of the module's packages
// against peer libraries. It is a nested module so that the peers never
// enter the core go.mod.
//
// The machine these run on is shared and noisy, so the ratios that matter
// come from BenchmarkPaired: each of its sub-benchmarks alternates batches
// of our call and the peer's within one benchmark and reports the medians
// over batches of both sides' ns/op and of the ratio ("x-faster"). Run
// from this directory:
//
//	go test -run '^$' -bench Paired -benchtime 100x -count 10
//
// and take the median of the ten x-faster figures. The separate
// benchmarks (BenchmarkLookupName/ours/Iraq against
// BenchmarkLookupName/biter777/Iraq, and so on) give each side's ns/op
// and allocations; bench.sh runs them in interleaved rounds.
//
// # Countries
//
//   - Lookup by name: countries.Lookup against github.com/biter777/countries
//     ByName and github.com/pariz/gountries FindCountryByName.
//   - Parse by code: countries.Parse against golang.org/x/text
//     language.ParseRegion.
//   - Mentions over 1 MiB of synthetic news text: countries.Mentions against
//     github.com/petar-dambovaliev/aho-corasick built over the same English
//     forms (names, official names, aliases, abbreviations, former names,
//     demonyms and their plurals) with leftmost-longest, ASCII
//     case-insensitive, whole-word options, as a DFA.
//   - Start-up: gountries.New (which parses its YAML data) and the first
//     countries lookups; the package-initialisation cost of each library
//     is measured with GODEBUG=inittrace=1 by TestInitTrace.
package peerbench
