// Package countries models ISO 3166-1 countries as news writing names
// them: a small value type, sets of them, lookup by anything a page says,
// and the mentions of countries in running text.
//
// # Countries
//
// A [Country] is one of the 249 entries ISO 3166-1 assigns, or Kosovo. It
// is a comparable two-byte value, usable as a map key; the zero Country is
// not valid ([Country.IsValid] reports false, String returns "ZZ"). Its
// methods give the alpha-2, alpha-3 and numeric codes, the current common
// English name ("Eswatini", "North Macedonia", "Democratic Republic of the
// Congo"), the official name, the slug news sites use in paths
// ("united-states"), the usual demonym, and the name in any language that
// the CLDR data of golang.org/x/text knows ([Country.LocalName]).
//
// Kosovo is included with the user-assigned code XK, which the European
// Commission, the IMF and CLDR use. Its alpha-3 code is XKX, as the EU and
// the IMF write it (CLDR's private XKK is not accepted); it has no numeric
// code, so [Country.Numeric] returns "". XK is not an ISO 3166-1
// assignment and may change should ISO assign Kosovo a code.
//
// Names are a choice. Name follows the name the country uses for itself
// in English at the United Nations, written as news writing does:
// "Côte d'Ivoire", "Czechia", "Türkiye", "Cabo Verde", "Timor-Leste",
// "Myanmar", "Eswatini", but "Russia", "Iran", "Syria", "Laos",
// "Vietnam", "South Korea", "North Korea", "Taiwan" and "United States"
// rather than their formal forms, which OfficialName gives. The older
// names ("Ivory Coast", "Czech Republic", "Turkey", "Cape Verde", "East
// Timor", "Burma", "Swaziland") are aliases or former names, and Lookup
// and Mentions know them. Slugs derive from Name and are not meant to
// change, except when a country changes its name.
//
// # Parsing codes
//
// [Parse] reads codes only, strictly: two letters, three letters or three
// digits, in any case. Ill-formed input wraps [ErrSyntax]; a well-formed
// code that names no country ("ZZ", "UK", "999") wraps [ErrUnknown]; both
// come as a *[CodeError]. [MustParse] is for constants.
//
// # Looking up names
//
// [Lookup] reads anything a page may say for a country: a code, the
// English name, official name, aliases and abbreviations ("USA", "U.S.",
// "UK", "Great Britain", "Holland", "DRC"), former names ("Swaziland",
// "Zaire"), demonyms singular and plural ("Iraqi", "Iraqis", "Swiss",
// "Frenchmen"), slugs ("united-states", "united_states"), and names in
// every language CLDR knows ("Vereinigte Staaten", "États-Unis",
// "العراق"). Input is normalised before it is compared: case is folded,
// diacritics are removed (canonical decomposition through
// golang.org/x/text/unicode/norm, then the combining diacritical marks,
// Arabic harakat and Hebrew points dropped; the vowel signs of Indic and
// Southeast Asian scripts are letters and stay), full
// stops and apostrophes are dropped, every other run of punctuation,
// symbols and spaces counts as one space, and a leading "the" is
// ignored. Names may be written with "&" for "and" and "St" for "Saint"
// ("St. Kitts & Nevis"). Codes take precedence over
// names ("CAN" is Canada), and Lookup is case-insensitive throughout, so
// Lookup("us") is the United States; only [Mentions] insists on upper
// case.
//
// A name shared by countries is not guessed. "Congo", "Korea", "Korean",
// "Koreans", "Congolese", "Dominican" and "Dominicans" make Lookup report
// false, and [LookupAll] returns the candidates in alpha-2 order. "Guinea"
// is the Republic of Guinea, "Samoa" is Samoa, "Virgin Islands" is the
// British Virgin Islands (whose official name it is), "Macedonia" is North
// Macedonia, "Georgia" is the country: these names have one owner in
// ISO 3166-1.
//
// Codes, English forms and slugs come from a generated table (see "Data")
// searched through a perfect-hash index computed by the generator: no
// start-up work, no allocation: about 20 ns for "Iraq" and 30 to 45 ns
// for "United States" on a shared 2-core machine, 7 and 15 times faster
// than github.com/biter777/countries ByName (internal/peerbench). Localized names are indexed
// only when a lookup first needs them (a sync.Once): all 261 languages of
// golang.org/x/text/language/display, about 24,500 distinct names, of which six are shared by two
// countries (Bulgarian "Конго", for example) and found only by LookupAll. The
// build takes about 80 ms of CPU and 4.4 MB in 107,000 allocations (see
// BenchmarkLocalIndex); after it, a localized lookup costs a map access.
// Call Lookup with a localized name at start-up to pay it early. CLDR's
// data in x/text is version 32 (2017), so some localized names are dated
// ("Swasiland" in German).
//
// Input longer than 512 bytes is never found.
//
// Callers add their own names with a [Lookuper] made by [NewLookuper]:
// a value, immutable and safe for concurrent use, whose names take
// precedence over the built-in ones. There is no package state to change.
//
// # Sets
//
// A [Set] is a 256-bit bitset, comparable with ==, iterated in alpha-2
// order. Its text form is "IQ,US" and its JSON form ["IQ","US"]; both
// are read back strictly (upper-case alpha-2 codes, no spaces, no empty
// items, no duplicates, errors wrapping ErrSyntax or ErrUnknown). Lists
// as pages print them ("iraq; united-states;", "Iraq and the United
// States") are read by [ParseList], which keeps the countries it
// recognises and reports every other item as a *[ListError] with its byte
// offset, all joined with errors.Join.
//
// # Marshalling
//
// Country implements encoding.TextMarshaler, TextUnmarshaler and
// TextAppender with the alpha-2 code (the zero Country is the empty text);
// UnmarshalText uses Parse, so decoding validates and accepts any code.
// JSON goes through the text form, also for map keys. Country and Set
// implement database/sql.Scanner and driver.Valuer: a Country is stored
// as its alpha-2 code or NULL for the zero Country, a Set as its text
// form.
//
// # Mentions
//
// [Mentions] yields each country mention in running text with its byte
// offsets and the [Form] that matched. Its policy:
//
//   - Whole words only, leftmost-longest: "Iraqis" is one mention,
//     "South Sudan" is not Sudan, "Papua New Guinea" is not Guinea, and
//     "Iraq's" mentions Iraq. Words of a name may be separated by spaces,
//     line breaks, hyphens, commas, "&" and full stops ("St. Lucia").
//   - Case: a mention starts with an upper-case letter, so "fine china",
//     "turkey", "chad" and "jordan" in lower case are never countries, nor
//     is a lower-case slug. Abbreviations ("US", "U.S.", "UK", "UAE",
//     "DRC", "PRC", "NZ") match only in upper case, so "us" is never the
//     United States.
//   - Codes are not mentions unless [MentionOptions] Codes is set, because
//     "IT", "IN", "NO", "ME", "AM" and "TO" are words in capitals.
//   - Names shared by countries ("Korea", "Congo") are not reported;
//     longer unambiguous names around them are ("North Korea").
//   - Phrases that contain a country form but name something else are
//     consumed whole and not reported: "New Jersey", "New Mexico",
//     "New England", "New South Wales", "New Guinea", "Latin America",
//     "South America", "North American", "Indian Ocean", "West Indies",
//     "Guinea pig", "Gulf of Guinea", "Niger Delta", "Georgia Tech",
//     "French fries" and the rest of mentions.csv.
//   - Given names: "Chad", "Jordan", "Finn" and "Dane" are not reported
//     when followed by a capitalised word ("Chad Smith", "Jordan
//     Peterson") or preceded by one that is not a sentence-initial
//     preposition or conjunction ("Michael Jordan"; but "In Jordan" is
//     the country). "Georgia" is also not reported after "Capitalised, "
//     ("Atlanta, Georgia"). The rules are heuristics: "Jordan Valley" is
//     missed, and the capitalised "Turkey" of a recipe's first word is
//     reported.
//   - "Turkey" (alias of Türkiye), "China" and "Chile" are reported when
//     capitalised; "England", "Scotland", "Wales" and "Northern Ireland"
//     are the United Kingdom, as ISO 3166-1 has no entry for them.
//   - Mentions reads English forms only; localized names are for Lookup.
//     Invalid UTF-8 counts as a space.
//
// The search skips lower-case text eight bytes at a time (every mention
// starts with an upper-case letter), hashes the folded words of each
// capitalised word sequence incrementally into the generator's hash
// index, which also marks the word prefixes of longer names, and confirms
// each hit by comparing normalised keys. It allocates nothing and, over
// 1 MiB of news-like text, runs at about six times the throughput of the
// Aho-Corasick automaton of github.com/petar-dambovaliev/aho-corasick
// over the same names (internal/peerbench).
//
// # Data
//
// Codes come from golang.org/x/text (language.Region: ISO3 and M49, checked
// by the generator) and localized names from its CLDR tables; the package
// keeps no second copy of CLDR. What x/text lacks or has out of date —
// current English names, official names, aliases, abbreviations, former
// names, demonyms — is countries.csv, compiled by the newsmodel team from
// public knowledge (no share-alike or ODbL dataset was copied); the
// mention rules are mentions.csv. The generator gen.go (run by go generate
// in the module root: go run countries/gen.go -output countries/tables.go)
// writes tables.go: the country table in alpha-2 order, direct indexes of
// alpha-2 and numeric codes, sorted alpha-3 codes, and the sorted name
// keys with their 64-bit hashes and an open-addressing index, all static
// data with no init-time work. [DataVersion] names the data; TestGenerated
// fails when tables.go is stale. Regular plurals of demonyms and the "&"
// and "St" spellings are derived by the generator.
//
// Five territories have no permanent population and no demonym: BV, GS,
// HM, TF and UM.
//
// # Start-up
//
// The package's own initialisation is about 1 µs (two error values and
// two 256-byte class tables; BenchmarkStartup reads the runtime's
// inittrace). Importing it also imports golang.org/x/text/language/display,
// whose init builds a language matcher over its 261 languages; that costs
// a few milliseconds on a loaded 2-core machine, and is reported by
// BenchmarkStartup as deps-init-ms.
package countries
