package article_test

import (
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/tags"
)

// cmpOpts compare articles: sets and tags through their contents, times
// with Equal, empty and nil slices alike.
var cmpOpts = []cmp.Option{
	cmp.Comparer(func(a, b tags.Set) bool {
		if a.Len() != b.Len() {
			return false
		}
		var as, bs []tags.Tag
		for t := range a.All() {
			as = append(as, t)
		}
		for t := range b.All() {
			bs = append(bs, t)
		}
		return cmp.Equal(as, bs, cmpopts.EquateEmpty())
	}),
	cmp.Comparer(func(a, b countries.Set) bool { return a == b }),
	cmp.Comparer(func(a, b countries.Country) bool { return a == b }),
	cmp.Comparer(func(a, b language.Tag) bool { return a == b }),
	cmp.Comparer(func(a, b article.Time) bool { return a.Equal(b) && a.Text() == b.Text() }),
	cmpopts.EquateEmpty(),
}
