// Package textnorm normalises the Unicode text of news articles. It is the
// machinery shared by the article package (scraped text pages, Normalize)
// and the HTML scanner, so that every path into the model cleans text the
// same way.
//
// # What String does
//
// [String] (and [Options.String]) turns a run of text into one clean line:
//
//   - invalid UTF-8 becomes U+FFFD (use [Repair] to learn where it was);
//   - every Unicode white space character (NBSP, the U+2000 spaces, U+3000,
//     tabs, line and paragraph separators, line breaks) becomes one ASCII
//     space, runs of spaces collapse to one and the ends are trimmed;
//   - zero-width and invisible formatting characters are removed: U+200B,
//     U+2060, U+FEFF, U+00AD (soft hyphen), U+180E, and the bidirectional
//     controls U+200E, U+200F, U+061C, U+202A–U+202E and U+2066–U+2069;
//   - U+200C and U+200D (zero-width non-joiner and joiner) are kept only
//     between two non-ASCII characters, where scripts such as Persian and
//     Devanagari and emoji sequences need them, and removed elsewhere;
//   - other C0 and C1 control characters and DEL are removed;
//   - the result is in Unicode Normalization Form C.
//
// # Quotation marks
//
// Typographic quotation marks (“ ” ‘ ’ « » „) are content and are kept as
// written by default. [Options.StraightenQuotes] maps the double marks
// “ ” „ ‟ ″ to " and the single marks ‘ ’ ‚ ‛ ′ to ', for callers that
// compare or index text; the guillemets and CJK brackets are never changed.
//
// # Guarantees
//
// String is idempotent: String(String(s)) == String(s). It returns s itself,
// without allocating, when s is already clean; the common case of ASCII text
// and typographic punctuation is checked a word at a time.
package textnorm
