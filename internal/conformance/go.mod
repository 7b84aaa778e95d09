module github.com/newsmodel/news/internal/conformance

go 1.26.0

require (
	github.com/newsmodel/news v0.0.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
)

require golang.org/x/text v0.44.0 // indirect

replace github.com/newsmodel/news => ../..
