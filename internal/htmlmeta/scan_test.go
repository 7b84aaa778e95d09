package htmlmeta

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// resolved is the part of a Page the fixture tests compare.
type resolved struct {
	Headline, Description, URL, Language, SiteName, Section string
	Authors, Keywords                                       []string
	Published, Modified                                     string
	Image                                                   *Image
	Charset                                                 string
}

func resolvedOf(p *Page) resolved {
	return resolved{p.Headline, p.Description, p.URL, p.Language, p.SiteName, p.Section,
		p.Authors, p.Keywords, p.Published, p.Modified, p.Image, p.Charset}
}

func scanFile(t *testing.T, name string, o Options) *Page {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	p, err := o.Scan(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("Scan(%s): %v", name, err)
	}
	return p
}

func TestScanFixtures(t *testing.T) {
	tests := []struct {
		file string
		want resolved
	}{
		{"jsonld-graph.html", resolved{
			Headline: "Ferry timetable changes announced", Description: "The island service runs twice as often from May.",
			URL: "https://harbour-ledger.example/news/ferry", Language: "en-GB", SiteName: "The Harbour Ledger",
			Section: "Transport", Authors: []string{"Mira Okonjo", "Tavi Kessler"},
			Keywords:  []string{"ferries", "timetables", "islands"},
			Published: "2025-03-04T09:15:00+00:00", Modified: "2025-03-04T11:00:00+00:00",
			Image: &Image{URL: "https://harbour-ledger.example/ferry.jpg", Caption: "The morning ferry leaving port",
				Credit: "Ona Baptiste", Width: 1200, Height: 800},
			Charset: "utf-8",
		}},
		{"opengraph.html", resolved{
			Headline: "Le marché couvert rouvre ses portes", Description: "Après deux ans de travaux, le marché rouvre samedi.",
			URL: "https://gazette-du-nord.example/ville/marche", Language: "fr", SiteName: "Gazette du Nord",
			Section: "Ville", Authors: []string{"Léa Marchand"}, Keywords: []string{"marché", "travaux"},
			Published: "2024-11-02", Modified: "2024-11-03T08:00:00+01:00",
			Image:   &Image{URL: "https://gazette-du-nord.example/marche.jpg", Width: 640, Height: 360},
			Charset: "utf-8",
		}},
		{"dublincore.html", resolved{
			Headline: "Council budget vote delayed", Description: "The vote moves to July after a late amendment.",
			Language: "en", SiteName: "Riverside Courier", Section: "Politics", Authors: []string{"Hollis Brandt"},
			Keywords: []string{"budget", "council", "July"}, Published: "2023-06-30", Charset: "utf-8",
		}},
		{"microdata.html", resolved{
			Headline: "Orchard harvest hits record", Authors: []string{"Juno Ferreira", "Pell Amari"},
			Published: "2022-09-18T07:30:00-05:00", Modified: "2022-09-19", Charset: "utf-8",
		}},
		{"windows-1252.html", resolved{
			Headline: "Café “Zur Linde” reopens", Authors: []string{"Jürgen Voß"}, Charset: "windows-1252",
		}},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".html"), func(t *testing.T) {
			p := scanFile(t, tt.file, Options{})
			if diff := cmp.Diff(tt.want, resolvedOf(p)); diff != "" {
				t.Errorf("Scan(%s) resolved values (-want +got):\n%s", tt.file, diff)
			}
			if len(p.Warnings) != 0 {
				t.Errorf("Scan(%s) warnings: %v", tt.file, p.Warnings)
			}
		})
	}
}

func TestScanRaw(t *testing.T) {
	p := scanFile(t, "opengraph.html", Options{})
	wantLinks := []Link{
		{Rel: "canonical", Href: "https://gazette-du-nord.example/ville/marche"},
		{Rel: "alternate", Href: "https://gazette-du-nord.example/en/market", Hreflang: "en"},
	}
	if diff := cmp.Diff(wantLinks, p.Links); diff != "" {
		t.Errorf("Links (-want +got):\n%s", diff)
	}
	if p.Lang != "fr" || p.Title != "Le marché couvert rouvre ses portes - Gazette du Nord" || p.H1 != "Le marché couvert rouvre ses portes" {
		t.Errorf("Lang, Title, H1 = %q, %q, %q", p.Lang, p.Title, p.H1)
	}
	if diff := cmp.Diff([]string{"marché", "travaux"}, p.Values("ARTICLE:TAG")); diff != "" {
		t.Errorf("Values(article:tag) (-want +got):\n%s", diff)
	}
	if got := len(p.Meta); got != 17 {
		t.Errorf("len(Meta) = %d, want 17", got)
	}
	m := scanFile(t, "microdata.html", Options{})
	wantTimes := []Time{{Datetime: "2022-09-18T07:30:00-05:00", Text: "September 18, 2022", Itemprop: "datepublished", Pubdate: true}}
	if diff := cmp.Diff(wantTimes, m.Times); diff != "" {
		t.Errorf("Times (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"By Juno Ferreira and Pell Amari"}, m.Bylines); diff != "" {
		t.Errorf("Bylines (-want +got):\n%s", diff)
	}
}

func TestScanBody(t *testing.T) {
	p := scanFile(t, "body-density.html", Options{Body: true})
	want := []Block{
		{Heading, "Work took three summers"},
		{Paragraph, "Volunteers finished restoring the old lighthouse on Calder Point this week, three summers after the first scaffolding went up."},
		{Paragraph, "The lamp room, closed to visitors since a storm in the spring, reopens on Saturday, the restoration society said in a statement."},
		{Quotation, "We replaced every pane of glass by hand, one at a time."},
		{ListItem, "Opening hours: ten until four, every day except Monday."},
		{ListItem, "Tickets are free for children under twelve years old."},
		{Paragraph, "Entry & parking are free during the first month."},
	}
	if diff := cmp.Diff(want, p.Body); diff != "" {
		t.Errorf("Body (-want +got):\n%s", diff)
	}
	if p.BodySource != "density" {
		t.Errorf("BodySource = %q, want density", p.BodySource)
	}
	ld := scanFile(t, "jsonld-graph.html", Options{Body: true})
	if ld.BodySource != "jsonld" || len(ld.Body) != 2 {
		t.Errorf("JSON-LD body: source %q, %d blocks, want jsonld, 2", ld.BodySource, len(ld.Body))
	}
	if off := scanFile(t, "body-density.html", Options{}); off.Body != nil {
		t.Errorf("Body without Options.Body = %v, want nil", off.Body)
	}
}

func TestInvalidUTF8(t *testing.T) {
	p := scanFile(t, "invalid-utf8.html", Options{})
	if p.Title != "Broken \uFFFD\uFFFD bytes \uFFFD" || p.InvalidUTF8 != 3 {
		t.Errorf("Title = %q, InvalidUTF8 = %d; want replacement characters and 3", p.Title, p.InvalidUTF8)
	}
	if len(p.Warnings) != 1 || !errors.Is(p.Warnings[0], ErrInvalidUTF8) {
		t.Errorf("Warnings = %v, want one ErrInvalidUTF8", p.Warnings)
	}
}

func TestCleanHeadline(t *testing.T) {
	tests := []struct {
		name, in  string
		names     []string
		fromTitle bool
		want      string
	}{
		{"site suffix", "Bridge reopens | Valley Post", []string{"Valley Post"}, false, "Bridge reopens"},
		{"site prefix", "Valley Post: Bridge reopens", []string{"Valley Post"}, false, "Bridge reopens"},
		{"host suffix", "Bridge reopens - ValleyPost", []string{"", "valleypost.example"}, false, "Bridge reopens"},
		{"author then site", "Bridge reopens - Ana Ruiz - Valley Post", []string{"Valley Post", "", "Ana Ruiz"}, false, "Bridge reopens"},
		{"no match keeps separator", "Bridge reopens - and traffic returns", []string{"Valley Post"}, false, "Bridge reopens - and traffic returns"},
		{"home page", "Valley Post", []string{"Valley Post"}, false, "Valley Post"},
		{"title fallback short suffix", "The bridge over the river reopens – My site", nil, true, "The bridge over the river reopens"},
		{"title fallback too short", "Bridge reopens – My site", nil, true, "Bridge reopens – My site"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanHeadline(tt.in, tt.names, tt.fromTitle); got != tt.want {
				t.Errorf("cleanHeadline(%q, %q) = %q, want %q", tt.in, tt.names, got, tt.want)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	deep := strings.Repeat("<div>", 600)
	tests := []struct {
		name string
		in   string
		o    Options
		want error
	}{
		{"too large", strings.Repeat("a", 2000), Options{MaxBytes: 1000}, ErrTooLarge},
		{"exactly max", strings.Repeat("a", 1000), Options{MaxBytes: 1000}, nil},
		{"deep", deep, Options{}, ErrDepth},
		{"deep allowed", deep, Options{MaxDepth: 1000}, nil},
		{"unclosed p is not deep", strings.Repeat("<p>x", 5000), Options{}, nil},
		{"unclosed li is not deep", "<ul>" + strings.Repeat("<li>x", 5000), Options{}, nil},
		{"many elements", strings.Repeat("<br>", 200), Options{MaxElements: 100}, ErrTooManyElements},
		{"giant attribute", `<div title="` + strings.Repeat("x", 5<<20) + `">`, Options{}, ErrTokenTooLarge},
		{"unterminated comment", "<!--" + strings.Repeat("x", 1<<20), Options{MaxTokenBytes: 1 << 16}, ErrTokenTooLarge},
		{"bad charset", "<p>x", Options{Charset: "no-such-charset"}, ErrCharset},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.o.Scan(strings.NewReader(tt.in))
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Fatalf("Scan: error %v, want %v", err, tt.want)
			}
			if tt.want != ErrCharset && p == nil {
				t.Errorf("Scan returned a nil Page with %v", err)
			}
			var pe *ParseError
			if tt.want != nil && tt.want != ErrCharset && !errors.As(err, &pe) {
				t.Errorf("Scan error %T, want *ParseError", err)
			}
		})
	}
}

func TestHostileWarnings(t *testing.T) {
	tests := []struct {
		name string
		in   string
		o    Options
		want error
	}{
		{"json-ld not json", `<script type="application/ld+json">{"headline": </script>`, Options{}, ErrJSONLD},
		{"json-ld deep", `<script type="application/ld+json">` + strings.Repeat("[", 100000) + `</script>`, Options{}, ErrDepth},
		{"many meta", strings.Repeat(`<meta name="x" content="y">`, 5000), Options{}, ErrTooMany},
		{"giant meta content", `<meta name="description" content="` + strings.Repeat("x", 100<<10) + `">`, Options{}, ErrValueTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.o.Scan(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("Scan: %v", err)
			}
			found := false
			for _, w := range p.Warnings {
				found = found || errors.Is(w, tt.want)
			}
			if !found {
				t.Errorf("Warnings = %v, want one wrapping %v", p.Warnings, tt.want)
			}
		})
	}
}

func TestScanContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p, err := ScanContext(ctx, strings.NewReader(strings.Repeat("<p>x</p>", 10000)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("ScanContext error = %v, want context.Canceled", err)
	}
	if p == nil {
		t.Error("ScanContext returned a nil Page")
	}
}

// TestConcurrent scans the fixtures from parallel goroutines; with -race it
// shows that scanning shares no mutable state.
func TestConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	want := map[string]*Page{}
	for _, f := range files {
		want[f] = scanFile(t, filepath.Base(f), Options{Body: true})
	}
	done := make(chan error)
	for g := 0; g < 8; g++ {
		go func() {
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					done <- err
					return
				}
				p, err := Options{Body: true}.Scan(bytes.NewReader(b))
				if err != nil {
					done <- err
					return
				}
				if diff := cmp.Diff(want[f], p, cmp.Comparer(func(x, y error) bool { return x.Error() == y.Error() })); diff != "" {
					done <- errors.New(f + ": " + diff)
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestCharset(t *testing.T) {
	pad := "<!--" + strings.Repeat(" ", 1100) + "-->"
	tests := []struct {
		name, in  string
		o         Options
		title, cs string
	}{
		{"meta charset", "<meta charset=windows-1252><title>Caf\xe9</title>", Options{}, "Café", "windows-1252"},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">` + "<title>\xb1</title>", Options{}, "ą", "iso-8859-2"},
		{"declaration after 1024 bytes", pad + "<meta charset=windows-1252><title>Caf\xe9</title>", Options{}, "Café", "windows-1252"},
		{"valid UTF-8 beats a stale declaration", "<meta charset=gb2312><title>Café</title>", Options{}, "Café", "utf-8"},
		{"content type beats the page", "<meta charset=utf-8><title>Caf\xe9</title>", Options{ContentType: "text/html; charset=windows-1252"}, "Café", "windows-1252"},
		{"forced", "<title>\x82\xa0</title>", Options{Charset: "shift_jis"}, "あ", "shift_jis"},
		{"UTF-8 BOM", "\xef\xbb\xbf<title>Café</title>", Options{}, "Café", "utf-8"},
		{"UTF-16LE BOM", "\xff\xfe<\x00t\x00i\x00t\x00l\x00e\x00>\x00\xe9\x00", Options{}, "é", "utf-16le"},
		{"ASCII, no declaration", "<title>plain</title>", Options{}, "plain", "utf-8"},
		{"undeclared legacy bytes", "<title>Caf\xe9</title>", Options{}, "Café", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.o.Scan(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("Scan: %v", err)
			}
			if p.Title != tt.title || p.Charset != tt.cs {
				t.Errorf("Scan: title %q charset %q, want %q %q", p.Title, p.Charset, tt.title, tt.cs)
			}
		})
	}
}

func TestTimeFallbacks(t *testing.T) {
	tests := []struct {
		name, page, pub, mod string
	}{
		{"microformat classes",
			`<body><div><time class="entry-date published" datetime="2025-03-14T09:00:00Z">14 March</time>` +
				`<time class="updated" datetime="2025-03-15T10:00:00Z">15 March</time></div>`,
			"2025-03-14T09:00:00Z", "2025-03-15T10:00:00Z"},
		{"h-entry classes", `<body><time class="dt-published" datetime="2025-01-09">9 January</time>`, "2025-01-09", ""},
		{"pubdate beats class",
			`<body><time class="published" datetime="2025-01-01">1 Jan</time><time pubdate datetime="2025-01-02">2 Jan</time>`,
			"2025-01-02", ""},
		{"first time in the only article",
			`<body><aside><time datetime="2024-12-31">Older</time></aside><article><h1>Rail line reopens</h1>` +
				`<p class="byline">By Mirela Castan, <time datetime="2025-01-09">9 January 2025</time></p>` +
				`<p>Text.</p><time datetime="2025-01-10">later</time></article>`,
			"2025-01-09", ""},
		{"not with two articles",
			`<body><article><time datetime="2025-01-09">9 January</time></article><article><time datetime="2025-01-08">8 January</time></article>`,
			"", ""},
		{"not an update time",
			`<body><article><time class="last-updated" datetime="2025-01-09">9 January</time></article>`, "", ""},
		{"not in an aside inside the article",
			`<body><article><aside><time datetime="2025-01-09">9 January</time></aside></article>`, "", ""},
		{"class in a footer does not count",
			`<body><footer><time class="published" datetime="2025-01-09">9 January</time></footer>`, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := (Options{}).ScanString(tc.page)
			if err != nil {
				t.Fatal(err)
			}
			if p.Published != tc.pub || p.Modified != tc.mod {
				t.Errorf("Published, Modified = %q, %q; want %q, %q", p.Published, p.Modified, tc.pub, tc.mod)
			}
		})
	}
}

func TestFigureImage(t *testing.T) {
	const og = `<head><meta property="og:image" content="https://harbour-ledger.example/img/ferry.jpg?w=1200"></head>`
	tests := []struct {
		name, page string
		want       *Image
	}{
		{"caption and credit of the lead image",
			og + `<body><article><figure><img src="/img/ferry.jpg" alt="">` +
				`<figcaption>The morning ferry leaving port. <span class="image-credit">Photo: Ona Baptiste</span></figcaption></figure>`,
			&Image{URL: "https://harbour-ledger.example/img/ferry.jpg?w=1200", Caption: "The morning ferry leaving port.", Credit: "Photo: Ona Baptiste"}},
		{"another picture's caption is not taken",
			og + `<body><figure><img src="/img/map.png"><figcaption>A map of the valley</figcaption></figure>`,
			&Image{URL: "https://harbour-ledger.example/img/ferry.jpg?w=1200"}},
		{"a figure gives the lead image when nothing else does",
			`<body><article><figure><img src="/img/quay.jpg"><figcaption>The new quay` +
				`<small itemprop="copyrightHolder">Vell Valley Courier</small></figcaption></figure>`,
			&Image{URL: "/img/quay.jpg", Caption: "The new quay", Credit: "Vell Valley Courier"}},
		{"figures in asides do not count",
			`<body><aside><figure><img src="/img/ad.jpg"><figcaption>Sponsored</figcaption></figure></aside>`, nil},
		{"a figure without caption or credit does not count",
			`<body><figure><img src="/img/quay.jpg"></figure>`, nil},
		{"the figure ends with its element",
			`<body><figure><img src="/img/quay.jpg"></figure><p class="credit">Not a figure credit</p>` +
				`<figure><img src="/img/pier.jpg"><figcaption>The pier</figcaption></figure>`,
			&Image{URL: "/img/pier.jpg", Caption: "The pier"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, body := range []bool{false, true} {
				p, err := (Options{Body: body}).ScanString(tc.page)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tc.want, p.Image); diff != "" {
					t.Errorf("body %v: Image mismatch (-want +got):\n%s", body, diff)
				}
			}
		})
	}
}
