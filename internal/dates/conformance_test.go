package dates

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsmodel/news/internal/corpus"
)

var (
	// Machine-readable dates after one of dateKeys: meta tags, JSON-LD
	// and <time datetime>.
	dateKeys    = []string{"published_time", "modified_time", "datepublished", "datemodified", "datecreated", "pubdate", "datetime"}
	machineDate = regexp.MustCompile(`^["']?\s*(?:content\s*=|:|=)\s*["']([^"'<>]{4,60})["']`)
	// The text of <time> elements, as people read it, with its datetime when given.
	timeElement  = regexp.MustCompile(`(?s)^<time([^>]*)>([^<]{4,60})</time>`)
	datetimeAttr = regexp.MustCompile(`(?i)datetime=["']([^"']+)["']`)
)

// TestReadabilityCorpus reads the dates of the real pages of the shared
// corpus: every machine-readable date must parse and agree with
// time.Parse where that accepts it, and the human-readable text of <time>
// elements must parse (against a reference) and agree with the element's
// datetime at the coarser of the two precisions.
func TestReadabilityCorpus(t *testing.T) {
	dir := corpus.Dir(t, "readability")
	pages, err := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in %s: %v", dir, err)
	}
	var machine, machineOK, human, humanOK, compared, agree int
	for _, page := range pages {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(page))
		doc := string(b)
		lower := strings.ToLower(doc) // ASCII keys; same offsets for ASCII-only lowering
		var values []string
		for _, key := range dateKeys {
			for i := 0; ; {
				j := strings.Index(lower[i:], key)
				if j < 0 || len(lower) != len(doc) {
					break
				}
				i += j + len(key)
				if m := machineDate.FindStringSubmatch(doc[i:min(i+120, len(doc))]); m != nil {
					values = append(values, m[1])
				}
			}
		}
		var elements [][]string
		for i := 0; ; {
			j := strings.Index(doc[i:], "<time")
			if j < 0 {
				break
			}
			i += j
			if m := timeElement.FindStringSubmatch(doc[i:min(i+400, len(doc))]); m != nil {
				elements = append(elements, m)
			}
			i += len("<time")
		}
		for _, raw := range values {
			s := html.UnescapeString(raw)
			if digitRun(s, 0) != 4 {
				continue // not a date value (a template name, a Unix time)
			}
			machine++
			v, err := Parse(s)
			if err != nil {
				t.Errorf("%s: Parse(%q): %v", name, s, err)
				continue
			}
			machineOK++
			if std, err := time.Parse(time.RFC3339, s); err == nil && !std.Equal(v.Time) {
				t.Errorf("%s: Parse(%q) = %v, time.Parse gives %v", name, s, v, std)
			}
		}
		for _, m := range elements {
			text := strings.TrimSpace(html.UnescapeString(m[2]))
			human++
			v, err := Options{Reference: time.Date(2020, 6, 1, 12, 0, 0, 0, time.UTC)}.Parse(text)
			if err != nil {
				t.Logf("%s: <time> %q: %v", name, text, err)
				continue
			}
			humanOK++
			a := datetimeAttr.FindStringSubmatch(m[1])
			if a == nil {
				continue
			}
			w, err := Parse(a[1])
			if _, rerr := Parse(text); err != nil || rerr != nil {
				continue // no datetime to compare, or a relative text
			}
			compared++
			if !agrees(v, w) {
				t.Errorf("%s: <time datetime=%q>%s</time>: text gives %v, attribute %v", name, a[1], text, v, w)
				continue
			}
			agree++
		}
	}
	t.Logf("machine-readable dates: %d/%d parsed; <time> texts: %d/%d parsed, %d/%d agree with their datetime", machineOK, machine, humanOK, human, agree, compared)
	if humanOK*10 < human*9 {
		t.Errorf("only %d of %d <time> texts parsed", humanOK, human)
	}
}

// agrees reports whether the text's value v and the attribute's value w
// name the same date at the coarser of their precisions; a zone-less
// calendar date may differ by one day from a zoned instant, as a page
// prints its local day.
func agrees(v, w Value) bool {
	p := min(v.Precision, w.Precision)
	if p > Day && v.Zoned && w.Zoned {
		return FromTime(v.Time.UTC(), p, false) == FromTime(w.Time.UTC(), p, false)
	}
	if p > Day {
		p = Day
	}
	a, b := FromTime(v.Time, p, false), FromTime(w.Time, p, false)
	if a == b {
		return true
	}
	if p == Day && (!v.Zoned || !w.Zoned) {
		d := a.Time.Sub(b.Time)
		return d == 24*time.Hour || d == -24*time.Hour
	}
	return false
}
