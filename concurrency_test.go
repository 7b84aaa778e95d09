package news_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

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
)

// concurrentJobs parse and serialise one small document each, returning a
// text that must be the same on every run: run in parallel under -race they
// show that the shared tables (country names, agency registry, date words,
// entity tables) are immutable and that output is deterministic.
var concurrentJobs = map[string]func() string{
	"jsonlex": func() string {
		v, err := jsonlex.Decode([]byte(`{"b":[1,2.5e3,"x\u00e9"],"a":{"c":null,"d":true}}`))
		b, _ := jsonlex.AppendValue(nil, v, true)
		return fmt.Sprint(string(b), err)
	},
	"htmlmeta": func() string {
		p, err := htmlmeta.Options{Body: true}.Scan(strings.NewReader(concurrentHTML))
		if p == nil {
			return fmt.Sprint(err)
		}
		return fmt.Sprintf("%q %q %q %q %v %d %v", p.Headline, p.Authors, p.Published, p.Keywords, p.Body, len(p.JSONLD), err)
	},
	"feed": func() string {
		f, err := feed.Parse(strings.NewReader(concurrentRSS))
		if err != nil {
			return err.Error()
		}
		var out strings.Builder
		for _, format := range []feed.Format{feed.RSS, feed.Atom, feed.JSONFeed} {
			var b bytes.Buffer
			_ = feed.Write(&b, f, format)
			out.Write(b.Bytes())
		}
		return out.String()
	},
	"dates": func() string {
		var out []string
		for _, s := range []string{"January 24, 2020", "24. Januar 2020 um 15:45 Uhr", "Fri, 24 Jan 2020 15:45:00 GMT", "2020年1月24日", "24 января 2020 г.", "Jan 24, 2020 at 3:45 p.m. ET"} {
			v, err := dates.Parse(s)
			out = append(out, fmt.Sprint(v.String(), err))
		}
		return strings.Join(out, "|")
	},
	"countries": func() string {
		s, err := countries.ParseList("Iraq; united-states; Swiss, Côte d'Ivoire and Trinidad and Tobago")
		b, _ := s.MarshalText()
		var ms []string
		for m := range countries.Mentions("The Iraqi envoy met German and Swiss officials in Baghdad.") {
			ms = append(ms, fmt.Sprint(m.Country.Alpha3(), m.Start, m.End, m.Form))
		}
		c, ok := countries.Lookup("Deutschland")
		return fmt.Sprint(string(b), err, ms, c.Name(), ok)
	},
	"tags": func() string {
		t, err := tags.Parse("- LLL-GFATF-ISIS Islamic State (IS, Daesh): is a group that...[+]")
		b, _ := t.MarshalJSON()
		return fmt.Sprint(string(b), err)
	},
	"agencies": func() string {
		var out []string
		for c := range agencies.Split("MIA/AFP and dpa; Reuters") {
			for _, a := range agencies.Lookup(c) {
				out = append(out, a.Acronym+":"+a.Country)
			}
		}
		return strings.Join(out, ",")
	},
	"quotes": func() string {
		return fmt.Sprint(quotes.Extract([]string{
			`"We will not leave," said Ada Okafor, the minister.`,
			`Okafor told reporters the talks were "productive but slow".`,
		}))
	},
	"markdown": func() string {
		return string(markdown.Append(nil, markdown.Document{
			Front: []markdown.Field{{Key: "title", Value: "A # title"}, {Key: "tags", List: []string{"a", "b"}}},
			Title: "A # title",
			Body:  []markdown.Block{{Kind: markdown.Paragraph, Text: "1. not a *list*"}},
		}))
	},
	"article": func() string {
		a, err := article.ParseOptions{Format: article.FormatJSON}.Parse(strings.NewReader(concurrentArticle))
		if a == nil {
			return fmt.Sprint(err)
		}
		article.Normalize(a)
		var out strings.Builder
		fmt.Fprint(&out, err, a.Validate())
		for _, f := range []article.Format{article.FormatJSON, article.FormatText} {
			b, merr := article.Marshal(a, f)
			fmt.Fprint(&out, string(b), merr)
		}
		return out.String()
	},
	"ninjs": func() string {
		d, err := ninjs.Parse([]byte(concurrentNinjs))
		if err != nil {
			return err.Error()
		}
		b, err := ninjs.Marshal(d)
		return fmt.Sprint(string(b), err, ninjs.Validate(d))
	},
}

const concurrentHTML = `<!DOCTYPE html><html lang="en"><head><title>Talks resume in Vienna | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="By Ada Okafor">
<meta property="article:published_time" content="2020-01-24T15:45:00Z"><meta name="keywords" content="talks, Vienna">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks resume in Vienna","author":{"@type":"Person","name":"Ada Okafor"}}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>Talks resume in Vienna</h1>
<p>Delegations from the two countries met on Friday in Vienna, officials said, after a pause of three months.</p>
<p>"We will not leave," said Ada Okafor, the envoy, adding that the talks were slow but productive.</p>
</article><footer>Copyright</footer></body></html>`

const concurrentRSS = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Example &amp; News</title><link>https://example.test/</link><description>d</description>
<item><title>Talks resume</title><link>https://example.test/1</link><guid>1</guid><pubDate>Fri, 24 Jan 2020 15:45:00 GMT</pubDate>
<dc:creator>Ada Okafor</dc:creator><category>World</category><description><![CDATA[<p>Body &amp; more</p>]]></description></item>
</channel></rss>`

const concurrentArticle = `{"url":"https://example.test/a","headline":"Talks resume in Vienna","language":"en",
"published":"2020-01-24","authors":[{"name":"Ada Okafor"}],"countries":["AT","IQ"],"tags":[{"code":"LLL-X","name":"X"}],
"body":[{"text":"Delegations met on Friday."}]}`

const concurrentNinjs = `{"uri":"https://example.test/n1","type":"text","versioncreated":"2020-01-24T15:45:00Z",
"headlines":[{"value":"Talks resume"}],"bodies":[{"value":"Delegations met.","contenttype":"text/plain"}],
"subjects":[{"name":"Diplomacy","uri":"http://cv.iptc.org/newscodes/mediatopic/20000565"}],"language":"en"}`

// TestConcurrentParseSerialise runs every job in several goroutines at once,
// each job many times, and checks that every run gives the result of a
// first sequential run. Run it with go test -race.
func TestConcurrentParseSerialise(t *testing.T) {
	want := map[string]string{}
	for name, job := range concurrentJobs {
		want[name] = job()
		if testing.Verbose() {
			t.Logf("%s: %s", name, clip(want[name]))
		}
	}
	workers, rounds := 8, 20
	if testing.Short() || hostile.Race {
		rounds = 4
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		diff = map[string]string{}
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				for name, job := range concurrentJobs {
					if got := job(); got != want[name] {
						mu.Lock()
						diff[name] = fmt.Sprintf("worker %d round %d:\n got %q\nwant %q", w, r, clip(got), clip(want[name]))
						mu.Unlock()
					}
				}
			}
		}()
	}
	wg.Wait()
	for name, d := range diff {
		t.Errorf("%s: result differs between runs: %s", name, d)
	}
}
