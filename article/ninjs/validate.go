package ninjs

import (
	"errors"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/news/internal/jsonlex"
)

// A rule is one compiled schema node of rules.go; children are indices
// into the same table.
type rule struct {
	types             typeSet
	enum              []string
	format            format
	pattern           *regexp.Regexp
	hasMin, hasMax    bool
	min, max          float64
	required          []string
	props             []prop // sorted by name
	patternProps      []patternProp
	additional        int // open, closed or the index of a rule
	unevaluatedClosed bool
	items             int
	hasItems          bool
	allOf             []int
	anyOf             []int
	oneOf             []int
	geoJSON           bool
}

type prop struct {
	name string
	rule int
}

type patternProp struct {
	re   *regexp.Regexp
	rule int
}

type typeSet uint8

const (
	typeObject typeSet = 1 << iota
	typeArray
	typeString
	typeNumber
	typeInteger
	typeBoolean
	typeNull
)

type format uint8

const (
	formatNone format = iota
	formatURI
	formatDateTime
)

// Values of rule.additional besides a rule index (never 0, the root).
const (
	open   = 0 // additional members allowed (the zero value)
	closed = -1
)

// ValidateOptions control validation. The zero value checks a document
// against the schema of its own version, formats not asserted.
type ValidateOptions struct {
	// Version is the version to check against. Zero means the document's
	// Version, and DefaultVersion when that is zero too.
	Version Version
	// Formats, when true, also checks the "uri" and "date-time" formats
	// (an absolute RFC 3986 URI; an RFC 3339 date-time), reporting
	// [ErrFormat]. The zero value does not: the official schemas leave
	// formats as annotations, as JSON Schema validators do by default, and
	// IPTC's own test suite expects documents with a "uri" such as
	// "001_urgency" and a date-time such as "Last Tuesday" to pass. 1.0
	// (a draft-03 schema) is never format-checked.
	Formats bool
}

// Validate checks d against the official schema of its version with the
// zero [ValidateOptions].
func Validate(d *Document) error { return ValidateOptions{}.Validate(d) }

// Validate checks d against the official schema of the chosen version,
// written in Go (the schema files are not needed at run time). It reports
// every problem at once: the result is nil or an errors.Join of
// [*FieldError] values, in the order the writer writes the members, each
// with a JSON Pointer path and an error wrapping one of [ErrType], [ErrRequired], [ErrEnum],
// [ErrFormat], [ErrPattern], [ErrRange], [ErrNotAllowed],
// [ErrAlternatives], [ErrGeoJSON], [ErrUnsupported], [ErrDuplicateKey] or
// [ErrSyntax] (a kept Extra value that is not JSON).
//
// Members kept in Extra are checked like the others, so a document read
// with type errors fails validation with the same paths.
func (o ValidateOptions) Validate(d *Document) error {
	if d == nil {
		return errNil
	}
	v := o.Version
	if v == 0 {
		v = d.Version
	}
	if v == 0 {
		v = DefaultVersion
	}
	rules := rulesFor(v)
	if rules == nil {
		return &FieldError{Path: "", Err: &detail{ErrUnsupported, "unknown ninjs version " + v.String()}}
	}
	e := encoder{major: v.Major(), from: d.Version.Major()}
	tree := e.object(deref(d), "", false)
	c := checker{rules: rules, formats: o.Formats && v != Version10}
	c.errs = e.errs
	c.check(0, tree, "")
	if len(c.errs) == 0 {
		return nil
	}
	return errors.Join(c.errs...)
}

type checker struct {
	rules   []rule
	formats bool
	errs    []error
	depth   int
}

func (c *checker) fail(path string, sentinel error, msg string) {
	c.errs = append(c.errs, fieldErr(path, sentinel, msg))
}

// ok reports whether v satisfies rule r, without recording anything.
func (c *checker) ok(r int, v any, path string) bool {
	saved := c.errs
	c.errs = nil
	c.check(r, v, path)
	good := len(c.errs) == 0
	c.errs = saved
	return good
}

func (c *checker) check(ri int, v any, path string) {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > 2*jsonlex.DefaultMaxDepth {
		c.fail(path, ErrDepth, "nesting too deep to validate")
		return
	}
	r := &c.rules[ri]
	if r.types != 0 && !hasType(r.types, v) {
		c.fail(path, ErrType, "want "+typeNames(r.types)+", have "+typeName(v))
		return
	}
	if r.geoJSON {
		checkGeoJSON(c, v, path, 0)
	}
	switch x := v.(type) {
	case string:
		if r.enum != nil && !slices.Contains(r.enum, x) {
			c.fail(path, ErrEnum, strconv.Quote(x)+" is not one of "+strings.Join(r.enum, ", "))
		}
		if c.formats {
			switch r.format {
			case formatURI:
				if !validURI(x) {
					c.fail(path, ErrFormat, strconv.Quote(x)+" is not an absolute URI")
				}
			case formatDateTime:
				if !validDateTime(x) {
					c.fail(path, ErrFormat, strconv.Quote(x)+" is not an RFC 3339 date-time")
				}
			}
		}
		if r.pattern != nil && !r.pattern.MatchString(x) {
			c.fail(path, ErrPattern, strconv.Quote(x)+" does not match "+r.pattern.String())
		}
	case jsonlex.Number:
		f, err := x.Float64()
		if err == nil {
			if r.hasMin && f < r.min {
				c.fail(path, ErrRange, string(x)+" is below the minimum "+strconv.FormatFloat(r.min, 'g', -1, 64))
			}
			if r.hasMax && f > r.max {
				c.fail(path, ErrRange, string(x)+" is above the maximum "+strconv.FormatFloat(r.max, 'g', -1, 64))
			}
		}
		if r.enum != nil {
			c.fail(path, ErrEnum, string(x)+" is not one of "+strings.Join(r.enum, ", "))
		}
	case []any:
		if r.hasItems {
			for i, e := range x {
				c.check(r.items, e, index(path, i))
			}
		}
	case *jsonlex.Object:
		c.object(r, x, path)
	}
	for _, a := range r.allOf {
		c.check(a, v, path)
	}
	if len(r.anyOf) > 0 {
		n := 0
		for _, a := range r.anyOf {
			if c.ok(a, v, path) {
				n++
				break
			}
		}
		if n == 0 {
			c.fail(path, ErrAlternatives, "none of the alternatives holds"+c.describe(r.anyOf))
		}
	}
	if len(r.oneOf) > 0 {
		n := 0
		for _, a := range r.oneOf {
			if c.ok(a, v, path) {
				n++
			}
		}
		switch {
		case n == 0:
			c.fail(path, ErrAlternatives, "none of the alternatives holds"+c.describe(r.oneOf))
		case n > 1:
			c.fail(path, ErrAlternatives, "more than one of the exclusive alternatives holds"+c.describe(r.oneOf))
		}
	}
}

// describe names the required members of alternatives, for messages.
func (c *checker) describe(alts []int) string {
	var parts []string
	for _, a := range alts {
		r := &c.rules[a]
		if len(r.required) > 0 {
			parts = append(parts, strings.Join(r.required, "+"))
		} else if len(r.oneOf) > 0 {
			parts = append(parts, "("+strings.TrimPrefix(c.describe(r.oneOf), ": ")+")")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return ": " + strings.Join(parts, " | ")
}

func (c *checker) object(r *rule, o *jsonlex.Object, path string) {
	for _, name := range r.required {
		if _, ok := o.Get(name); !ok {
			c.fail(pointer(path, name), ErrRequired, "")
		}
	}
	for i, k := range o.Keys {
		v := o.Values[i]
		p := pointer(path, k)
		matched := false
		if j, ok := slices.BinarySearchFunc(r.props, k, func(p prop, k string) int { return strings.Compare(p.name, k) }); ok {
			matched = true
			c.check(r.props[j].rule, v, p)
		}
		for _, pp := range r.patternProps {
			if pp.re.MatchString(k) {
				matched = true
				c.check(pp.rule, v, p)
			}
		}
		if matched {
			continue
		}
		switch {
		case r.additional == closed:
			c.fail(p, ErrNotAllowed, "")
		case r.additional > 0:
			c.check(r.additional, v, p)
		case r.unevaluatedClosed && !c.evaluated(r, k, 0):
			c.fail(p, ErrNotAllowed, "")
		}
	}
}

// evaluated reports whether a subschema of r applied through allOf
// evaluates member k, for unevaluatedProperties.
func (c *checker) evaluated(r *rule, k string, depth int) bool {
	if depth > 8 {
		return false
	}
	for _, a := range r.allOf {
		s := &c.rules[a]
		if _, ok := slices.BinarySearchFunc(s.props, k, func(p prop, k string) int { return strings.Compare(p.name, k) }); ok {
			return true
		}
		for _, pp := range s.patternProps {
			if pp.re.MatchString(k) {
				return true
			}
		}
		if c.evaluated(s, k, depth+1) {
			return true
		}
	}
	return false
}

func hasType(ts typeSet, v any) bool {
	switch x := v.(type) {
	case *jsonlex.Object:
		return ts&typeObject != 0
	case []any:
		return ts&typeArray != 0
	case string:
		return ts&typeString != 0
	case jsonlex.Number:
		if ts&typeNumber != 0 {
			return true
		}
		if ts&typeInteger != 0 {
			f, err := x.Float64()
			return err == nil && f == math.Trunc(f) && !math.IsInf(f, 0)
		}
		return false
	case bool:
		return ts&typeBoolean != 0
	case nil:
		return ts&typeNull != 0
	}
	return false
}

func typeNames(ts typeSet) string {
	var names []string
	for i, n := range []string{"an object", "an array", "a string", "a number", "an integer", "a boolean", "null"} {
		if ts&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, " or ")
}

// validURI reports whether s is an absolute URI (RFC 3986): a scheme, a
// colon and only characters a URI may hold, with well-formed %-escapes.
func validURI(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 1 {
		return false
	}
	for i := 0; i < colon; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	for i := colon + 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("-._~:/?#[]@!$&'()*+,;=", c) >= 0:
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		default:
			return false
		}
	}
	return true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func deref(d *Document) reflect.Value { return reflect.ValueOf(d).Elem() }
