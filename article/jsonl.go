package article

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"iter"
	"unicode/utf8"

	"github.com/newsmodel/news/internal/jsonlex"
)

// DefaultMaxLineBytes is the longest record a [Decoder] reads when
// Decoder.MaxLineBytes is zero: 1 MiB, without the line end.
const DefaultMaxLineBytes = 1 << 20

// ErrLineTooLong reports a JSON Lines record longer than
// Decoder.MaxLineBytes. The record is skipped to its end and the stream
// goes on.
var ErrLineTooLong = errors.New("article: line too long")

// A Decoder reads a JSON Lines stream of articles: one canonical JSON
// article (see the package documentation) per line, lines ended by "\n"
// or "\r\n", the last line's end optional. Blank lines (empty or white
// space only) are skipped.
//
// A bad record does not stop the stream: [Decoder.Decode] returns a
// [*ParseError] whose Line is the record's line in the stream (Column and
// Field locate the problem inside it) and the next call reads the next
// line. A record longer than MaxLineBytes is skipped without being held in
// memory and reported with an error wrapping [ErrLineTooLong]. Errors of
// the underlying reader end the stream.
//
// Memory is bounded by MaxLineBytes plus the decoded article: the Decoder
// reuses its buffers, and the strings of each Article are its own. Set the
// exported fields before the first call to Decode.
type Decoder struct {
	// MaxLineBytes is the longest record read, in bytes without the line
	// end. Zero: [DefaultMaxLineBytes].
	MaxLineBytes int
	// Strict makes invalid UTF-8 inside a record an error wrapping
	// [ErrSyntax]. Zero: each invalid byte is replaced by U+FFFD, as
	// lenient parsing does; the record is not reported.
	Strict bool

	r    *bufio.Reader
	dec  *decoder // reused across records
	line int      // line number of the last line read
	buf  []byte   // the record being assembled when it spans buffer reads
	fix  []byte   // a record with invalid UTF-8 repaired
	err  error    // sticky error of the reader
}

// NewDecoder returns a Decoder reading from r. It buffers r.
func NewDecoder(r io.Reader) *Decoder {
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < 64<<10 {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &Decoder{r: br}
}

// Line returns the line number of the last line read, counted from 1.
// After Decode it is the line of the record decoded or reported.
func (d *Decoder) Line() int { return d.line }

func (d *Decoder) maxLine() int {
	if d.MaxLineBytes <= 0 {
		return DefaultMaxLineBytes
	}
	return d.MaxLineBytes
}

// Decode reads the next record into a, replacing its contents. It returns
// io.EOF at the end of the stream; a [*ParseError] for a record that is
// not a canonical JSON article, after which the stream can be read on;
// and any error of the underlying reader, which ends the stream. When it
// returns an error, a is left as the zero Article or unchanged.
func (d *Decoder) Decode(a *Article) error {
	return d.DecodeContext(context.Background(), a)
}

// DecodeContext is Decode that returns ctx.Err() when ctx is done before
// the next record is read.
func (d *Decoder) DecodeContext(ctx context.Context, a *Article) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := d.readLine()
		if err != nil {
			return err
		}
		if rec == nil {
			continue // blank line
		}
		var v Article
		if !d.Strict && !utf8.Valid(rec) {
			// Repair before decoding, so that members kept in Extra are
			// repaired too: each invalid byte becomes U+FFFD.
			d.fix = appendRepaired(d.fix[:0], rec)
			rec = d.fix
		}
		opts := jsonlex.Options{MaxBytes: int64(len(rec)) + 1, ReplaceInvalid: !d.Strict}
		dec := d.dec
		if dec == nil {
			dec = &decoder{r: opts.NewReader(rec), path: make([]seg, 0, 8)}
			d.dec = dec
		} else {
			dec.r.Reset(rec, opts)
			dec.path = dec.path[:0]
		}
		if err := dec.article(&v); err != nil {
			return d.lineError(err)
		}
		*a = v
		return nil
	}
}

// appendRepaired appends b with each byte that is not part of valid UTF-8
// replaced by U+FFFD.
func appendRepaired(dst, b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, "\uFFFD"...)
		} else {
			dst = append(dst, b[:n]...)
		}
		b = b[n:]
	}
	return dst
}

// lineError moves an error positioned inside the record to its line of the
// stream.
func (d *Decoder) lineError(err error) error {
	var pe *ParseError
	if errors.As(err, &pe) {
		e := *pe
		e.Line = d.line
		return &e
	}
	return &ParseError{Line: d.line, Column: 1, Err: err}
}

// readLine returns the next line without its end, or nil for a blank
// line. The slice is valid until the next call. A line
// longer than the limit is consumed and reported.
func (d *Decoder) readLine() ([]byte, error) {
	if d.err != nil {
		return nil, d.err
	}
	max := d.maxLine()
	d.buf = d.buf[:0]
	tooLong := false
	for {
		frag, err := d.r.ReadSlice('\n')
		if err == nil || err == io.EOF || err == bufio.ErrBufferFull {
			switch {
			case tooLong:
			case len(d.buf)+len(frag) > max+2: // room for "\r\n"
				tooLong = true
				d.buf = d.buf[:0]
			case err == bufio.ErrBufferFull || len(d.buf) > 0:
				d.buf = append(d.buf, frag...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
		case io.EOF:
			if len(frag) == 0 && len(d.buf) == 0 && !tooLong {
				d.err = io.EOF
				return nil, io.EOF
			}
			d.err = io.EOF // the last line had no end; report it first
		default:
			d.err = err
			return nil, err
		}
		d.line++
		line := frag
		if len(d.buf) > 0 {
			line = d.buf
		}
		line = bytes.TrimRight(line, "\r\n")
		if tooLong || len(line) > max {
			return nil, &ParseError{Line: d.line, Column: max + 1, Err: ErrLineTooLong}
		}
		if len(bytes.TrimSpace(line)) == 0 {
			if d.err != nil {
				return nil, d.err
			}
			return nil, nil
		}
		return line, nil
	}
}

// All returns an iterator over the records of the stream. Each step yields
// an article and nil, or nil and the error of one record (a [*ParseError]),
// after which iteration goes on unless the caller stops. An error of the
// underlying reader is yielded last; io.EOF ends the iteration without
// being yielded.
func (d *Decoder) All() iter.Seq2[*Article, error] {
	return d.AllContext(context.Background())
}

// AllContext is All that yields ctx.Err() and stops once ctx is done.
func (d *Decoder) AllContext(ctx context.Context) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		for {
			a := new(Article)
			err := d.DecodeContext(ctx, a)
			switch {
			case err == io.EOF:
				return
			case err == nil:
				if !yield(a, nil) {
					return
				}
			default:
				var pe *ParseError
				fatal := !errors.As(err, &pe)
				if !yield(nil, err) || fatal {
					return
				}
			}
		}
	}
}

// An Encoder writes articles as a JSON Lines stream: the canonical JSON
// form of each, one per line, each line ended by "\n". The canonical form
// escapes line breaks inside strings, so a record is always one line.
type Encoder struct {
	w   io.Writer
	buf []byte
}

// NewEncoder returns an Encoder writing to w. Each record is written with
// one call to w.Write; wrap w in a bufio.Writer to batch them.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes a as one line.
func (e *Encoder) Encode(a *Article) error {
	b, err := a.appendJSON(e.buf[:0])
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if cap(b) <= DefaultMaxLineBytes {
		e.buf = b
	}
	_, err = e.w.Write(b)
	return err
}
