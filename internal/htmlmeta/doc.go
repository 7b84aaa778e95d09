// Package htmlmeta scans an HTML news page into wire types: the metadata
// the page states in every place real pages put it, and optionally its
// main content as blocks of clean text. It knows nothing of the article
// model; package article translates a [Page] into an article.
//
//	p, err := htmlmeta.Options{Body: true}.Scan(r)
//
// # Scanning
//
// The page is read whole ([Options.ScanBytes] and [Options.ScanString]
// take one held in memory, without copying it) and split into tokens in
// one pass by the package's own lexer, which gives the tokens of the
// golang.org/x/net/html Tokenizer (the same raw bytes, text and
// attributes; a differential fuzz test holds it to that) several times
// faster: it skips text, quoted values and scripts with bytes.IndexByte
// and copies nothing. No tree is built for metadata. The scanner keeps its
// own stack of open elements while tokenizing (closing <p>, <li>, <dt>, <dd>, <td>, <th>, <tr> and
// <option> implicitly as HTML does, so that ordinary pages with unclosed
// paragraphs do not grow deep), and [Options.MaxDepth] applies to it.
// Attributes are read only for the elements that can carry metadata.
//
// Raw values are kept per source in document order: [Page.Title] (the
// first <title> outside <svg>), [Page.H1], [Page.Lang] (<html lang> or
// xml:lang), [Page.Meta] (every <meta> with name, property, itemprop or
// http-equiv; a property listing several keys, "og:title dc:title", gives
// one entry per key; keys are lower-cased and Dublin Core prefixes written
// "dc." and "dcterms."), [Page.Links] (<link rel> canonical, author,
// alternate with hreflang, amphtml, shortlink, publisher, image_src,
// license; <a rel=author> with its text), [Page.Times] (<time> with
// datetime, text, itemprop and pubdate), [Page.JSONLD] (schema.org nodes of
// every application/ld+json script: top-level objects, arrays, @graph
// members and articles nested as mainEntity, with @id references to
// authors and images resolved within the script), [Page.Microdata]
// (itemprop values of other elements: headline, author, datePublished,
// dateModified, description, articleSection, keywords, inLanguage, image,
// url) and [Page.Bylines] (text of elements with itemprop author, or a
// class or id containing "byline", "author" or "writtenby", outside
// <aside>, <nav> and <footer>; an element with more than 1 KiB of text is
// no byline and is ignored).
//
// Metadata values have white space folded, and character references left
// in them after HTML decoding (pages that escape twice, "&amp;#039;") are
// decoded once more.
//
// # Precedence
//
// The resolved values take the first source that gives a non-empty value,
// in this order: JSON-LD, then OpenGraph (og:*, article:*), then Dublin
// Core and the parsely-* and sailthru.* tags, then plain meta tags
// (description, author, keywords, twitter:*), then microdata, then the
// page's own markup (<title>, <h1>, <time>, bylines). The JSON-LD node
// used is the first of the best-ranked type: NewsArticle and its subtypes
// (ReportageNewsArticle, AnalysisNewsArticle, ...), then Article,
// BlogPosting, LiveBlogPosting, Report, TechArticle, then
// SocialMediaPosting, then a WebPage node as a fallback.
//
//   - Headline: JSON-LD headline (when an article node has both headline and
//     a name of two words or more that differ, the one sharing more words
//     with <title>), og:title, dc.title/dcterms.title/parsely-title/
//     sailthru.title, twitter:title/title, microdata headline, <title>,
//     <h1>. See Headline cleanup.
//   - Description: JSON-LD description, og:description, dc.description/
//     dcterms.description/dcterms.abstract/sailthru.description,
//     description/twitter:description, microdata description.
//   - URL: <link rel=canonical> first (it is the page's own statement of
//     its address), then JSON-LD url or mainEntityOfPage, og:url,
//     parsely-link/dc.identifier/twitter:url. URLs are as stated, not
//     resolved against a base.
//   - Language: <html lang> first (it is what the text is declared in),
//     then JSON-LD inLanguage, og:locale ("en_US" becomes "en-US"),
//     dc.language, Content-Language, microdata. The first tag of a list
//     is kept.
//   - Site name: JSON-LD publisher name, og:site_name, the JSON-LD WebSite
//     name, dc.publisher, application-name, apple-mobile-web-app-title.
//   - Section: JSON-LD articleSection, article:section, parsely-section/
//     sailthru.section/dc.subject, section/category, microdata.
//   - Authors: all names of the first source that names any: JSON-LD
//     author (or creator; objects, strings, arrays, @id references;
//     profile URLs are skipped), article:author when it is a name,
//     dc.creator/dcterms.creator/parsely-author/sailthru.author,
//     author/byl, microdata author, <a rel=author> links (the first one
//     and those within 500 bytes after it, since pages also link the
//     authors of related stories), the first plausible byline (shorter
//     than 100 bytes, with a word of two letters). A leading "By",
//     "Posts by", "Written by" (and "von", "par", "por") is removed, and
//     a name that extends an earlier one ("Name, Reporter") is dropped.
//   - Keywords: JSON-LD keywords, article:tag, news_keywords, parsely-tags/
//     sailthru.tags/keywords, dc.subject; lists split at commas,
//     deduplicated ignoring case.
//   - Published: JSON-LD datePublished (or dateCreated), article:published_time,
//     Dublin Core dates, parsely-pub-date, sailthru.date, plain date
//     metas, microdata datePublished, <time pubdate> or
//     <time itemprop=datePublished>, a <time> with the microformat class
//     "published" or "dt-published", and last the first <time> of the
//     page's only <article> (not in an aside, not classed as an update or
//     a comment's). Modified likewise with dateModified,
//     article:modified_time, og:updated_time, <time itemprop=dateModified>
//     and the classes "updated" and "dt-updated". Times in asides,
//     navigation and footers never count. Times are returned as the
//     page states them; parsing them (and keeping their precision) is the
//     caller's business.
//   - Image: the first JSON-LD image (URL or ImageObject with caption,
//     creditText or copyrightHolder or author, width and height as numbers
//     or QuantitativeValue), og:image with og:image:width/height,
//     twitter:image, <link rel=image_src>, microdata image. A caption or
//     credit the chosen source lacks comes from the first <figure> (outside
//     asides) whose <img> names the same file: the <figcaption> text, and
//     the text of an element in the figure whose class, id or itemprop
//     names a credit, copyright or photographer (cut from the caption).
//     With no other source, that first captioned figure gives the image.
//
// # Headline cleanup
//
// A part joined to the headline by a separator (" | ", " - ", " – ", " — ",
// " :: ", " · ", " • ", " » ", " / ", ": ") at its end or start is removed,
// repeatedly, when it matches the site name, the host name of the
// canonical URL (with or without its domain suffix), an author, or one
// separator-delimited segment of the site name, comparing letters and
// digits only, ignoring case. A headline that is the site name itself is
// left alone. When no metadata gave a headline and it comes from <title>
// with nothing removed by the first rule, a last part of at most three
// words is removed when four words or more remain. Nothing is removed
// that would leave the headline empty.
//
// # Body
//
// With [Options.Body], a light tree of the body region is built while
// tokenizing (bounded by [Options.MaxElements]), leaving out scripts,
// styles, <noscript>, <template>, <nav>, <header>, <footer>, <aside>,
// forms and their controls, iframes, embedded media, <svg>,
// figures with their captions, dialogs and menus, elements that are
// hidden (hidden, aria-hidden="true", display:none, visibility:hidden)
// and elements with a role of navigation, complementary, banner,
// contentinfo, menu, dialog, alert or search.
//
// Elements whose class and id together contain a word that marks clutter
// (share, social, related, comment, sidebar, newsletter, promo, banner,
// breadcrumb, caption, byline, popup, ad tokens such as "ad", "ads",
// "ad-slot", and others) and no word that marks content (article, body,
// content, main, story, entry, column) are left out in a first pass;
// links and inline formatting never are.
//
// The main content is then chosen:
//
//  1. The element with itemprop articleBody holding the most paragraph
//     text, if that is at least half the paragraph text of the best
//     scored candidate (step 3).
//  2. Else the <article> element holding the most paragraph text, if the
//     page has at most two (more make it a listing) and it holds at least
//     60% of the best candidate's.
//  3. Else the best candidate by text density, scored as Mozilla
//     Readability does: every paragraph (<p>, <pre>, <td>, <blockquote>,
//     and <div> or <section> without block children) of 25 characters or
//     more scores 1, plus its commas, plus one per 100 characters (at most
//     3); its parent gains the score, its grandparent half, further
//     ancestors up to the fifth a third divided by the level. Candidates
//     start from a score by tag (div +5, pre/td/blockquote +3, lists and
//     forms -3, headings -5) plus or minus 25 for class and id words that
//     mark content or clutter, and the final score is scaled by one minus
//     the link density. The winner moves up to the nearest ancestor that
//     holds three of the other five best candidates scoring at least three
//     quarters of it, else up its ancestors while each keeps a third of its
//     score, to the first that scores higher. Siblings of the winner join
//     it when they score (plus a fifth of the winner's score when they
//     share its class) at
//     least a fifth of it (and 10), or are paragraphs of more than 80
//     characters with little link text, or short link-free paragraphs
//     ending a sentence.
//
// When the result has fewer than 250 characters, the choice is made again
// with the clutter elements included. Inside the chosen containers,
// blocks of lists, tables, <div>s and <section>s that are mostly links
// (link density over 0.5) or have a negative class weight and little
// paragraph text are skipped. Each block element (<p>, headings, list
// items, <blockquote>, <pre>, table cells' rows, <div>...) becomes a
// [Block] of kind [Heading], [ListItem], [Quotation], [Preformatted] or
// [Paragraph], with entities decoded, white space folded (including NBSP)
// and zero-width characters removed; blocks without a letter or digit are
// dropped.
//
// When the main JSON-LD node has an articleBody at least half as long as
// the text found in the page, it is used instead, one [Paragraph] per
// line ([Page.BodySource] is "jsonld").
//
// # Character sets
//
// The page is decoded to UTF-8 before tokenizing: [Options.Charset] when
// set; else a byte order mark; else the charset of [Options.ContentType];
// else UTF-8 when the first 64 KiB hold non-ASCII bytes that are valid
// UTF-8 (re-encoded pages often keep a stale <meta> declaration, and
// legacy encodings almost never form valid UTF-8), or are all ASCII and
// declare nothing (most pages are UTF-8; invalid bytes further on are then
// reported rather than silently decoded as windows-1252); else a <meta charset>
// or http-equiv declaration (looked for in the first 1024 bytes as HTML
// specifies, then in the first 64 KiB); else windows-1252, as browsers do.
// Decoders of legacy encodings replace bytes they cannot map with U+FFFD.
// For UTF-8 pages, every invalid byte in a value is replaced with U+FFFD
// and counted in [Page.InvalidUTF8], with one ErrInvalidUTF8 warning, so
// no value carries invalid UTF-8.
//
// # Limits and hostile input
//
// Time is linear in the input and memory bounded by the limits of
// [Options], each with a default and a sentinel error: MaxBytes (20 MB,
// enforced while reading, ErrTooLarge; the page is held whole, as read and,
// for legacy character sets, decoded), MaxDepth (512 open elements and
// JSON-LD nesting, ErrDepth), MaxElements (ErrTooManyElements),
// MaxTokenBytes (one tag, comment or script; a giant attribute or an
// unterminated comment gives ErrTokenTooLarge), MaxAttrBytes (a longer
// kept value is dropped with an ErrValueTooLarge warning) and MaxMeta
// (entries per raw list; further ones are dropped with an ErrTooMany
// warning). A limit, a read error or cancellation of the context given to
// [Options.ScanContext] stops the scan: the error is returned with the
// Page found so far (resolved as usual), a documented partial result.
// JSON-LD that is not JSON or nests too deeply is skipped with an ErrJSONLD
// or ErrDepth warning; its depth is checked before decoding.
//
// Output is deterministic and does not depend on how the reader splits
// its input.
package htmlmeta
