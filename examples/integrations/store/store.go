package main

import (
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

//go:embed schema.sql
var schema string

// ErrNotFound reports an article the store does not hold.
var ErrNotFound = errors.New("store: article not found")

// A Store keeps articles in one SQLite file. It is safe for concurrent use,
// and several Stores (in one process or several) may write the same file:
// the database runs in WAL mode with a busy timeout, and every write is one
// IMMEDIATE transaction per article, so an article is stored whole or not
// at all even when the process dies mid-write.
type Store struct {
	db *sql.DB
}

// Open opens (creating it when needed) the store in the SQLite file at path.
func Open(path string) (*Store, error) {
	q := url.Values{}
	for _, p := range []string{
		"busy_timeout(10000)", // wait up to 10 s for another writer instead of failing with SQLITE_BUSY
		"journal_mode(WAL)",   // readers do not block the writer and the writer does not block readers
		"synchronous(NORMAL)", // in WAL mode: durable across process crashes, not across power loss
		"foreign_keys(1)",     // child rows go with their article
	} {
		q.Add("_pragma", p)
	}
	// BEGIN IMMEDIATE takes the write lock at the start, so two writers queue
	// on the busy timeout rather than deadlock on a read-to-write upgrade.
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if _, err := db.Exec(schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: creating schema: %w", err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB returns the underlying database, for queries of your own.
func (s *Store) DB() *sql.DB { return s.db }

// stepHook, when set, runs after every statement of a write transaction;
// the crash test uses it to widen the window in which a kill lands
// mid-transaction.
var stepHook func()

// Put stores a, replacing any stored article with the same ID or the same
// URL (both, if they are two different articles): it is an upsert by ID or
// URL. An article without ID is stored under its fingerprint. Put returns the
// ID it stored a under.
func (s *Store) Put(ctx context.Context, a *article.Article) (string, error) {
	r, err := flatten(a)
	if err != nil {
		return "", fmt.Errorf("store: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return "", fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback() // a no-op after Commit
	if err := put(ctx, tx, r); err != nil {
		return "", fmt.Errorf("store: put %q: %w", r.id, err)
	}
	if err := tx.Commit(); err != nil {
		return "", fmt.Errorf("store: put %q: %w", r.id, err)
	}
	return r.id, nil
}

func put(ctx context.Context, tx *sql.Tx, r row) error {
	exec := func(query string, args ...any) error {
		_, err := tx.ExecContext(ctx, query, args...)
		if stepHook != nil {
			stepHook()
		}
		return err
	}
	var url any
	if r.url != "" {
		url = r.url
	}
	// Replace: delete every article this one supersedes, children and
	// full-text row included.
	rows, err := tx.QueryContext(ctx, `SELECT seq FROM articles WHERE id = ? OR url = ?`, r.id, url)
	if err != nil {
		return err
	}
	var old []int64
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			rows.Close()
			return err
		}
		old = append(old, seq)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, seq := range old {
		if err := exec(`DELETE FROM articles_fts WHERE rowid = ?`, seq); err != nil {
			return err
		}
		if err := exec(`DELETE FROM articles WHERE seq = ?`, seq); err != nil {
			return err
		}
	}
	pub, pubAt := timeColumns(r.published)
	mod, modAt := timeColumns(r.modified)
	var seq int64
	err = tx.QueryRowContext(ctx, `INSERT INTO articles
		(id, url, fingerprint, headline, language, published, published_at, modified, modified_at, doc)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
		r.id, url, r.fingerprint, r.headline, r.language, pub, pubAt, mod, modAt, string(r.doc)).Scan(&seq)
	if err != nil {
		return err
	}
	for i, p := range r.authors {
		if err := exec(`INSERT INTO authors VALUES (?, ?, ?, ?, ?, ?)`, seq, i, p.Name, personRole(p), p.URL, p.Affiliation); err != nil {
			return err
		}
	}
	for i, t := range r.tags {
		var key any
		if t.Code != "" {
			key = codeKey(t.Code)
		}
		if err := exec(`INSERT INTO tags VALUES (?, ?, ?, ?, ?)`, seq, i, key, t.Name, t); err != nil {
			return err
		}
	}
	for _, c := range r.countries {
		if err := exec(`INSERT INTO countries VALUES (?, ?)`, seq, c); err != nil {
			return err
		}
	}
	for i, src := range r.sources {
		if err := exec(`INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)`, seq, i, src.Name, src.Acronym, src.URL, src.Country, sourceRole(src)); err != nil {
			return err
		}
	}
	return exec(`INSERT INTO articles_fts (rowid, headline, body) VALUES (?, ?, ?)`, seq, r.headline, r.body)
}

// Get returns the article stored under id, decoded from its canonical JSON,
// or an error wrapping ErrNotFound.
func (s *Store) Get(ctx context.Context, id string) (*article.Article, error) {
	var doc string
	err := s.db.QueryRowContext(ctx, `SELECT doc FROM articles WHERE id = ?`, id).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	a, err := unflatten([]byte(doc))
	if err != nil {
		return nil, fmt.Errorf("store: article %q: %w", id, err)
	}
	return a, nil
}

// Count returns the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n)
	return n, err
}

// A Hit is one article a query found.
type Hit struct {
	ID, URL, Headline string
	// Published keeps the precision it was stored with.
	Published article.Time
}

const hitColumns = `a.id, coalesce(a.url, ''), a.headline, a.published`

func (s *Store) hits(ctx context.Context, query string, args ...any) ([]Hit, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	var hs []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.URL, &h.Headline, &h.Published); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		hs = append(hs, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return hs, nil
}

// Affecting returns the articles that declare c as an affected country and
// were published in [from, to), oldest first. The range compares instants;
// a date-only article counts from the first second of its date, and a
// zone-less one by its wall clock read as UTC. Articles with no resolved
// publication time are not returned.
func (s *Store) Affecting(ctx context.Context, c countries.Country, from, to time.Time) ([]Hit, error) {
	return s.hits(ctx, `SELECT `+hitColumns+` FROM countries c JOIN articles a ON a.seq = c.article
		WHERE c.country = ? AND a.published_at >= ? AND a.published_at < ?
		ORDER BY a.published_at, a.seq`, c, from.Unix(), to.Unix())
}

// TaggedWithin returns the articles with a tag whose code is code or lies
// within it ("ZZZ-ECON" finds "ZZZ-ECON-TRADE", not "ZZZ-ECONOMY"), compared
// case-insensitively with '-', '/' and ':' alike, newest first.
func (s *Store) TaggedWithin(ctx context.Context, code string) ([]Hit, error) {
	k := codeKey(code)
	esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(k)
	return s.hits(ctx, `SELECT `+hitColumns+` FROM articles a WHERE a.seq IN (
			SELECT article FROM tags WHERE code_key = ? OR code_key LIKE ? ESCAPE '\')
		ORDER BY a.published_at DESC, a.seq DESC`, k, esc+`-%`)
}

// FromSource returns the articles credited to the source named name (a name
// or acronym, case-insensitively; names the agency registry resolves also
// match the agency's other name), newest first.
func (s *Store) FromSource(ctx context.Context, name string) ([]Hit, error) {
	names := sourceNames(name)
	ph := strings.TrimSuffix(strings.Repeat("?, ", len(names)), ", ")
	args := make([]any, 0, 2*len(names))
	for _, n := range names {
		args = append(args, n)
	}
	args = append(args, args...)
	return s.hits(ctx, `SELECT `+hitColumns+` FROM articles a WHERE a.seq IN (
			SELECT article FROM sources WHERE name COLLATE NOCASE IN (`+ph+`) OR (acronym <> '' AND acronym COLLATE NOCASE IN (`+ph+`)))
		ORDER BY a.published_at DESC, a.seq DESC`, args...)
}

// Search returns the articles whose headline or body match the FTS5 query
// (words, "phrases", AND/OR/NOT, prefix*, headline:word), best match first.
// A query FTS5 cannot read is an error.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	if limit <= 0 {
		limit = -1
	}
	return s.hits(ctx, `SELECT `+hitColumns+` FROM articles_fts f JOIN articles a ON a.seq = f.rowid
		WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0), a.seq LIMIT ?`, query, limit)
}
