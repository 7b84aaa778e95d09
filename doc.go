// Package news is the map of a library for modelling news articles:
// types for articles, tags, affected countries and sources, with parsers,
// validators and serialisers for the formats articles arrive in.
//
// The root package holds no code. The packages are:
//
//   - [github.com/newsmodel/news/countries]: ISO 3166-1 countries as a small
//     value type, sets of them, lookup by anything a page says (codes,
//     names, slugs, aliases, demonyms, localized names) and mentions of
//     countries in running text.
//   - [github.com/newsmodel/news/tags]: topic tags with hierarchical codes,
//     sets of tags and controlled vocabularies.
//   - github.com/newsmodel/news/article: the article model, its parsers,
//     validation, normalisation and encoders.
//   - github.com/newsmodel/news/article/ninjs: IPTC ninjs documents as
//     typed Go values.
//   - github.com/newsmodel/news/article/articletest: helpers for testing
//     content pipelines.
//
// Generated tables are rebuilt with go generate from this directory.
package news

//go:generate go run countries/gen.go -output countries/tables.go
//go:generate sh -c "cd article/ninjs && go run gen.go"
//go:generate go run internal/agencies/gen.go -input internal/agencies/agencies.csv -output internal/agencies/tables.go
