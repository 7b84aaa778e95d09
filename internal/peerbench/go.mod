module github.com/newsmodel/news/internal/peerbench

go 1.26.0

replace github.com/newsmodel/news => ../..

require (
	github.com/biter777/countries v1.7.5
	github.com/newsmodel/news v0.0.0-00010101000000-000000000000
	github.com/pariz/gountries v0.1.6
	github.com/petar-dambovaliev/aho-corasick v0.0.0-20250424160509-463d218d4745
	golang.org/x/text v0.44.0
)

require gopkg.in/yaml.v2 v2.4.0 // indirect
