-- The article store. One row per article in articles, with the canonical
-- JSON in doc (the lossless record) and the fields queries need in proper
-- columns and tables. Child rows are deleted with their article.
--
-- Times are kept twice: published/modified hold article.Time's text at its
-- own precision ("2020-01-24" stays a date), published_at/modified_at the
-- instant in Unix seconds for ordering and ranges (a zone-less time is read
-- as if its wall clock were UTC, a date as its first second). Columns are
-- TEXT, not DATETIME, so that the driver never turns them into time.Time.

CREATE TABLE IF NOT EXISTS articles (
	seq          INTEGER PRIMARY KEY,         -- stable rowid, shared with articles_fts
	id           TEXT NOT NULL UNIQUE,
	url          TEXT UNIQUE,                 -- NULL when the article has none
	fingerprint  TEXT NOT NULL,
	headline     TEXT NOT NULL,
	language     TEXT NOT NULL,
	published    TEXT,
	published_at INTEGER,
	modified     TEXT,
	modified_at  INTEGER,
	doc          TEXT NOT NULL                -- canonical JSON
) STRICT;
CREATE INDEX IF NOT EXISTS articles_published_at ON articles(published_at);

CREATE TABLE IF NOT EXISTS authors (
	article     INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	name        TEXT NOT NULL,
	role        TEXT NOT NULL,
	url         TEXT NOT NULL,
	affiliation TEXT NOT NULL,
	PRIMARY KEY (article, pos)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS authors_name ON authors(name COLLATE NOCASE);

CREATE TABLE IF NOT EXISTS tags (
	article  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	pos      INTEGER NOT NULL,
	code_key TEXT,                             -- code in upper case, separators read as '-'; NULL without code
	name     TEXT NOT NULL,
	tag      TEXT NOT NULL,                    -- tags.Tag's driver value: the whole tag as JSON
	PRIMARY KEY (article, pos)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tags_code_key ON tags(code_key);

CREATE TABLE IF NOT EXISTS countries (
	article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	country TEXT NOT NULL,                     -- alpha-2, countries.Country's driver value
	PRIMARY KEY (article, country)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS countries_country ON countries(country, article);

CREATE TABLE IF NOT EXISTS sources (
	article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	name    TEXT NOT NULL,
	acronym TEXT NOT NULL,
	url     TEXT NOT NULL,
	country TEXT,
	role    TEXT NOT NULL,
	PRIMARY KEY (article, pos)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sources_name ON sources(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS sources_acronym ON sources(acronym COLLATE NOCASE);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
	headline, body,
	tokenize = 'unicode61 remove_diacritics 2'
);
