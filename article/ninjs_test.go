package article_test

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/article/ninjs"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/corpus"
	"github.com/newsmodel/news/tags"
)

// ninjsArticles are the table cases of the ninjs mapping; they seed the
// fuzz targets too.
func ninjsArticles() map[string]*article.Article {
	minimal := &article.Article{Headline: "Harbour reopens"}
	dates := &article.Article{
		Headline:  "Dates at every precision",
		Published: article.NewTime(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), article.Year, false),
		Modified:  article.NewTime(time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC), article.Minute, false),
		Embargo:   article.NewTime(time.Date(2024, 3, 5, 10, 30, 5, 0, time.FixedZone("", -5*3600)), article.Second, true),
		Body:      []article.Block{{Text: "One."}, {Kind: article.ListItem, Text: "a <b> & c"}, {Kind: article.ListItem, Text: "d"}, {Text: "e"}},
	}
	wire := &article.Article{
		URL:       "https://news.example.org/story?id=7",
		Headline:  "Talks in Valdora",
		Language:  language.MustParse("fr"),
		Published: article.Date(2020, time.January, 24),
		Authors:   []article.Person{{Name: "Ana Ruiz", Role: article.RolePhotographer}, {Name: "Li Wei", Role: article.RoleTranslator}},
		Countries: countries.SetOf(countries.MustParse("IQ"), countries.MustParse("US")),
		Sources:   []article.Source{{Name: "Example Wire", Acronym: "EXW", Role: article.SourceSupplier}, {Name: "Gazette", Role: article.SourcePublisher}},
		Status:    article.StatusWithheld,
		Urgency:   9,
		Dateline:  article.Dateline{Place: "VALDORA"},
	}
	wire.Tags.Add(tags.Tag{Code: "LLL-GFATF-ISIS", Name: "Islamic State", Relevance: float(100), Confidence: float(0)})
	wire.Tags.Add(tags.Tag{URI: "http://cv.iptc.org/newscodes/mediatopic/11000000", Name: "politics"})
	return map[string]*article.Article{"full": fullArticle(), "minimal": minimal, "dates": dates, "wire": wire}
}

// ninjsHeld clears what ninjs version v does not hold, as the package
// documentation lists it.
func ninjsHeld(a *article.Article, v ninjs.Version) *article.Article {
	c := a.Clone()
	c.Quotes, c.Extra = nil, nil
	for i := range c.Authors {
		c.Authors[i].Affiliation = ""
		if c.Authors[i].Role == article.RoleAuthor {
			c.Authors[i].Role = ""
		}
	}
	for i, s := range c.Sources {
		// The country comes back from the registry.
		c.Sources[i].Country = countries.Country{}
		for _, k := range []string{s.Name, s.Acronym} {
			r, err := article.LookupSource(k, article.Hints{Language: c.Language, Countries: c.Countries})
			if k != "" && err == nil && (strings.EqualFold(r.Name, s.Name) || s.Acronym != "" && strings.EqualFold(r.Acronym, s.Acronym)) {
				c.Sources[i].Country = r.Country
				break
			}
		}
	}
	var ts tags.Set
	for t := range c.Tags.All() {
		t.Aliases, t.Description, t.Truncated = nil, "", false
		t.Relevance, t.Confidence = ninjsScore(t.Relevance), ninjsScore(t.Confidence)
		ts.Add(t)
	}
	c.Tags = ts
	if c.Dateline.Text == "" || len(c.Body) == 0 || c.Body[0].Kind != article.Paragraph {
		c.Dateline = article.Dateline{Place: c.Dateline.Place}
	}
	if v == ninjs.Version22 {
		c.Published, c.Modified, c.Embargo = heldNinjs22(c.Published), heldNinjs22(c.Modified), heldNinjs22(c.Embargo)
	}
	return c
}

func ninjsScore(f *float64) *float64 {
	if f == nil || *f != math.Trunc(*f) || *f < 0 || *f > 100 {
		return nil
	}
	return f
}

// heldNinjs22 is t as 2.2 holds it: a full date-time, to the second or
// finer, zoned as t was.
func heldNinjs22(t article.Time) article.Time {
	if !t.IsResolved() {
		return t
	}
	p := article.Second
	if t.Time().Nanosecond() != 0 {
		p = article.Subsecond
	}
	return article.NewTime(t.Time(), p, t.Zoned())
}

func ninjsFormat(v ninjs.Version) article.Format {
	if v == ninjs.Version22 {
		return article.FormatNinjs22
	}
	return article.FormatNinjs31
}

func TestNinjsRoundTrip(t *testing.T) {
	for name, a := range ninjsArticles() {
		for _, v := range []ninjs.Version{ninjs.Version22, ninjs.Version31} {
			t.Run(name+"/"+v.String(), func(t *testing.T) {
				checkNinjsRoundTrip(t, a, v)
			})
		}
	}
}

func checkNinjsRoundTrip(t *testing.T, a *article.Article, v ninjs.Version) {
	t.Helper()
	b, err := article.Marshal(a, ninjsFormat(v))
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	d, err := ninjs.ReadOptions{Version: v}.Parse(b)
	if err != nil {
		t.Fatalf("ninjs.Parse(Marshal) = %v\n%s", err, b)
	}
	if d.Version != v {
		t.Errorf("written version read as %v, want %v", d.Version, v)
	}
	if err := ninjs.Validate(d); err != nil {
		t.Errorf("ninjs.Validate(Marshal %v) = %v\n%s", v, err, b)
	}
	if f := article.Detect(b); f != article.FormatNinjs {
		t.Errorf("Detect = %v, want ninjs", f)
	}
	back, err := article.ParseOptions{Strict: true}.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("Parse(Marshal) = %v\n%s", err, b)
	}
	if diff := cmp.Diff(ninjsHeld(a, v), back, cmpOpts...); diff != "" {
		t.Errorf("Article → ninjs %v → Article (-want +got):\n%s\n%s", v, diff, b)
	}
	b2, err := article.Marshal(back, ninjsFormat(v))
	if err != nil || !bytes.Equal(b, b2) {
		t.Errorf("second Marshal differs (%v):\n%s\n%s", err, b, b2)
	}
}

func TestNinjsIDAndFingerprint(t *testing.T) {
	a := &article.Article{Headline: "No ID", URL: "https://news.example.org/x"}
	d, err := a.Ninjs(ninjs.Version31)
	if err != nil {
		t.Fatal(err)
	}
	if want := article.FingerprintURIPrefix + a.Fingerprint().String(); d.URI != want {
		t.Errorf("uri = %q, want %q", d.URI, want)
	}
	back, err := article.FromNinjs(d)
	if err != nil || back.ID != "" {
		t.Errorf("FromNinjs: ID %q, err %v; want empty ID", back.ID, err)
	}
	d.URI = article.FingerprintURIPrefix + "00000000000000000000000000000000"
	if back, _ := article.FromNinjs(d); back.ID != d.URI {
		t.Errorf("foreign fingerprint uri: ID %q, want %q", back.ID, d.URI)
	}
	if _, err := a.Ninjs(ninjs.Version20); !errors.Is(err, article.ErrUnknownFormat) {
		t.Errorf("Ninjs(2.0) = %v, want ErrUnknownFormat", err)
	}
}

// TestNinjsMapping checks the documented member names on a document read
// from a synthetic 2.x feed item.
func TestNinjsMapping(t *testing.T) {
	const doc = `{"uri":"urn:example:1","type":"text","versioncreated":"2024-05-07T10:00:00+02:00",
"firstcreated":"2024-05-07T09:00:00Z","embargoed":"2024-05-07T08:00:00-00:00","pubstatus":"usable","urgency":2,
"language":"de","version":"4","headlines":[{"role":"main","value":"Hafen"},{"role":"sub","value":"Unter"}],
"descriptions":[{"role":"summary","value":"Kurz"}],"bodies":[{"role":"main","contenttype":"text/html",
"value":"<p>VALDORA (EXW) - Erster.</p><h3>Z</h3><blockquote><p>Zitat</p></blockquote><ul><li>a</li></ul>"}],
"people":[{"name":"Ana Ruiz","rel":"author","uri":"https://example.org/ana"},{"name":"Max","rel":"mentions"}],
"places":[{"name":"Iraq","rel":"about","uri":"http://cvx.iptc.org/iso3166-1a2/iq"},{"name":"Italy","rel":"mentions","uri":"http://cvx.iptc.org/iso3166-1a2/it"}],
"subjects":[{"name":"Trade","literal":"ECON-TRADE","uri":"http://example.org/t/1","relevance":90},{"name":"World","rel":"section"}],
"infosources":[{"name":"Example Wire","literal":"EXW","role":"origin"}],"by":"Ana Ruiz","located":"VALDORA",
"copyrightholder":"Gazette","x-provider":{"k":[1]}}`
	a, err := article.ParseOptions{Strict: true}.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := &article.Article{
		ID: "urn:example:1", Headline: "Hafen", Subheadline: "Unter", Summary: "Kurz", Language: language.German,
		Published: article.NewTime(time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC), article.Second, true),
		Modified:  article.NewTime(time.Date(2024, 5, 7, 10, 0, 0, 0, time.FixedZone("", 7200)), article.Second, true),
		Embargo:   article.NewTime(time.Date(2024, 5, 7, 8, 0, 0, 0, time.UTC), article.Second, false),
		Status:    article.StatusUsable, Urgency: 2, Revision: 4, CopyrightHolder: "Gazette",
		Authors:   []article.Person{{Name: "Ana Ruiz", URL: "https://example.org/ana"}},
		Section:   []string{"World"},
		Countries: countries.SetOf(countries.MustParse("IQ")),
		Sources:   []article.Source{{Name: "Example Wire", Acronym: "EXW", Role: article.SourceOrigin}},
		Dateline:  article.Dateline{Place: "VALDORA", Agency: "EXW", Text: "VALDORA (EXW) -"},
		Body: []article.Block{{Text: "Erster."}, {Kind: article.Heading, Text: "Z"},
			{Kind: article.Quotation, Text: "Zitat"}, {Kind: article.ListItem, Text: "a"}},
	}
	want.Tags.Add(tags.Tag{Code: "ECON-TRADE", Name: "Trade", URI: "http://example.org/t/1", Relevance: float(90)})
	got := a.Clone()
	got.Extra = nil
	if diff := cmp.Diff(want, got, cmpOpts...); diff != "" {
		t.Errorf("Parse(ninjs) (-want +got):\n%s", diff)
	}
	// What the model has no field for comes back.
	d, err := ninjs.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	back, err := a.Ninjs(ninjs.Version22)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, back, ninjsDocOpts); diff != "" {
		t.Errorf("ninjs → Article → ninjs (-want +got):\n%s", diff)
	}
}

// ninjsCorpusFiles returns the provider examples and doc-examples.
func ninjsCorpusFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, sub := range []string{"examples", "doc-examples"} {
		dir := corpus.Dir(t, "ninjs", sub)
		err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() && strings.HasSuffix(p, ".json") && !strings.HasSuffix(p, "extension-schema.json") {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return files
}

var ninjsDocOpts = cmp.Options{cmpopts.IgnoreFields(ninjs.Document{}, "Version"), cmpopts.EquateEmpty()}

// ninjsWriteVersion is the version a document of version v is written
// back in.
func ninjsWriteVersion(v ninjs.Version) ninjs.Version {
	if v.Major() == 3 {
		return ninjs.Version31
	}
	return ninjs.Version22
}

// TestNinjsCorpus reads every provider example and doc-example into an
// Article and checks that each 2.x and 3.x document comes back whole from
// the Article; 1.x documents, which are written back as 2.2, are read.
func TestNinjsCorpus(t *testing.T) {
	files := ninjsCorpusFiles(t)
	var read, headlines, tripped, v1 int
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name, _ := filepath.Rel(filepath.Dir(filepath.Dir(filepath.Dir(f))), f)
		t.Run(name, func(t *testing.T) {
			// One provider file repeats a key; keep the last as browsers do.
			ds, err := ninjs.ReadOptions{DuplicateKeys: ninjs.DupKeepLast}.ParseAll(data)
			if ds == nil {
				t.Fatalf("ninjs.ParseAll: %v", err)
			}
			typeErrs := err != nil
			for _, d := range ds {
				a, err := article.FromNinjs(d)
				if err != nil && !typeErrs {
					t.Errorf("FromNinjs: %v", err)
				}
				read++
				if a.Headline != "" {
					headlines++
				}
				if d.Version.Major() == 1 {
					v1++
					continue
				}
				// The kept members survive the canonical JSON form too.
				j, err := article.Marshal(a, article.FormatJSON)
				if err != nil {
					t.Fatalf("Marshal JSON: %v", err)
				}
				a = new(article.Article)
				if err := a.UnmarshalJSON(j); err != nil {
					t.Fatalf("UnmarshalJSON: %v", err)
				}
				wv := ninjsWriteVersion(d.Version)
				b, err := article.Marshal(a, ninjsFormat(wv))
				if err != nil {
					t.Fatalf("Marshal %v: %v", wv, err)
				}
				got, err := ninjs.ReadOptions{Version: wv}.Parse(b)
				if got == nil || err != nil && !typeErrs {
					t.Fatalf("reading the output: %v", err)
				}
				if diff := cmp.Diff(d, got, ninjsDocOpts); diff != "" {
					t.Errorf("ninjs → Article → ninjs (-want +got):\n%s", diff)
					return
				}
				tripped++
			}
		})
	}
	t.Logf("%d files: %d documents read into articles (%d with a headline), %d of %d 2.x/3.x documents round-tripped",
		len(files), read, headlines, tripped, read-v1)
	if read-v1 != tripped {
		t.Errorf("%d documents did not round-trip", read-v1-tripped)
	}
}

// cleanNinjsText makes fuzz input into text the model holds after
// Normalize.
func cleanNinjsText(s string) string {
	a := &article.Article{Headline: s}
	article.Normalize(a)
	return a.Headline
}

// FuzzNinjsArticleRoundTrip: Article → ninjs → Article keeps every field
// ninjs holds, in 2.2 and 3.1.
func FuzzNinjsArticleRoundTrip(f *testing.F) {
	for _, a := range ninjsArticles() {
		au, tg := "", ""
		if len(a.Authors) > 0 {
			au = a.Authors[0].Name
		}
		for t := range a.Tags.All() {
			tg = t.Code
		}
		var body string
		if len(a.Body) > 0 {
			body = a.Body[0].Text
		}
		f.Add(a.Headline, a.Summary, au, tg, body, a.Dateline.Text, a.Published.Time().Unix(), uint8(a.Published.Precision()), a.Published.Zoned(), uint8(a.Urgency))
	}
	f.Fuzz(func(t *testing.T, headline, summary, author, tag, para, dateline string, sec int64, prec uint8, z bool, n uint8) {
		a := &article.Article{
			Headline: cleanNinjsText(headline),
			Summary:  cleanNinjsText(summary),
			Body:     []article.Block{{Kind: article.BlockKind(n % 4), Text: cleanNinjsText(para)}},
			Urgency:  int(n % 10),
			Revision: int(n),
			Status:   []article.Status{"", article.StatusUsable, article.StatusCanceled}[n%3],
		}
		if a.Body[0].Text == "" {
			a.Body = nil
		}
		if name := cleanNinjsText(author); name != "" {
			a.Authors = []article.Person{{Name: name, Role: []article.Role{"", article.RoleEditor, article.RoleContributor}[n%3]}}
		}
		if tg := cleanNinjsText(tag); tg != "" {
			t := tags.Tag{Name: tg}
			if tags.ValidCode(tg) {
				t = tags.Tag{Code: tg}
			}
			a.Tags.Add(t)
		}
		if d := cleanNinjsText(dateline); d != "" {
			a.Dateline.Place = d
		}
		tm := time.Unix(sec%(1<<35), int64(n)*1e6).UTC()
		if z {
			tm = tm.In(time.FixedZone("", int(sec%48)*1800))
		}
		a.Published = article.NewTime(tm, article.Precision(prec%6+1), z)
		a.Countries = countries.SetOf(countries.MustParse([]string{"IQ", "US", "FR"}[n%3]))
		if a.Validate() != nil {
			return
		}
		for _, v := range []ninjs.Version{ninjs.Version22, ninjs.Version31} {
			checkNinjsRoundTrip(t, a, v)
		}
	})
}

// FuzzNinjsDocRoundTrip: ninjs → Article → ninjs keeps every member of a
// 2.x or 3.x document.
func FuzzNinjsDocRoundTrip(f *testing.F) {
	for _, a := range ninjsArticles() {
		for _, v := range []ninjs.Version{ninjs.Version22, ninjs.Version31} {
			b, _ := article.Marshal(a, ninjsFormat(v))
			f.Add(b)
		}
	}
	f.Add([]byte(`{"uri":"u","headlines":[{"value":"a"},{"value":"b"}],"people":[{"name":"x"}],"subjects":[{"literal":"free text"}]}`))
	f.Add([]byte(`{"versionCreated":"2024","urgency":1.5,"bodies":[{"contentType":"text/plain","value":"x\ny"}],"extra":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ninjs.Parse(data)
		if d == nil || err != nil || d.Version.Major() == 1 {
			return
		}
		a, _ := article.FromNinjs(d)
		got, err := a.Ninjs(ninjsWriteVersion(d.Version))
		if err != nil {
			t.Fatalf("Ninjs: %v", err)
		}
		if diff := cmp.Diff(d, got, ninjsDocOpts); diff != "" {
			t.Fatalf("ninjs → Article → ninjs (-want +got):\n%s", diff)
		}
	})
}

func TestNinjsGolden(t *testing.T) {
	for _, v := range []ninjs.Version{ninjs.Version22, ninjs.Version31} {
		b, err := article.Marshal(fullArticle(), ninjsFormat(v))
		if err != nil {
			t.Fatal(err)
		}
		checkWriterGolden(t, "ninjs/full-"+v.String()+".json", b)
	}
}

// checkWriterGolden compares got with testdata/name, rewriting it under the
// package's -update flag.
func checkWriterGolden(t *testing.T, name string, got []byte) {
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
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, cmp.Diff(string(want), string(got)))
	}
}

func BenchmarkNinjs(b *testing.B) {
	a := fullArticle()
	for _, v := range []ninjs.Version{ninjs.Version22, ninjs.Version31} {
		data, _ := article.Marshal(a, ninjsFormat(v))
		b.Run("write-"+v.String(), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := article.Marshal(a, ninjsFormat(v)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("read-"+v.String(), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			o := article.ParseOptions{Format: article.FormatNinjs}
			for b.Loop() {
				if _, err := o.Parse(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestDetectJSONFormats(t *testing.T) {
	tests := []struct {
		name, in string
		want     article.Format
	}{
		{"canonical", `{"id":"x","headline":"H","body":[{"text":"a"}]}`, article.FormatJSON},
		{"canonical with extra uri", `{"headline":"H","published":"2020","uri":"u"}`, article.FormatJSON},
		{"ninjs 2", `{"uri":"u","type":"text","headlines":[{"value":"H"}]}`, article.FormatNinjs},
		{"ninjs 3", `{"uri":"u","versionCreated":"2024"}`, article.FormatNinjs},
		{"ninjs 1", `{"uri":"u","headline":"H","body_text":"x"}`, article.FormatNinjs},
		{"jsonld", `{"@context":"https://schema.org","@type":"NewsArticle","headline":"H"}`, article.FormatJSONLD},
		{"jsonld type first", ` {"@type":"NewsArticle","url":"https://x.example/"}`, article.FormatJSONLD},
		{"jsonld array", `[{"@context":"https://schema.org","@type":"NewsArticle"}]`, article.FormatJSONLD},
		{"jsonld graph", `{"@graph":[]}`, article.FormatJSONLD},
		{"json feed", `{"version":"https://jsonfeed.org/version/1.1","title":"F","items":[]}`, article.FormatJSONFeed},
		{"truncated ninjs", `{"uri":`, article.FormatNinjs},
		{"not an object", `{1}`, article.FormatJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := article.Detect([]byte(tt.in)); got != tt.want {
				t.Errorf("Detect(%s) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestNinjsInvalidInput(t *testing.T) {
	bad := "{\"uri\":\"u\",\"headlines\":[{\"value\":\"a\xffb\"}]}"
	if _, err := (article.ParseOptions{Strict: true, Format: article.FormatNinjs}).ParseString(bad); !errors.Is(err, article.ErrInvalidUTF8) {
		t.Errorf("strict: err = %v, want ErrInvalidUTF8", err)
	}
	a, err := article.ParseOptions{Format: article.FormatNinjs}.ParseString(bad)
	if a == nil || a.Headline != "a\uFFFDb" || !errors.Is(err, article.ErrInvalidUTF8) {
		t.Errorf("lenient: %v, %v; want headline with U+FFFD and ErrInvalidUTF8", a, err)
	}
	for _, in := range []string{`{"uri":`, `{"uri":"u","uri":"v"}`, `[1]`, `{"urgency":"high","uri":"u"}`} {
		a, err := article.ParseOptions{Format: article.FormatNinjs, Strict: true}.ParseString(in)
		if err == nil || a != nil {
			t.Errorf("strict Parse(%s) = %v, %v; want an error", in, a, err)
		}
		var pe *article.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%s) error %T, want *ParseError", in, err)
		}
	}
	// Lenient: a member of the wrong type is reported and kept.
	a, err = article.ParseOptions{Format: article.FormatNinjs}.ParseString(`{"uri":"u","urgency":"high"}`)
	if a == nil || err == nil {
		t.Fatalf("lenient: %v, %v", a, err)
	}
	d, _ := a.Ninjs(ninjs.Version22)
	if v, ok := d.Extra.Get("urgency"); !ok || string(v) != `"high"` {
		t.Errorf("urgency not kept: %s", v)
	}
	if _, err := (article.ParseOptions{Format: article.FormatNinjs, MaxBytes: 10}).ParseString(`{"uri":"0123456789"}`); !errors.Is(err, article.ErrTooLarge) {
		t.Errorf("MaxBytes: err = %v, want ErrTooLarge", err)
	}
}

// TestNinjsSourceCountry: ninjs infosources have no country; reading
// resolves the source again in the registry so that its Country comes
// back, and leaves an unknown source without one.
func TestNinjsSourceCountry(t *testing.T) {
	mia, err := article.LookupSource("MIA", article.Hints{Countries: countries.SetOf(countries.MustParse("MK"))})
	if err != nil || !mia.Country.IsValid() {
		t.Fatalf("LookupSource(MIA) = %+v, %v", mia, err)
	}
	mia.Role = article.SourceOrigin
	a := &article.Article{
		Headline:  "Talks",
		Countries: countries.SetOf(countries.MustParse("MK")),
		Sources:   []article.Source{mia, {Name: "Valdora Gazette", Role: article.SourcePublisher}},
	}
	for _, f := range []article.Format{article.FormatNinjs22, article.FormatNinjs31} {
		t.Run(f.String(), func(t *testing.T) {
			b, err := article.Marshal(a, f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := article.ParseOptions{Format: f, Strict: true}.Parse(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("Parse: %v\n%s", err, b)
			}
			if diff := cmp.Diff(a.Sources, got.Sources, cmpOpts...); diff != "" {
				t.Errorf("sources after Article → %v → Article (-want +got):\n%s", f, diff)
			}
		})
	}
}
