// Command quickstart parses a news page in the scraped text form and
// prints a summary of the article and its canonical JSON.
//
// Usage:
//
//	go run ./examples/quickstart            # parses the embedded sample page
//	go run ./examples/quickstart page.txt   # parses page.txt
//
// The embedded page is synthetic: its people, lake and story are invented
// for this example.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsmodel/news/article"
)

//go:embed page.txt
var samplePage string

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	var r io.Reader = strings.NewReader(samplePage)
	name := "embedded sample page"
	if len(args) > 0 {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r, name = f, args[0]
	}
	a, err := article.Parse(r)
	if a == nil {
		return err
	}
	if err != nil {
		// A lenient parse returns what it read and every problem.
		fmt.Fprintf(w, "problems reading %s:\n", name)
		for _, e := range unjoin(err) {
			fmt.Fprintf(w, "  %v\n", e)
		}
		fmt.Fprintln(w)
	}
	summarize(w, a)

	data, err := article.Marshal(a, article.FormatJSON)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, data, "", "  "); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nCanonical JSON:\n%s\n", out.Bytes())
	return nil
}

func summarize(w io.Writer, a *article.Article) {
	fmt.Fprintf(w, "Headline:  %s\n", a.Headline)
	if !a.Published.IsZero() {
		fmt.Fprintf(w, "Published: %s (%s precision", a.Published, a.Published.Precision())
		if a.Published.IsResolved() && !a.Published.Zoned() {
			fmt.Fprint(w, ", no zone")
		}
		fmt.Fprintln(w, ")")
	}
	if !a.Modified.IsZero() {
		if a.Modified.IsResolved() {
			fmt.Fprintf(w, "Modified:  %s (%s precision)\n", a.Modified, a.Modified.Precision())
		} else {
			fmt.Fprintf(w, "Modified:  %q (unresolved: no reference time given)\n", a.Modified.Text())
		}
	}
	if len(a.Section) > 0 {
		fmt.Fprintf(w, "Section:   %s\n", strings.Join(a.Section, " › "))
	}
	for i, p := range a.Authors {
		label := "Authors:"
		if i > 0 {
			label = ""
		}
		fmt.Fprintf(w, "%-10s %s\n", label, p.Name)
	}
	if d := a.Dateline; !d.IsZero() {
		fmt.Fprintf(w, "Dateline:  %s", d.Place)
		if d.Country.IsValid() {
			fmt.Fprintf(w, ", %s", d.Country.Name())
		}
		if d.Date.IsResolved() {
			fmt.Fprintf(w, ", %s", d.Date)
		}
		if d.Agency != "" {
			fmt.Fprintf(w, " (%s)", d.Agency)
		}
		fmt.Fprintln(w)
	}
	for t := range a.Tags.All() {
		fmt.Fprintf(w, "Tag:       %s %q", t.Code, t.Name)
		if t.Truncated {
			fmt.Fprint(w, " (description truncated on the page)")
		}
		fmt.Fprintln(w)
	}
	for c := range a.Countries.All() {
		fmt.Fprintf(w, "Country:   %s %s\n", c.Alpha2(), c.Name())
	}
	for _, s := range a.Sources {
		if s.Acronym != "" {
			fmt.Fprintf(w, "Source:    %s = %s", s.Acronym, s.Name)
			if s.Country.IsValid() {
				fmt.Fprintf(w, " (%s)", s.Country.Name())
			}
			fmt.Fprintln(w)
		} else {
			fmt.Fprintf(w, "Source:    %s (not in the registry; kept as written)\n", s.Name)
		}
	}
	words := 0
	for _, b := range a.Body {
		words += len(strings.Fields(b.Text))
	}
	fmt.Fprintf(w, "Body:      %d paragraphs, %d words, %d bytes\n", len(a.Body), words, len(a.Text()))
	if err := a.Validate(); err != nil {
		fmt.Fprintln(w, "Validate:")
		for _, e := range unjoin(err) {
			fmt.Fprintf(w, "  %v\n", e)
		}
	} else {
		fmt.Fprintln(w, "Validate:  ok")
	}
	fmt.Fprintf(w, "ID:        %s (fingerprint)\n", a.Fingerprint())
}

func unjoin(err error) []error {
	var j interface{ Unwrap() []error }
	if errors.As(err, &j) {
		return j.Unwrap()
	}
	return []error{err}
}
