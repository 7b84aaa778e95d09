package articletest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
)

// TestingT is what the assertions need of a test: *testing.T,
// *testing.B and *testing.F satisfy it, and so does anything testify's
// assert and require packages accept. When it also has a Helper method
// (as testing.TB does), the assertions call it so that failures point at
// the caller.
type TestingT interface {
	Errorf(format string, args ...any)
}

func helper(t TestingT) {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
}

// AssertValid reports whether a passes [article.Article.Validate]; when it
// does not, it fails t with one line per problem, each naming the field
// by its JSON Pointer: "/body/3/text: article: empty".
func AssertValid(t TestingT, a *article.Article) bool {
	helper(t)
	if a == nil {
		t.Errorf("articletest: article is nil")
		return false
	}
	err := a.Validate()
	if err == nil {
		return true
	}
	var b strings.Builder
	for _, fe := range FieldErrors(err) {
		fmt.Fprintf(&b, "\n\t%s: %v", fe.Path, fe.Err)
	}
	t.Errorf("article %q is not valid:%s", a.Headline, b.String())
	return false
}

// FieldErrors returns the [*article.FieldError] values inside err, in
// order, looking through errors.Join trees; other errors are left out.
func FieldErrors(err error) []*article.FieldError {
	var out []*article.FieldError
	var walk func(error)
	walk = func(err error) {
		if fe, ok := err.(*article.FieldError); ok {
			out = append(out, fe)
			return
		}
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	if err != nil {
		walk(err)
	}
	return out
}

// AssertEqual reports whether want and got are equal under opts (the zero
// [CmpOptions] when none are given; given options replace them). When
// they differ it fails t with the JSON Pointers of the fields that differ
// and the diff (-want +got).
func AssertEqual(t TestingT, want, got *article.Article, opts ...cmp.Option) bool {
	helper(t)
	d := Diff(want, got, opts...)
	if d == "" {
		return true
	}
	t.Errorf("articles differ at %s (-want +got):\n%s", strings.Join(Paths(want, got, opts...), ", "), d)
	return false
}

// AssertRoundTrip writes a in format f (with [Write]), parses the result
// with [article.ParseOptions] of that Format, and reports whether the
// article read is the one [Expected] says f carries (a itself for a
// format Expected does not know), compared under opts as [Diff] does. It
// fails t when writing or parsing fails or the articles differ, naming the
// fields.
func AssertRoundTrip(t TestingT, a *article.Article, f article.Format, opts ...cmp.Option) bool {
	helper(t)
	data, err := Write(a, f)
	if err != nil {
		t.Errorf("writing %s: %v", f, err)
		return false
	}
	got, err := article.ParseOptions{Format: f}.ParseString(string(data))
	if err != nil {
		t.Errorf("reading back %s: %v\n%s", f, err, data)
		return false
	}
	want := Expected(a, f)
	if want == nil {
		want = a
	}
	d := Diff(want, got, opts...)
	if d == "" {
		return true
	}
	t.Errorf("%s round trip differs at %s (-want +got):\n%s", f, strings.Join(Paths(want, got, opts...), ", "), d)
	return false
}

// HasFieldError reports whether err holds a FieldError with the path and a
// sentinel matching (errors.Is) those of want.
func HasFieldError(err error, want *article.FieldError) bool {
	for _, fe := range FieldErrors(err) {
		if fe.Path == want.Path && errors.Is(fe.Err, want.Err) {
			return true
		}
	}
	return false
}
