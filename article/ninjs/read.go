package ninjs

import (
	"context"
	"errors"
	"io"
	"reflect"
	"strings"

	"github.com/newsmodel/news/internal/jsonlex"
)

// Default limits of [ReadOptions].
const (
	DefaultMaxBytes = 20 << 20 // 20 MiB
	DefaultMaxDepth = 1000
)

// ReadOptions control reading. The zero value reads strict JSON of up to
// DefaultMaxBytes and DefaultMaxDepth and detects the version.
type ReadOptions struct {
	// Version is the version of documents that do not name their schema in
	// a "$schema" member. Zero means: take the version the document
	// declares in "standard" ("$standard" in 1.x) when the spelling of its
	// keys agrees, else the newest version of the major version its keys
	// are spelled in, else DefaultVersion (2.2). See the package
	// documentation.
	Version Version
	// MaxBytes is the largest document accepted; larger input fails with
	// [ErrTooLarge], checked while reading. Zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxDepth is the deepest nesting of objects and arrays accepted;
	// deeper input fails with [ErrDepth]. Zero means DefaultMaxDepth.
	MaxDepth int
	// DuplicateKeys is the policy for an object with two members of the
	// same name. The zero value, DupReject, fails with [ErrDuplicateKey].
	DuplicateKeys DupPolicy
}

// DupPolicy says what reading does with repeated member names.
type DupPolicy uint8

const (
	// DupReject fails with [ErrDuplicateKey] (the default).
	DupReject DupPolicy = iota
	// DupKeepLast keeps the last value at the place of the first member,
	// as encoding/json and JavaScript do; earlier values are dropped.
	DupKeepLast
)

// Parse reads one document from data with the zero [ReadOptions].
func Parse(data []byte) (*Document, error) { return ReadOptions{}.Parse(data) }

// Read reads one document from r with the zero [ReadOptions].
func Read(r io.Reader) (*Document, error) { return ReadOptions{}.Read(r) }

func (o ReadOptions) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Read reads all of r, up to MaxBytes, and parses it as [ReadOptions.Parse]
// does. Input longer than MaxBytes fails with [ErrTooLarge] as soon as the
// limit is passed, without reading the rest.
func (o ReadOptions) Read(r io.Reader) (*Document, error) {
	return o.ReadContext(context.Background(), r)
}

// ReadContext is [ReadOptions.Read] that stops soon after ctx is done and
// then returns ctx.Err(). The context is checked between reads from r and
// before parsing; parsing itself is bounded by MaxBytes.
func (o ReadOptions) ReadContext(ctx context.Context, r io.Reader) (*Document, error) {
	max := o.maxBytes()
	var data []byte
	buf := make([]byte, 32<<10)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := r.Read(buf)
		data = append(data, buf[:n]...)
		if int64(len(data)) > max {
			return nil, &ParseError{Offset: max, Msg: "document larger than the limit", Err: ErrTooLarge}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return o.Parse(data)
}

// Parse reads one ninjs document (a JSON object) from data.
//
// Input that is not strict JSON, or breaks a limit, fails with a
// [*ParseError] wrapping [ErrSyntax], [ErrDepth], [ErrTooLarge] or
// [ErrDuplicateKey], and a nil Document. A JSON value that is not an object
// fails with a [*FieldError] wrapping [ErrType].
//
// Otherwise Parse returns the Document, and also an errors.Join of
// [*FieldError] values (wrapping [ErrType] or [ErrRange]) for members
// whose value does not fit their field; those members are kept in Extra,
// so nothing is lost. Parse does not check the schema: call [Validate].
func (o ReadOptions) Parse(data []byte) (*Document, error) {
	tree, err := o.tree(data)
	if err != nil {
		return nil, err
	}
	obj, ok := tree.(*jsonlex.Object)
	if !ok {
		return nil, &FieldError{Path: "", Err: &detail{ErrType, "a document is a JSON object, not " + typeName(tree)}}
	}
	return o.document(obj)
}

// ParseAll reads data holding either one document or a JSON array of
// documents (as some providers deliver collections). The documents are
// returned in order, with the errors of each joined under paths that start
// with its index when data is an array.
func (o ReadOptions) ParseAll(data []byte) ([]*Document, error) {
	tree, err := o.tree(data)
	if err != nil {
		return nil, err
	}
	if obj, ok := tree.(*jsonlex.Object); ok {
		d, err := o.document(obj)
		return []*Document{d}, err
	}
	a, ok := tree.([]any)
	if !ok {
		return nil, &FieldError{Path: "", Err: &detail{ErrType, "want a document or an array of documents, have " + typeName(tree)}}
	}
	docs := make([]*Document, 0, len(a))
	var errs []error
	for i, x := range a {
		obj, ok := x.(*jsonlex.Object)
		if !ok {
			errs = append(errs, fieldErr(index("", i), ErrType, "a document is a JSON object, not "+typeName(x)))
			continue
		}
		d, err := o.document(obj)
		docs = append(docs, d)
		if err != nil {
			for _, e := range unjoin(err) {
				var fe *FieldError
				if errors.As(e, &fe) {
					e = &FieldError{Path: index("", i) + fe.Path, Err: fe.Err}
				}
				errs = append(errs, e)
			}
		}
	}
	return docs, errors.Join(errs...)
}

func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func (o ReadOptions) tree(data []byte) (any, error) {
	if int64(len(data)) > o.maxBytes() {
		return nil, &ParseError{Offset: o.maxBytes(), Msg: "document larger than the limit", Err: ErrTooLarge}
	}
	tree, err := jsonlex.Options{MaxDepth: o.MaxDepth, MaxBytes: o.maxBytes(), DuplicateKeys: dupPolicy(o.DuplicateKeys)}.Decode(data)
	if err != nil {
		return nil, parseError(err)
	}
	return tree, nil
}

func parseError(err error) error {
	pe := &ParseError{Msg: err.Error(), Err: ErrSyntax}
	var se *jsonlex.SyntaxError
	if errors.As(err, &se) {
		pe.Offset, pe.Line, pe.Column, pe.Msg = se.Offset, se.Line, se.Column, se.Msg
	}
	switch {
	case errors.Is(err, jsonlex.ErrDepth):
		pe.Err = ErrDepth
	case errors.Is(err, jsonlex.ErrTooLarge):
		pe.Err = ErrTooLarge
	case errors.Is(err, jsonlex.ErrDuplicateKey):
		pe.Err = ErrDuplicateKey
	}
	return pe
}

func (o ReadOptions) document(obj *jsonlex.Object) (*Document, error) {
	v := o.detect(obj)
	d := &Document{Version: v}
	dec := decoder{major: v.Major()}
	dec.object(obj, reflect.ValueOf(d).Elem(), "")
	return d, errors.Join(dec.errs...)
}

// detect decides the version of obj; see [ReadOptions.Version].
func (o ReadOptions) detect(obj *jsonlex.Object) Version {
	if s, ok := obj.Get("$schema"); ok {
		if str, ok := s.(string); ok {
			if v, err := ParseVersion(str); err == nil {
				return v
			}
		}
	}
	if o.Version.IsValid() {
		return o.Version
	}
	spelled := spelling(obj)
	if declared := declared(obj); declared != 0 && (spelled == 0 || declared.Major() == spelled) {
		return declared
	}
	if spelled != 0 {
		return latest(spelled)
	}
	return DefaultVersion
}

// declared returns the version in the document's standard member, or 0.
func declared(obj *jsonlex.Object) Version {
	for _, k := range [...]string{"standard", "$standard"} {
		s, ok := obj.Get(k)
		if !ok {
			continue
		}
		so, ok := s.(*jsonlex.Object)
		if !ok {
			continue
		}
		for _, m := range [...]string{"schema", "version"} {
			if x, ok := so.Get(m); ok {
				if str, ok := x.(string); ok {
					if v, err := ParseVersion(str); err == nil {
						return v
					}
				}
			}
		}
	}
	return 0
}

// keys1 and keys3 are top-level members only 1.x, respectively only 3.x,
// spell that way.
var keys1 = map[string]bool{
	"$standard": true, "mimetype": true, "person": true, "organisation": true, "place": true,
	"subject": true, "event": true, "object": true, "infosource": true, "byline": true,
	"headline": true, "charcount": true, "wordcount": true, "trustindicator": true, "genre": true,
}

var keys3 = map[string]bool{
	"representationType": true, "firstCreated": true, "versionCreated": true, "contentCreated": true,
	"embargoedUntil": true, "pubStatus": true, "copyrightHolder": true, "copyrightNotice": true,
	"usageTerms": true, "edNote": true, "eventDetails": true, "plannedCoverage": true,
	"infoSources": true, "altIds": true, "trustIndicators": true, "rightsInfo": true,
	"digitalSourceType": true,
}

// spelling returns the major version the top-level keys of obj are spelled
// in, or 0 when they do not tell (or contradict each other).
func spelling(obj *jsonlex.Object) int {
	one, three := false, false
	for _, k := range obj.Keys {
		switch {
		case keys1[k] || strings.HasPrefix(k, "body_") || strings.HasPrefix(k, "description_") || strings.HasPrefix(k, "headline_"):
			one = true
		case keys3[k]:
			three = true
		}
	}
	switch {
	case one && !three:
		return 1
	case three && !one:
		return 3
	}
	return 0
}

func dupPolicy(p DupPolicy) jsonlex.DupPolicy {
	if p == DupKeepLast {
		return jsonlex.DupKeepLast
	}
	return jsonlex.DupReject
}
