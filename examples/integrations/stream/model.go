package main

// This file holds every call into the library the service makes, so that a
// change of the model's API touches one file.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
)

// result is what the service makes of one raw input.
type result struct {
	// id is the article ID (the source's, or the fingerprint when it gave
	// none); key is the subject token derived from it.
	id, key string
	// doc is the canonical JSON of the normalised, enriched article, and
	// hash identifies that content.
	doc  []byte
	hash string
	// problems counts what a lenient parse reported and repaired.
	problems int
}

// process parses raw (in the named format, or detected when format is
// empty), normalises, validates and enriches it. An input that is not an
// article, or that does not validate after normalisation, is an error: the
// service sends it to the dead-letter subject with the error as reason.
func process(raw []byte, format string) (result, error) {
	var opts article.ParseOptions
	if format != "" {
		f, err := article.ParseFormat(format)
		if err != nil {
			return result{}, err
		}
		opts.Format = f
	}
	a, err := opts.Parse(bytes.NewReader(raw))
	if a == nil {
		return result{}, err
	}
	problems := 0
	if err != nil {
		// Lenient parsing repaired what it could and reports each problem;
		// the article goes on, with the count in a header.
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			problems = len(u.Unwrap())
		} else {
			problems = 1
		}
	}
	article.Normalize(a)
	if a.ID == "" {
		a.ID = a.Fingerprint().String()
	}
	enrich(a)
	if err := a.Validate(); err != nil {
		return result{}, err
	}
	doc, err := a.MarshalJSON()
	if err != nil {
		return result{}, err
	}
	return result{id: a.ID, key: subjectKey(a.ID), doc: doc, hash: contentHash(doc), problems: problems}, nil
}

// mentionsMember is the canonical JSON member the service adds: the
// countries the body mentions (alpha-2 codes in order), as opposed to the
// countries the source declares as affected. The article model keeps
// members it does not know in Extra and writes them back unchanged.
const mentionsMember = "mentionedCountries"

// enrich adds what the service derives from the text: the quotations, when
// the input gave none (quotations an input gives are kept as given), and the
// countries the body mentions.
func enrich(a *article.Article) {
	if len(a.Quotes) == 0 {
		article.ExtractQuotes(a)
	}
	var cs countries.Set
	for _, b := range a.Body {
		for m := range countries.Mentions(b.Text) {
			cs.Add(m.Country)
		}
	}
	extra := a.Extra[:0:0]
	for _, f := range a.Extra {
		if f.Name != mentionsMember {
			extra = append(extra, f)
		}
	}
	if cs.Len() > 0 {
		v, _ := cs.MarshalJSON()
		extra = append(extra, article.Field{Name: mentionsMember, Value: v})
	}
	a.Extra = extra
}

// subjectKey turns an article ID (any text) into a subject token: 32
// hexadecimal digits of its SHA-256.
func subjectKey(id string) string {
	h := sha256.Sum256([]byte(id))
	return hex.EncodeToString(h[:16])
}

func contentHash(doc []byte) string {
	h := sha256.Sum256(doc)
	return hex.EncodeToString(h[:16])
}

// reason writes err as a one-line header value of bounded length: the
// problems errors.Join put on separate lines are separated by "; ".
func reason(err error) string {
	s := strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, strings.ReplaceAll(err.Error(), "\n", "; "))
	if len(s) > 1000 {
		s = strings.ToValidUTF8(s[:1000], "") + "…"
	}
	return s
}

// validJSONArticle reports whether doc is canonical JSON of a valid
// article; tests use it on output messages.
func validJSONArticle(doc []byte) error {
	var a article.Article
	if err := a.UnmarshalJSON(doc); err != nil {
		return err
	}
	if err := a.Validate(); err != nil {
		return fmt.Errorf("output does not validate: %w", err)
	}
	return nil
}
