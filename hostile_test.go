package news_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/ninjs"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/agencies"
	"github.com/newsmodel/news/internal/dates"
	"github.com/newsmodel/news/internal/feed"
	"github.com/newsmodel/news/internal/hostile"
	"github.com/newsmodel/news/internal/htmlmeta"
	"github.com/newsmodel/news/internal/jsonlex"
	"github.com/newsmodel/news/internal/markdown"
	"github.com/newsmodel/news/internal/quotes"
	"github.com/newsmodel/news/tags"
	"golang.org/x/net/html"
)

// hostileCase is one entry of testdata/hostile/cases.json.
type hostileCase struct {
	Name   string         `json:"name"`
	Format string         `json:"format"` // a key of hostileTargets
	Doc    string         `json:"doc,omitempty"`
	Text   string         `json:"text,omitempty"` // literal input
	Gen    hostile.Spec   `json:"gen,omitempty"`  // generated input (after Text)
	File   string         `json:"file,omitempty"` // input file in testdata/hostile (before Text)
	Go     bool           `json:"go,omitempty"`   // Text and Gen strings are Go string literal contents
	Opts   map[string]int `json:"opts,omitempty"` // limits passed to the target's Options

	// Fields expands the case into one subcase per JSON Pointer in Fields
	// and per value of a wrong JSON type for the member it points at.
	Fields []string `json:"fields,omitempty"`

	Want   string `json:"want"`             // "ok", "error" or a sentinel name ("jsonlex.ErrDepth")
	Warn   string `json:"warn,omitempty"`   // sentinel expected among warnings (htmlmeta)
	Pos    bool   `json:"pos,omitempty"`    // the error carries a line/column
	Result string `json:"result,omitempty"` // expected summary of the result, when set
	Known  string `json:"known,omitempty"`  // a known failure: skipped unless NEWS_HOSTILE_KNOWN=1

	// NumStr says that the format reads a number where it wants a string
	// (documented leniency), so field expansion gives no number there.
	NumStr  bool `json:"numstr,omitempty"`
	chunked bool // readers return the input in small chunks

	// KnownSub marks expanded subcases (by name suffix, "/title#0") as
	// known failures.
	KnownSub map[string]string `json:"known_sub,omitempty"`
}

// outcome is what a target returns for one input.
type outcome struct {
	out      any      // the parsed value, checked for invalid UTF-8
	encoded  [][]byte // serialised forms, checked for invalid UTF-8
	summary  string   // a short text compared with hostileCase.Result
	err      error
	warnings []error
	skip     string // the entry point does not exist yet
}

type target func(c *hostileCase, in []byte) outcome

// hostileSentinels names every sentinel a case may expect.
var hostileSentinels = map[string]error{
	"jsonlex.ErrSyntax": jsonlex.ErrSyntax, "jsonlex.ErrDepth": jsonlex.ErrDepth,
	"jsonlex.ErrTooLarge": jsonlex.ErrTooLarge, "jsonlex.ErrDuplicateKey": jsonlex.ErrDuplicateKey,

	"htmlmeta.ErrTooLarge": htmlmeta.ErrTooLarge, "htmlmeta.ErrDepth": htmlmeta.ErrDepth,
	"htmlmeta.ErrTooManyElements": htmlmeta.ErrTooManyElements, "htmlmeta.ErrTokenTooLarge": htmlmeta.ErrTokenTooLarge,
	"htmlmeta.ErrValueTooLarge": htmlmeta.ErrValueTooLarge, "htmlmeta.ErrTooMany": htmlmeta.ErrTooMany,
	"htmlmeta.ErrCharset": htmlmeta.ErrCharset, "htmlmeta.ErrInvalidUTF8": htmlmeta.ErrInvalidUTF8,
	"htmlmeta.ErrJSONLD": htmlmeta.ErrJSONLD,

	"feed.ErrSyntax": feed.ErrSyntax, "feed.ErrFormat": feed.ErrFormat, "feed.ErrTooLarge": feed.ErrTooLarge,
	"feed.ErrDepth": feed.ErrDepth, "feed.ErrTooMany": feed.ErrTooMany, "feed.ErrType": feed.ErrType,

	"dates.ErrSyntax": dates.ErrSyntax, "dates.ErrRange": dates.ErrRange, "dates.ErrRelative": dates.ErrRelative,
	"dates.ErrAmbiguous": dates.ErrAmbiguous, "dates.ErrTooLong": dates.ErrTooLong,

	"tags.ErrSyntax": tags.ErrSyntax, "tags.ErrTooLong": tags.ErrTooLong, "tags.ErrTooLarge": tags.ErrTooLarge,
	"tags.ErrDuplicate": tags.ErrDuplicate,

	"countries.ErrSyntax": countries.ErrSyntax, "countries.ErrUnknown": countries.ErrUnknown,
	"countries.ErrAmbiguous": countries.ErrAmbiguous,

	"article.ErrSyntax": article.ErrSyntax, "article.ErrTooLarge": article.ErrTooLarge,
	"article.ErrInvalidUTF8": article.ErrInvalidUTF8, "article.ErrUnknownFormat": article.ErrUnknownFormat,
	"article.ErrTime": article.ErrTime, "article.ErrTag": article.ErrTag,
	"article.ErrUnknownCountry": article.ErrUnknownCountry, "article.ErrDuplicate": article.ErrDuplicate,
	"article.ErrRange": article.ErrRange,

	"ninjs.ErrSyntax": ninjs.ErrSyntax, "ninjs.ErrDepth": ninjs.ErrDepth, "ninjs.ErrTooLarge": ninjs.ErrTooLarge,
	"ninjs.ErrDuplicateKey": ninjs.ErrDuplicateKey, "ninjs.ErrType": ninjs.ErrType,

	"context.Canceled": context.Canceled,
}

// hostileTargets maps a case's format to the entry point it exercises.
var hostileTargets = map[string]target{
	"json": func(c *hostileCase, in []byte) outcome {
		o := jsonlex.Options{MaxDepth: c.Opts["maxdepth"], MaxBytes: int64(c.Opts["maxbytes"])}
		verr := o.Valid(in)
		v, err := o.Decode(in)
		if (verr == nil) != (err == nil) {
			err = fmt.Errorf("Valid = %v but Decode = %w", verr, err)
		}
		return jsonOutcome(v, err)
	},
	"jsonreplace": func(c *hostileCase, in []byte) outcome {
		v, err := jsonlex.Options{ReplaceInvalid: true}.Decode(in)
		return jsonOutcome(v, err)
	},
	"html": func(c *hostileCase, in []byte) outcome {
		o := htmlmeta.Options{
			Body: c.Opts["body"] != 0, MaxBytes: int64(c.Opts["maxbytes"]), MaxDepth: c.Opts["maxdepth"],
			MaxElements: c.Opts["maxelements"], MaxTokenBytes: c.Opts["maxtokenbytes"],
			MaxAttrBytes: c.Opts["maxattrbytes"], MaxMeta: c.Opts["maxmeta"],
		}
		p, err := o.Scan(c.reader(in))
		if err != nil && p == nil && !errors.Is(err, htmlmeta.ErrCharset) {
			err = fmt.Errorf("nil Page with error (documented only for ErrCharset): %w", err)
		}
		var oc outcome
		oc.out, oc.err = p, err
		if p != nil {
			oc.warnings = p.Warnings
			oc.summary = p.Headline
		}
		return oc
	},
	"feed": func(c *hostileCase, in []byte) outcome {
		o := feed.Options{MaxBytes: int64(c.Opts["maxbytes"]), MaxDepth: c.Opts["maxdepth"], MaxItems: c.Opts["maxitems"]}
		f, err := o.Parse(c.reader(in))
		oc := outcome{out: f, err: err}
		if err == nil && f != nil {
			oc.summary = strconv.Itoa(len(f.Items))
			for _, format := range []feed.Format{feed.RSS, feed.Atom, feed.JSONFeed} {
				var buf bytes.Buffer
				if werr := feed.Write(&buf, f, format); werr != nil {
					oc.err = fmt.Errorf("Write(%v) of a parsed feed: %w", format, werr)
				}
				oc.encoded = append(oc.encoded, buf.Bytes())
			}
		}
		return oc
	},
	"date": func(c *hostileCase, in []byte) outcome {
		return dateOutcome(dates.Parse(string(in)))
	},
	"dateiso": func(c *hostileCase, in []byte) outcome {
		return dateOutcome(dates.ParseISO(string(in)))
	},
	"daterfc822": func(c *hostileCase, in []byte) outcome {
		return dateOutcome(dates.ParseRFC822(string(in)))
	},
	"tag": func(c *hostileCase, in []byte) outcome {
		t, err := tags.ParseOptions{MaxBytes: c.Opts["maxbytes"]}.Parse(string(in))
		oc := outcome{out: t, err: err, summary: t.Code}
		if err == nil {
			if b, merr := t.MarshalJSON(); merr == nil {
				oc.encoded = append(oc.encoded, b)
			}
		}
		return oc
	},
	"vocabcsv": func(c *hostileCase, in []byte) outcome {
		v, err := tags.VocabularyOptions{MaxBytes: int64(c.Opts["maxbytes"]), MaxEntries: c.Opts["maxentries"]}.LoadCSV(c.reader(in))
		return vocabOutcome(v, err)
	},
	"vocabjson": func(c *hostileCase, in []byte) outcome {
		v, err := tags.VocabularyOptions{MaxBytes: int64(c.Opts["maxbytes"]), MaxEntries: c.Opts["maxentries"]}.LoadJSON(c.reader(in))
		return vocabOutcome(v, err)
	},
	"country": func(c *hostileCase, in []byte) outcome {
		ct, err := countries.Parse(string(in))
		return outcome{out: err, err: err, summary: ct.Alpha2()}
	},
	"countrylookup": func(c *hostileCase, in []byte) outcome {
		ct, _ := countries.Lookup(string(in))
		return outcome{summary: ct.Alpha2()}
	},
	"countrylist": func(c *hostileCase, in []byte) outcome {
		s, err := countries.ParseList(string(in))
		var codes []string
		for ct := range s.All() {
			codes = append(codes, ct.Alpha2())
		}
		oc := outcome{out: err, err: err, summary: strings.Join(codes, ",")}
		if b, merr := s.MarshalText(); merr == nil {
			oc.encoded = append(oc.encoded, b)
		}
		return oc
	},
	"mentions": func(c *hostileCase, in []byte) outcome {
		var codes []string
		var ms []countries.Mention
		text := string(in)
		for m := range countries.Mentions(text) {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				return outcome{err: fmt.Errorf("mention offsets [%d:%d] outside the text", m.Start, m.End)}
			}
			codes = append(codes, m.Country.Alpha2())
			ms = append(ms, m)
		}
		return outcome{out: ms, summary: summarise(codes)}
	},
	"agency": func(c *hostileCase, in []byte) outcome {
		as := agencies.Lookup(string(in))
		var names []string
		for _, a := range as {
			names = append(names, a.Acronym)
		}
		return outcome{out: as, summary: strings.Join(names, ",")}
	},
	"agencysplit": func(c *hostileCase, in []byte) outcome {
		var parts []string
		for p := range agencies.Split(string(in)) {
			parts = append(parts, p)
		}
		return outcome{out: parts, summary: summarise(parts)}
	},
	"quotes": func(c *hostileCase, in []byte) outcome {
		paras := strings.Split(string(in), "\n")
		qs := quotes.Extract(paras)
		for _, q := range qs {
			if q.Paragraph < 0 || q.Paragraph >= len(paras) || q.EndParagraph < q.Paragraph || q.EndParagraph >= len(paras) ||
				q.Start < 0 || q.Start > len(paras[q.Paragraph]) || q.End < 0 || q.End > len(paras[q.EndParagraph]) {
				return outcome{err: fmt.Errorf("quote %+v: offsets outside the paragraphs", q)}
			}
		}
		return outcome{out: qs, summary: strconv.Itoa(len(qs))}
	},
	"markdown": func(c *hostileCase, in []byte) outcome {
		s := string(in)
		var d markdown.Document
		switch c.Opts["part"] {
		case 0: // values and blocks
			d = markdown.Document{
				Front: []markdown.Field{{Key: "title", Value: s}, {Key: "tags", List: []string{s, s}}},
				Body:  []markdown.Block{{Kind: markdown.Paragraph, Text: s}, {Kind: markdown.Quotation, Text: s}, {Kind: markdown.ListItem, Text: s}, {Kind: markdown.Heading, Text: s}},
			}
		case 1:
			d.Title = s
		case 2:
			d.Front = []markdown.Field{{Key: s, Value: "v"}}
		}
		return outcome{encoded: [][]byte{markdown.Append(nil, d)}}
	},
	"article":      articleTarget("auto"),
	"articletext":  articleTarget("text"),
	"articlejson":  articleTarget("json"),
	"articlehtml":  articleTarget("html"),
	"articlerss":   articleTarget("rss"),
	"articlejf":    articleTarget("jsonfeed"),
	"articleninjs": articleTarget("ninjs"),
	"ninjs": func(c *hostileCase, in []byte) outcome {
		d, err := ninjs.ReadOptions{MaxBytes: int64(c.Opts["maxbytes"]), MaxDepth: c.Opts["maxdepth"]}.Parse(in)
		oc := outcome{out: d, err: err}
		if err == nil && d != nil {
			oc.summary = d.URI
			if b, merr := ninjs.Marshal(d); merr == nil {
				oc.encoded = append(oc.encoded, b)
			}
		}
		return oc
	},
}

// articleWriteFormats are the names of the formats the article package may
// write; those it does not know (yet) are left out at run time.
var articleWriteFormats = []string{"json", "text", "jsonld", "ninjs", "ninjs-2.2", "ninjs-3.1", "rss", "atom", "jsonfeed", "markdown"}

// articleTarget parses with the article format of the given name, resolved
// at run time so that cases for formats the package does not have yet are
// skipped, and serialises the result in every format it writes.
func articleTarget(name string) target {
	return func(c *hostileCase, in []byte) outcome {
		f, err := article.ParseFormat(name)
		if err != nil {
			return outcome{skip: fmt.Sprintf("article has no format %q yet", name)}
		}
		o := article.ParseOptions{Format: f, Strict: c.Opts["strict"] != 0, MaxBytes: int64(c.Opts["maxbytes"])}
		a, err := o.Parse(c.reader(in))
		oc := outcome{out: a, err: err}
		if a != nil {
			oc.summary = a.Headline
			for _, wn := range articleWriteFormats {
				wf, ferr := article.ParseFormat(wn)
				if ferr != nil {
					continue
				}
				if b, merr := article.Marshal(a, wf); merr == nil {
					oc.encoded = append(oc.encoded, b)
				}
			}
		}
		return oc
	}
}

func jsonOutcome(v any, err error) outcome {
	oc := outcome{out: v, err: err}
	if err == nil {
		b, aerr := jsonlex.AppendValue(nil, v, true)
		if aerr != nil {
			oc.err = fmt.Errorf("AppendValue of a decoded tree: %w", aerr)
		}
		oc.encoded = append(oc.encoded, b)
		// Writing a decoded tree and reading it back is a fixed point.
		v2, derr := jsonlex.Options{DuplicateKeys: jsonlex.DupKeepAll}.Decode(b)
		if b2, _ := jsonlex.AppendValue(nil, v2, true); derr != nil || !bytes.Equal(b, b2) {
			oc.err = fmt.Errorf("decode(encode(tree)) is not a fixed point: %v", derr)
		}
	}
	return oc
}

func dateOutcome(v dates.Value, err error) outcome {
	oc := outcome{out: v, err: err}
	if err == nil {
		oc.summary = v.String()
		oc.encoded = append(oc.encoded, v.AppendISO(nil))
	} else if v != (dates.Value{}) {
		oc.err = fmt.Errorf("failed parse returned a non-zero Value %v: %w", v, err)
	}
	return oc
}

func vocabOutcome(v *tags.Vocabulary, err error) outcome {
	oc := outcome{out: v, err: err}
	if v != nil {
		n := 0
		for range v.All() {
			n++
		}
		oc.summary = strconv.Itoa(n)
	}
	return oc
}

// summarise joins short result lists and counts long ones.
func summarise(s []string) string {
	if len(s) > 8 {
		return strconv.Itoa(len(s)) + " items"
	}
	return strings.Join(s, ",")
}

// positioned reports whether err carries a 1-based line or column in one of
// the position-bearing error types of the library.
func positioned(err error) bool {
	var (
		je *jsonlex.SyntaxError
		he *htmlmeta.ParseError
		fe *feed.ParseError
		de *dates.ParseError
		te *tags.ParseError
		ae *article.ParseError
		ne *ninjs.ParseError
	)
	switch {
	case errors.As(err, &je):
		return je.Line > 0 && je.Column > 0
	case errors.As(err, &he):
		return he.Line > 0 && he.Column > 0
	case errors.As(err, &fe):
		return fe.Line > 0 || fe.Path != ""
	case errors.As(err, &de):
		return de.Column > 0
	case errors.As(err, &te):
		return te.Line > 0 && te.Column > 0
	case errors.As(err, &ae):
		return ae.Line > 0 || ae.Field != ""
	case errors.As(err, &ne):
		return ne.Line > 0 && ne.Column > 0
	}
	return false
}

// loadHostileCases reads the case table and expands its field cases.
func loadHostileCases(t testing.TB) []*hostileCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "hostile", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cs []*hostileCase
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cs); err != nil {
		t.Fatalf("testdata/hostile/cases.json: %v", err)
	}
	var out []*hostileCase
	seen := map[string]bool{}
	for _, c := range cs {
		if _, ok := hostileTargets[c.Format]; !ok {
			t.Fatalf("case %s: unknown format %q", c.Name, c.Format)
		}
		for _, w := range []string{c.Want, c.Warn} {
			if _, ok := hostileSentinels[w]; !ok && w != "ok" && w != "error" && w != "" {
				t.Fatalf("case %s: unknown sentinel %q", c.Name, w)
			}
		}
		if c.Want == "" {
			t.Fatalf("case %s: no expectation", c.Name)
		}
		exp := []*hostileCase{c}
		if len(c.Fields) > 0 {
			exp, err = expandFields(c)
			if err != nil {
				t.Fatalf("case %s: %v", c.Name, err)
			}
		}
		for _, e := range exp {
			if seen[e.Name] {
				t.Fatalf("duplicate case name %s", e.Name)
			}
			seen[e.Name] = true
			out = append(out, e)
		}
	}
	return out
}

// reader returns a reader of in: whole, or in chunks of 1 to 7 bytes when
// the case is run chunked.
func (c *hostileCase) reader(in []byte) io.Reader {
	if !c.chunked {
		return bytes.NewReader(in)
	}
	return &chunkReader{data: in}
}

type chunkReader struct {
	data []byte
	n    int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	r.n = r.n%7 + 1
	n := copy(p[:min(len(p), r.n)], r.data)
	r.data = r.data[n:]
	return n, nil
}

// readerFormats read from an io.Reader; their results must not depend on
// how it splits the input.
var readerFormats = map[string]bool{"html": true, "feed": true, "vocabcsv": true, "vocabjson": true,
	"article": true, "articletext": true, "articlejson": true, "articlehtml": true, "articlerss": true, "articlejf": true, "articleninjs": true}

// sameOutcome reports the difference between two outcomes, comparing
// errors by message.
func sameOutcome(a, b outcome) string {
	opts := cmp.Options{
		cmp.Exporter(func(reflect.Type) bool { return true }),
		cmp.Comparer(func(x, y error) bool { return fmt.Sprint(x) == fmt.Sprint(y) }),
	}
	if d := cmp.Diff(fmt.Sprint(a.err), fmt.Sprint(b.err)); d != "" {
		return "error: " + d
	}
	if d := cmp.Diff(a.encoded, b.encoded); d != "" {
		return "serialised: " + d
	}
	return cmp.Diff(a.out, b.out, opts)
}

// input builds the bytes of a case.
func (c *hostileCase) input() ([]byte, error) {
	var b []byte
	if c.File != "" {
		f, err := os.ReadFile(filepath.Join("testdata", "hostile", c.File))
		if err != nil {
			return nil, err
		}
		b = append(b, f...)
	}
	spec := slices.Concat(hostile.Spec{{S: c.Text}}, c.Gen)
	if c.Go {
		var err error
		if spec, err = spec.Unquote(); err != nil {
			return nil, err
		}
	}
	return append(b, spec.Build()...), nil
}

// wrongValues are JSON values of another type than the member they replace.
var wrongValues = map[string][]any{
	"string": {jsonlex.Number("5"), &jsonlex.Object{}},
	"number": {"5", []any{}},
	"bool":   {"true", jsonlex.Number("1")},
	"array":  {&jsonlex.Object{}, "x"},
	"object": {[]any{}, jsonlex.Number("5")},
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case jsonlex.Number:
		return "number"
	case bool:
		return "bool"
	case []any:
		return "array"
	case *jsonlex.Object:
		return "object"
	}
	return "null"
}

// expandFields returns one case per field and wrong value: the case's
// document (Text, a JSON object) with the member at the field's JSON Pointer
// replaced.
func expandFields(c *hostileCase) ([]*hostileCase, error) {
	// The document itself must be read without error, so that each
	// subcase's error comes from the replaced member.
	base := *c
	base.Fields, base.KnownSub, base.Pos, base.Want = nil, nil, false, "ok"
	base.Name = c.Name + "/base"
	out := []*hostileCase{&base}
	for _, ptr := range c.Fields {
		doc, err := jsonlex.Decode([]byte(c.Text))
		if err != nil {
			return nil, err
		}
		orig, set, err := pointer(doc, ptr)
		if err != nil {
			return nil, fmt.Errorf("field %s: %v", ptr, err)
		}
		for i, w := range wrongValues[jsonType(orig)] {
			if _, isNum := w.(jsonlex.Number); isNum && c.NumStr && jsonType(orig) == "string" {
				continue
			}
			set(w)
			b, err := jsonlex.AppendValue(nil, doc, false)
			if err != nil {
				return nil, err
			}
			e := *c
			e.Fields, e.Gen, e.File, e.Go = nil, nil, "", false
			e.Name = fmt.Sprintf("%s%s#%d", c.Name, ptr, i)
			e.KnownSub = nil
			if k, ok := c.KnownSub[fmt.Sprintf("%s#%d", ptr, i)]; ok {
				e.Known = k
			}
			e.Text = string(b)
			out = append(out, &e)
		}
		set(orig)
	}
	return out, nil
}

// pointer resolves a JSON Pointer (without escapes) in a decoded tree and
// returns the value there and a function replacing it.
func pointer(doc any, ptr string) (any, func(any), error) {
	parts := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	cur := doc
	for i, p := range parts {
		last := i == len(parts)-1
		switch v := cur.(type) {
		case *jsonlex.Object:
			j := slices.Index(v.Keys, p)
			if j < 0 {
				return nil, nil, fmt.Errorf("no member %q", p)
			}
			if last {
				return v.Values[j], func(x any) { v.Values[j] = x }, nil
			}
			cur = v.Values[j]
		case []any:
			j, err := strconv.Atoi(p)
			if err != nil || j < 0 || j >= len(v) {
				return nil, nil, fmt.Errorf("no element %q", p)
			}
			if last {
				return v[j], func(x any) { v[j] = x }, nil
			}
			cur = v[j]
		default:
			return nil, nil, fmt.Errorf("%q is inside a scalar", p)
		}
	}
	return nil, nil, errors.New("empty pointer")
}

// raceMaxInput is the largest case input run under the race detector.
const raceMaxInput = 64 << 10

// caseLimit is the time a single case may take.
func caseLimit() time.Duration {
	d := 5 * time.Second
	if s := os.Getenv("NEWS_HOSTILE_TIMEOUT"); s != "" {
		if v, err := time.ParseDuration(s); err == nil {
			d = v
		}
	}
	if hostile.Race {
		d *= 6
	}
	return d
}

// runBounded runs fn on its own goroutine and reports a panic or its not
// returning within limit. A hung goroutine is left behind; the test fails.
func runBounded(limit time.Duration, fn func() outcome) (oc outcome, elapsed time.Duration, failure string) {
	type result struct {
		oc    outcome
		panic string
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{panic: fmt.Sprintf("panic: %v\n%s", p, debug.Stack())}
			}
		}()
		done <- result{oc: fn()}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.oc, time.Since(start), r.panic
	case <-timer.C:
		return outcome{}, limit, fmt.Sprintf("did not return within %v", limit)
	}
}

func TestHostile(t *testing.T) {
	cases := loadHostileCases(t)
	if n := len(cases); n < 60 {
		t.Errorf("%d hostile cases, want at least 60", n)
	}
	runKnown := os.Getenv("NEWS_HOSTILE_KNOWN") == "1"
	limit := caseLimit()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if c.Known != "" && !runKnown {
				t.Skip("known: " + c.Known)
			}
			in, err := c.input()
			if err != nil {
				t.Fatal(err)
			}
			if hostile.Race && len(in) > raceMaxInput {
				// The table runs sequentially: the race detector finds
				// nothing in it, and only slows the big inputs down.
				t.Skipf("%d bytes: large inputs are not run under -race", len(in))
			}
			oc, elapsed, failure := runBounded(limit, func() outcome { return hostileTargets[c.Format](c, in) })
			if failure != "" {
				t.Fatalf("%s on %d bytes (%s): %s", c.Format, len(in), c.Doc, failure)
			}
			if oc.skip != "" {
				t.Skip(oc.skip)
			}
			checkOutcome(t, c, oc)
			if readerFormats[c.Format] && len(in) <= raceMaxInput {
				cc := *c
				cc.chunked = true
				oc2, _, failure := runBounded(limit, func() outcome { return hostileTargets[c.Format](&cc, in) })
				if failure != "" {
					t.Fatalf("%s, reading in small chunks: %s", c.Format, failure)
				}
				if d := sameOutcome(oc, oc2); d != "" {
					t.Errorf("%s: result differs when the reader returns small chunks (-whole +chunked):\n%s", c.Format, clip(d))
				}
			}
			if testing.Verbose() {
				t.Logf("%d bytes in %v", len(in), elapsed.Round(time.Microsecond))
			}
		})
	}
}

func checkOutcome(t *testing.T, c *hostileCase, oc outcome) {
	t.Helper()
	switch c.Want {
	case "ok":
		if oc.err != nil {
			t.Errorf("%s: error %v, want success", c.Format, clip(oc.err))
		}
	case "error":
		if oc.err == nil {
			t.Errorf("%s: no error, want one", c.Format)
		}
	default:
		if want := hostileSentinels[c.Want]; !errors.Is(oc.err, want) {
			t.Errorf("%s: error %v, want errors.Is %s", c.Format, clip(oc.err), c.Want)
		}
	}
	if c.Pos && oc.err != nil && !positioned(oc.err) {
		t.Errorf("%s: error %v carries no line/column", c.Format, clip(oc.err))
	}
	if c.Warn != "" {
		want := hostileSentinels[c.Warn]
		if !slices.ContainsFunc(oc.warnings, func(w error) bool { return errors.Is(w, want) }) {
			t.Errorf("%s: warnings %v, want one matching %s", c.Format, oc.warnings, c.Warn)
		}
	}
	if c.Result != "" && oc.summary != c.Result {
		t.Errorf("%s: result %q, want %q", c.Format, clip(oc.summary), c.Result)
	}
	if bad := hostile.InvalidUTF8(oc.out, 5); len(bad) > 0 {
		t.Errorf("%s: invalid UTF-8 in the result at %v", c.Format, bad)
	}
	for i, b := range oc.encoded {
		if !utf8.Valid(b) {
			t.Errorf("%s: serialised form %d holds invalid UTF-8", c.Format, i)
		}
	}
	if oc.err != nil && !utf8.ValidString(oc.err.Error()) {
		t.Errorf("%s: error message holds invalid UTF-8: %q", c.Format, clip(oc.err))
	}
}

// clip shortens values for messages: errors on huge inputs may quote them.
func clip(v any) string {
	s := fmt.Sprint(v)
	if len(s) > 300 {
		return s[:300] + fmt.Sprintf("... (%d bytes)", len(s))
	}
	return s
}

// scriptPayloads try to end or confuse a <script> element from inside a
// string value.
var scriptPayloads = []string{
	"</script><script>alert(1)</script>",
	"</sCrIpT ><img src=x onerror=alert(1)>",
	"<!--<script>",
	"<!-- </script> -->",
	"]]></script>",
	"\u2028\u2029</SCRIPT\t>",
	"&lt;/script&gt;</script",
}

// fillStrings sets every settable string reachable from v (through
// pointers, structs and slices, given one element each) to s.
func fillStrings(v reflect.Value, s string, depth int) {
	if depth > 8 {
		return
	}
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(s)
		}
	case reflect.Pointer:
		if v.IsNil() && v.CanSet() && v.Type().Elem().Kind() == reflect.Struct {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if !v.IsNil() {
			fillStrings(v.Elem(), s, depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillStrings(v.Field(i), s, depth+1)
			}
		}
	case reflect.Slice:
		if v.CanSet() && v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		for i := range v.Len() {
			fillStrings(v.Index(i), s, depth+1)
		}
	}
}

// scriptElements embeds out in a script element of an HTML page and
// counts the script start and end tags x/net/html finds, and whether the
// text of the one script is out itself.
func scriptElements(out []byte) (starts, ends int, intact bool) {
	page := `<!DOCTYPE html><html><head><script type="application/ld+json">` + string(out) + `</script></head><body><p>x</p></body></html>`
	z := html.NewTokenizer(strings.NewReader(page))
	var text strings.Builder
	in := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return starts, ends, text.String() == string(out)
		case html.StartTagToken, html.SelfClosingTagToken:
			if name, _ := z.TagName(); string(name) == "script" {
				starts++
				in = true
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "script" {
				ends++
				in = false
			}
		case html.TextToken:
			if in {
				text.Write(z.Raw())
			}
		}
	}
}

// scriptEncoders are the encoders whose output is meant to be embeddable in
// a <script> element, each given a value with a payload in every string
// field. article JSON-LD joins when the package names the format.
func scriptEncoders(t *testing.T, payload string) map[string][]byte {
	out := map[string][]byte{}
	out["jsonlex.AppendString"] = jsonlex.AppendString(nil, payload, true)
	obj := &jsonlex.Object{}
	obj.Add(payload, []any{payload, map[string]any{payload: payload}})
	v, err := jsonlex.AppendValue(nil, obj, true)
	if err != nil {
		t.Fatal(err)
	}
	out["jsonlex.AppendValue"] = v

	var f feed.Feed
	fillStrings(reflect.ValueOf(&f), payload, 0)
	var b bytes.Buffer
	if err := feed.Write(&b, &f, feed.JSONFeed); err != nil {
		t.Errorf("feed.Write(JSONFeed) with payload %q: %v", payload, err)
	}
	out["feed.Write(JSONFeed)"] = b.Bytes()

	for _, name := range []string{"jsonld", "schemaorg", "json-ld"} {
		format, err := article.ParseFormat(name)
		if err != nil {
			continue
		}
		var a article.Article
		fillStrings(reflect.ValueOf(&a), payload, 0)
		a.URL = "https://example.test/" + url.PathEscape(payload)
		ld, err := article.Marshal(&a, format)
		if err != nil {
			t.Errorf("article.Marshal(%s) with payload %q: %v", name, payload, err)
		}
		out["article.Marshal("+name+")"] = ld
	}
	return out
}

// TestScriptSafety checks that JSON meant for HTML cannot leave its script
// element: re-tokenised by x/net/html, the page holds exactly one script
// element whose text is the encoder's output, unchanged.
func TestScriptSafety(t *testing.T) {
	if _, err := article.ParseFormat("jsonld"); err != nil {
		t.Log("article has no jsonld format yet; JSON-LD output not checked")
	}
	for i, p := range scriptPayloads {
		for name, out := range scriptEncoders(t, p) {
			t.Run(fmt.Sprintf("%s/%d", name, i), func(t *testing.T) {
				starts, ends, intact := scriptElements(out)
				if starts != 1 || ends != 1 || !intact {
					t.Errorf("payload %q: %d script start tags, %d end tags, text intact %v; output %s", p, starts, ends, intact, clip(string(out)))
				}
				if !utf8.Valid(out) {
					t.Errorf("payload %q: output is not valid UTF-8", p)
				}
				for _, bad := range []string{"<", ">", "\u2028", "\u2029"} {
					if strings.Contains(string(out), bad) {
						t.Errorf("payload %q: output holds %q unescaped", p, bad)
					}
				}
			})
		}
	}
}

// endless is a reader that returns prefix and then unit forever, a few KiB
// at a time with a pause, like a slow hostile server that never ends.
type endless struct {
	prefix, unit string
	buf          []byte
}

func (r *endless) Read(p []byte) (int, error) {
	if r.buf == nil {
		r.buf = []byte(r.prefix)
	}
	for len(r.buf) < 4096 {
		r.buf = append(r.buf, r.unit...)
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	time.Sleep(time.Millisecond)
	return n, nil
}

// TestHostileCancel checks that the entry points taking a context stop soon
// after it is done when the input never ends and no limit would stop them,
// returning the context's error.
func TestHostileCancel(t *testing.T) {
	const unlimited = 1 << 40
	cases := []struct {
		name string
		run  func(ctx context.Context) error
	}{
		{"htmlmeta/endless-comment", func(ctx context.Context) error {
			_, err := htmlmeta.Options{MaxBytes: -1, MaxTokenBytes: 1 << 30}.ScanContext(ctx, &endless{prefix: "<body><!--", unit: "x"})
			return err
		}},
		{"htmlmeta/endless-paragraphs", func(ctx context.Context) error {
			_, err := htmlmeta.Options{Body: true, MaxBytes: -1, MaxElements: 1 << 30}.ScanContext(ctx, &endless{prefix: "<body>", unit: "<p>Text, more text.</p>"})
			return err
		}},
		{"feed/endless-items", func(ctx context.Context) error {
			_, err := feed.Options{MaxBytes: unlimited, MaxItems: 1 << 30}.ParseContext(ctx, &endless{prefix: `<rss version="2.0"><channel>`, unit: "<item><title>t</title></item>"})
			return err
		}},
		{"feed/endless-jsonfeed", func(ctx context.Context) error {
			_, err := feed.Options{MaxBytes: unlimited}.ParseContext(ctx, &endless{prefix: `{"version":"https://jsonfeed.org/version/1.1","items":[`, unit: `{"id":"1"},`})
			return err
		}},
		{"article/endless-text", func(ctx context.Context) error {
			_, err := article.ParseOptions{Format: article.FormatText, MaxBytes: unlimited}.ParseContext(ctx, &endless{prefix: "Headline\n\n", unit: "A paragraph.\n"})
			return err
		}},
		{"ninjs/endless-subjects", func(ctx context.Context) error {
			_, err := ninjs.ReadOptions{MaxBytes: unlimited}.ReadContext(ctx, &endless{prefix: `{"uri":"x","subjects":[`, unit: `{"name":"s"},`})
			return err
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()
			oc, elapsed, failure := runBounded(caseLimit(), func() outcome { return outcome{err: c.run(ctx)} })
			if failure != "" {
				t.Fatalf("after the context's deadline: %s", failure)
			}
			if !errors.Is(oc.err, context.DeadlineExceeded) {
				t.Errorf("error %v, want the context's error", clip(oc.err))
			}
			if testing.Verbose() {
				t.Logf("returned after %v", elapsed.Round(time.Millisecond))
			}
		})
	}
}
