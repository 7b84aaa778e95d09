package article

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/corpus"
	"github.com/newsmodel/news/internal/htmlmeta"
)

// The golden files under testdata/html/golden are rewritten by
// go test -run TestHTMLGolden -update. The flag is the package's "update"
// flag: declared here only when no other test file of the package has
// declared it (package-level flag variables are set before init runs).
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func updateGolden() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, _ := g.Get().(bool)
	return b
}

func readHTMLFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDetectHTML(t *testing.T) {
	tests := []struct {
		name, in string
		want     Format
	}{
		{"doctype", "<!DOCTYPE html><html></html>", FormatHTML},
		{"bom and space", "\xef\xbb\xbf \n<html lang=en>", FormatHTML},
		{"fragment", "<p>Hello</p>", FormatHTML},
		{"xhtml", `<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">`, FormatHTML},
		{"rss", `<?xml version="1.0"?>` + "\n" + `<rss version="2.0"><channel>`, FormatRSS},
		{"atom", `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">`, FormatAtom},
		{"json", `{"headline":"x"}`, FormatJSON},
		{"text", "Skip to Content\nHeadline", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.in)); got != tt.want {
				t.Errorf("Detect(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	if f, err := ParseFormat("html"); err != nil || f != FormatHTML {
		t.Errorf(`ParseFormat("html") = %v, %v, want html`, f, err)
	}
}

// htmlFields is the part of an Article a fixture test compares.
type htmlFields struct {
	URL, Headline, Summary, Language string
	Published, Modified              string
	Section                          []string
	Authors                          []Person
	Tags                             []string
	Sources                          []Source
	Image                            Image
	Copyright                        string
	Dateline                         Dateline
	Kinds                            []BlockKind
	FirstBlock                       string
}

func fieldsOf(a *Article) htmlFields {
	f := htmlFields{URL: a.URL, Headline: a.Headline, Summary: a.Summary, Section: a.Section,
		Published: a.Published.String(), Modified: a.Modified.String(), Authors: a.Authors,
		Sources: a.Sources, Image: a.Image, Copyright: a.CopyrightNotice, Dateline: a.Dateline}
	if a.Language != language.Und {
		f.Language = a.Language.String()
	}
	for tg := range a.Tags.All() {
		f.Tags = append(f.Tags, tg.Code+"|"+tg.Name)
	}
	for i, b := range a.Body {
		f.Kinds = append(f.Kinds, b.Kind)
		if i == 0 {
			f.FirstBlock = b.Text
		}
	}
	return f
}

func TestParseHTML(t *testing.T) {
	mia, err := LookupSource("MIA", Hints{})
	if err != nil {
		t.Fatal(err)
	}
	mia.Role = SourcePublisher
	tests := []struct {
		file string
		want htmlFields
	}{
		{"jsonld-news.html", htmlFields{
			// JSON-LD wins over OpenGraph and plain meta; the canonical link
			// is kept as stated (Normalize strips utm_*).
			URL:      "https://www.example-wire.test/news/2024/river-towns-vote?utm_source=feed",
			Headline: "River towns vote on flood plan", Summary: "Three invented river towns hold a vote on a shared flood plan.",
			Language:  "en-GB",
			Published: "2024-03-05", Modified: "2024-03-06T09:15:00+01:00",
			Section: []string{"Environment"},
			Authors: []Person{{Name: "Vesna Orlić", URL: "https://www.example-wire.test/staff/vesna-orlic"}, {Name: "Teodor Marin"}},
			Tags:    []string{"ENV-FLOOD-PLAN|", "|Flooding", "|Local elections"},
			// The site name resolves through the agency registry.
			Sources:   []Source{mia},
			Image:     Image{URL: "https://img.example-wire.test/river.jpg", Caption: "The river at dawn", Credit: "Photo: Ilina Petra", Width: 1200, Height: 800},
			Copyright: "© 2024 Example Wire Ltd.",
			// The dateline leaves the first paragraph; its year comes from
			// the published date.
			Dateline:   Dateline{Place: "SKOPJE", Date: Date(2024, time.March, 5), Agency: "MIA", Text: "SKOPJE, March 5 (MIA) -"},
			Kinds:      []BlockKind{Paragraph, Paragraph, Heading, ListItem, ListItem, Quotation, Paragraph},
			FirstBlock: "Voters in three river towns went to the polls on Tuesday to decide on a shared flood plan drawn up over two winters.",
		}},
		{"opengraph.html", htmlFields{
			// A relative canonical link resolves against og:url.
			URL:      "https://gazette-nordvent.test/histoire/42-marche-de-nuit",
			Headline: "Le marché de nuit rouvre ses portes",
			Summary:  "Après deux ans de travaux, le marché de nuit du quartier des Tanneurs accueille de nouveau ses marchands.",
			Language: "fr-CA", Published: "2023-11-02T14:30:00Z",
			Section: []string{"Ville"},
			// Bylines in the body, French and English, credit the authors
			// once and leave the body.
			Authors:    []Person{{Name: "Mira Okonkwo"}, {Name: "Tomas Lind"}},
			Tags:       []string{"|Commerce", "|Quartier des Tanneurs"},
			Sources:    []Source{{Name: "Gazette du Nordvent", Role: SourcePublisher}},
			Image:      Image{URL: "https://gazette-nordvent.test/img/marche.jpg", Width: 640, Height: 360},
			Kinds:      []BlockKind{Paragraph, Paragraph, Paragraph},
			FirstBlock: "Les premiers étals se sont installés dès dix-huit heures, sous les guirlandes tendues entre les anciennes halles du quartier des Tanneurs.",
		}},
		{"dublincore.html", htmlFields{
			Headline: "Annual report on lighthouse keeping", Summary: "The keepers' association publishes its yearly summary of lighthouse upkeep.",
			// A month stays a month; the role comes from the byline rules.
			Language: "nb", Published: "2021-07",
			Authors:    []Person{{Name: "Halvard Sund", Role: RoleEditor}},
			Tags:       []string{"|coast", "|lighthouses", "|maintenance"},
			Copyright:  "Lighthouse Keepers' Association, all rights reserved",
			Kinds:      []BlockKind{Paragraph, Paragraph, Paragraph},
			FirstBlock: "The association counted forty-one staffed lighthouses along the invented coast of Vesterholm this year, two fewer than the year before.",
		}},
		{"windows-1252.html", htmlFields{
			// Decoded from windows-1252; a dotted date is a day, zone-less.
			Headline: "Café am Seeufer eröffnet", Language: "de", Published: "2020-01-24",
			Authors:    []Person{{Name: "Jürgen Möller"}},
			Kinds:      []BlockKind{Paragraph, Paragraph},
			FirstBlock: "Das neue Café am Ufer des erfundenen Sees von Mühlbach hat am Freitag seine Türen geöffnet – mit Blick auf die Boote.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := Parse(bytes.NewReader(readHTMLFixture(t, tt.file)))
			if err != nil {
				t.Fatalf("Parse(%s) error: %v", tt.file, err)
			}
			if diff := cmp.Diff(tt.want, fieldsOf(a), cmp.AllowUnexported(countries.Country{}, Time{})); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", tt.file, diff)
			}
			if err := a.Validate(); err != nil && !errors.Is(err, ErrNotAbsolute) {
				t.Errorf("Parse(%s).Validate() = %v", tt.file, err)
			}
		})
	}
}

// TestParseHTMLRules covers one rule each, on small synthetic pages.
func TestParseHTMLRules(t *testing.T) {
	head := func(s string) string { return "<!DOCTYPE html><html><head>" + s + "</head><body></body></html>" }
	tests := []struct {
		name string
		in   string
		want func(a *Article) any
		exp  any
	}{
		{"author and editor in one credit", head(`<meta name="author" content="Written by Ana Ruiz Edited by Li Wei">`),
			func(a *Article) any { return a.Authors },
			[]Person{{Name: "Ana Ruiz"}, {Name: "Li Wei", Role: RoleEditor}}},
		{"rel=author profile URL", `<html><head><meta name="author" content="Ana Ruiz"></head><body><a rel="author" href="https://paper.test/ana">Ana Ruiz</a></body></html>`,
			func(a *Article) any { return a.Authors },
			[]Person{{Name: "Ana Ruiz", URL: "https://paper.test/ana"}}},
		{"JSON-LD author strings", head(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Dock strike ends","author":["Ana Ruiz","Li Wei"]}</script>`),
			func(a *Article) any { return a.Authors },
			[]Person{{Name: "Ana Ruiz"}, {Name: "Li Wei"}}},
		{"relative image resolved", head(`<link rel="canonical" href="https://paper.test/news/a1"><meta property="og:image" content="/img/a1.jpg">`),
			func(a *Article) any { return a.Image.URL }, "https://paper.test/img/a1.jpg"},
		{"breadcrumb section", head(`<meta property="article:section" content="World » Europe">`),
			func(a *Article) any { return a.Section },
			[]string{"World", "Europe"}},
		{"relative canonical without base", head(`<link rel="canonical" href="/a/1">`),
			func(a *Article) any { return a.URL }, "/a/1"},
		{"zone-less time stays zone-less", head(`<meta property="article:published_time" content="2020-01-24T10:30">`),
			func(a *Article) any { return a.Published.String() + " " + a.Published.Precision().String() }, "2020-01-24T10:30 minute"},
		{"printed date keeps day precision", head(`<meta name="date" content="January 24, 2020">`),
			func(a *Article) any { return a.Published.String() + " " + a.Published.Precision().String() }, "2020-01-24 day"},
		{"og:locale as language", head(`<meta property="og:locale" content="pt_BR">`),
			func(a *Article) any { return a.Language.String() }, "pt-BR"},
		{"unknown publisher kept as written", head(`<meta property="og:site_name" content="The Saltmere Courier">`),
			func(a *Article) any { return a.Sources }, []Source{{Name: "The Saltmere Courier", Role: SourcePublisher}}},
		{"dateline agency as source", `<html><body><article><p>DAVOS, Switzerland, Jan 23 (AFP) -- Delegates of an invented forum met for a third day of talks on the weather.</p><p>The talks will go on until Friday, the organisers of the invented forum said.</p></article></body></html>`,
			func(a *Article) any {
				src := ""
				for _, s := range a.Sources {
					src += s.Acronym
				}
				return a.Dateline.Place + "|" + a.Dateline.Country.Alpha2() + "|" + a.Dateline.Agency + "|" + src
			}, "DAVOS|CH|AFP|AFP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tt.in))
			if a == nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(tt.exp, tt.want(a), cmp.AllowUnexported(countries.Country{})); diff != "" {
				t.Errorf("Parse(%.60q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseHTMLProblems(t *testing.T) {
	t.Run("bad values", func(t *testing.T) {
		a, err := Parse(bytes.NewReader(readHTMLFixture(t, "bad-values.html")))
		if a == nil {
			t.Fatalf("Parse returned no article: %v", err)
		}
		for _, want := range []error{ErrSyntax, htmlmeta.ErrJSONLD, ErrInvalidLanguage, ErrTime} {
			if !errors.Is(err, want) {
				t.Errorf("Parse error = %v, want one wrapping %v", err, want)
			}
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line < 1 || pe.Column < 1 {
			t.Errorf("Parse error = %v, want *ParseError with a position", err)
		}
		// Nothing clearly stated is dropped: the unreadable date is kept as
		// written, the zone-less time stays zone-less.
		if got := a.Published.Text(); got != "sometime last spring" {
			t.Errorf("Published.Text() = %q, want the text as written", got)
		}
		if got := a.Modified.String(); got != "2022-10-01T08:00" {
			t.Errorf("Modified = %q, want 2022-10-01T08:00", got)
		}
		if _, err := (ParseOptions{Strict: true}).Parse(bytes.NewReader(readHTMLFixture(t, "bad-values.html"))); err == nil {
			t.Error("strict Parse: no error")
		}
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		src := readHTMLFixture(t, "invalid-utf8.html")
		a, err := Parse(bytes.NewReader(src))
		if a == nil || !errors.Is(err, ErrInvalidUTF8) || !errors.Is(err, htmlmeta.ErrInvalidUTF8) {
			t.Fatalf("Parse = %v, %v; want an article and ErrInvalidUTF8", a, err)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != 4 || pe.Column != 39 {
			t.Errorf("Parse error = %v, want the first invalid byte at line 4, column 39", err)
		}
		b, _ := a.MarshalJSON()
		if !utf8.Valid(b) || !bytes.Contains(b, []byte("\uFFFD")) {
			t.Errorf("output not valid UTF-8 with U+FFFD: %s", b)
		}
		if _, err := (ParseOptions{Strict: true}).Parse(bytes.NewReader(src)); !errors.Is(err, ErrInvalidUTF8) {
			t.Errorf("strict Parse error = %v, want ErrInvalidUTF8", err)
		}
	})
	t.Run("forced format", func(t *testing.T) {
		a, err := ParseOptions{Format: FormatHTML}.Parse(strings.NewReader("plain words, no markup at all"))
		if err != nil || a == nil {
			t.Fatalf("Parse = %v, %v", a, err)
		}
	})
}

func TestHTMLGolden(t *testing.T) {
	for _, name := range []string{"jsonld-news", "opengraph", "dublincore", "windows-1252"} {
		t.Run(name, func(t *testing.T) {
			a, err := Parse(bytes.NewReader(readHTMLFixture(t, name+".html")))
			if err != nil {
				t.Fatal(err)
			}
			got, err := a.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "html", "golden", name+".json")
			if updateGolden() {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("canonical JSON of %s (-want +got):\n%s", name, diff)
			}
			// The golden form reads back to the same article.
			var back Article
			if err := back.UnmarshalJSON(want); err != nil {
				t.Fatal(err)
			}
			again, _ := back.MarshalJSON()
			if string(again)+"\n" != string(want) {
				t.Errorf("round trip of %s changed it:\n%s", name, again)
			}
		})
	}
}

// The allocation bound of TestParseHTMLHostile: this many bytes per input
// byte plus a constant.
const (
	htmlAllocPerByte = 128
	htmlAllocBase    = 8 << 20
)

func TestParseHTMLHostile(t *testing.T) {
	rep := func(s string, n int) string { return strings.Repeat(s, n) }
	tests := []struct {
		name string
		in   string
		opts ParseOptions
		want []error // the error wraps each
	}{
		{"deep nesting", "<html><body>" + rep("<div>", 100000) + "x", ParseOptions{}, []error{ErrTooLarge, htmlmeta.ErrDepth}},
		{"giant attribute", `<html><head><meta name="description" content="` + rep("a", 5<<20) + `">`, ParseOptions{}, []error{ErrTooLarge, htmlmeta.ErrTokenTooLarge}},
		{"unterminated comment", "<html><body><!--" + rep("x", 5<<20), ParseOptions{}, []error{ErrTooLarge, htmlmeta.ErrTokenTooLarge}},
		{"deep JSON-LD", `<html><head><script type="application/ld+json">` + rep("[", 100000) + rep("]", 100000) + "</script>", ParseOptions{}, []error{htmlmeta.ErrDepth}},
		{"JSON-LD not JSON", `<html><head><script type="application/ld+json">{"@type": NewsArticle}</script>`, ParseOptions{}, []error{ErrSyntax, htmlmeta.ErrJSONLD}},
		{"many metas", "<html><head>" + rep(`<meta name="keywords" content="k">`, 10000), ParseOptions{}, []error{ErrTooLarge, htmlmeta.ErrTooMany}},
		{"unclosed tags", "<html><body>" + rep("<p><b><i>text ", 20000), ParseOptions{}, []error{ErrTooLarge, htmlmeta.ErrDepth}},
		{"unclosed paragraphs", "<html><body>" + rep("<p>text ", 20000), ParseOptions{}, nil},
		{"too large", "<html>" + rep("x", 2000), ParseOptions{MaxBytes: 1000}, []error{ErrTooLarge}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			a, err := tt.opts.Parse(strings.NewReader(tt.in))
			runtime.ReadMemStats(&after)
			// Memory is bounded by the input: allocation grows with its
			// size, not with its nesting or repetition.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(htmlAllocPerByte*len(tt.in)+htmlAllocBase) {
				t.Errorf("Parse allocated %d bytes for %d bytes of input", alloc, len(tt.in))
			}
			t.Logf("allocated %d bytes for %d bytes of input", after.TotalAlloc-before.TotalAlloc, len(tt.in))
			for _, w := range tt.want {
				if !errors.Is(err, w) {
					t.Errorf("Parse error = %.200v, want one wrapping %v", err, w)
				}
			}
			if tt.want == nil && err != nil {
				t.Errorf("Parse error = %.200v, want nil", err)
			}
			if a == nil && !errors.Is(err, ErrTooLarge) {
				t.Errorf("Parse returned no article with %v, want the partial result", err)
			}
			if a != nil {
				b, jerr := a.MarshalJSON()
				if jerr != nil || !utf8.Valid(b) {
					t.Errorf("partial article does not marshal: %v", jerr)
				}
			}
		})
	}
}

func TestParseHTMLContext(t *testing.T) {
	src := readHTMLFixture(t, "jsonld-news.html")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if a, err := (ParseOptions{}).ParseContext(ctx, bytes.NewReader(src)); a != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("ParseContext(cancelled) = %v, %v; want nil, context.Canceled", a, err)
	}
	// Cancelled while scanning a large page.
	big := []byte("<html><body>" + strings.Repeat("<p>Some words of text in a paragraph.</p>", 200000))
	ctx, cancel = context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := ParseOptions{MaxBytes: 64 << 20}.ParseContext(ctx, bytes.NewReader(big))
		done <- err
	}()
	cancel()
	if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
		t.Errorf("ParseContext(cancelled while scanning) error = %v, want nil or context.Canceled", err)
	}
}

// FuzzParseHTML checks that every page parses without panic to an article
// whose canonical JSON is valid UTF-8 and reads back to the same bytes.
func FuzzParseHTML(f *testing.F) {
	for _, name := range []string{"jsonld-news", "opengraph", "dublincore", "bad-values", "invalid-utf8", "windows-1252"} {
		b, err := os.ReadFile(filepath.Join("testdata", "html", name+".html"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a, _ := ParseOptions{Format: FormatHTML, MaxBytes: 1 << 20}.Parse(bytes.NewReader(src))
		if a == nil {
			return
		}
		b, err := a.MarshalJSON()
		if err != nil {
			return // unmarshalable values are reported by Validate
		}
		if !utf8.Valid(b) {
			t.Fatalf("invalid UTF-8 in output: %q", b)
		}
		var back Article
		if err := back.UnmarshalJSON(b); err != nil {
			t.Fatalf("UnmarshalJSON(MarshalJSON) = %v\n%s", err, b)
		}
		again, _ := back.MarshalJSON()
		if !bytes.Equal(again, b) {
			t.Fatalf("round trip changed the article:\n%s\n%s", b, again)
		}
	})
}

// htmlProcCPU returns the CPU time (user and system) the process has used so
// far, read from /proc/self/stat, or 0 where there is no such file. On a
// machine shared with other work it varies far less than wall time, so
// the HTML benchmarks report it as "cpu-ns/op" and ratios are taken from it.
func htmlProcCPU() time.Duration {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// Fields after the parenthesised command name: state is field 3, utime
	// and stime are fields 14 and 15, in clock ticks of 1/100 s.
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	var ticks int64
	for _, s := range f[11:13] {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0
		}
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// htmlReportCPU reports the process CPU time per operation since start.
func htmlReportCPU(b *testing.B, start time.Duration) {
	if d := htmlProcCPU() - start; start > 0 && d > 0 && b.N > 0 {
		b.ReportMetric(float64(d.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkHTMLTokenizer is the floor: a bare x/net/html Tokenizer loop of
// z.Next() over the same bytes as the other HTML benchmarks.
func BenchmarkHTMLTokenizer(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	b.ReportAllocs()
	b.SetBytes(n)
	defer htmlReportCPU(b, htmlProcCPU())
	for b.Loop() {
		for _, p := range pages {
			z := html.NewTokenizer(bytes.NewReader(p))
			for z.Next() != html.ErrorToken {
			}
		}
	}
}

// BenchmarkParseHTML is the full parse of each page to an Article, body
// included, through the package's entry point.
func BenchmarkParseHTML(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	b.ReportAllocs()
	b.SetBytes(n)
	defer htmlReportCPU(b, htmlProcCPU())
	for b.Loop() {
		for _, p := range pages {
			if a, _ := Parse(bytes.NewReader(p)); a == nil {
				b.Fatal("no article")
			}
		}
	}
}

// BenchmarkParseHTMLMeta is the parse to an Article with body extraction
// off (metadata only), from the input as read (the copy that Parse makes
// of its reader is left out: BenchmarkParseHTMLRead measures it).
func BenchmarkParseHTMLMeta(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	strs := make([]string, len(pages))
	for i, p := range pages {
		strs[i] = string(p)
	}
	b.ReportAllocs()
	b.SetBytes(n)
	ctx := context.Background()
	defer htmlReportCPU(b, htmlProcCPU())
	for b.Loop() {
		for _, p := range strs {
			if a, _ := (ParseOptions{}).parseHTMLWith(ctx, p, htmlOptions{noBody: true}); a == nil {
				b.Fatal("no article")
			}
		}
	}
}

// BenchmarkParseHTMLRead is the copy of the input that Parse makes
// before any format is parsed.
func BenchmarkParseHTMLRead(b *testing.B) {
	pages, n := corpus.Pages(b, "readability")
	b.ReportAllocs()
	b.SetBytes(n)
	ctx := context.Background()
	defer htmlReportCPU(b, htmlProcCPU())
	for b.Loop() {
		for _, p := range pages {
			if _, err := (ParseOptions{}).read(ctx, bytes.NewReader(p)); err != nil {
				b.Fatal("no article")
			}
		}
	}
}
