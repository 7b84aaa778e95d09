// Package article is the model of a news article and its formats: it
// parses articles from the shapes they arrive in, validates and normalises
// them, and writes them back out.
//
// # The model
//
// An [Article] holds the headline, subheadline and summary, the canonical
// URL and ID, the [language.Tag] of the text, the Published and Modified
// times, the Authors ([Person]), the Section breadcrumb, the [Dateline],
// the topic Tags ([tags.Set]), the Countries the source declares as
// affected ([countries.Set]), the Sources that supplied the story
// ([Source]), the lead [Image], the editorial metadata of the news
// standards (Status, Urgency, Embargo, CopyrightHolder, CopyrightNotice,
// UsageTerms, Revision), the Body as a sequence of [Block] values
// (paragraphs, headings, quotations, list items), the Quotes found in the
// body, and Extra: members of a canonical JSON document this version does
// not know, kept so that they are written back.
//
// Every zero value means "not given": an empty string or slice, the zero
// [Time], [language.Und], an empty set, the zero Image and Dateline. The
// zero Article is empty and usable; [Article.Validate] says what a usable
// article needs.
//
// # Times and their precision
//
// A [Time] is an instant plus the [Precision] the source gave it (year,
// month, day, minute, second, sub-second) and whether a zone or offset was
// given. "January 24, 2020" is a Time of [Day] precision without zone; it
// stays exactly that in every format ("2020-01-24" in JSON) and is never
// turned into midnight UTC. A Time without zone carries the wall clock the
// page printed. A date that could not be resolved ("3 hours ago" without
// [ParseOptions.Reference], or text that is no date) is an unresolved
// Time that keeps the text as written; parsers report it with
// [ErrUnresolvedTime] or [ErrTime] and Validate reports it again.
//
// # Parsing
//
// [Parse] reads one article from an io.Reader, detecting its format with
// [Detect]; [ParseOptions] chooses the format, strictness, size limit
// (MaxBytes, default 20 MB, that is 20,000,000 bytes, [ErrTooLarge]), the reference time for
// relative dates, the zone for zone-less times and the source [Registry].
// [ParseOptions.ParseContext] takes a context. [ParseString] reads input
// already held in a string without copying it: the article's strings share
// its memory.
//
// A lenient parse (the default) keeps going after a problem and returns
// the article it could read together with every problem, joined with
// errors.Join; each is a [*ParseError] with a 1-based Line, a byte Column
// and the Field being read, and wraps a sentinel such as
// [ErrInvalidUTF8], [ErrUnknownCountry], [ErrTime] or [ErrTag]. A strict
// parse returns a nil Article and the first problem. Invalid UTF-8 is a
// positioned error in strict mode; otherwise each invalid byte becomes
// U+FFFD and is reported.
//
// # The scraped text page
//
// [FormatText] is the text a scraper keeps of a news page. The parser reads
// it line by line, cleaning each line with the Unicode rules of
// [Normalize], and recognises:
//
//   - navigation residue ("Skip to Content", "Menu", "Share this article",
//     lines of separators), which is dropped;
//   - a breadcrumb (a line with » or › separators; " > ", " / " and " | "
//     split its parts too) before the body: a part that reads as a date
//     gives Published, "Home" is dropped, the rest is the Section;
//   - the headline: the first line that is nothing else; the same line
//     repeated before the body is the repeated title and is dropped;
//   - tag lines: a bulleted line that [tags.Parse] reads with a code
//     ("• LLL-GFATF-ISIS Islamic State ... ...[+]"); other bulleted lines are
//     list items;
//   - labelled lines, case-insensitive: "Affected Countries:", "Countries:"
//     ([countries.ParseList]); "Source:", "Agency:" (resolved through the
//     [Registry]; unknown names are kept as written); "By", "Author:",
//     "Editor:", "Photographer:", "Translator:", "Contributor:"
//     ([ParseByline]); "Published:", "Date:", "Posted:", "Updated:",
//     "Modified:" (dates as pages print them, in English and other
//     languages, with zones and offsets); "Tags:", "Topics:", "Keywords:";
//     "Location:", "Dateline:"; "Section:", "Category:"; "Language:";
//     "URL:", "Canonical:"; "ID:"; "Summary:", "Description:";
//     "Subheadline:", "Subtitle:", "Deck:"; "Copyright:";
//   - a credit line without colon ("By Ana Ruiz and Li Wei | Updated 3
//     hours ago"), whose date residue gives Modified or Published;
//   - the dateline at the start of the first paragraph, in the wire styles
//     "BAGHDAD (Reuters) -", "DAVOS, Switzerland, Jan 23 (AFP) --",
//     "NEW YORK, NY/ACCESSWIRE/May 7, 2024/" and "NAIROBI —"; it is cut from
//     the paragraph and kept in [Dateline], Text included, and a known
//     agency is added to Sources;
//   - body blocks: every other line, one block per line; "## " marks a
//     heading, "> " a quotation and a bullet a list item.
//
// In the body a labelled line counts as a label only when its value reads
// as that field (a date that parses, a short list of sources or names);
// otherwise it is a paragraph.
//
// # Writing
//
// [Write] and [Marshal] take a [Format]: the one entry point for every
// format the package writes. [FormatText] writes the page form: headline,
// labelled lines, coded tags as bullet lines, then the body, with the
// dateline put back in front of the first paragraph.
//
// Parsing a page, writing it as text and parsing the result gives the same
// article (checked by FuzzTextRoundTrip) on the fields the page form holds:
// ID, URL, Headline, Subheadline, Summary, Language, Published, Modified,
// Authors (name, and role among author, editor, photographer, translator,
// contributor), Section, Dateline, Tags (coded tags through their line
// form; name-only tags as keywords), Countries, Sources (by their credit,
// resolved again), Body with its block kinds, and CopyrightNotice. It does
// not hold Image, Status, Urgency, Embargo, CopyrightHolder, UsageTerms,
// Revision, Quotes, Extra, a person's URL and affiliation, or a source's
// role; use the canonical JSON form for those.
//
// # The canonical JSON form
//
// [Article.MarshalJSON] (and [FormatJSON]) writes one JSON object whose
// members appear in this order, each omitted when empty:
//
//	id, url, headline, subheadline, summary   strings
//	language                                  BCP 47 tag, "en-GB"
//	published, modified                       time (below)
//	authors      [{"name", "role", "url", "affiliation"}]
//	section      ["World", "Europe"]
//	dateline     {"place", "country" (alpha-2), "date" (time), "agency", "text"}
//	tags         [{"code", "name", "aliases", "description", "truncated", "uri",
//	               "relevance", "confidence", "style" (tags.Style: "bullet",
//	               "separator", "marker", "bracketCode", "aliasSlash",
//	               "trailingSlash")}], in tags.Set order
//	countries    ["CH", "FR"], alpha-2 codes in alphabetical order
//	sources      [{"name", "acronym", "url", "country", "role"}]
//	image        {"url", "caption", "credit", "altText", "width", "height"}
//	status, urgency, embargo (time), copyrightHolder, copyrightNotice,
//	usageTerms, revision
//	body         [{"kind", "text"}], kind omitted for paragraphs, else
//	             "heading", "quotation" or "listItem"
//	quotes       [{"text", "speaker", "speakerResolved", "verb", "paragraph",
//	               "start", "endParagraph", "end", "partial"}]
//	...          the members of Extra, in their order
//
// A time is an ISO 8601 string at exactly its precision: "2020", "2020-01",
// "2020-01-24", "2020-01-24T10:30" (no zone given), "2020-01-24T10:30:05Z",
// "2020-01-24T10:30:05.12+02:00". An unresolved time is {"text": "3 hours
// ago"}. Strings are not HTML-escaped. The same article always gives the
// same bytes, and reading them back gives the same article.
//
// Reading ([Article.UnmarshalJSON], or Parse with FormatJSON) is strict
// about syntax (RFC 8259, nesting and size limits): a member given twice is
// an error wrapping [ErrDuplicate]; null is read as "not given"; an
// unknown top-level member is kept in Extra (compacted) and written back;
// an unknown member inside a known object is an error, so that no value is
// dropped silently. Errors are [*ParseError] values whose Field is the JSON
// Pointer of the value.
//
// # Formats
//
// Every format is a [Format] value, read by [ParseOptions.Parse] (detected
// by [Detect], or named in ParseOptions.Format) and written by [Write] and
// [Marshal]:
//
//	Format          read                       write            version
//	FormatText      yes                        yes              scraped page
//	FormatJSON      yes                        yes              canonical form
//	FormatHTML      yes                        no               HTML5 pages
//	FormatNinjs     yes (1.0 to 3.1)           yes              ninjs 3.1
//	FormatNinjs22   yes (2.2 by default)       yes              ninjs 2.2
//	FormatNinjs31   yes (3.1 by default)       yes              ninjs 3.1
//	FormatJSONLD    yes                        yes              schema.org NewsArticle
//	FormatRSS       yes (first item)           yes              RSS 2.0 (1.0 read)
//	FormatAtom      yes (first item)           yes              Atom 1.0
//	FormatJSONFeed  yes (first item)           yes              JSON Feed 1.1 (1.x read)
//	FormatMarkdown  no                         yes              CommonMark + YAML front matter
//
// Each writer's documentation lists what its format cannot hold.
//
// # HTML pages
//
// [FormatHTML] reads a page's metadata (meta tags, OpenGraph, Dublin Core,
// JSON-LD, microdata) and its main content in one pass of the tokenizer;
// the main JSON-LD article node is read with the same mapping as
// FormatJSONLD. The package does not write HTML: embed [Article.AppendJSONLD]
// in your own page. ExampleParse_html shows a page read end to end.
//
// # IPTC ninjs
//
// [FromNinjs] converts a document of package ninjs (any version, 1.0 to
// 3.1) and [Article.Ninjs] writes one (2.2 or 3.1); [FormatNinjs],
// [FormatNinjs22] and [FormatNinjs31] do the same through Parse and Write.
// FromNinjs documents the mapping, the time precision each version keeps,
// and how members the model has no field for are kept in Extra so that
// ninjs → Article → ninjs gives the document back.
//
// # schema.org JSON-LD
//
// [Article.AppendJSONLD] ([FormatJSONLD]) writes a NewsArticle object that
// is safe to put inside a <script> element as it is; reading takes the best
// article node of an object, an array or a @graph. AppendJSONLD documents
// the properties and what a round trip keeps.
//
// # Feeds
//
// [ParseFeed] reads every item of an RSS, Atom or JSON Feed document;
// [WriteFeed] and [FeedOptions.WriteFeed] write articles as a feed. Dates
// keep the precision the feed gives; the unknown offset (-0000, -00:00)
// marks a calendar date and a zone-less time is written without offset
// (see FeedOptions.WriteFeed).
//
// # JSON Lines
//
// [NewDecoder] reads a stream of canonical JSON articles, one per line,
// with [Decoder.Decode] or the iterator [Decoder.All]; a bad line is an
// error carrying its line number that does not stop the stream, blank
// lines are skipped, and a line longer than Decoder.MaxLineBytes (default
// [DefaultMaxLineBytes]) fails with [ErrLineTooLong]. [NewEncoder] writes
// one article per line with [Encoder.Encode].
//
// # Markdown
//
// [FormatMarkdown] writes an article for people: YAML front matter with
// the metadata, the headline, then the body blocks, escaped so that a
// CommonMark renderer gives back each block's text (see FormatMarkdown
// for the front matter keys). It is not read back.
//
// # Validation
//
// [Article.Validate] reports every problem at once: an errors.Join of
// [*FieldError] values, each with a JSON Pointer Path into the canonical
// form ("/countries/1", "/body/3/text") and an error wrapping a sentinel
// ([ErrMissing], [ErrNotAbsolute], [ErrInvalidLanguage], [ErrOrder],
// [ErrUnresolvedTime], [ErrInvalidCountry], [ErrTag], [ErrEmpty],
// [ErrRange], [ErrInvalidUTF8], [ErrUnclean], [ErrDuplicate], [ErrSyntax]).
//
// # Normalisation
//
// [Normalize] cleans an article in place and is idempotent: Unicode NFC,
// white space and NBSP folded, zero-width and bidirectional controls
// removed (typographic quotation marks are kept), the repeated title
// removed from the top of the body, URLs canonicalised by [CanonicalURL]
// (tracking parameters such as utm_*, fbclid, gclid, msclkid removed,
// fragments dropped), authors cleaned ("By", "and", roles, e-mail,
// "Staff", "Updated …" residue) and duplicates of authors, sources and
// tags merged.
//
// # Sources
//
// A [Registry] resolves credits ("MIA", "Reuters", "afp.com", "MIA001") to
// [Source] values from the table of news agencies that ships with the
// module, plus the caller's own entries ([Registry.With]); the zero
// Registry holds the defaults. An acronym shared by several agencies is
// resolved by the article's countries and language ([Hints]) or reported
// as an [*AmbiguousSourceError]. [LookupSource] uses the defaults.
//
// # Identity
//
// [Article.Fingerprint] is a stable identifier derived from the canonical
// URL, or from the cleaned headline and body when there is no URL; it
// serves as an ID where a format requires one and for deduplication.
package article
