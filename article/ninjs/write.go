package ninjs

import (
	"errors"
	"io"

	"github.com/newsmodel/news/internal/jsonlex"
)

// WriteOptions control writing. The zero value writes compact JSON in
// the default version for the document.
type WriteOptions struct {
	// Version is the version to write: Version22 or Version31. Zero means
	// Version31 for a document whose Version is 3.x and Version22 for any
	// other. Other versions fail with [ErrUnsupported].
	Version Version
	// Indent, when not empty, writes one member per line indented by
	// Indent per level; the zero value writes compact JSON.
	Indent string
	// HTMLSafe escapes <, >, &, U+2028 and U+2029 so that the output can
	// sit in an HTML <script> element. The zero value writes them as is.
	// Either way, bytes of a string that are not valid UTF-8 (possible
	// only in a Document built by hand) are written as U+FFFD.
	HTMLSafe bool
}

// Marshal writes d with the zero [WriteOptions].
func Marshal(d *Document) ([]byte, error) { return WriteOptions{}.Append(nil, d) }

// Write writes d to w.
func (o WriteOptions) Write(w io.Writer, d *Document) error {
	b, err := o.Append(nil, d)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// version returns the version o writes d in.
func (o WriteOptions) version(d *Document) Version {
	if o.Version != 0 {
		return o.Version
	}
	if d.Version.Major() == 3 {
		return Version31
	}
	return Version22
}

// Append appends d as JSON in the chosen version and returns the result.
//
// Members are written in a fixed order, the order of the [Document] fields
// (which follows the schemas), then the members kept in Extra in their
// order; a kept member whose name a set field now writes is left out. The
// output is deterministic. The document is written as it is: Append does
// not validate it (call [Validate] with the same version for that), and
// it does not invent members (no "standard" is added).
//
// A field the version cannot hold (for example EventDetails in 2.2, or the
// 1.x Headline in 3.1) is not silently dropped: Append fails with an
// errors.Join of [*FieldError] values wrapping [ErrUnsupported], and dst
// is returned unchanged.
func (o WriteOptions) Append(dst []byte, d *Document) ([]byte, error) {
	if d == nil {
		return dst, errNil
	}
	v := o.version(d)
	if v != Version22 && v != Version31 {
		return dst, &FieldError{Path: "", Err: &detail{ErrUnsupported, "writing ninjs " + v.String() + " is not supported (2.2 and 3.1 are)"}}
	}
	tree, err := encodeTree(d, v)
	if err != nil {
		return dst, err
	}
	if o.Indent != "" {
		out, err := jsonlex.AppendIndent(dst, tree, "", o.Indent, o.HTMLSafe)
		if err != nil {
			return dst, err
		}
		return append(out, '\n'), nil
	}
	return jsonlex.AppendValue(dst, tree, o.HTMLSafe)
}

func encodeTree(d *Document, v Version) (*jsonlex.Object, error) {
	e := encoder{major: v.Major(), from: d.Version.Major()}
	tree := e.object(deref(d), "", false)
	if len(e.errs) > 0 {
		return nil, errors.Join(e.errs...)
	}
	return tree, nil
}
