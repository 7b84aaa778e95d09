package jsonlex

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The struct benchmarks show what a hand-written decoder and encoder on
// this package cost against encoding/json reflecting over the same plain
// struct: the comparison issue 5 asks canonical JSON to win.

type benchPerson struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
	URL  string `json:"url,omitempty"`
}

type benchBlock struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

type benchTag struct {
	Code      string  `json:"code"`
	Name      string  `json:"name"`
	Relevance float64 `json:"relevance"`
	Truncated bool    `json:"truncated"`
}

type benchArticle struct {
	ID          string        `json:"id"`
	URL         string        `json:"url"`
	Headline    string        `json:"headline"`
	Subheadline string        `json:"subheadline"`
	Language    string        `json:"language"`
	Published   string        `json:"published"`
	Modified    string        `json:"modified"`
	Section     []string      `json:"section"`
	Authors     []benchPerson `json:"authors"`
	Body        []benchBlock  `json:"body"`
	Tags        []benchTag    `json:"tags"`
	Countries   []string      `json:"countries"`
	Urgency     int64         `json:"urgency"`
	Revision    int64         `json:"revision"`
	WordCount   int64         `json:"wordCount"`
	// Unknown holds the members the struct does not model, as they came
	// ("key":value,...), so that an encoder can write them back.
	Unknown []byte `json:"-"`
}

// decodeBenchArticle is the shape of a hand-written canonical JSON decoder.
func decodeBenchArticle(r *Reader, a *benchArticle) error {
	return decodeBenchArticleIn(r, a, "")
}

// decodeBenchArticleIn decodes with r.StringIn(src) when src is the input
// as a string: escape-free strings then share src's memory.
func decodeBenchArticleIn(r *Reader, a *benchArticle, src string) error {
	readString := func(r *Reader, s *string) error {
		if _, err := r.Next(); err != nil {
			return err
		}
		if r.Kind() != KindString {
			return fmt.Errorf("want a string at offset %d, found %v", r.Offset(), r.Kind())
		}
		*s = r.StringIn(src)
		return nil
	}
	readStringCur := func(r *Reader, s *string) error {
		if r.Kind() != KindString {
			return fmt.Errorf("want a string at offset %d, found %v", r.Offset(), r.Kind())
		}
		*s = r.StringIn(src)
		return nil
	}
	if err := expect(r, KindObjectBegin); err != nil {
		return err
	}
	for {
		k, err := r.Next()
		if err != nil {
			return err
		}
		if k == KindObjectEnd {
			return r.Finish()
		}
		switch string(r.Bytes()) {
		case "id":
			err = readString(r, &a.ID)
		case "url":
			err = readString(r, &a.URL)
		case "headline":
			err = readString(r, &a.Headline)
		case "subheadline":
			err = readString(r, &a.Subheadline)
		case "language":
			err = readString(r, &a.Language)
		case "published":
			err = readString(r, &a.Published)
		case "modified":
			err = readString(r, &a.Modified)
		case "section":
			err = readArray(r, func() error {
				var s string
				err := readStringCur(r, &s)
				a.Section = append(a.Section, s)
				return err
			})
		case "countries":
			err = readArray(r, func() error {
				var s string
				err := readStringCur(r, &s)
				a.Countries = append(a.Countries, s)
				return err
			})
		case "authors":
			err = readArray(r, func() error {
				var p benchPerson
				err := readObjectCur(r, func(key []byte) error {
					switch string(key) {
					case "name":
						return readString(r, &p.Name)
					case "role":
						return readString(r, &p.Role)
					case "url":
						return readString(r, &p.URL)
					}
					return r.Skip()
				})
				a.Authors = append(a.Authors, p)
				return err
			})
		case "body":
			err = readArray(r, func() error {
				var b benchBlock
				err := readObjectCur(r, func(key []byte) error {
					switch string(key) {
					case "kind":
						return readString(r, &b.Kind)
					case "text":
						return readString(r, &b.Text)
					}
					return r.Skip()
				})
				a.Body = append(a.Body, b)
				return err
			})
		case "tags":
			err = readArray(r, func() error {
				var t benchTag
				err := readObjectCur(r, func(key []byte) error {
					switch string(key) {
					case "code":
						return readString(r, &t.Code)
					case "name":
						return readString(r, &t.Name)
					case "relevance":
						if err := expect(r, KindNumber); err != nil {
							return err
						}
						var err error
						t.Relevance, err = r.Float64()
						return err
					case "truncated":
						k, err := r.Next()
						t.Truncated = k == KindTrue
						return err
					}
					return r.Skip()
				})
				a.Tags = append(a.Tags, t)
				return err
			})
		case "urgency":
			err = readInt(r, &a.Urgency)
		case "revision":
			err = readInt(r, &a.Revision)
		case "wordCount":
			err = readInt(r, &a.WordCount)
		default:
			if len(a.Unknown) > 0 {
				a.Unknown = append(a.Unknown, ',')
			}
			a.Unknown = AppendStringBytes(a.Unknown, r.Bytes(), true)
			a.Unknown = append(a.Unknown, ':')
			var raw []byte
			if raw, err = r.RawValue(); err == nil {
				a.Unknown = append(a.Unknown, raw...)
			}
		}
		if err != nil {
			return err
		}
	}
}

func expect(r *Reader, want Kind) error {
	k, err := r.Next()
	if err != nil {
		return err
	}
	if k != want {
		return fmt.Errorf("want %v at offset %d, found %v", want, r.Offset(), k)
	}
	return nil
}

func readInt(r *Reader, n *int64) error {
	if err := expect(r, KindNumber); err != nil {
		return err
	}
	var err error
	*n, err = r.Int64()
	return err
}

// readArray reads an array, calling elem with each element's first token
// current.
func readArray(r *Reader, elem func() error) error {
	if err := expect(r, KindArrayBegin); err != nil {
		return err
	}
	for {
		k, err := r.Next()
		if err != nil {
			return err
		}
		if k == KindArrayEnd {
			return nil
		}
		if err := elem(); err != nil {
			return err
		}
	}
}

// readObjectCur reads an object whose '{' is the current token.
func readObjectCur(r *Reader, member func(key []byte) error) error {
	if r.Kind() != KindObjectBegin {
		return fmt.Errorf("want an object at offset %d, found %v", r.Offset(), r.Kind())
	}
	for {
		k, err := r.Next()
		if err != nil {
			return err
		}
		if k == KindObjectEnd {
			return nil
		}
		if err := member(r.Bytes()); err != nil {
			return err
		}
	}
}

// appendBenchArticle is the shape of a hand-written canonical JSON encoder.
func appendBenchArticle(b []byte, a *benchArticle) ([]byte, error) {
	str := func(b []byte, key, v string, comma bool) []byte {
		if comma {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, key...)
		b = append(b, '"', ':')
		return AppendString(b, v, true)
	}
	strs := func(b []byte, key string, vs []string) []byte {
		b = append(b, ",\""...)
		b = append(b, key...)
		b = append(b, "\":["...)
		for i, v := range vs {
			if i > 0 {
				b = append(b, ',')
			}
			b = AppendString(b, v, true)
		}
		return append(b, ']')
	}
	b = append(b, '{')
	b = str(b, "id", a.ID, false)
	b = str(b, "url", a.URL, true)
	b = str(b, "headline", a.Headline, true)
	b = str(b, "subheadline", a.Subheadline, true)
	b = str(b, "language", a.Language, true)
	b = str(b, "published", a.Published, true)
	b = str(b, "modified", a.Modified, true)
	b = strs(b, "section", a.Section)
	b = append(b, `,"authors":[`...)
	for i, p := range a.Authors {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		b = str(b, "name", p.Name, false)
		if p.Role != "" {
			b = str(b, "role", p.Role, true)
		}
		if p.URL != "" {
			b = str(b, "url", p.URL, true)
		}
		b = append(b, '}')
	}
	b = append(b, `],"body":[`...)
	for i, bl := range a.Body {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		b = str(b, "kind", bl.Kind, false)
		b = str(b, "text", bl.Text, true)
		b = append(b, '}')
	}
	b = append(b, `],"tags":[`...)
	var err error
	for i, t := range a.Tags {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		b = str(b, "code", t.Code, false)
		b = str(b, "name", t.Name, true)
		b = append(b, `,"relevance":`...)
		if b, err = AppendFloat(b, t.Relevance, 64); err != nil {
			return b, err
		}
		b = append(b, `,"truncated":`...)
		b = strconv.AppendBool(b, t.Truncated)
		b = append(b, '}')
	}
	b = append(b, ']')
	b = strs(b, "countries", a.Countries)
	b = append(b, `,"urgency":`...)
	b = AppendInt(b, a.Urgency)
	b = append(b, `,"revision":`...)
	b = AppendInt(b, a.Revision)
	b = append(b, `,"wordCount":`...)
	b = AppendInt(b, a.WordCount)
	return append(b, '}'), nil
}

func TestHandWrittenStruct(t *testing.T) {
	doc := articleDoc()
	var want benchArticle
	if err := json.Unmarshal(doc, &want); err != nil {
		t.Fatal(err)
	}
	var got, gotIn benchArticle
	if err := decodeBenchArticle(NewReader(doc), &got); err != nil {
		t.Fatal(err)
	}
	if err := decodeBenchArticleIn(NewReader(doc), &gotIn, string(doc)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, gotIn); diff != "" {
		t.Errorf("decoding with StringIn differs (-String +StringIn):\n%s", diff)
	}
	unknown, err := Decode(append(append([]byte("{"), got.Unknown...), '}'))
	if err != nil || unknown.(*Object).Len() != 4 {
		t.Errorf("Unknown = %s (%v), want the 4 members the struct lacks", got.Unknown, err)
	}
	got.Unknown = nil
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hand-written decoder differs from encoding/json (-want +got):\n%s", diff)
	}
	out, err := appendBenchArticle(nil, &got)
	if err != nil {
		t.Fatal(err)
	}
	var back benchArticle
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("encoder output %s: %v", out, err)
	}
	if diff := cmp.Diff(want, back); diff != "" {
		t.Errorf("encoder round trip (-want +got):\n%s", diff)
	}
}

func BenchmarkStructUnmarshalReader(b *testing.B) {
	doc := articleDoc()
	r := NewReader(doc)
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		var a benchArticle
		r.Reset(doc, Options{})
		if err := decodeBenchArticle(r, &a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStructUnmarshalReaderStringIn(b *testing.B) {
	doc := articleDoc()
	r := NewReader(doc)
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		var a benchArticle
		r.Reset(doc, Options{})
		if err := decodeBenchArticleIn(r, &a, string(doc)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStructUnmarshalStd(b *testing.B) {
	doc := articleDoc()
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		var a benchArticle
		if err := json.Unmarshal(doc, &a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStructMarshalAppend(b *testing.B) {
	var a benchArticle
	if err := json.Unmarshal(articleDoc(), &a); err != nil {
		b.Fatal(err)
	}
	buf, _ := appendBenchArticle(nil, &a)
	b.ReportAllocs()
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		buf, _ = appendBenchArticle(buf[:0], &a)
	}
}

func BenchmarkStructMarshalStd(b *testing.B) {
	var a benchArticle
	if err := json.Unmarshal(articleDoc(), &a); err != nil {
		b.Fatal(err)
	}
	out, _ := json.Marshal(&a)
	b.ReportAllocs()
	b.SetBytes(int64(len(out)))
	for b.Loop() {
		if _, err := json.Marshal(&a); err != nil {
			b.Fatal(err)
		}
	}
}
