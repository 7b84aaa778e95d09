package jsonlex

import "io"

// Valid reports whether data is one JSON text acceptable under opts: nil,
// or a [*SyntaxError] wrapping [ErrSyntax], [ErrDepth], [ErrTooLarge] or
// [ErrDuplicateKey]. It checks the syntax layer only and allocates nothing
// for documents without large objects.
func Valid(data []byte, opts Options) error {
	r := getReader(data, opts)
	defer putReader(r)
	r.decode = false
	for {
		if _, err := r.Next(); err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

// Valid is [Valid] with o as options.
func (o Options) Valid(data []byte) error { return Valid(data, o) }
