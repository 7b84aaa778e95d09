// Package tags models topic tags as news pages, feeds, ninjs subjects and
// schema.org keywords carry them: a value type with a hierarchical code,
// a parser for the tag lines pages print, deduplicating sets, and
// controlled vocabularies that resolve codes, names, aliases and slugs.
//
// It imports neither package countries nor package article.
//
// # Tags
//
// A [Tag] has an optional code, a name, optional aliases, an optional
// description with a flag telling whether the page cut it short, an
// optional vocabulary URI and optional relevance and confidence scores
// (pointers, nil when absent, as ninjs subjects give them). A tag needs a
// code or a name; the zero Tag is not valid.
//
// Codes are case-insensitive and hierarchical: segments of ASCII letters,
// digits, '_' and '.', separated by '-', '/' or ':' as the source wrote
// them ([ValidCode]). [Tag.Segments] splits a code, [Tag.Parent] drops the
// last segment as written ("LLL-GFATF-ISIS" gives "LLL-GFATF") and
// [Tag.Within] compares whole segments, case-insensitively and with the
// three separators alike; a code is within itself.
//
// # Identity
//
// [Tag.Key] is a comparable identity usable as a map key: the code when
// there is one (upper-cased, every separator read as '-'), otherwise the
// name folded for matching. Folding uses the compatibility decomposition
// of golang.org/x/text/unicode/norm, drops the diacritics of Latin and
// Greek letters, folds case and turns every run of spaces and punctuation
// into one separator, so "Al-Qaeda", "al qaeda" and "AL QAEDA" are one
// tag, as are "Café culture" and "cafe culture". Marks of other scripts
// are kept ("й" is not "и"); input is expected in NFC. Two tags with the
// same name but different codes are different tags, and a tag with a code
// is never the same as one without.
//
// # Slugs
//
// [Tag.Slug] writes the name (or, without a name, the code) as news sites
// write tag URLs: folded as above with '-' between words ("Côte d’Ivoire"
// gives "cote-d-ivoire"); letters of other scripts are kept as they are.
// [Vocabulary.Lookup] and [Set.LookupSlug] find tags by slug.
//
// # The line form
//
// [Parse] reads one tag line as a page prints it, for instance (quotes
// added)
//
//	"• ZZZ-ORG-NLF Northern Lantern Front NLF is an invented armed group…[+]"
//
// The rules, applied in this order:
//
//   - Words are separated by any Unicode white space, NBSP, the narrow
//     NBSP, the ideographic space and the invisible separators ZWSP, WJ,
//     U+180E and BOM; leading, trailing and repeated spaces do not matter.
//     Other control characters and invalid UTF-8 are errors wrapping
//     ErrSyntax, with the byte column.
//   - A first word made only of the bullets •, ·, -, *, ‣, ◦, ▪, ●, – or —
//     is dropped; the non-ASCII bullets may also be glued to the text
//     ("•Weather"). A hyphen glued to a word is not a bullet ("-Weather").
//   - A truncation marker ends the line: "[+]" or "[more]" (any of
//     "[more]", "[More]", "[MORE]"), an ellipsis ("..." or "…"), or an
//     ellipsis followed by one of the bracketed marks, glued to the last
//     word or standing alone; an ellipsis ending the word before a
//     standalone bracketed mark belongs to the marker ("big… [more]"). It
//     sets Truncated and is not part of the description.
//   - The first word is a code when it is written in brackets ("[ECON]";
//     "[]" says explicitly that there is no code) or when it passes the
//     code rule below.
//   - The description starts after the first standalone separator word
//     "—", "–", "-" or "--" when there is one. Otherwise, when the name
//     starts with anything but a lower-case letter, the description starts
//     at the first of the English copulas "is", "are", "was" or "were"
//     after the first word, and keeps the copula: "Islamic State ISIS is
//     an…" has the description "is an…", exactly as the page wrote it.
//     Otherwise there is no description.
//   - What precedes the description is the name and its aliases. When it
//     contains standalone "/" words, they separate the name from each
//     alias ("Islamic State / Daesh / ISIL"); a final "/" only says there
//     are no aliases. Otherwise trailing all-capitals acronyms become
//     aliases ("Islamic State ISIS" gives the alias "ISIS"), provided a
//     word that is not an acronym stays in the name. An acronym has two to
//     twelve upper-case letters of any script or digits, at least two
//     letters, and is not a Roman numeral ("World War II" keeps its "II");
//     "NATO" alone stays a name.
//
// The code rule tells a code from a hyphenated name. A first word is a
// code when it has the shape of a code with at least two segments and
//
//   - it contains ':' or '/' and begins with a letter ("medtop:20000123"), or
//   - its only separator is '-', it has no lower-case letter and at least
//     one letter, it is not a designation (two segments, the second all
//     digits: "COVID-19", "F-16", "G-7"), and the next word, if any, does
//     not begin with a lower-case letter.
//
// So "LLL-GFATF-ISIS Islamic State" has a code, while "COVID-19 vaccines",
// "Al-Qaeda", "UK-EU relations" and "2020-01 events" are names. One-segment
// codes and codes that fail the rule are written in brackets.
//
// # Formatting
//
// [Tag.String], [Tag.MarshalText] and [Tag.AppendText] write the line
// form back from the fields alone; no raw line is stored. What the fields
// do not determine, Parse records in [Tag.Style]: the bullet, the
// spelling of the truncation marker, and the explicit forms a page may
// write where they were not needed. So formatting a parsed tag gives the
// page's line back modulo white space, which here means: the two are
// equal once every white space rune that Parse recognises (the first rule
// above: Unicode white space, NBSP, the narrow NBSP, the ideographic
// space, ZWSP, WJ, U+180E and BOM) is removed. Removing rather than
// collapsing is the definition because String writes single spaces
// between words and spaces a bullet or marker that the page glued to a
// word ("•Weather" comes back as "• Weather"); the words themselves are
// kept apart by the second promise, that Parse(t.String()) equals t,
// Style included, for every tag Parse returns. FuzzLineForm checks both
// for every line Parse accepts.
//
// Style records only departures from the default form: a line written
// the way String writes it parses with the zero Style, and a tag with the
// zero Style (built by hand, from JSON without a style, or by a
// [Vocabulary]) is written in the default form:
//
//   - no bullet; Style.Bullet is the page's bullet, which String writes
//     before the line with a space;
//   - the marker "...[+]" glued to the last word; Style.Marker is the
//     page's marker with white space removed ("…", "[more]", "…[More]"),
//     written glued to the last word, except that a bracketed mark alone
//     follows a space and an ellipsis that ended the word before a marker
//     with an ellipsis of its own keeps its space ("big… …[more]");
//   - the run-together form whenever Parse reads it back unchanged, and
//     otherwise " — " before the description (or after a name that
//     contains a copula); Style.Separator is the page's "—", "–", "-" or
//     "--" where String would write another or none;
//   - the code in brackets when the code rule would not read it as a code
//     ("[ECON] Economy"), and "[]" before a name whose first word would
//     read as a code, a bracketed code or, without a bullet, a bullet;
//     Style.BracketCode records brackets or "[]" written where String
//     would write neither;
//   - " / " before aliases that are not acronyms the parser would split
//     off, and a final "/" after a name that ends in an acronym but has no
//     alias; Style.AliasSlash and Style.TrailingSlash record slashes
//     written where String would write none.
//
// String uses a non-zero Style only when Parse reads the line it gives
// back as the tag's fields, and writes the default form otherwise (a
// hand-built Style may not fit its tag: a bullet of letters, a "[more]"
// after a description that ends in "..."). For a tag with the zero Style,
// Parse(t.String()) equals t for every tag with valid UTF-8,
// single-spaced fields without control characters, a line of at most
// DefaultMaxBytes, aliases only beside a name, a description only beside
// a name or code, no standalone "—", "–", "-", "--" or "/" words in the
// name and aliases, and (unless truncated) no truncation marker at the
// end of the line; FuzzString checks this. [Tag.MarshalText] refuses,
// with ErrNoLineForm, every tag it could not write faithfully: one that
// Parse would not read back with the same fields and the same Style
// (including Styles Parse never gives for those fields, such as a Marker
// on a tag that is not truncated), and tags with a URI or scores, for
// which the line form has no place; JSON and SQL carry every field.
//
// Style is presentation, not content: [Tag.Equal] ignores it, as
// [time.Time.Equal] ignores the location, and so do [Tag.Key], Set
// identity and the choice of the richer duplicate, and Vocabulary
// lookups. Compare Styles with == where they matter.
//
// # Limits and errors
//
// A line longer than [DefaultMaxBytes] (4096 bytes; see
// [ParseOptions.MaxBytes]) fails with ErrTooLong. Parse errors are
// [*ParseError] values with Line 1 and the 1-based byte Column, wrapping
// ErrSyntax or ErrTooLong. A colon after the name ("Trade: goods") is
// part of the name, not a separator. Every error message starts with
// "tags: ".
//
// # Sets
//
// A [Set] deduplicates tags by key, in a documented order independent of
// insertion (codes first in code order, a code right before the codes
// within it, then names in folded order), and merges duplicates into the
// richer tag field by field: a full description beats a truncated one,
// which beats none; the longer name wins; aliases are united; duplicates
// that agree on their Style keep it, others get the zero Style. Merging is
// commutative and associative, so Union and Intersect commute and the
// order of Add calls does not matter. See [Set] for every rule.
//
// Sets are persistent trees: Add and Remove take O(log n) time and leave
// copies unchanged, and [SetOf] and decoding build a set of n tags in
// O(n log n) time, so a hostile list of 100k tags costs no more than its
// sort.
//
// # JSON and SQL
//
// A Tag is a JSON object with the members code, name, aliases,
// description, truncated, uri, relevance, confidence and style, in that
// order, empty ones omitted; style is an object with the members bullet,
// separator, marker, bracketCode, aliasSlash and trailingSlash, empty
// ones omitted, and is left out for the zero Style. Every field
// round-trips. A Set is an array of such objects in set order; the empty
// set is []. Marshalling rejects tags that would not decode (no code or
// name, an invalid code, invalid UTF-8, an empty alias, a score that is
// not finite, a style bullet, separator or marker of a spelling Parse
// never gives) and decoding rejects the same, and invalid UTF-8 rather
// than repairing it; unknown members (in style too) are ignored. For
// database/sql, Tag and Set store their JSON as a string; Tag.Scan also
// accepts a tag line, and NULL scans as the zero Tag or the empty Set.
//
// # Vocabularies
//
// A [Vocabulary] is loaded from CSV ([LoadVocabularyCSV]) or JSON
// ([LoadVocabularyJSON]) with the columns code, name, aliases, broader,
// uri and description (aliases separated by '|' in CSV, an array in
// JSON), or built with [NewVocabulary]. Names are required; codes are
// unique; a broader code must be defined, and an entry without one sits
// under its nearest ancestor code that the vocabulary defines. Cycles,
// duplicate codes and URIs, unknown broader codes, malformed records and
// input beyond [VocabularyOptions] limits are errors with the line.
//
// [Vocabulary.Lookup] resolves a code, then a name, then an alias, then a
// URI, matching names and aliases as [Tag.Key] folds them, so slugs and
// spellings without diacritics resolve too. A name or alias shared by two
// entries is ambiguous: Lookup reports false and [Vocabulary.LookupAll]
// lists every candidate. Lookup, LookupCode, Resolve and Broader do not
// allocate (inputs up to 256 bytes). [Vocabulary.Broader]
// and [Vocabulary.Narrower] walk the hierarchy, and [Vocabulary.Complete]
// fills a tag from its entry, replacing a truncated description by the
// full one when the full one begins with what the page showed.
//
// testdata/vocabulary.csv (and the same entries in vocabulary.json) is a
// small synthetic vocabulary whose codes and organisations are invented.
// The IPTC Media Topics vocabulary is published by IPTC under CC BY 4.0,
// which allows redistribution with attribution; this package neither
// ships nor fetches it. Converted to the CSV columns above it loads as is.
//
// # Concurrency
//
// Tags, Sets and Vocabularies are safe for concurrent reads. Set methods
// that modify the set need exclusive access to that Set value, but never
// modify storage shared with copies. A Vocabulary is immutable; the Tags
// it returns share their Aliases with it and must not be modified.
package tags
