package tags

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var (
	_ json.Marshaler   = Tag{}
	_ json.Unmarshaler = (*Tag)(nil)
	_ driver.Valuer    = Tag{}
	_ sql.Scanner      = (*Tag)(nil)
	_ json.Marshaler   = Set{}
	_ json.Unmarshaler = (*Set)(nil)
	_ driver.Valuer    = Set{}
	_ sql.Scanner      = (*Set)(nil)
)

func TestTagJSON(t *testing.T) {
	r, c := 90.0, 0.5
	tests := []struct {
		name string
		tag  Tag
		want string
	}{
		{"every field", Tag{Code: "ZZZ-ORG-NLF", Name: "Northern Lantern Front", Aliases: []string{"NLF", "Frente Linterna"},
			Description: "is an <invented> group", Truncated: true, URI: "https://vocab.example.org/nlf", Relevance: &r, Confidence: &c},
			`{"code":"ZZZ-ORG-NLF","name":"Northern Lantern Front","aliases":["NLF","Frente Linterna"],` +
				`"description":"is an \u003cinvented\u003e group","truncated":true,"uri":"https://vocab.example.org/nlf","relevance":90,"confidence":0.5}`},
		{"empties omitted", Tag{Name: "Weather"}, `{"name":"Weather"}`},
		{"style", Tag{Code: "ZZZ-ORG", Name: "Armed groups", Aliases: []string{"AG"}, Description: "are armed", Truncated: true,
			Style: Style{Bullet: "•", Separator: "--", Marker: "…[more]", BracketCode: true, AliasSlash: true, TrailingSlash: true}},
			`{"code":"ZZZ-ORG","name":"Armed groups","aliases":["AG"],"description":"are armed","truncated":true,` +
				`"style":{"bullet":"•","separator":"--","marker":"…[more]","bracketCode":true,"aliasSlash":true,"trailingSlash":true}}`},
		{"style empties omitted", Tag{Name: "Weather", Style: Style{Bullet: "-"}}, `{"name":"Weather","style":{"bullet":"-"}}`},
		{"zero score kept", Tag{Code: "ZZZ", Relevance: new(float64)}, `{"code":"ZZZ","relevance":0}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := json.Marshal(tc.tag)
			if err != nil {
				t.Fatal(err)
			}
			if string(data) != tc.want {
				t.Errorf("json.Marshal = %s, want %s", data, tc.want)
			}
			var back Tag
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.tag, back, styled); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTagJSONErrors(t *testing.T) {
	inf := math.Inf(1)
	for name, tg := range map[string]Tag{
		"no identity":  {Description: "x"},
		"bad code":     {Code: "A--B", Name: "x"},
		"invalid utf8": {Name: "x\xff"},
		"empty alias":  {Name: "x", Aliases: []string{""}},
		"infinite":     {Name: "x", Confidence: &inf},
		"bad bullet":   {Name: "x", Style: Style{Bullet: "o"}},
		"bad sep":      {Name: "x", Style: Style{Separator: ":"}},
		"bad marker":   {Name: "x", Truncated: true, Style: Style{Marker: "etc."}},
	} {
		if _, err := tg.MarshalJSON(); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: MarshalJSON error = %v, want ErrSyntax", name, err)
		}
	}
	for name, in := range map[string]string{
		"not an object": `[1]`,
		"empty object":  `{}`,
		"bad code":      `{"code":"é-1"}`,
		"invalid utf8":  "{\"name\":\"x\xff\"}",
		"wrong type":    `{"name":1}`,
		"style type":    `{"name":"x","style":"•"}`,
		"style member":  `{"name":"x","style":{"bracketCode":"yes"}}`,
		"style bullet":  `{"name":"x","style":{"bullet":"•x"}}`,
		"style marker":  `{"name":"x","style":{"marker":"… …"}}`,
	} {
		var tg Tag
		if err := json.Unmarshal([]byte(in), &tg); !errors.Is(err, ErrSyntax) {
			// encoding/json checks syntax before calling UnmarshalJSON.
			var se *json.SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("%s: Unmarshal(%q) error = %v, want ErrSyntax", name, in, err)
			}
		}
	}
}

func TestTagJSONStyleLenient(t *testing.T) {
	// Unknown members are ignored, in style as elsewhere; a null or empty
	// style is the zero Style.
	for in, want := range map[string]Tag{
		`{"name":"x","style":{"bullet":"*","colour":"red"}}`: {Name: "x", Style: Style{Bullet: "*"}},
		`{"name":"x","style":null}`:                          {Name: "x"},
		`{"name":"x","style":{}}`:                            {Name: "x"},
	} {
		var got Tag
		if err := json.Unmarshal([]byte(in), &got); err != nil {
			t.Errorf("Unmarshal(%s): %v", in, err)
			continue
		}
		if diff := cmp.Diff(want, got, styled); diff != "" {
			t.Errorf("Unmarshal(%s) mismatch (-want +got):\n%s", in, diff)
		}
	}
}

func TestSetJSONAndSQL(t *testing.T) {
	s := SetOf(Tag{Name: "Weather"}, Tag{Code: "ZZZ-ORG", Name: "Armed groups"}, Tag{Name: "weather", Description: "is rain"})
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"code":"ZZZ-ORG","name":"Armed groups"},{"name":"Weather","description":"is rain"}]`
	if string(data) != want {
		t.Errorf("json.Marshal(set) = %s, want %s", data, want)
	}
	var back Set
	if err := json.Unmarshal(data, &back); err != nil || !back.Equal(s) {
		t.Errorf("Unmarshal = %v, %v", slices.Collect(back.All()), err)
	}
	if data, _ := json.Marshal(Set{}); string(data) != "[]" {
		t.Errorf("empty set JSON = %s", data)
	}
	if err := json.Unmarshal([]byte("null"), &back); err != nil || back.Len() != 0 {
		t.Errorf("null = %v, %v", back.Len(), err)
	}
	if err := json.Unmarshal([]byte(`[{"name":"x"},{}]`), &back); !errors.Is(err, ErrSyntax) {
		t.Errorf("bad element error = %v, want ErrSyntax", err)
	}

	v, err := s.Value()
	if err != nil || v != want {
		t.Fatalf("Value() = %v, %v", v, err)
	}
	var scanned Set
	for _, src := range []any{v, []byte(want)} {
		if err := scanned.Scan(src); err != nil || !scanned.Equal(s) {
			t.Errorf("Scan(%T) = %v, %v", src, slices.Collect(scanned.All()), err)
		}
	}
	if err := scanned.Scan(nil); err != nil || scanned.Len() != 0 {
		t.Errorf("Scan(nil) = %d tags, %v", scanned.Len(), err)
	}
	if err := scanned.Scan(42); err == nil {
		t.Error("Scan(42) succeeded")
	}
}

func TestTagSQL(t *testing.T) {
	r := 5.0
	tg := Tag{Code: "ZZZ-ORG", Name: "Armed groups", URI: "https://vocab.example.org/o", Relevance: &r}
	v, err := tg.Value()
	if err != nil {
		t.Fatal(err)
	}
	var got Tag
	if err := got.Scan(v); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(tg, got); diff != "" {
		t.Errorf("Scan(Value()) mismatch (-want +got):\n%s", diff)
	}
	if err := got.Scan([]byte("ZZZ-ORG Armed groups")); err != nil || got.Name != "Armed groups" || got.URI != "" {
		t.Errorf("Scan(line) = %#v, %v", got, err)
	}
	if err := got.Scan(nil); err != nil || !got.IsZero() {
		t.Errorf("Scan(nil) = %#v, %v", got, err)
	}
	if err := got.Scan("bad\xff"); !errors.Is(err, ErrSyntax) {
		t.Errorf("Scan(invalid) error = %v", err)
	}
	if err := got.Scan(1.5); err == nil {
		t.Error("Scan(1.5) succeeded")
	}
	if _, err := (Tag{}).Value(); !errors.Is(err, ErrSyntax) {
		t.Errorf("Tag{}.Value() error = %v", err)
	}
}

func TestParseErrorMessage(t *testing.T) {
	for _, tc := range []struct {
		err  *ParseError
		want string
	}{
		{&ParseError{Line: 2, Column: 3, Field: "name", Msg: "bad", Err: ErrSyntax}, "tags: line 2, column 3: name: bad"},
		{&ParseError{Line: 2, Msg: "bad", Err: ErrSyntax}, "tags: line 2: bad"},
		{&ParseError{Column: 4, Msg: "bad", Err: ErrSyntax}, "tags: column 4: bad"},
		{&ParseError{Msg: "bad", Err: ErrSyntax}, "tags: bad"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
	s := SetOf(Tag{Name: "x"})
	if _, ok := s.Get((Tag{Name: "y"}).Key()); ok {
		t.Error("Get found a missing key")
	}
}
