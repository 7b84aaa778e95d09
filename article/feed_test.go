package article_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/articletest"
	"github.com/newsmodel/news/tags"
)

// goldenUpdate reports whether the package's -update flag is set. The flag
// is declared by another test file of the package.
func goldenUpdate() bool {
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

// checkGolden compares got with testdata/name, rewriting it under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if goldenUpdate() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update to create it)", err, t.Name())
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from golden file (-want +got):\n%s", name, diff)
	}
}

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>Valdora Harbour Gazette</title>
<link>https://gazette.example.org/</link>
<language>en-gb</language>
<item>
<title>Harbour talks &amp; tariffs resume</title>
<link>https://gazette.example.org/2024/05/harbour</link>
<guid isPermaLink="false">gazette-1</guid>
<description>&lt;p&gt;Two port cities &lt;b&gt;talk&lt;/b&gt; again.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Delegations met on <em>Tuesday</em>.</p><h3>Next steps</h3><blockquote><p>“We are close,” said a delegate.</p></blockquote><ul><li>A second round.</li><li>A treaty.</li></ul><script>alert(1)</script><p>Line one<br>line two</p>]]></content:encoded>
<pubDate>Tue, 07 May 2024 15:04 +0200</pubDate>
<dc:creator>Ana Ruiz</dc:creator>
<category domain="http://example.org/topics">Trade</category>
<media:content url="https://gazette.example.org/harbour.jpg" medium="image" width="1200" height="800"><media:description>The harbour</media:description><media:credit>Li Wei</media:credit></media:content>
<dc:rights>© 2024 Harbour Gazette</dc:rights>
</item>
<item>
<title>Second story</title>
<link>https://gazette.example.org/2024/05/second</link>
<pubDate>7 May 2024</pubDate>
</item>
</channel>
</rss>
`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<title>AFP</title>
<id>urn:example:feed</id>
<updated>2024-05-07T10:30:00Z</updated>
<author><name>Desk Valdora</name></author>
<entry>
<id>urn:example:1</id>
<title type="html">Les &lt;i&gt;ports&lt;/i&gt;</title>
<link rel="alternate" href="https://afp.example.org/1"/>
<published>2024-05-07T10:30:05.25+02:00</published>
<updated>2024-05-08T08:00:00-00:00</updated>
<category term="ECON-TRADE" label="Commerce" scheme="http://example.org/codes"/>
<summary>Résumé.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Premier paragraphe.</p><p>Second.</p></div></content>
</entry>
</feed>
`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"Harbour Notes","language":"en",
"items":[{"id":"n1","url":"https://notes.example.org/1","title":"Ships","content_text":"First para\nstill first.\n\nSecond para.",
"summary":"Short <not html>","date_published":"2024-05-07","date_modified":"2024-05-07T09:00:00-00:00","tags":["Ports","ships"],
"authors":[{"name":"Li Wei","url":"https://notes.example.org/li"}],"image":"https://notes.example.org/s.png"}]}`

func TestParseFeed(t *testing.T) {
	cest := time.FixedZone("", 2*3600)
	tests := []struct {
		name   string
		in     string
		format article.Format
		want   []*article.Article
	}{
		{"rss", rssFeed, article.FormatRSS, []*article.Article{{
			ID:        "gazette-1",
			URL:       "https://gazette.example.org/2024/05/harbour",
			Headline:  "Harbour talks & tariffs resume",
			Summary:   "Two port cities talk again.",
			Language:  language.MustParse("en-GB"),
			Published: article.NewTime(time.Date(2024, 5, 7, 15, 4, 0, 0, cest), article.Minute, true),
			Authors:   []article.Person{{Name: "Ana Ruiz"}},
			Tags:      tagSet(tags.Tag{Name: "Trade", URI: "http://example.org/topics"}),
			Sources:   []article.Source{{Name: "Valdora Harbour Gazette", Role: article.SourcePublisher}},
			Image:     article.Image{URL: "https://gazette.example.org/harbour.jpg", Caption: "The harbour", Credit: "Li Wei", Width: 1200, Height: 800},
			Body: []article.Block{
				{Text: "Delegations met on Tuesday."},
				{Kind: article.Heading, Text: "Next steps"},
				{Kind: article.Quotation, Text: "“We are close,” said a delegate."},
				{Kind: article.ListItem, Text: "A second round."},
				{Kind: article.ListItem, Text: "A treaty."},
				{Text: "Line one"},
				{Text: "line two"},
			},
			CopyrightNotice: "© 2024 Harbour Gazette",
		}, {
			URL:       "https://gazette.example.org/2024/05/second",
			Headline:  "Second story",
			Language:  language.MustParse("en-GB"),
			Published: article.Date(2024, time.May, 7),
			Sources:   []article.Source{{Name: "Valdora Harbour Gazette", Role: article.SourcePublisher}},
		}}},
		{"atom", atomFeed, article.FormatAtom, []*article.Article{{
			ID:        "urn:example:1",
			URL:       "https://afp.example.org/1",
			Headline:  "Les ports",
			Summary:   "Résumé.",
			Language:  language.French,
			Published: article.NewTime(time.Date(2024, 5, 7, 10, 30, 5, 250000000, cest), article.Subsecond, true),
			Modified:  article.NewTime(time.Date(2024, 5, 8, 8, 0, 0, 0, time.UTC), article.Second, false),
			Authors:   []article.Person{{Name: "Desk Valdora"}},
			Tags:      tagSet(tags.Tag{Code: "ECON-TRADE", Name: "Commerce", URI: "http://example.org/codes"}),
			Sources:   []article.Source{afp(t)},
			Body:      []article.Block{{Text: "Premier paragraphe."}, {Text: "Second."}},
		}}},
		{"jsonfeed", jsonFeed, article.FormatJSONFeed, []*article.Article{{
			ID:        "n1",
			URL:       "https://notes.example.org/1",
			Headline:  "Ships",
			Summary:   "Short <not html>",
			Language:  language.English,
			Published: article.Date(2024, time.May, 7),
			Modified:  article.NewTime(time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC), article.Second, false),
			Authors:   []article.Person{{Name: "Li Wei", URL: "https://notes.example.org/li"}},
			Tags:      tagSet(tags.Tag{Name: "Ports"}, tags.Tag{Name: "ships"}),
			Sources:   []article.Source{{Name: "Harbour Notes", Role: article.SourcePublisher}},
			Image:     article.Image{URL: "https://notes.example.org/s.png"},
			Body:      []article.Block{{Text: "First para still first."}, {Text: "Second para."}},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := article.Detect([]byte(tt.in)); got != tt.format {
				t.Errorf("Detect = %v, want %v", got, tt.format)
			}
			got, err := article.ParseFeed(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, cmpOpts...); diff != "" {
				t.Errorf("ParseFeed (-want +got):\n%s", diff)
			}
			one, err := article.ParseString(tt.in)
			if len(tt.want) > 1 {
				if !errors.Is(err, article.ErrMultipleArticles) {
					t.Errorf("Parse of a %d-item feed: error %v, want ErrMultipleArticles", len(tt.want), err)
				}
			} else if err != nil {
				t.Errorf("Parse: %v", err)
			}
			if diff := cmp.Diff(tt.want[0], one, cmpOpts...); diff != "" {
				t.Errorf("Parse (-want +got):\n%s", diff)
			}
		})
	}
}

func afp(t *testing.T) article.Source {
	s, err := article.LookupSource("AFP", article.Hints{Language: language.French})
	if err != nil {
		t.Fatalf("LookupSource(AFP): %v", err)
	}
	s.Role = article.SourcePublisher
	return s
}

func tagSet(ts ...tags.Tag) tags.Set {
	var s tags.Set
	for _, t := range ts {
		s.Add(t)
	}
	return s
}

func TestParseFeedErrors(t *testing.T) {
	tests := []struct {
		name string
		opts article.ParseOptions
		in   string
		want error
	}{
		{"ill-formed", article.ParseOptions{}, `<rss version="2.0"><channel><item></channel></rss>`, article.ErrSyntax},
		{"not a feed", article.ParseOptions{}, `<?xml version="1.0"?><html/>`, article.ErrUnknownFormat},
		{"wrong format", article.ParseOptions{Format: article.FormatAtom}, rssFeed, article.ErrSyntax},
		{"too large", article.ParseOptions{MaxBytes: 100}, rssFeed, article.ErrTooLarge},
		{"bad date", article.ParseOptions{}, `<rss version="2.0"><channel><item><title>A</title><pubDate>someday</pubDate></item></channel></rss>`, article.ErrTime},
		{"bad language", article.ParseOptions{Strict: true}, `<rss version="2.0"><channel><language>-!</language><item><title>A</title></item></channel></rss>`, article.ErrInvalidLanguage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.opts.ParseFeed(strings.NewReader(tt.in))
			if !errors.Is(err, tt.want) {
				t.Errorf("ParseFeed = %v, want an error wrapping %v", err, tt.want)
			}
			var pe *article.ParseError
			if !errors.As(err, &pe) {
				t.Errorf("ParseFeed = %T, want a *ParseError", err)
			}
		})
	}
	// A lenient parse keeps the unreadable date as written.
	as, err := article.ParseFeed(strings.NewReader(tests[4].in))
	if len(as) != 1 || as[0].Published.Text() != "someday" || err == nil {
		t.Errorf("lenient ParseFeed = %v, %v; want the article with the date kept as text", as, err)
	}
}

// feedArticles are synthetic articles with every field a feed can hold.
func feedArticles() []*article.Article {
	a := fullArticle()
	a.Sources = append(a.Sources, article.Source{Name: "Valdora Harbour Gazette", Role: article.SourcePublisher})
	b := &article.Article{
		URL:       "https://news.example.org/2024/05/second",
		Headline:  "Second <story> & more",
		Language:  language.MustParse("fr"),
		Published: article.NewTime(time.Date(2024, 5, 8, 9, 30, 0, 0, time.UTC), article.Minute, false),
		Sources:   []article.Source{{Name: "Valdora Harbour Gazette", Role: article.SourcePublisher}},
		Body:      []article.Block{{Kind: article.ListItem, Text: "1. *not* a list"}, {Text: "# not a heading"}},
	}
	return []*article.Article{a, b}
}

func TestWriteFeedGolden(t *testing.T) {
	for _, f := range []article.Format{article.FormatRSS, article.FormatAtom, article.FormatJSONFeed} {
		t.Run(f.String(), func(t *testing.T) {
			var b bytes.Buffer
			o := article.FeedOptions{Link: "https://news.example.org/", Description: "Synthetic stories"}
			if err := o.WriteFeed(&b, feedArticles(), f); err != nil {
				t.Fatalf("WriteFeed: %v", err)
			}
			checkGolden(t, "feed/golden."+f.String(), b.Bytes())
			if got := article.Detect(b.Bytes()); got != f {
				t.Errorf("Detect(WriteFeed(%v)) = %v", f, got)
			}
		})
	}
}

// feedHeld returns what a round trip through feed format f keeps of a, as
// the package documentation lists it.
func feedHeld(a *article.Article, f article.Format) *article.Article {
	w := &article.Article{
		ID:              a.ID,
		URL:             a.URL,
		Headline:        a.Headline,
		Summary:         a.Summary,
		Language:        a.Language,
		Published:       heldTime(a.Published, f),
		Modified:        heldTime(a.Modified, f),
		CopyrightNotice: a.CopyrightNotice,
		Body:            a.Body,
	}
	if f == article.FormatJSONFeed {
		w.CopyrightNotice = ""
	}
	if w.ID == "" && f != article.FormatRSS {
		w.ID = a.URL
		if w.ID == "" {
			w.ID = "urn:newsmodel:" + a.Fingerprint().String()
		}
	}
	if f == article.FormatAtom && w.Modified.IsZero() {
		w.Modified = article.Time{}
	}
	if f == article.FormatAtom && w.Modified.Equal(w.Published) {
		w.Modified = article.Time{}
	}
	for _, p := range a.Authors {
		p.Role, p.Affiliation = "", ""
		if f == article.FormatRSS {
			p.URL = ""
		}
		w.Authors = append(w.Authors, p)
	}
	for t := range a.Tags.All() {
		n := tags.Tag{Name: t.Name, URI: t.URI}
		if n.Name == "" {
			n.Name = t.Code
		}
		if f == article.FormatAtom && t.Code != "" && t.Name != "" {
			n.Code = t.Code
		}
		if f == article.FormatJSONFeed {
			n.URI = ""
		}
		w.Tags.Add(n)
	}
	if a.Image.URL != "" {
		w.Image = a.Image
		if f == article.FormatJSONFeed {
			w.Image = article.Image{URL: a.Image.URL}
		}
	}
	for _, s := range a.Sources {
		if s.Role == article.SourcePublisher {
			w.Sources = []article.Source{{Name: s.Name, Role: article.SourcePublisher}}
			break
		}
	}
	return w
}

// heldTime is t after a trip through a feed date: a date of Month or Year
// precision comes back as its first day, a zoned Minute time with seconds
// (except in RSS), a sub-second time in RSS at seconds.
func heldTime(t article.Time, f article.Format) article.Time {
	switch {
	case !t.IsResolved():
		return article.Time{}
	case t.Precision() <= article.Day:
		y, m, d := t.Time().Date()
		return article.Date(y, m, d)
	case t.Precision() == article.Minute && f != article.FormatRSS && zoned(t):
		return article.NewTime(t.Time(), article.Second, true)
	case t.Precision() == article.Subsecond && f == article.FormatRSS:
		return article.NewTime(t.Time(), article.Second, zoned(t))
	}
	return t
}

func zoned(t article.Time) bool { return strings.ContainsAny(t.String()[10:], "Z+-") }

func TestFeedRoundTrip(t *testing.T) {
	for _, f := range []article.Format{article.FormatRSS, article.FormatAtom, article.FormatJSONFeed} {
		t.Run(f.String(), func(t *testing.T) {
			feedRoundTrip(t, feedArticles(), f)
		})
	}
}

func feedRoundTrip(t *testing.T, as []*article.Article, f article.Format) {
	t.Helper()
	var b bytes.Buffer
	if err := article.WriteFeed(&b, as, f); err != nil {
		t.Fatalf("WriteFeed(%v): %v", f, err)
	}
	got, err := article.ParseOptions{Format: f}.ParseFeed(&b)
	if err != nil {
		t.Fatalf("ParseFeed(WriteFeed(%v)): %v\n%s", f, err, b.String())
	}
	var want []*article.Article
	for _, a := range as {
		want = append(want, feedHeld(a, f))
	}
	if diff := cmp.Diff(want, got, cmpOpts...); diff != "" {
		t.Errorf("%v round trip (-want +got):\n%s", f, diff)
	}
}

// cleanFuzzText makes fuzz input into text the model holds after Normalize:
// one line, no control or invisible characters, single spaces.
func cleanFuzzText(s string) string {
	a := &article.Article{Headline: s}
	article.Normalize(a)
	return a.Headline
}

func FuzzFeedRoundTrip(f *testing.F) {
	f.Add("Harbour talks", "Two <port> cities & more", "Ana Ruiz", "Trade", "1. *x* _y_ #z", int64(1715094245), uint8(4), true, uint8(0))
	f.Add("Q&A: “ports”", "", "", "", "- dash", int64(0), uint8(3), false, uint8(1))
	f.Add("a", "b", "c", "d", "e", int64(-1e10), uint8(6), true, uint8(2))
	f.Fuzz(func(t *testing.T, headline, summary, author, tag, para string, sec int64, prec uint8, z bool, kind uint8) {
		langs := []language.Tag{language.Und, language.English, language.MustParse("fr-CH"), language.MustParse("zh-Hant")}
		a := &article.Article{
			Headline: cleanFuzzText(headline),
			Summary:  cleanFuzzText(summary),
			URL:      "https://news.example.org/a",
			Body:     []article.Block{{Kind: article.BlockKind(kind % 4), Text: cleanFuzzText(para)}},
		}
		if a.Headline == "" {
			a.Headline = "x"
		}
		if a.Body[0].Text == "" {
			a.Body = nil
		}
		if n := cleanFuzzText(author); n != "" {
			a.Authors = []article.Person{{Name: n}}
		}
		if n := cleanFuzzText(tag); n != "" {
			a.Tags.Add(tags.Tag{Name: n})
		}
		tm := time.Unix(sec%(1<<35), 0).UTC()
		loc := time.UTC
		if z {
			loc = time.FixedZone("", int(sec%48)*1800)
		}
		a.Published = article.NewTime(tm.In(loc), article.Precision(prec%6+1), z)
		a.Modified = article.NewTime(tm.Add(time.Duration(sec%7200)*time.Second+time.Duration(sec%1000)*time.Millisecond).In(loc), article.Precision(prec/6%6+1), !z)
		a.Language = langs[int(kind/4)%len(langs)]
		if kind&16 != 0 {
			a.ID = "urn:x:" + a.Headline
			a.URL = ""
			a.Image = article.Image{URL: "https://news.example.org/i.png", Caption: a.Summary, AltText: a.Headline, Width: int(prec), Height: 1}
			a.CopyrightNotice = a.Summary
			if n := cleanFuzzText(tag); n != "" && tags.ValidCode(n) {
				a.Tags.Add(tags.Tag{Code: n, Name: "Name " + n, URI: "http://example.org/" + n})
			}
		}
		for _, ff := range []article.Format{article.FormatRSS, article.FormatAtom, article.FormatJSONFeed} {
			feedRoundTrip(t, []*article.Article{a}, ff)
		}
	})
}

func TestWriteFeedFormat(t *testing.T) {
	err := article.WriteFeed(&bytes.Buffer{}, nil, article.FormatJSON)
	if !errors.Is(err, article.ErrUnknownFormat) {
		t.Errorf("WriteFeed(FormatJSON) = %v, want ErrUnknownFormat", err)
	}
	b, err := article.Marshal(fullArticle(), article.FormatAtom)
	if err != nil || article.Detect(b) != article.FormatAtom {
		t.Errorf("Marshal(FormatAtom) = %q, %v", b, err)
	}
}

func BenchmarkFeed(b *testing.B) {
	var as []*article.Article
	for range 50 {
		as = append(as, feedArticles()...)
	}
	for _, f := range []article.Format{article.FormatRSS, article.FormatAtom, article.FormatJSONFeed} {
		var buf bytes.Buffer
		if err := article.WriteFeed(&buf, as, f); err != nil {
			b.Fatal(err)
		}
		data := buf.Bytes()
		b.Run("write/"+f.String(), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				buf.Reset()
				if err := article.WriteFeed(&buf, as, f); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("read/"+f.String(), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				got, err := article.ParseFeed(bytes.NewReader(data))
				if err != nil || len(got) != len(as) {
					b.Fatalf("ParseFeed: %d articles, %v", len(got), err)
				}
			}
		})
	}
}

func TestParseFeedHostile(t *testing.T) {
	deep := strings.Repeat("<div><blockquote>", 50000) + "deep text" + strings.Repeat("</blockquote></div>", 50000)
	tests := []struct {
		name string
		in   string
		body []article.Block
		id   string
	}{
		{"deep html", `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","content_html":` + strconvQuote(deep) + `}]}`,
			[]article.Block{{Kind: article.Quotation, Text: "deep text"}}, "1"},
		{"unclosed html", `{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"2","content_html":"<p>a<li>b<h1>c<script>x"}]}`,
			[]article.Block{{Text: "a"}, {Kind: article.ListItem, Text: "b"}, {Kind: article.Heading, Text: "c"}}, "2"},
		{"controls and zero-width", "<rss version=\"2.0\"><channel><item><guid>g\u200b</guid><description>a\u200b\u00a0 b</description><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&lt;p&gt;x\u202ey&lt;/p&gt;</content:encoded></item></channel></rss>",
			[]article.Block{{Text: "xy"}}, "g\u200b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := article.ParseFeed(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ParseFeed: %v", err)
			}
			if len(as) != 1 {
				t.Fatalf("ParseFeed gave %d articles, want 1", len(as))
			}
			if diff := cmp.Diff(tt.body, as[0].Body, cmpOpts...); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
			if as[0].ID != tt.id {
				t.Errorf("ID = %q, want %q", as[0].ID, tt.id)
			}
		})
	}
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestFeedTimes checks that the date encoding is unambiguous: the unknown
// offset marks calendar dates only, so a zone-less midnight stays a time.
func TestFeedTimes(t *testing.T) {
	cest := time.FixedZone("", 2*3600)
	midnight := time.Date(2025, 9, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		t           article.Time
		rss, rfc    string // as written
		rssP, atomP article.Time
	}{
		{"date", article.Date(2025, 9, 3), "Wed, 03 Sep 2025 00:00:00 -0000", "2025-09-03T00:00:00-00:00",
			article.Date(2025, 9, 3), article.Date(2025, 9, 3)},
		{"month", article.NewTime(midnight, article.Month, false), "Mon, 01 Sep 2025 00:00:00 -0000", "2025-09-01T00:00:00-00:00",
			article.Date(2025, 9, 1), article.Date(2025, 9, 1)},
		{"zoneless minute midnight", article.NewTime(midnight, article.Minute, false), "Wed, 03 Sep 2025 00:00", "2025-09-03T00:00",
			article.NewTime(midnight, article.Minute, false), article.NewTime(midnight, article.Minute, false)},
		{"zoneless second midnight", article.NewTime(midnight, article.Second, false), "Wed, 03 Sep 2025 00:00:00", "2025-09-03T00:00:00",
			article.NewTime(midnight, article.Second, false), article.NewTime(midnight, article.Second, false)},
		{"zoneless subsecond midnight", article.NewTime(midnight, article.Subsecond, false), "Wed, 03 Sep 2025 00:00:00", "2025-09-03T00:00:00.000",
			article.NewTime(midnight, article.Second, false), article.NewTime(midnight, article.Subsecond, false)},
		{"zoneless minute", article.NewTime(midnight.Add(630*time.Minute), article.Minute, false), "Wed, 03 Sep 2025 10:30", "2025-09-03T10:30",
			article.NewTime(midnight.Add(630*time.Minute), article.Minute, false), article.NewTime(midnight.Add(630*time.Minute), article.Minute, false)},
		{"zoned minute midnight", article.NewTime(time.Date(2025, 9, 3, 0, 0, 0, 0, cest), article.Minute, true), "Wed, 03 Sep 2025 00:00 +0200", "2025-09-03T00:00:00+02:00",
			article.NewTime(time.Date(2025, 9, 3, 0, 0, 0, 0, cest), article.Minute, true), article.NewTime(time.Date(2025, 9, 3, 0, 0, 0, 0, cest), article.Second, true)},
		{"utc second midnight", article.NewTime(midnight, article.Second, true), "Wed, 03 Sep 2025 00:00:00 +0000", "2025-09-03T00:00:00Z",
			article.NewTime(midnight, article.Second, true), article.NewTime(midnight, article.Second, true)},
	}
	for _, tt := range tests {
		for _, f := range []article.Format{article.FormatRSS, article.FormatAtom, article.FormatJSONFeed} {
			t.Run(tt.name+"/"+f.String(), func(t *testing.T) {
				a := &article.Article{ID: "urn:x:1", Headline: "H", Published: tt.t, Modified: tt.t}
				b, err := article.Marshal(a, f)
				if err != nil {
					t.Fatal(err)
				}
				written, want := tt.rfc, tt.atomP
				if f == article.FormatRSS {
					written, want = tt.rss, tt.rssP
				}
				if !bytes.Contains(b, []byte(">"+written+"<")) && !bytes.Contains(b, []byte(`"`+written+`"`)) {
					t.Errorf("Marshal(%v, %v) does not hold %q:\n%s", tt.t, f, written, b)
				}
				got, err := article.ParseOptions{Format: f, Strict: true}.Parse(bytes.NewReader(b))
				if err != nil {
					t.Fatalf("Parse: %v\n%s", err, b)
				}
				if !got.Published.Equal(want) || got.Published.Precision() != want.Precision() || got.Published.Zoned() != want.Zoned() {
					t.Errorf("Parse(Marshal(%v)).Published = %v (%v, zoned %v), want %v (%v, zoned %v)", tt.t,
						got.Published, got.Published.Precision(), got.Published.Zoned(), want, want.Precision(), want.Zoned())
				}
			})
		}
	}
	// The builder that found the ambiguity: Modified is 2025-09-03T00:00
	// without zone.
	a := articletest.Builder{Seed: 699, Precision: article.Minute, Zoneless: true, Paragraphs: 11}.Article()
	for _, f := range []article.Format{article.FormatRSS, article.FormatAtom, article.FormatJSONFeed} {
		articletest.AssertRoundTrip(t, a, f)
	}
}

func TestDetectFeed(t *testing.T) {
	tests := []struct {
		in   string
		want article.Format
	}{
		{`<rss version="2.0"><channel/></rss>`, article.FormatRSS},
		{"\ufeff <?xml version=\"1.0\"?>\n<!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", article.FormatAtom},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>`, article.FormatRSS},
		{`<!DOCTYPE html><html><body><feed></feed></body></html>`, article.FormatHTML},
		{`{"version": "https://jsonfeed.org/version/1", "items": []}`, article.FormatJSONFeed},
		{`{"headline": "version", "x-version": "https://jsonfeed.org/version/1"}`, article.FormatJSON},
	}
	for _, tt := range tests {
		if got := article.Detect([]byte(tt.in)); got != tt.want {
			t.Errorf("Detect(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
