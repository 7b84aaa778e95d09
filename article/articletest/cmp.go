package articletest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/tags"
)

// CmpOptions describe how two articles are compared. The zero value
// compares every field exactly: times with [article.Time.Equal] (same
// instant, same precision, same zone flag), sets by their members, and
// slices in order.
type CmpOptions struct {
	// Ignore names fields left out of the comparison, as Go field paths
	// from the Article: "Quotes", "Extra", "Image", "Authors.URL",
	// "Sources.Role", "Dateline.Text". Zero: every field is compared.
	Ignore []string
	// Precision compares times at no finer than this precision: a time
	// of [article.Second] precision compared at [article.Minute] precision
	// equals one that gives the same minute. Zero: times are compared at
	// their own precision.
	Precision article.Precision
	// IgnoreZone compares times by their wall clock reading and precision,
	// not by whether a zone was given (for formats that cannot say a time
	// is zone-less). Zero: the zone flag is compared.
	IgnoreZone bool
	// Unordered compares Authors, Sources, Section and Quotes as sets,
	// regardless of order. Zero: order matters. Tags and Countries are sets
	// always.
	Unordered bool
}

// Options returns the go-cmp options for o, for use with cmp.Diff and
// cmp.Equal on articles and values that hold them.
func (o CmpOptions) Options() cmp.Options {
	opts := cmp.Options{
		cmp.Comparer(func(a, b language.Tag) bool { return a == b }),
		cmp.Comparer(func(a, b countries.Country) bool { return a == b }),
		cmp.Comparer(func(a, b countries.Set) bool { return a == b }),
		cmp.Transformer("tags.Set", func(s tags.Set) []tags.Tag { return slices.Collect(s.All()) }),
		cmp.Comparer(o.timeEqual),
		cmpopts.EquateEmpty(),
	}
	if len(o.Ignore) > 0 {
		ignore := make(map[string]bool, len(o.Ignore))
		for _, f := range o.Ignore {
			ignore[f] = true
		}
		opts = append(opts, cmp.FilterPath(func(p cmp.Path) bool { return ignore[goPath(p)] }, cmp.Ignore()))
	}
	if o.Unordered {
		opts = append(opts,
			cmpopts.SortSlices(func(a, b article.Person) bool { return a.Name+"\x00"+string(a.Role) < b.Name+"\x00"+string(b.Role) }),
			cmpopts.SortSlices(func(a, b article.Source) bool { return a.Name+"\x00"+a.Acronym < b.Name+"\x00"+b.Acronym }),
			cmpopts.SortSlices(func(a, b string) bool { return a < b }),
			cmpopts.SortSlices(func(a, b article.Quote) bool {
				return a.Paragraph < b.Paragraph || a.Paragraph == b.Paragraph && a.Start < b.Start
			}),
		)
	}
	return opts
}

func (o CmpOptions) timeEqual(a, b article.Time) bool {
	if o.Precision == article.Unknown && !o.IgnoreZone {
		return a.Equal(b)
	}
	if !a.IsResolved() || !b.IsResolved() {
		return a.Equal(b)
	}
	return o.coarsen(a).Equal(o.coarsen(b))
}

func (o CmpOptions) coarsen(t article.Time) article.Time {
	p := t.Precision()
	if o.Precision != article.Unknown && o.Precision < p {
		p = o.Precision
	}
	zoned := t.Zoned()
	tt := t.Time()
	if o.IgnoreZone && zoned {
		zoned = false
	}
	return article.NewTime(tt, p, zoned)
}

// goPath renders p as the dotted Go field path Ignore uses, without slice
// indexes: "Authors.Name".
func goPath(p cmp.Path) string {
	var b strings.Builder
	for _, s := range p {
		if sf, ok := s.(cmp.StructField); ok {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(sf.Name())
		}
	}
	return b.String()
}

// Diff returns a human-readable report of the differences between want and
// got (-want +got), or "" when they are equal under the options. With no
// options it uses the zero [CmpOptions]; options given replace them, so pass
// CmpOptions{...}.Options() along with your own.
func Diff(want, got *article.Article, opts ...cmp.Option) string {
	if len(opts) == 0 {
		opts = []cmp.Option{CmpOptions{}.Options()}
	}
	return cmp.Diff(want, got, opts...)
}

// Paths returns the JSON Pointers (as [article.FieldError] uses them, into
// the canonical JSON form) of the fields in which want and got differ,
// in order, each once: "/headline", "/body/2/text". A difference inside a
// set is reported at the set ("/tags").
func Paths(want, got *article.Article, opts ...cmp.Option) []string {
	if len(opts) == 0 {
		opts = []cmp.Option{CmpOptions{}.Options()}
	}
	var r pathReporter
	cmp.Equal(want, got, append(slices.Clone(opts), cmp.Reporter(&r))...)
	return r.paths
}

type pathReporter struct {
	path  cmp.Path
	paths []string
}

func (r *pathReporter) PushStep(s cmp.PathStep) { r.path = append(r.path, s) }
func (r *pathReporter) PopStep()                { r.path = r.path[:len(r.path)-1] }
func (r *pathReporter) Report(res cmp.Result) {
	if res.Equal() {
		return
	}
	p := pointer(r.path)
	if len(r.paths) == 0 || r.paths[len(r.paths)-1] != p {
		r.paths = append(r.paths, p)
	}
}

// pointer converts a go-cmp path into a JSON Pointer into the canonical
// JSON form.
func pointer(p cmp.Path) string {
	var b strings.Builder
	for _, s := range p {
		switch s := s.(type) {
		case cmp.StructField:
			b.WriteByte('/')
			b.WriteString(jsonName(s.Name()))
		case cmp.SliceIndex:
			k, _ := s.SplitKeys()
			if k < 0 {
				_, k = s.SplitKeys()
			}
			b.WriteByte('/')
			b.WriteString(itoa(k))
		case cmp.Transform:
			// A set compared as a slice: report the difference at the set.
			return b.String()
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return b.String()
}

// jsonName turns a Go field name into its canonical JSON member name:
// "URL" → "url", "CopyrightHolder" → "copyrightHolder".
func jsonName(s string) string {
	r := []rune(s)
	i := 0
	for i < len(r) && unicode.IsUpper(r[i]) {
		i++
	}
	if i > 1 && i < len(r) {
		i-- // "URLPath" → "urlPath"
	}
	if i == 0 {
		return s
	}
	return strings.ToLower(string(r[:i])) + string(r[i:])
}

func itoa(i int) string {
	if i < 0 {
		return "-"
	}
	var buf [20]byte
	n := len(buf)
	for {
		n--
		buf[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	return string(buf[n:])
}
