// Command newsconv converts news articles between the formats of package
// article: it reads files, directories (recursively) or standard input in
// any format package article reads, normalises and validates every
// article, and writes them in any format it writes.
//
// Usage:
//
//	newsconv [flags] [path ...]
//
// With no path, or the path "-", it reads standard input. Each file is
// either a JSON Lines stream (its first line is a complete JSON object:
// one article per line, each line read in the -from format or detected),
// a feed (RSS, Atom or JSON Feed: one article per item), or one document.
// Directories are walked recursively in lexical order; hidden files and
// directories are skipped.
//
// Every article is normalised with article.Normalize and checked with
// Validate. A record fails when it cannot be read or is not valid; it is
// then not written, and the failure is reported on standard error as
// "input:line: kind: message" (line 0 when the problem has no line, such
// as a missing headline). Problems a lenient parse recovered from are
// reported as warnings and the article is written; with -strict they are
// failures. Nothing is dropped silently: every record is either written or
// reported.
//
// Output goes to standard output as JSON Lines by default, in input order
// whatever the number of workers; -to chooses another format (feeds
// collect every article into one feed) and -out writes one file per
// article into a directory, named after the article's fingerprint (so
// that copies of one story, which share a canonical URL, give one file).
//
// When standard error is a terminal, a progress line shows the records
// done, the rate and the failures. At the end a summary gives the counts
// and the failures per kind. The exit status is 1 when any record failed,
// 2 for bad usage.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsmodel/news/article"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// config holds the command line.
type config struct {
	from     article.Format
	to       article.Format
	jsonl    bool
	out      string
	workers  int
	strict   bool
	progress bool
	maxBytes int64
}

const usage = `usage: newsconv [flags] [path ...]

Converts articles between formats. Paths are files or directories (read
recursively); none, or "-", reads standard input.

Flags:
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("newsconv", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprint(stderr, usage)
		fl.PrintDefaults()
		fmt.Fprintf(stderr, "\nFormats: %s\n", strings.Join(formatNames(), ", "))
	}
	from := fl.String("from", "auto", "input `format` (auto: detect each document)")
	to := fl.String("to", "jsonl", "output `format`: jsonl or a format name")
	out := fl.String("out", "", "write one file per article into `dir` instead of standard output")
	workers := fl.Int("workers", runtime.GOMAXPROCS(0), "number of parallel `workers`")
	strict := fl.Bool("strict", false, "treat every parse problem as a failure")
	progress := fl.String("progress", "auto", "progress line on standard error: auto (when a terminal), always, never")
	maxBytes := fl.Int64("max-bytes", 0, "largest document read, in `bytes` (0: the package default, 20 MB)")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	cfg := config{workers: *workers, strict: *strict, out: *out, maxBytes: *maxBytes}
	var err error
	if cfg.from, err = article.ParseFormat(*from); err != nil {
		fmt.Fprintf(stderr, "newsconv: -from: %v\n", err)
		return 2
	}
	if *to == "jsonl" {
		cfg.jsonl, cfg.to = true, article.FormatJSON
	} else if cfg.to, err = article.ParseFormat(*to); err != nil || cfg.to == article.FormatAuto {
		fmt.Fprintf(stderr, "newsconv: -to: unknown format %q\n", *to)
		return 2
	}
	if cfg.workers < 1 {
		fmt.Fprintln(stderr, "newsconv: -workers must be at least 1")
		return 2
	}
	switch *progress {
	case "auto":
		cfg.progress = isTerminal(stderr)
	case "always":
		cfg.progress = true
	case "never":
	default:
		fmt.Fprintf(stderr, "newsconv: -progress: %q is not auto, always or never\n", *progress)
		return 2
	}
	if cfg.out != "" {
		if err := os.MkdirAll(cfg.out, 0o755); err != nil {
			fmt.Fprintf(stderr, "newsconv: %v\n", err)
			return 2
		}
	}
	paths := fl.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	c := &converter{cfg: cfg, stdin: stdin, stdout: stdout, stderr: stderr, start: time.Now(), kinds: map[string]int{}}
	c.convert(ctx, paths)
	return c.summary()
}

func formatNames() []string {
	names := []string{"jsonl"}
	for f := article.FormatText; ; f++ {
		if _, err := article.ParseFormat(f.String()); err != nil {
			return names
		}
		names = append(names, f.String())
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// A job is one unit of input: a whole document, or one line of a JSON
// Lines stream.
type job struct {
	seq   int
	input string
	line  int // of a JSON Lines record; 0 for a document
	data  []byte
	err   error // a problem found while reading, reported as is
}

// A problem is a failure or warning about one record.
type problem struct {
	input string
	line  int
	kind  string
	msg   string
	warn  bool
}

func (p problem) String() string {
	w := ""
	if p.warn {
		w = "warning: "
	}
	return fmt.Sprintf("%s:%d: %s%s: %s", p.input, p.line, w, p.kind, p.msg)
}

type result struct {
	seq      int
	articles []*article.Article
	problems []problem
	records  int // records read (articles plus failed records)
}

type converter struct {
	cfg    config
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	start  time.Time

	mu       sync.Mutex // guards the counters below for the progress line
	records  int
	written  int
	failed   int
	warnings int
	kinds    map[string]int
	feed     []*article.Article
	writeErr error
}

func (c *converter) convert(ctx context.Context, paths []string) {
	window := c.cfg.workers * 4
	jobs := make(chan job)
	results := make(chan result, window)
	tokens := make(chan struct{}, window) // bounds the jobs in flight
	go func() {
		defer close(jobs)
		seq := 0
		emit := func(j job) bool {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			j.seq = seq
			seq++
			jobs <- j
			return true
		}
		for _, p := range paths {
			if !c.read(ctx, p, emit) {
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range c.cfg.workers {
		wg.Go(func() {
			for j := range jobs {
				results <- c.process(j)
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	stopProgress := c.startProgress()
	var bw *bufio.Writer
	var enc *article.Encoder
	if c.cfg.out == "" {
		bw = bufio.NewWriterSize(c.stdout, 64<<10)
		enc = article.NewEncoder(bw)
	}
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			c.emit(r, bw, enc)
			<-tokens
		}
	}
	if isFeed(c.cfg.to) && !c.cfg.jsonl && c.cfg.out == "" && len(c.feed) > 0 {
		if err := article.WriteFeed(bw, c.feed, c.cfg.to); err != nil {
			c.writeErr = err
		}
	}
	if bw != nil {
		if err := bw.Flush(); err != nil && c.writeErr == nil {
			c.writeErr = err
		}
	}
	stopProgress()
	if ctx.Err() != nil {
		fmt.Fprintln(c.stderr, "newsconv: interrupted")
		c.failed++
		c.kinds["interrupted"]++
	}
}

// read sends the jobs of one path: the documents of a directory tree, or
// the records of a file or of standard input.
func (c *converter) read(ctx context.Context, path string, emit func(job) bool) bool {
	if path == "-" {
		return c.readStream("<stdin>", c.stdin, emit)
	}
	st, err := os.Stat(path)
	if err != nil {
		return emit(job{input: path, err: err})
	}
	if !st.IsDir() {
		return c.readFile(path, emit)
	}
	var files []string
	walkErr := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, p) // reported when opened
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil {
		return emit(job{input: path, err: walkErr})
	}
	for _, f := range files {
		if ctx.Err() != nil {
			return false
		}
		if !c.readFile(f, emit) {
			return false
		}
	}
	return true
}

func (c *converter) readFile(path string, emit func(job) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(job{input: path, err: err})
	}
	defer f.Close()
	return c.readStream(path, f, emit)
}

// readStream reads one input: as JSON Lines when its first line is a
// complete JSON object and more follows or it ends there, otherwise as one
// document.
func (c *converter) readStream(name string, r io.Reader, emit func(job) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	limit := c.cfg.maxBytes
	if limit <= 0 {
		limit = article.DefaultMaxBytes
	}
	first, err := readLine(br, article.DefaultMaxLineBytes)
	if isJSONLine(first) && (err == nil || err == io.EOF) {
		return c.readLines(name, br, first, err, emit)
	}
	// One document: what was read, plus the rest up to the limit.
	rest, rerr := io.ReadAll(io.LimitReader(br, limit+1))
	data := append(first, rest...)
	if rerr != nil {
		return emit(job{input: name, err: rerr})
	}
	if err != nil && err != io.EOF && !errors.Is(err, errLineTooLong) {
		return emit(job{input: name, err: err})
	}
	if int64(len(data)) > limit {
		return emit(job{input: name, err: fmt.Errorf("%w: more than %d bytes", article.ErrTooLarge, limit)})
	}
	return emit(job{input: name, data: data})
}

func (c *converter) readLines(name string, br *bufio.Reader, line []byte, err error, emit func(job) bool) bool {
	for n := 1; ; n++ {
		switch {
		case errors.Is(err, errLineTooLong):
			if !emit(job{input: name, line: n, err: fmt.Errorf("%w: more than %d bytes", article.ErrLineTooLong, article.DefaultMaxLineBytes)}) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			if !emit(job{input: name, line: n, data: bytes.TrimRight(line, "\r\n")}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			return emit(job{input: name, line: n, err: err})
		}
		line, err = readLine(br, article.DefaultMaxLineBytes)
		if err == io.EOF && len(line) == 0 {
			return true
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine returns the next line with its end. A line longer than max
// is skipped to its end and reported with errLineTooLong. At the end of
// the input it returns the last line and io.EOF.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max+2 {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		line = append(line, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return line, err
	}
}

func isJSONLine(line []byte) bool {
	t := bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")))
	return len(t) > 1 && t[0] == '{' && t[len(t)-1] == '}' && json.Valid(t)
}

func isFeed(f article.Format) bool {
	return f == article.FormatRSS || f == article.FormatAtom || f == article.FormatJSONFeed
}

// process parses, normalises and validates the articles of one job.
func (c *converter) process(j job) result {
	r := result{seq: j.seq}
	if j.err != nil {
		r.records = 1
		r.problems = append(r.problems, problem{input: j.input, line: j.line, kind: kindOf(j.err), msg: j.err.Error()})
		return r
	}
	opts := article.ParseOptions{Format: c.cfg.from, Strict: c.cfg.strict, MaxBytes: c.cfg.maxBytes}
	var as []*article.Article
	var err error
	f := c.cfg.from
	if f == article.FormatAuto {
		f = article.Detect(j.data)
	}
	if isFeed(f) {
		as, err = opts.ParseFeed(bytes.NewReader(j.data))
	} else {
		var a *article.Article
		a, err = opts.Parse(bytes.NewReader(j.data))
		if a != nil {
			as = []*article.Article{a}
		}
	}
	parseProblems := c.problems(j, err, len(as) > 0)
	if len(as) == 0 {
		r.records = 1
		if len(parseProblems) == 0 {
			parseProblems = []problem{{input: j.input, line: j.line, kind: "empty", msg: "no article"}}
		}
		r.problems = parseProblems
		return r
	}
	r.problems = parseProblems
	failedParse := c.cfg.strict && len(parseProblems) > 0
	for i, a := range as {
		r.records++
		if failedParse {
			continue
		}
		article.Normalize(a)
		if verr := a.Validate(); verr != nil {
			for _, fe := range fieldErrors(verr) {
				msg := fe.Path + ": " + strings.TrimPrefix(fe.Err.Error(), "article: ")
				if len(as) > 1 {
					msg = fmt.Sprintf("item %d: %s", i, msg)
				}
				if a.Headline != "" {
					msg += fmt.Sprintf(" (in %q)", a.Headline)
				}
				r.problems = append(r.problems, problem{input: j.input, line: j.line, kind: kindOf(fe.Err), msg: msg})
			}
			continue
		}
		r.articles = append(r.articles, a)
	}
	return r
}

// problems turns a parse error into problems; they are warnings when an
// article was read and parsing is lenient.
func (c *converter) problems(j job, err error, read bool) []problem {
	if err == nil {
		return nil
	}
	var errs []error
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		errs = u.Unwrap()
	} else {
		errs = []error{err}
	}
	out := make([]problem, 0, len(errs))
	for _, e := range errs {
		p := problem{input: j.input, line: j.line, kind: kindOf(e), msg: strings.TrimPrefix(e.Error(), "article: "), warn: read && !c.cfg.strict}
		var pe *article.ParseError
		if errors.As(e, &pe) {
			if j.line == 0 {
				p.line = pe.Line
			}
			p.msg = strings.TrimPrefix(pe.Err.Error(), "article: ")
			if pe.Column > 0 {
				p.msg = fmt.Sprintf("column %d: %s", pe.Column, p.msg)
			}
			if pe.Field != "" {
				p.msg = pe.Field + ": " + p.msg
			}
		}
		out = append(out, p)
	}
	return out
}

func fieldErrors(err error) []*article.FieldError {
	var out []*article.FieldError
	var walk func(error)
	walk = func(err error) {
		var fe *article.FieldError
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range u.Unwrap() {
				walk(e)
			}
		} else if errors.As(err, &fe) {
			out = append(out, fe)
		} else {
			out = append(out, &article.FieldError{Err: err})
		}
	}
	walk(err)
	return out
}

// kinds names the sentinels in the summary, most specific first.
var kinds = []struct {
	err  error
	name string
}{
	{article.ErrLineTooLong, "line-too-long"},
	{article.ErrTooLarge, "too-large"},
	{article.ErrInvalidUTF8, "invalid-utf8"},
	{article.ErrUnknownFormat, "unknown-format"},
	{article.ErrUnresolvedTime, "unresolved-time"},
	{article.ErrTime, "time"},
	{article.ErrUnknownCountry, "unknown-country"},
	{article.ErrTag, "tag"},
	{article.ErrUnknownSource, "unknown-source"},
	{article.ErrAmbiguousSource, "ambiguous-source"},
	{article.ErrDuplicate, "duplicate"},
	{article.ErrMultipleArticles, "multiple-articles"},
	{article.ErrSyntax, "syntax"},
	{article.ErrMissing, "missing"},
	{article.ErrNotAbsolute, "not-absolute"},
	{article.ErrInvalidLanguage, "invalid-language"},
	{article.ErrOrder, "order"},
	{article.ErrInvalidCountry, "invalid-country"},
	{article.ErrEmpty, "empty"},
	{article.ErrRange, "range"},
	{article.ErrUnclean, "unclean"},
	{fs.ErrNotExist, "not-found"},
	{fs.ErrPermission, "permission"},
}

func kindOf(err error) string {
	for _, k := range kinds {
		if errors.Is(err, k.err) {
			return k.name
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return "io"
	}
	return "other"
}

// emit writes the articles of a result and reports its problems, in input
// order.
func (c *converter) emit(r result, bw *bufio.Writer, enc *article.Encoder) {
	for _, p := range r.problems {
		fmt.Fprintln(c.stderr, c.clearLine()+p.String())
	}
	written := 0
	for _, a := range r.articles {
		if err := c.write(a, bw, enc); err != nil {
			if c.writeErr == nil {
				c.writeErr = err
			}
			fmt.Fprintf(c.stderr, "%snewsconv: writing %q: %v\n", c.clearLine(), a.Headline, err)
			c.mu.Lock()
			c.kinds["write"]++
			c.failed++
			c.mu.Unlock()
			continue
		}
		written++
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.records += r.records
	c.written += written
	failedRecords := r.records - len(r.articles)
	c.failed += failedRecords
	for _, p := range r.problems {
		if p.warn {
			c.warnings++
			c.kinds["warning: "+p.kind]++
		} else {
			c.kinds[p.kind]++
		}
	}
}

func (c *converter) write(a *article.Article, bw *bufio.Writer, enc *article.Encoder) error {
	switch {
	case c.cfg.out != "":
		data, err := article.Marshal(a, c.cfg.to)
		if err != nil {
			return err
		}
		if c.cfg.jsonl {
			data = append(data, '\n')
		}
		name := a.Fingerprint().String() + extension(c.cfg)
		return os.WriteFile(filepath.Join(c.cfg.out, name), data, 0o644)
	case c.cfg.jsonl:
		return enc.Encode(a)
	case isFeed(c.cfg.to):
		c.feed = append(c.feed, a)
		return nil
	default:
		data, err := article.Marshal(a, c.cfg.to)
		if err != nil {
			return err
		}
		bw.Write(data)
		if !bytes.HasSuffix(data, []byte("\n")) {
			bw.WriteByte('\n')
		}
		return nil
	}
}

func extension(cfg config) string {
	if cfg.jsonl {
		return ".jsonl"
	}
	switch cfg.to {
	case article.FormatText:
		return ".txt"
	case article.FormatRSS, article.FormatAtom:
		return ".xml"
	case article.FormatMarkdown:
		return ".md"
	case article.FormatHTML:
		return ".html"
	}
	return ".json"
}

func (c *converter) clearLine() string {
	if c.cfg.progress {
		return "\r\x1b[K"
	}
	return ""
}

func (c *converter) startProgress() (stop func()) {
	if !c.cfg.progress {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		show := func() {
			c.mu.Lock()
			n, failed := c.records, c.failed
			c.mu.Unlock()
			rate := float64(n) / max(time.Since(c.start).Seconds(), 1e-3)
			fmt.Fprintf(c.stderr, "\r\x1b[K%d records, %.0f/s, %d failed", n, rate, failed)
		}
		show()
		for {
			select {
			case <-done:
				fmt.Fprint(c.stderr, "\r\x1b[K")
				return
			case <-t.C:
				show()
			}
		}
	}()
	return func() { close(done); <-finished }
}

// summary prints the counts and the problems per kind, and returns the
// exit status.
func (c *converter) summary() int {
	fmt.Fprintf(c.stderr, "newsconv: %d records: %d written, %d failed, %d warnings (%s)\n",
		c.records, c.written, c.failed, c.warnings, time.Since(c.start).Round(time.Millisecond))
	keys := make([]string, 0, len(c.kinds))
	for k := range c.kinds {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c.kinds[keys[i]] != c.kinds[keys[j]] {
			return c.kinds[keys[i]] > c.kinds[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Fprintf(c.stderr, "  %6d  %s\n", c.kinds[k], k)
	}
	if c.writeErr != nil {
		fmt.Fprintf(c.stderr, "newsconv: output: %v\n", c.writeErr)
		return 1
	}
	if c.failed > 0 {
		return 1
	}
	return 0
}
