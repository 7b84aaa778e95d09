module github.com/newsmodel/news/internal/conformance

go 1.26.0

require (
	github.com/newsmodel/news v0.0.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/yuin/goldmark v1.8.7
)

require (
	github.com/google/go-cmp v0.7.0 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

replace github.com/newsmodel/news => ../..
