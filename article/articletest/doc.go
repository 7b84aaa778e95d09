// Package articletest provides what tests of code built on package article
// need, in the manner of net/http/httptest: synthetic articles, documents
// in every supported format with the article each must give, go-cmp
// options and assertions that name fields by JSON Pointer, golden files,
// and a fake news site to crawl.
//
// It imports github.com/google/go-cmp and the testing package; import it
// from _test.go files only.
//
// # Synthetic articles
//
// A [Builder] builds valid, realistic articles, deterministically from its
// Seed:
//
//	a := articletest.Builder{Seed: 7, Paragraphs: 5}.Article()
//
// Each has a headline, a summary, body paragraphs with quotations and
// country mentions, authors, Published and Modified at the chosen
// [article.Precision], a section, coded tags, the declared countries, a
// source from the agency registry that ships with the module, and its
// Quotes filled by [article.ExtractQuotes]. People, places and tag codes
// are invented; countries and agencies are real. Articles are valid and
// already normalised. The article a seed gives may change between
// versions of this package; within a version it never does, so golden
// files of your own are stable until you upgrade.
//
// # Broken articles
//
// A [Breakage] breaks exactly one thing ([MissingHeadline], [BadURL],
// [ModifiedBeforePublished], ...; [Breakages] lists them all). Apply
// returns the broken copy and the [*article.FieldError] Validate reports
// for it, so a pipeline's error paths can be checked precisely:
//
//	broken, want := articletest.BadURL.Apply(a)
//	err := pipeline.Process(broken)
//	if !articletest.HasFieldError(err, want) { ... }
//
// # Corpora
//
// A [Corpus] writes N articles in every format of [Formats] (those package
// article writes and reads back, plus HTML pages written by [HTML]) and
// gives, for each [Document], the article parsing it must give: [Expected]
// restricts the source article to the fields the format carries, and its
// documentation lists, per format, what is lost. Formats that package
// article adds appear in [Formats] once [Expected] knows them.
//
// # Comparing
//
// [Diff] compares articles with go-cmp under [CmpOptions]: times by
// [article.Time.Equal] or at a coarser precision, fields ignored by name,
// lists compared as sets. [Paths] gives the JSON Pointers of the fields
// that differ. The assertions [AssertValid], [AssertEqual] and
// [AssertRoundTrip] take a [TestingT], which *testing.T satisfies, as does
// anything testify's assert accepts; they return whether they passed, like
// testify's, and name the fields in their messages.
//
// # Golden files
//
// [Golden] compares an article with testdata/<name>.json, its canonical
// JSON form indented. Run the tests with -articletest.update to rewrite
// the files:
//
//	go test ./mypipeline -articletest.update
//
// The flag carries the package's prefix so that it never clashes with an
// -update flag of your own; if your tests define a boolean -update, Golden
// obeys it too, and ARTICLETEST_UPDATE=1 works where flags are awkward
// (go test ./... runs packages that do not import articletest, which
// reject an unknown flag).
//
// # A fake news site
//
// A [Site] is an http.Handler serving articles as HTML pages, scraped
// text, ninjs, JSON-LD, JSON Lines and RSS, Atom and JSON feeds, with
// forced error statuses per path; serve it with httptest.NewServer.
package articletest
