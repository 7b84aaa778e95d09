package article

import (
	"io"
	"strings"
	"unsafe"
)

// Format names a format the package reads or writes. The zero Format,
// [FormatAuto], asks [ParseOptions.Parse] to detect the format; it cannot be
// written. Later versions add values; their numbers are not stable, their
// names are.
type Format uint8

// Formats.
const (
	// FormatAuto detects the format when reading.
	FormatAuto Format = iota
	// FormatText is the scraped text page: navigation residue, breadcrumb,
	// title, tag lines, labelled lines and paragraphs (see the package
	// documentation).
	FormatText
	// FormatJSON is the package's canonical JSON form.
	FormatJSON
	// FormatHTML is an HTML page (read only): metadata from meta tags,
	// OpenGraph, JSON-LD and microdata, and the main content as the body.
	FormatHTML
)

var formatNames = [...]string{FormatAuto: "auto", FormatText: "text", FormatJSON: "json", FormatHTML: "html"}

// String returns the format's name: "auto", "text", "json".
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "format(" + itoa(int(f)) + ")"
}

// ParseFormat returns the Format named s, as [Format.String] writes it.
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if n == s {
			return Format(i), nil
		}
	}
	return FormatAuto, &formatError{s}
}

type formatError struct{ name string }

func (e *formatError) Error() string { return "article: unknown format " + quote(e.name) }
func (e *formatError) Unwrap() error { return ErrUnknownFormat }

// MarshalText implements encoding.TextMarshaler.
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseFormat].
func (f *Format) UnmarshalText(b []byte) error {
	v, err := ParseFormat(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Detect returns the format of data as [ParseOptions.Parse] detects it:
// after an optional byte order mark and white space, "{" is canonical
// JSON, "<" is markup (HTML, or FormatAuto for XML feeds, which are not
// supported yet), anything else is a text page.
func Detect(data []byte) Format {
	return detect(unsafe.String(unsafe.SliceData(data), len(data)))
}

func detect(data string) Format {
	data = strings.TrimPrefix(data, "\xef\xbb\xbf")
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return FormatJSON
		case '<':
			return detectMarkup(data[i:])
		}
		return FormatText
	}
	return FormatText
}

// Marshal returns a in format f.
func Marshal(a *Article, f Format) ([]byte, error) {
	switch f {
	case FormatJSON:
		return a.appendJSON(nil)
	case FormatText:
		return a.appendText(nil)
	}
	return nil, &formatError{f.String()}
}

// Write writes a to w in format f. It is the one writing entry point:
// every format the package writes is a Format value.
func Write(w io.Writer, a *Article, f Format) error {
	b, err := Marshal(a, f)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}
