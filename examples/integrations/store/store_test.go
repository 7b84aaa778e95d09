package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/examples/integrations/internal/synth"
	"github.com/newsmodel/news/tags"
)

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "news.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func load(t testing.TB, s *Store, n int) {
	t.Helper()
	for i := range n {
		if _, err := s.Put(context.Background(), synth.Article(i)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRoundTrip stores articles that between them set every field of the
// model and reads them back, from the canonical JSON and from the columns.
func TestRoundTrip(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	const n = 36 // every combination of the generator's variations
	load(t, s, n)
	for i := range n {
		want := synth.Article(i)
		t.Run(want.ID, func(t *testing.T) {
			got, err := s.Get(ctx, want.ID)
			if err != nil {
				t.Fatal(err)
			}
			wj, _ := want.MarshalJSON()
			gj, _ := got.MarshalJSON()
			if diff := cmp.Diff(string(wj), string(gj)); diff != "" {
				t.Errorf("Get(%q) canonical JSON (-want +got):\n%s", want.ID, diff)
			}
			checkColumns(t, s.DB(), want)
		})
	}
}

// checkColumns reads a's rows through the model's sql.Scanner types.
func checkColumns(t *testing.T, db *sql.DB, a *article.Article) {
	t.Helper()
	var seq int64
	var pub, mod article.Time
	var pubAt sql.NullInt64
	err := db.QueryRow(`SELECT seq, published, published_at, modified FROM articles WHERE id = ?`, a.ID).Scan(&seq, &pub, &pubAt, &mod)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want article.Time
	}{{"published", pub, a.Published}, {"modified", mod, a.Modified}} {
		if !c.got.Equal(c.want) || c.got.Precision() != c.want.Precision() || c.got.Zoned() != c.want.Zoned() {
			t.Errorf("%s column = %v (%v), want %v (%v)", c.name, c.got, c.got.Precision(), c.want, c.want.Precision())
		}
	}
	if pubAt.Int64 != a.Published.Time().Unix() {
		t.Errorf("published_at = %d, want %d", pubAt.Int64, a.Published.Time().Unix())
	}

	var cs countries.Set
	scanAll(t, db, `SELECT country FROM countries WHERE article = ?`, seq, func(rs *sql.Rows) error {
		var c countries.Country
		err := rs.Scan(&c)
		cs.Add(c)
		return err
	})
	if cs != a.Countries {
		t.Errorf("countries rows = %v, want %v", cs, a.Countries)
	}

	var ts tags.Set
	scanAll(t, db, `SELECT tag FROM tags WHERE article = ? ORDER BY pos`, seq, func(rs *sql.Rows) error {
		var tg tags.Tag
		err := rs.Scan(&tg)
		ts.Add(tg)
		return err
	})
	if !ts.Equal(a.Tags) {
		t.Errorf("tags rows = %v, want %v", ts, a.Tags)
	}

	var ps []article.Person
	scanAll(t, db, `SELECT name, role, url, affiliation FROM authors WHERE article = ? ORDER BY pos`, seq, func(rs *sql.Rows) error {
		var p article.Person
		err := rs.Scan(&p.Name, &p.Role, &p.URL, &p.Affiliation)
		ps = append(ps, p)
		return err
	})
	if diff := cmp.Diff(a.Authors, ps); diff != "" {
		t.Errorf("authors rows (-want +got):\n%s", diff)
	}

	var srcs []article.Source
	scanAll(t, db, `SELECT name, acronym, url, country, role FROM sources WHERE article = ? ORDER BY pos`, seq, func(rs *sql.Rows) error {
		var src article.Source
		err := rs.Scan(&src.Name, &src.Acronym, &src.URL, &src.Country, &src.Role)
		srcs = append(srcs, src)
		return err
	})
	if diff := cmp.Diff(a.Sources, srcs, cmp.Comparer(func(x, y countries.Country) bool { return x == y })); diff != "" {
		t.Errorf("sources rows (-want +got):\n%s", diff)
	}
}

func scanAll(t *testing.T, db *sql.DB, q string, arg any, f func(*sql.Rows) error) {
	t.Helper()
	rs, err := db.Query(q, arg)
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	for rs.Next() {
		if err := f(rs); err != nil {
			t.Fatal(err)
		}
	}
	if err := rs.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestUpsert(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	a := synth.Article(1)
	if _, err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}

	byID := a.Clone()
	byID.Headline = "Zeppelin sighting over the quay"
	byID.URL = "https://news.example.org/moved"
	byURL := synth.Article(2)
	byURL.URL = byID.URL
	noID := synth.Article(3)
	noID.ID = ""

	tests := []struct {
		name      string
		put       *article.Article
		wantID    string
		wantCount int
		gone      string // an ID the put replaced
	}{
		{"same ID replaces", byID, byID.ID, 1, ""},
		{"same URL replaces", byURL, byURL.ID, 1, byID.ID},
		{"no ID gets fingerprint", noID, noID.Fingerprint().String(), 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := s.Put(ctx, tt.put)
			if err != nil {
				t.Fatal(err)
			}
			if id != tt.wantID {
				t.Errorf("Put() = %q, want %q", id, tt.wantID)
			}
			if n, _ := s.Count(ctx); n != tt.wantCount {
				t.Errorf("Count() = %d, want %d", n, tt.wantCount)
			}
			if tt.gone != "" {
				if _, err := s.Get(ctx, tt.gone); err == nil {
					t.Errorf("Get(%q) found a replaced article", tt.gone)
				}
			}
		})
	}
	// The full-text index follows replacements.
	if hs, err := s.Search(ctx, "zeppelin", 0); err != nil || len(hs) != 0 {
		t.Errorf(`Search("zeppelin") = %v, %v; want no hits once replaced`, hs, err)
	}
	var orphans int
	s.DB().QueryRow(`SELECT (SELECT count(*) FROM articles_fts) - (SELECT count(*) FROM articles)`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d full-text rows without article", orphans)
	}
}

// TestQueries checks each query against the same question asked of the
// generated articles in Go.
func TestQueries(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	const n = 240
	load(t, s, n)
	corpus := make([]*article.Article, n)
	for i := range corpus {
		corpus[i] = synth.Article(i)
	}
	from, to := synth.Base.Add(24*time.Hour), synth.Base.Add(5*24*time.Hour)
	iq := countries.MustParse("IQ")

	tests := []struct {
		name  string
		query func() ([]Hit, error)
		want  func(a *article.Article) bool
	}{
		{"affecting IQ between dates", func() ([]Hit, error) { return s.Affecting(ctx, iq, from, to) },
			func(a *article.Article) bool {
				at := a.Published.Time()
				return a.Countries.Contains(iq) && !at.Before(from) && at.Before(to)
			}},
		{"tagged within ZZZ-ECON", func() ([]Hit, error) { return s.TaggedWithin(ctx, "zzz/econ") },
			func(a *article.Article) bool { return hasTagWithin(a, "ZZZ-ECON") }},
		{"tagged within ZZZ-ECON-TRADE", func() ([]Hit, error) { return s.TaggedWithin(ctx, "ZZZ-ECON-TRADE") },
			func(a *article.Article) bool { return hasTagWithin(a, "ZZZ-ECON-TRADE") }},
		{"tagged within medtop", func() ([]Hit, error) { return s.TaggedWithin(ctx, "MEDTOP") },
			func(a *article.Article) bool { return hasTagWithin(a, "medtop") }},
		{"tagged within a partial segment", func() ([]Hit, error) { return s.TaggedWithin(ctx, "ZZZ-EC") },
			func(a *article.Article) bool { return false }},
		{"from source MIA", func() ([]Hit, error) { return s.FromSource(ctx, "MIA") },
			func(a *article.Article) bool { return hasSource(a, "Macedonian Information Agency") }},
		{"from source by full name", func() ([]Hit, error) { return s.FromSource(ctx, "macedonian information agency") },
			func(a *article.Article) bool { return hasSource(a, "Macedonian Information Agency") }},
		{"from an unknown source", func() ([]Hit, error) { return s.FromSource(ctx, "Lantern Wire") },
			func(a *article.Article) bool { return hasSource(a, "Lantern Wire") }},
		{"search a body word", func() ([]Hit, error) { return s.Search(ctx, "flooding", 0) },
			func(a *article.Article) bool { return strings.Contains(a.Headline+" "+a.Text(), "flooding") }},
		{"search a headline phrase", func() ([]Hit, error) { return s.Search(ctx, `headline:"grain prices"`, 0) },
			func(a *article.Article) bool { return strings.Contains(a.Headline, "grain prices") }},
		{"search without diacritics", func() ([]Hit, error) { return s.Search(ctx, "lucia", 0) },
			func(a *article.Article) bool { return strings.Contains(a.Text(), "Lucía") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs, err := tt.query()
			if err != nil {
				t.Fatal(err)
			}
			var got, want []string
			for _, h := range hs {
				got = append(got, h.ID)
			}
			for _, a := range corpus {
				if tt.want(a) {
					want = append(want, a.ID)
				}
			}
			slices.Sort(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("query IDs (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("bad FTS5 syntax", func(t *testing.T) {
		if _, err := s.Search(ctx, `"unclosed`, 0); err == nil {
			t.Error(`Search("\"unclosed") = nil error, want a syntax error`)
		}
	})
}

func hasTagWithin(a *article.Article, code string) bool {
	for tg := range a.Tags.All() {
		if tg.Code != "" && tg.Within(code) {
			return true
		}
	}
	return false
}

func hasSource(a *article.Article, name string) bool {
	return slices.ContainsFunc(a.Sources, func(s article.Source) bool { return strings.EqualFold(s.Name, name) })
}

// TestConcurrentWriters writes from several Stores, each with its own
// connection pool on the same file, while a reader queries.
func TestConcurrentWriters(t *testing.T) {
	_, path := openTemp(t)
	const writers, each = 4, 40
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, writers+1)
	for w := range writers {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		wg.Go(func() {
			for i := range each {
				// Every writer also rewrites articles the others write, so
				// the upserts contend for the same rows.
				if _, err := s.Put(ctx, synth.Article(w*each+i)); err != nil {
					errs <- err
					return
				}
				if _, err := s.Put(ctx, synth.Article(((w+1)%writers)*each+i)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	reader, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { reader.Close() })
	wg.Go(func() {
		for range 50 {
			if _, err := reader.Search(ctx, "harbour", 10); err != nil {
				errs <- err
				return
			}
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, err := reader.Count(ctx); err != nil || n != writers*each {
		t.Errorf("Count() = %d, %v; want %d", n, err, writers*each)
	}
	reader.DB().SetMaxOpenConns(1) // check on the connection that searched
	checkIntegrity(t, reader)
}

// checkIntegrity checks that the file is sound and that every stored
// article is whole: its child rows and full-text row match its JSON.
func checkIntegrity(t *testing.T, s *Store) {
	t.Helper()
	// FTS5's own check first: it compares the index with the stored text.
	// It also reloads the index structure, which PRAGMA integrity_check does
	// not do on a connection that last read the index before other
	// connections wrote it (SQLite 3.54.1 then reports a checksum mismatch
	// that a fresh connection does not see).
	if _, err := s.DB().Exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`); err != nil {
		t.Fatalf("fts5 integrity-check: %v", err)
	}
	var res string
	if err := s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
	rows, err := s.DB().Query(`SELECT a.doc,
		(SELECT count(*) FROM authors WHERE article = a.seq),
		(SELECT count(*) FROM tags WHERE article = a.seq),
		(SELECT count(*) FROM countries WHERE article = a.seq),
		(SELECT count(*) FROM sources WHERE article = a.seq),
		(SELECT count(*) FROM articles_fts WHERE rowid = a.seq)
		FROM articles a`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var doc string
		var got [5]int
		if err := rows.Scan(&doc, &got[0], &got[1], &got[2], &got[3], &got[4]); err != nil {
			t.Fatal(err)
		}
		a, err := unflatten([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		want := [5]int{len(a.Authors), a.Tags.Len(), a.Countries.Len(), len(a.Sources), 1}
		if got != want {
			t.Errorf("article %q has child rows %v, want %v (authors, tags, countries, sources, fts)", a.ID, got, want)
		}
	}
	var orphans int
	s.DB().QueryRow(`SELECT
		(SELECT count(*) FROM authors WHERE article NOT IN (SELECT seq FROM articles)) +
		(SELECT count(*) FROM tags WHERE article NOT IN (SELECT seq FROM articles)) +
		(SELECT count(*) FROM countries WHERE article NOT IN (SELECT seq FROM articles)) +
		(SELECT count(*) FROM sources WHERE article NOT IN (SELECT seq FROM articles)) +
		(SELECT count(*) FROM articles_fts WHERE rowid NOT IN (SELECT seq FROM articles))`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d orphan rows", orphans)
	}
}

const crashEnv = "NEWS_STORE_CRASH_DB"

// TestKillMidWrite runs a writer in a separate process (this test binary,
// re-executed), kills it with SIGKILL while it is inside a transaction,
// and checks that the file holds every committed article whole and no part
// of the one being written.
func TestKillMidWrite(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	path := filepath.Join(t.TempDir(), "news.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillMidWrite$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	committed := -1
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "committed "); ok {
			committed, _ = strconv.Atoi(v)
			if committed >= 24 {
				break
			}
		}
	}
	// The writer sleeps between the statements of each transaction, so the
	// kill lands inside one (or, rarely, between the commit and the line
	// reporting it, which the count below allows for).
	time.Sleep(7 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if committed < 24 {
		t.Fatalf("writer stopped after %d commits", committed)
	}

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// committed is the index of the last reported article; all of them
	// must be there, and at most one more.
	if n != committed+1 && n != committed+2 {
		t.Errorf("after kill: %d articles stored, want %d (or %d)", n, committed+1, committed+2)
	}
	t.Logf("killed after %d reported commits; %d articles stored whole", committed+1, n)
	checkIntegrity(t, s)
}

func crashChild(path string) {
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	stepHook = func() { time.Sleep(time.Millisecond) }
	for i := 0; ; i++ {
		if _, err := s.Put(context.Background(), synth.Article(i)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Printf("committed %d\n", i)
	}
}
