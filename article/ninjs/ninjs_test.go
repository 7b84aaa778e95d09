package ninjs

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// synthetic are the corpus-free documents of testdata, invented for the
// tests: one per version the package writes, and one 1.x document.
var synthetic = []struct {
	file    string
	version Version
}{
	{"synthetic-2.2.json", Version22},
	{"synthetic-3.1.json", Version31},
	{"synthetic-1.6.json", Version16},
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

func ptr[T any](v T) *T { return &v }

func TestSynthetic(t *testing.T) {
	for _, c := range synthetic {
		t.Run(c.file, func(t *testing.T) {
			d, err := Parse(readFile(t, c.file))
			require.NoError(t, err)
			if d.Version != c.version {
				t.Errorf("Parse(%s).Version = %v, want %v", c.file, d.Version, c.version)
			}
			if err := (ValidateOptions{Formats: true}).Validate(d); err != nil {
				t.Errorf("Validate(%s) = %v, want nil", c.file, err)
			}
			testRoundTrip(t, d)
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts ReadOptions
		want *Document
		errs []string // JSON Pointer paths of the reported field errors
	}{
		{
			name: "minimal 2.2 by default",
			in:   `{"uri":"urn:x:1"}`,
			want: &Document{Version: Version22, URI: "urn:x:1"},
		},
		{
			name: "3.x spelling",
			in:   `{"uri":"urn:x:1","versionCreated":"2024","pubStatus":"usable","urgency":2}`,
			want: &Document{Version: Version31, URI: "urn:x:1", VersionCreated: "2024", PubStatus: "usable", Urgency: ptr(2.0)},
		},
		{
			name: "1.x keyed renditions and associations, altids pairs",
			in: `{"uri":"u","headline":"H","renditions":{"a":{"href":"https://r.example/a"}},` +
				`"associations":{"p":{"uri":"v"}},"altids":{"k":"v1"}}`,
			want: &Document{Version: Version16, URI: "u", Headline: "H",
				Renditions:   []Rendition{{Name: "a", Href: "https://r.example/a"}},
				Associations: []Association{{Name: "p", Document: Document{URI: "v"}}},
				AltIDs:       []AltID{{Role: "k", Value: "v1"}}},
		},
		{
			name: "empty strings are kept verbatim",
			in:   `{"uri":"u","slugline":"","title":"T"}`,
			want: &Document{Version: Version22, URI: "u", Title: "T", Extra: Fields{{"slugline", json.RawMessage(`""`)}}},
		},
		{
			name: "wrong types are kept and reported",
			in:   `{"uri":"u","title":5,"subjects":[{"name":"s","relevance":"high"}],"x-custom":{"a":[1,2]}}`,
			want: &Document{Version: Version22, URI: "u",
				Subjects: []Entity{{Name: "s", Extra: Fields{{"relevance", json.RawMessage(`"high"`)}}}},
				Extra:    Fields{{"title", json.RawMessage(`5`)}, {"x-custom", json.RawMessage(`{"a":[1,2]}`)}}},
			errs: []string{"/title", "/subjects/0/relevance"},
		},
		{
			name: "caller's version",
			in:   `{"uri":"u","versioncreated":"2020-01-01T00:00:00Z"}`,
			opts: ReadOptions{Version: Version14},
			want: &Document{Version: Version14, URI: "u", VersionCreated: "2020-01-01T00:00:00Z"},
		},
		{
			name: "$schema beats the caller",
			in:   `{"$schema":"http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json","uri":"u"}`,
			opts: ReadOptions{Version: Version22},
			want: &Document{Version: Version30, URI: "u", Extra: Fields{{"$schema", json.RawMessage(`"http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json"`)}}},
		},
		{
			name: "declared standard when the spelling agrees",
			in:   `{"uri":"u","standard":{"version":"2.0"}}`,
			want: &Document{Version: Version20, URI: "u", Standard: &Standard{Version: "2.0"}},
		},
		{
			name: "spelling beats a contradicting declaration",
			in:   `{"uri":"u","standard":{"version":"2.2"},"versionCreated":"2024-01-01T00:00:00Z"}`,
			want: &Document{Version: Version31, URI: "u", Standard: &Standard{Version: "2.2"}, VersionCreated: "2024-01-01T00:00:00Z"},
		},
		{
			name: "integers",
			in:   `{"uri":"u","subjects":[{"relevance":1e2,"confidence":0}]}`,
			want: &Document{Version: Version22, URI: "u", Subjects: []Entity{{Relevance: ptr(100), Confidence: ptr(0)}}},
		},
		{
			name: "empty arrays stay",
			in:   `{"uri":"u","people":[]}`,
			want: &Document{Version: Version22, URI: "u", People: []Entity{}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opts.Parse([]byte(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.errs, paths(err)); diff != "" {
				t.Errorf("Parse(%s) error paths (-want +got):\n%s\n%v", tt.in, diff, err)
			}
			if err != nil && !errors.Is(err, ErrType) {
				t.Errorf("Parse(%s) error = %v, want ErrType", tt.in, err)
			}
		})
	}
}

// paths returns the paths of the field errors joined in err.
func paths(err error) []string {
	var ps []string
	for _, e := range unjoin(err) {
		var fe *FieldError
		if errors.As(e, &fe) {
			ps = append(ps, fe.Path)
		}
	}
	return ps
}

func TestParseErrors(t *testing.T) {
	deep := strings.Repeat(`{"a":`, 50) + "1" + strings.Repeat("}", 50)
	tests := []struct {
		name string
		in   []byte
		opts ReadOptions
		want error
	}{
		{"not JSON", []byte(`{"uri":}`), ReadOptions{}, ErrSyntax},
		{"trailing data", []byte(`{"uri":"u"} {}`), ReadOptions{}, ErrSyntax},
		{"invalid UTF-8", []byte("{\"uri\":\"\xff\"}"), ReadOptions{}, ErrSyntax},
		{"control character", []byte("{\"uri\":\"a\nb\"}"), ReadOptions{}, ErrSyntax},
		{"duplicate key", []byte(`{"uri":"a","uri":"b"}`), ReadOptions{}, ErrDuplicateKey},
		{"too large", []byte(`{"uri":"abcdefgh"}`), ReadOptions{MaxBytes: 8}, ErrTooLarge},
		{"too deep", []byte(deep), ReadOptions{MaxDepth: 10}, ErrDepth},
		{"not an object", []byte(`["uri"]`), ReadOptions{}, ErrType},
		{"empty", nil, ReadOptions{}, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := tt.opts.Parse(tt.in)
			if d != nil || !errors.Is(err, tt.want) {
				t.Errorf("Parse(%q) = %v, %v; want nil, %v", tt.in, d, err, tt.want)
			}
			d, err = tt.opts.Read(bytes.NewReader(tt.in))
			if d != nil || !errors.Is(err, tt.want) {
				t.Errorf("Read(%q) = %v, %v; want nil, %v", tt.in, d, err, tt.want)
			}
		})
	}
	d, err := ReadOptions{DuplicateKeys: DupKeepLast}.Parse([]byte(`{"uri":"a","uri":"b"}`))
	if err != nil || d.URI != "b" {
		t.Errorf("Parse with DupKeepLast = %v, %v; want uri b", d, err)
	}
	var pe *ParseError
	if _, err := Parse([]byte("{\n  \"uri\": x}")); !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 10 {
		t.Errorf("Parse error position = %+v, want line 2 column 10", pe)
	}
}

func TestValidate(t *testing.T) {
	type problem struct {
		Path string
		Err  error
	}
	tests := []struct {
		name string
		in   string
		opts ValidateOptions
		want []problem
	}{
		{"valid", `{"uri":"urn:x"}`, ValidateOptions{}, nil},
		{"missing uri", `{"title":"t"}`, ValidateOptions{}, []problem{{"/uri", ErrRequired}}},
		{"enum", `{"uri":"u","pubstatus":"cancelled","type":"movie"}`, ValidateOptions{},
			[]problem{{"/type", ErrEnum}, {"/pubstatus", ErrEnum}}},
		{"additional", `{"uri":"u","embargoedreason":"x"}`, ValidateOptions{}, []problem{{"/embargoedreason", ErrNotAllowed}}},
		{"range", `{"uri":"u","subjects":[{"relevance":101},{"confidence":-1}]}`, ValidateOptions{},
			[]problem{{"/subjects/0/relevance", ErrRange}, {"/subjects/1/confidence", ErrRange}}},
		{"wrong type", `{"uri":"u","by":["a"]}`, ValidateOptions{}, []problem{{"/by", ErrType}}},
		{"formats off by default", `{"uri":"not a uri","versioncreated":"Tuesday"}`, ValidateOptions{}, nil},
		{"formats", `{"uri":"not a uri","versioncreated":"Tuesday"}`, ValidateOptions{Formats: true},
			[]problem{{"/uri", ErrFormat}, {"/versioncreated", ErrFormat}}},
		{"rights alternatives", `{"uri":"u","rightsinfo":{"linkedrights":"https://r.example","encodedrights":"x"}}`, ValidateOptions{},
			[]problem{{"/rightsinfo", ErrAlternatives}}},
		{"association needs name", `{"uri":"u","associations":[{"uri":"v"}]}`, ValidateOptions{},
			[]problem{{"/associations/0/name", ErrRequired}}},
		{"GeoJSON", `{"uri":"u","places":[{"geojson":{"type":"Point","coordinates":[1]}}]}`, ValidateOptions{},
			[]problem{{"/places/0/geojson/coordinates", ErrGeoJSON}}},
		{"truncated date pattern", `{"uri":"u","eventDetails":{"dates":{"expectedStartDate":"July 2024"}}}`, ValidateOptions{},
			[]problem{{"/eventDetails/dates/expectedStartDate", ErrPattern}}},
		{"event dates alternatives", `{"uri":"u","eventDetails":{"dates":{"startDate":"2024-07-01T00:00:00Z","expectedStartDate":"2024"}}}`, ValidateOptions{},
			[]problem{{"/eventDetails/dates", ErrAlternatives}}},
		{"3.x integer", `{"uri":"u","versionCreated":"2024-01-01T00:00:00Z","urgency":2.5}`, ValidateOptions{}, []problem{{"/urgency", ErrType}}},
		{"1.x pattern property", `{"uri":"u","headline":"h","body_-x":"b"}`, ValidateOptions{}, []problem{{"/body_-x", ErrNotAllowed}}},
		{"as another version", `{"uri":"u","firstcreated":"2020-01-01T00:00:00Z","headline":"h"}`, ValidateOptions{Version: Version10},
			[]problem{{"/firstcreated", ErrNotAllowed}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.in))
			require.NotNil(t, d, "Parse(%s): %v", tt.in, err)
			err = tt.opts.Validate(d)
			var got []problem
			for _, e := range unjoin(err) {
				var fe *FieldError
				if !errors.As(e, &fe) {
					t.Fatalf("Validate(%s) returned %T %v, want *FieldError", tt.in, e, e)
				}
				got = append(got, problem{fe.Path, sentinelOf(fe.Err)})
			}
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("Validate(%s) mismatch (-want +got):\n%s\n%v", tt.in, diff, err)
			}
		})
	}
}

func sentinelOf(err error) error {
	for _, s := range []error{ErrType, ErrRequired, ErrEnum, ErrFormat, ErrPattern, ErrRange, ErrNotAllowed,
		ErrAlternatives, ErrGeoJSON, ErrUnsupported, ErrDuplicateKey, ErrSyntax} {
		if errors.Is(err, s) {
			return s
		}
	}
	return err
}

func TestWriteGolden(t *testing.T) {
	for _, c := range synthetic {
		for _, v := range []Version{Version22, Version31} {
			if c.version.Major() != v.Major() {
				continue
			}
			name := strings.TrimSuffix(c.file, ".json") + ".golden"
			t.Run(name, func(t *testing.T) {
				d, err := Parse(readFile(t, c.file))
				require.NoError(t, err)
				got, err := WriteOptions{Version: v, Indent: "  "}.Append(nil, d)
				require.NoError(t, err)
				golden := filepath.Join("testdata", name)
				if *update {
					require.NoError(t, os.WriteFile(golden, got, 0o644))
				}
				want := readFile(t, name)
				if diff := cmp.Diff(string(want), string(got)); diff != "" {
					t.Errorf("Append(%s) mismatch (-want +got):\n%s", c.file, diff)
				}
			})
		}
	}
}

func TestWriteUnsupported(t *testing.T) {
	tests := []struct {
		name  string
		d     *Document
		opts  WriteOptions
		paths []string
	}{
		{"event details in 2.2", &Document{URI: "u", EventDetails: &EventDetails{EventStatus: "s"}}, WriteOptions{Version: Version22},
			[]string{"/eventDetails"}},
		{"1.x fields in 3.1", &Document{URI: "u", Headline: "h", Subjects: []Entity{{Code: "c", Scheme: "https://s.example/"}}},
			WriteOptions{Version: Version31}, []string{"/headline", "/subjects/0/scheme", "/subjects/0/code"}},
		{"1.x not written", &Document{URI: "u"}, WriteOptions{Version: Version16}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := tt.opts.Append([]byte("x"), tt.d)
			if string(out) != "x" || !errors.Is(err, ErrUnsupported) {
				t.Errorf("Append() = %q, %v; want dst unchanged and ErrUnsupported", out, err)
			}
			if diff := cmp.Diff(tt.paths, paths(err)); diff != "" {
				t.Errorf("Append() error paths (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteExtra(t *testing.T) {
	d := &Document{URI: "u", Title: "set", Extra: Fields{
		{"title", json.RawMessage(`""`)},
		{"x-note", json.RawMessage(` { "a" : 1 } `)},
	}}
	got, err := Marshal(d)
	require.NoError(t, err)
	if want := `{"uri":"u","title":"set","x-note":{"a":1}}`; string(got) != want {
		t.Errorf("Marshal() = %s, want %s", got, want)
	}
	d.Extra = append(d.Extra, Field{"bad", json.RawMessage(`{`)})
	if _, err := Marshal(d); !errors.Is(err, ErrSyntax) {
		t.Errorf("Marshal() with bad Extra = %v, want ErrSyntax", err)
	}
}

func TestDateTime(t *testing.T) {
	tests := []struct {
		in    DateTime
		prec  Precision
		zoned bool
		ok    bool
	}{
		{"2024", PrecisionYear, false, true},
		{"2024-07", PrecisionMonth, false, true},
		{"2024-07-11", PrecisionDay, false, true},
		{"2024-07-11T09:00:00Z", PrecisionSecond, true, true},
		{"2024-07-11T09:00:00.5+02:00", PrecisionSecond, true, true},
		{"2024-07-11T09:00:00", PrecisionSecond, false, true},
		{"2016-12-31T23:59:60Z", PrecisionSecond, true, true},
		{"2024-02-30", PrecisionUnknown, false, false},
		{"Last Tuesday", PrecisionUnknown, false, false},
		{"+123", PrecisionUnknown, false, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.in), func(t *testing.T) {
			tm, p, zoned, err := tt.in.Time()
			if (err == nil) != tt.ok || p != tt.prec || zoned != tt.zoned {
				t.Errorf("DateTime(%q).Time() = %v, %v, %v, %v; want precision %v zoned %v ok %v", tt.in, tm, p, zoned, err, tt.prec, tt.zoned, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrFormat) {
				t.Errorf("DateTime(%q).Time() error = %v, want ErrFormat", tt.in, err)
			}
			if err == nil && tt.prec < PrecisionSecond {
				if back := TruncatedDateTime(tm, p); back != tt.in {
					t.Errorf("TruncatedDateTime(%v, %v) = %q, want %q", tm, p, back, tt.in)
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, v := range versions {
		got, err := ParseVersion(v.String())
		if err != nil || got != v {
			t.Errorf("ParseVersion(%q) = %v, %v", v.String(), got, err)
		}
		got, err = ParseVersion(v.SchemaURI() + "#")
		if err != nil || got != v {
			t.Errorf("ParseVersion(%q) = %v, %v", v.SchemaURI(), got, err)
		}
	}
	if _, err := ParseVersion("4.0"); !errors.Is(err, ErrUnsupported) {
		t.Errorf("ParseVersion(4.0) error = %v, want ErrUnsupported", err)
	}
}
