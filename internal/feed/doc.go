// Package feed reads and writes news feeds: RSS 2.0 (with the dc:,
// content: and media: extensions news feeds use, and RSS 1.0 RDF feeds
// for reading), Atom 1.0 and JSON Feed 1.1. It knows nothing of the
// article model: it turns a feed into [Feed] and [Item] values holding
// what the feed says, as written, and the article package translates them.
//
// # Values as written
//
// Dates are kept as the feed writes them (RFC 822 in RSS, RFC 3339 in
// Atom and JSON Feed), so that the caller can keep their precision; the
// writer writes the strings it is given. Summaries and content keep their
// markup, with their type ("html", "text" or "xhtml") beside them.
//
// # Limits
//
// [Options] bounds the bytes of a document (MaxBytes, 20 MiB by default,
// enforced while reading: [ErrTooLarge]), the nesting of XML elements and
// JSON values (MaxDepth, 256: [ErrDepth]) and the number of items
// (MaxItems, 100000: [ErrTooMany]). Ill-formed XML or JSON fails with
// [ErrSyntax] in a [*ParseError] giving the line and column; a feed of
// another kind fails with [ErrFormat]. XML external entities are never
// fetched; HTML named entities (&nbsp;, &eacute;) are accepted in RSS, as
// real feeds use them.
//
// # Writing
//
// [Write] writes a feed in any of the three formats, deterministically:
// the same Feed gives the same bytes. RSS output declares the dc, content,
// media and atom namespaces; JSON Feed output escapes <, >, & and
// U+2028/U+2029 so that it can be embedded in HTML.
package feed
