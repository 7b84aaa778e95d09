package feed

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

func parseFile(t testing.TB, name string) *Feed {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return f
}

func TestParseRSS(t *testing.T) {
	got := parseFile(t, "rss.xml")
	want := &Feed{
		Format: RSS, Version: "2.0",
		Title:       "Harbour Gazette – World",
		Link:        "https://gazette.example/world",
		Description: "World news from the Harbour Gazette",
		Language:    "en-gb",
		Updated:     "Fri, 24 Jan 2020 18:05:00 +0000",
		FeedURL:     "https://gazette.example/world/rss",
		Items: []Item{
			{
				ID:          "gazette-2020-0124-001",
				Title:       "Port talks resume in Valmora",
				Link:        "https://gazette.example/world/port-talks?utm_source=rss",
				Summary:     "<p>Negotiators return to the table &amp; hope for a deal.</p>",
				SummaryType: "html",
				Content:     "<p>VALMORA (HGA) - Negotiators returned on Friday.</p><p>“We are not leaving,” Salas said.</p>",
				ContentType: "html",
				Published:   "Fri, 24 Jan 2020 14:30:00 +0100",
				Authors:     []Person{{Name: "Marta Salas"}, {Name: "Jonas Weber"}},
				Categories:  []Category{{Term: "Labour", Scheme: "https://gazette.example/topics"}, {Term: "Shipping"}},
				Media: []Media{{
					URL: "https://img.gazette.example/port.jpg", Type: "image/jpeg", Medium: "image",
					Width: 1200, Height: 800, Title: "The port at dawn", Credit: "Photo: Ana Lind",
				}},
			},
			{
				ID:          "https://gazette.example/world/bridge",
				Link:        "https://gazette.example/world/bridge",
				Title:       "Bridge opens after eleven years",
				Summary:     "The bridge carries 40,000 cars a day\u00a0– officials.",
				SummaryType: "html",
				Published:   "2020-01-23",
				Authors:     []Person{{Name: "City Desk", Email: "desk@gazette.example"}},
				Media:       []Media{{URL: "https://audio.gazette.example/bridge.mp3", Type: "audio/mpeg", Length: 123456}},
				Language:    "en",
			},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse(rss.xml) mismatch (-want +got):\n%s", diff)
	}
}

func TestParseAtom(t *testing.T) {
	got := parseFile(t, "atom.xml")
	want := &Feed{
		Format: Atom, Version: "1.0", Language: "de",
		Title:       "Nordkurier Wire",
		Description: "Nachrichten aus dem Norden",
		Link:        "https://wire.example/",
		FeedURL:     "https://wire.example/atom.xml",
		Updated:     "2024-05-07T09:00:00Z",
		Authors:     []Person{{Name: "Nordkurier Redaktion", URL: "https://wire.example/team"}},
		Items: []Item{
			{
				ID:          "tag:wire.example,2024:1001",
				Title:       "Hafen & Stadt einigen sich",
				Link:        "https://wire.example/2024/hafen",
				Media:       []Media{{URL: "https://wire.example/2024/hafen.jpg", Type: "image/jpeg", Length: 2048}},
				Published:   "2024-05-07T08:15:00+02:00",
				Updated:     "2024-05-07T09:00:00+02:00",
				Authors:     []Person{{Name: "Anna Vogt", Email: "vogt@wire.example"}},
				Categories:  []Category{{Term: "hafen", Scheme: "https://wire.example/themen", Label: "Hafen"}},
				Summary:     "Einigung nach drei Wochen.",
				SummaryType: "text",
				Content:     "<p>Die Einigung kam <em>spät</em>.</p>",
				ContentType: "xhtml",
				Rights:      "© 2024 Nordkurier",
				Source:      "Nordkurier Print",
			},
			{
				ID: "tag:wire.example,2024:1002", Language: "en",
				Title:       "Port and city agree",
				Link:        "https://wire.example/en/2024/port",
				Updated:     "2024-05",
				Content:     "<p>Agreement after three weeks.</p>",
				ContentType: "html",
			},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse(atom.xml) mismatch (-want +got):\n%s", diff)
	}
}

func TestParseJSONFeed(t *testing.T) {
	got := parseFile(t, "feed.json")
	want := &Feed{
		Format: JSONFeed, Version: "1.1",
		Title:    "Meridian Daily",
		Link:     "https://meridian.example/",
		FeedURL:  "https://meridian.example/feed.json",
		Language: "en-US",
		Authors:  []Person{{Name: "Meridian Staff", URL: "https://meridian.example/staff"}},
		Items: []Item{
			{
				ID:          "2001",
				Link:        "https://meridian.example/2024/05/07/storm",
				Title:       "Storm closes coastal roads",
				Content:     "<p>Roads closed &lt;until&gt; Friday.</p>",
				ContentType: "html",
				Summary:     "Coastal roads shut.",
				SummaryType: "text",
				Published:   "2024-05-07T06:00:00-04:00",
				Updated:     "2024-05-07T08:30:00-04:00",
				Authors:     []Person{{Name: "Lena Okafor"}},
				Categories:  []Category{{Term: "weather"}, {Term: "roads"}},
				Media: []Media{
					{URL: "https://meridian.example/img/storm.jpg", Medium: "image"},
					{URL: "https://meridian.example/a/storm.mp3", Type: "audio/mpeg", Length: 4096},
				},
			},
			{
				ID:          "2002",
				Link:        "https://meridian.example/2024/05/06/market",
				ExternalURL: "https://exchange.example/report",
				Content:     "Markets were calm.\u2028Very calm.",
				ContentType: "text",
				Published:   "2024-05-06",
			},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse(feed.json) mismatch (-want +got):\n%s", diff)
	}
}

// TestWriteGolden writes every fixture in every format and compares with
// golden files; -update rewrites them.
func TestWriteGolden(t *testing.T) {
	for _, in := range []string{"rss.xml", "atom.xml", "feed.json"} {
		f := parseFile(t, in)
		for _, format := range []Format{RSS, Atom, JSONFeed} {
			name := strings.TrimSuffix(in, filepath.Ext(in)) + "." + format.String() + ".golden"
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := Write(&buf, f, format); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join("testdata", "golden", name)
				if *update {
					os.MkdirAll(filepath.Dir(path), 0o755)
					if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run with -update)", err)
				}
				if diff := cmp.Diff(string(want), buf.String()); diff != "" {
					t.Errorf("Write(%s, %v) mismatch (-want +got):\n%s", in, format, diff)
				}
			})
		}
	}
}

// checkRoundTrip asserts that writing is a fixed point: writing what was
// read from a written feed gives the same bytes, and reading it back gives
// the same feed.
func checkRoundTrip(t *testing.T, f *Feed) {
	t.Helper()
	for _, format := range []Format{RSS, Atom, JSONFeed} {
		var w1 bytes.Buffer
		if err := Write(&w1, f, format); err != nil {
			t.Fatalf("Write(%v): %v", format, err)
		}
		p1, err := Parse(bytes.NewReader(w1.Bytes()))
		if err != nil {
			t.Fatalf("Parse(Write(%v)): %v\n%s", format, err, w1.Bytes())
		}
		var w2 bytes.Buffer
		if err := Write(&w2, p1, format); err != nil {
			t.Fatal(err)
		}
		p2, err := Parse(bytes.NewReader(w2.Bytes()))
		if err != nil {
			t.Fatalf("Parse(Write(Parse(Write(%v)))): %v", format, err)
		}
		if diff := cmp.Diff(p1, p2); diff != "" {
			t.Fatalf("%v round trip is not a fixed point (-first +second):\n%s", format, diff)
		}
		if format == f.Format && format != Unknown {
			// The same format keeps everything it read.
			if diff := cmp.Diff(f, p1); diff != "" && format == JSONFeed {
				t.Errorf("%v round trip lost data (-read +reread):\n%s", format, diff)
			}
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, in := range []string{"rss.xml", "atom.xml", "feed.json"} {
		t.Run(in, func(t *testing.T) { checkRoundTrip(t, parseFile(t, in)) })
	}
}

func TestChunkedReader(t *testing.T) {
	for _, in := range []string{"rss.xml", "atom.xml", "feed.json"} {
		b, _ := os.ReadFile(filepath.Join("testdata", in))
		whole, err := Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		chunked, err := Parse(iotest.OneByteReader(bytes.NewReader(b)))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(whole, chunked); diff != "" {
			t.Errorf("%s read byte by byte differs (-whole +chunked):\n%s", in, diff)
		}
	}
}

func TestHostile(t *testing.T) {
	deepXML := `<rss version="2.0"><channel>` + strings.Repeat("<x>", 10000) + strings.Repeat("</x>", 10000) + `</channel></rss>`
	deepJSON := `{"version":"https://jsonfeed.org/version/1.1","items":` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}`
	manyItems := `<rss version="2.0"><channel>` + strings.Repeat("<item><title>x</title></item>", 20) + `</channel></rss>`
	laughs := `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss version="2.0"><channel><title>&lol2;</title></channel></rss>`
	tests := []struct {
		name string
		in   string
		opts Options
		want error
	}{
		{"empty", "", Options{}, ErrFormat},
		{"html page", "<!DOCTYPE html><html><body>x</body></html>", Options{}, ErrFormat},
		{"json not a feed", `{"a":1}`, Options{}, ErrFormat},
		{"truncated rss", `<rss version="2.0"><channel><title>x</ti`, Options{}, ErrSyntax},
		{"mismatched tags", `<rss version="2.0"><channel><title>x</channel></rss>`, Options{}, ErrSyntax},
		{"invalid utf-8", "<rss version=\"2.0\"><channel><title>\xff\xfe</title></channel></rss>", Options{}, ErrSyntax},
		{"deep xml", deepXML, Options{}, ErrDepth},
		{"deep json", deepJSON, Options{}, ErrDepth},
		{"too large", manyItems, Options{MaxBytes: 100}, ErrTooLarge},
		{"too many items", manyItems, Options{MaxItems: 10}, ErrTooMany},
		{"entity expansion", laughs, Options{}, ErrSyntax},
		{"truncated json", `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"`, Options{}, ErrSyntax},
		{"wrong json types", `{"version":"https://jsonfeed.org/version/1.1","title":7,"items":[{"id":true,"tags":"x"},3]}`, Options{}, ErrType},
		{"atom without namespace prefix", `<feed><entry><id>1</id></entry>`, Options{}, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.opts.Parse(strings.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse(%.40q) error = %v, want %v", tt.in, err, tt.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%.40q) error %T is not a *ParseError", tt.in, err)
			}
		})
	}
}

func TestWrongTypesKeepTheRest(t *testing.T) {
	in := `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","title":["x"],"url":"https://a.example/1"}]}`
	f, err := Parse(strings.NewReader(in))
	if !errors.Is(err, ErrType) {
		t.Fatalf("error = %v, want ErrType", err)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Path != "/items/0/title" {
		t.Fatalf("error path = %v, want /items/0/title", err)
	}
	if f == nil || f.Title != "T" || len(f.Items) != 1 || f.Items[0].Link != "https://a.example/1" {
		t.Fatalf("the well-typed fields were not kept: %+v", f)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	b, _ := os.ReadFile("testdata/rss.xml")
	if _, err := (Options{}).ParseContext(ctx, bytes.NewReader(b)); !errors.Is(err, context.Canceled) {
		t.Fatalf("ParseContext(cancelled) error = %v, want context.Canceled", err)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{
		{`<?xml version="1.0"?><!-- c --><rss version="2.0">`, RSS},
		{`<rdf:RDF xmlns:rdf="x">`, RSS},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, Atom},
		{`<atom:feed xmlns:atom="x">`, Atom},
		{` {"version": "https://jsonfeed.org/version/1"}`, JSONFeed},
		{`<html>`, Unknown},
		{``, Unknown},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, in := range []string{"rss.xml", "atom.xml", "feed.json"} {
		b, _ := os.ReadFile(filepath.Join("testdata", in))
		f.Add(b)
	}
	f.Add([]byte(`<rss version="2.0"><channel><item><title>a &amp; b</title></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := Parse(bytes.NewReader(b))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %T %v is not a *ParseError", err, err)
			}
			return
		}
		again, err := Parse(iotest.HalfReader(bytes.NewReader(b)))
		if err != nil || !cmp.Equal(feed, again) {
			t.Fatalf("reading in small chunks differs: %v", err)
		}
		checkRoundTrip(t, feed)
	})
}

func benchFeed(format Format) []byte {
	f := &Feed{Title: "Bench", Link: "https://bench.example/"}
	for i := range 100 {
		f.Items = append(f.Items, Item{
			ID: "id-" + strings.Repeat("x", i%7), Title: "A headline about ports and bridges",
			Link: "https://bench.example/a", Summary: strings.Repeat("Summary text. ", 10), SummaryType: "html",
			Content: strings.Repeat("<p>Paragraph of body text with some words.</p>", 20), ContentType: "html",
			Published: "2024-05-07T06:00:00Z", Authors: []Person{{Name: "Lena Okafor"}},
			Categories: []Category{{Term: "ports"}, {Term: "bridges"}},
		})
	}
	var buf bytes.Buffer
	Write(&buf, f, format)
	return buf.Bytes()
}

func BenchmarkParse(b *testing.B) {
	for _, format := range []Format{RSS, Atom, JSONFeed} {
		data := benchFeed(format)
		b.Run(format.String(), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWrite(b *testing.B) {
	f, _ := Parse(bytes.NewReader(benchFeed(RSS)))
	for _, format := range []Format{RSS, Atom, JSONFeed} {
		b.Run(format.String(), func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				Write(&buf, f, format)
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
