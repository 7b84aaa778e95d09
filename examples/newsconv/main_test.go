package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/articletest"
)

// binary is the newsconv command built for the tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsconv-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "newsconv")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// newsconv runs the command and returns its standard output, standard
// error and exit status.
func newsconv(t *testing.T, stdin []byte, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = bytes.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("running newsconv: %v", err)
	}
	return o.String(), e.String(), code
}

func decodeAll(t *testing.T, jsonl string) []*article.Article {
	t.Helper()
	var as []*article.Article
	dec := article.NewDecoder(strings.NewReader(jsonl))
	for a, err := range dec.All() {
		if err != nil {
			t.Fatalf("output line %d: %v", dec.Line(), err)
		}
		as = append(as, a)
	}
	return as
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// corpusDir writes a corpus in every format, half of it in a
// subdirectory, plus a JSON Lines file, and returns the directory and the
// articles newsconv must write, in the order it reads them.
func corpusDir(t *testing.T) (string, []*article.Article) {
	dir := t.TempDir()
	docs, err := articletest.Corpus{Builder: articletest.Builder{Seed: 70}, N: 4}.Documents()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]*article.Article{}
	var paths []string
	for i, d := range docs {
		p := filepath.Join(dir, d.Name)
		if i%2 == 1 {
			p = filepath.Join(dir, "sub", d.Name)
		}
		write(t, p, d.Data)
		want[p] = d.Want
		paths = append(paths, p)
	}
	var jl bytes.Buffer
	enc := article.NewEncoder(&jl)
	stream := articletest.Builder{Seed: 90, Precision: article.Second}.Articles(3)
	for _, a := range stream {
		enc.Encode(a)
	}
	jl.WriteString("\n") // a blank line is no record
	p := filepath.Join(dir, "stream.jsonl")
	write(t, p, jl.Bytes())
	paths = append(paths, p)
	sort.Strings(paths) // the order of a recursive walk: sub/ sorts after "article-..."
	var out []*article.Article
	for _, p := range paths {
		if a, ok := want[p]; ok {
			out = append(out, a)
		} else {
			out = append(out, stream...)
		}
	}
	return dir, out
}

func TestConvertDirectory(t *testing.T) {
	dir, want := corpusDir(t)
	stdout, stderr, code := newsconv(t, nil, "-workers", "3", dir)
	if code != 0 {
		t.Fatalf("newsconv %s: exit %d\n%s", dir, code, stderr)
	}
	got := decodeAll(t, stdout)
	if len(got) != len(want) {
		t.Fatalf("newsconv wrote %d articles, want %d\n%s", len(got), len(want), stderr)
	}
	for i := range want {
		articletest.AssertEqual(t, want[i], got[i])
	}
	if !strings.Contains(stderr, fmt.Sprintf("%d records: %d written, 0 failed", len(want), len(want))) {
		t.Errorf("summary:\n%s", stderr)
	}
	if strings.Contains(stderr, "\r") {
		t.Errorf("progress line written to a pipe:\n%q", stderr)
	}

	// The output does not depend on the number of workers.
	one, _, _ := newsconv(t, nil, "-workers", "1", dir)
	if one != stdout {
		t.Errorf("-workers 1 and -workers 3 wrote different output")
	}
}

func TestFailures(t *testing.T) {
	dir := t.TempDir()
	a := articletest.Builder{Seed: 5}.Article()
	var wantLines []string
	for i, br := range articletest.Breakages() {
		broken, fe := br.Apply(a)
		if n := broken.Clone(); func() bool { article.Normalize(n); return n.Validate() == nil }() {
			continue // Normalize repairs it (empty blocks, stray characters...)
		}
		data, err := article.Marshal(broken, article.FormatJSON)
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("broken-%02d-%s.json", i, br.Name)
		// Pretty-printed, so that the file is one document, not JSON Lines.
		var ind bytes.Buffer
		if err := jsonIndent(&ind, data); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, name), ind.Bytes())
		wantLines = append(wantLines, regexp.QuoteMeta(name)+`:0: \S+: `+regexp.QuoteMeta(fe.Path+": "))
	}
	good, _ := article.Marshal(articletest.Builder{Seed: 6}.Article(), article.FormatJSON)
	stream := string(good) + "\n{\"headline\": \n" + string(good) + "\n" + strings.Repeat("x", article.DefaultMaxLineBytes+10) + "\n" + `{"headline":"No URL","url":"nowhere"}` + "\n"
	write(t, filepath.Join(dir, "stream.jsonl"), []byte(stream))
	wantLines = append(wantLines,
		`stream.jsonl:2: syntax: `,
		`stream.jsonl:4: line-too-long: `,
		`stream.jsonl:5: not-absolute: /url: `,
		`missing.txt:0: not-found: `,
	)

	stdout, stderr, code := newsconv(t, nil, dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, re := range wantLines {
		if !regexp.MustCompile(`(?m)^\S*` + re).MatchString(stderr) {
			t.Errorf("standard error lacks a line matching %q:\n%s", re, stderr)
		}
	}
	written := len(decodeAll(t, stdout))
	if written != 2 {
		t.Errorf("wrote %d articles, want the 2 good ones", written)
	}
	// Every record is written or reported.
	m := regexp.MustCompile(`(\d+) records: (\d+) written, (\d+) failed`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary:\n%s", stderr)
	}
	var records, w, failed int
	fmt.Sscan(m[1]+" "+m[2]+" "+m[3], &records, &w, &failed)
	if records != w+failed || w != written || failed != len(wantLines) {
		t.Errorf("summary %q: want %d written and %d failed, adding up", m[0], written, len(wantLines))
	}
	for _, kind := range []string{"missing", "not-absolute", "order", "syntax", "line-too-long", "not-found"} {
		if !regexp.MustCompile(`(?m)^\s+\d+\s+` + kind + `$`).MatchString(stderr) {
			t.Errorf("summary lacks the kind %q:\n%s", kind, stderr)
		}
	}
}

func TestStdinAndFormats(t *testing.T) {
	a := articletest.Builder{Seed: 11}.Article()
	page, err := article.Marshal(a, article.FormatText)
	if err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := newsconv(t, page, "-to", "ninjs-3.1")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	got, err := article.ParseOptions{Format: article.FormatNinjs31}.ParseString(stdout)
	if err != nil {
		t.Fatalf("reading the ninjs output: %v\n%s", err, stdout)
	}
	articletest.AssertEqual(t, articletest.Expected(articletest.Expected(a, article.FormatText), article.FormatNinjs31), got)

	// Feeds gather every article into one feed.
	var jl bytes.Buffer
	enc := article.NewEncoder(&jl)
	for _, a := range (articletest.Builder{Seed: 12}).Articles(3) {
		enc.Encode(a)
	}
	stdout, stderr, code = newsconv(t, jl.Bytes(), "-to", "atom", "-")
	if code != 0 {
		t.Fatalf("-to atom: exit %d\n%s", code, stderr)
	}
	if as, err := article.ParseFeed(strings.NewReader(stdout)); err != nil || len(as) != 3 {
		t.Errorf("-to atom wrote a feed of %d articles, %v; want 3", len(as), err)
	}
}

func TestOutDir(t *testing.T) {
	dir, want := corpusDir(t)
	out := filepath.Join(t.TempDir(), "out")
	_, stderr, code := newsconv(t, nil, "-out", out, "-to", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	files, err := filepath.Glob(filepath.Join(out, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	// Articles sharing a URL share a fingerprint: one file per story.
	stories := map[article.Fingerprint]*article.Article{}
	for _, a := range want {
		stories[a.Fingerprint()] = a
	}
	if len(files) != len(stories) {
		t.Fatalf("-out wrote %d files, want %d", len(files), len(stories))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.ParseOptions{Format: article.FormatJSON}.ParseString(string(data))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if fp := a.Fingerprint().String(); filepath.Base(f) != fp+".json" {
			t.Errorf("%s holds the article of fingerprint %s", f, fp)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"-to", "nonsense"}, {"-from", "nonsense"}, {"-workers", "0"}, {"-progress", "sometimes"}, {"-no-such-flag"}} {
		if _, stderr, code := newsconv(t, nil, args...); code != 2 || !strings.Contains(stderr, "newsconv") && !strings.Contains(stderr, "usage") {
			t.Errorf("newsconv %v: exit %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
}

func TestProgress(t *testing.T) {
	dir, _ := corpusDir(t)
	_, stderr, code := newsconv(t, nil, "-progress", "always", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !regexp.MustCompile(`\r\x1b\[K\d+ records, \d+/s, \d+ failed`).MatchString(stderr) {
		t.Errorf("-progress always wrote no progress line:\n%q", stderr)
	}
}
