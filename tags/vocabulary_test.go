package tags

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func loadTestVocabulary(t testing.TB) *Vocabulary {
	t.Helper()
	f, err := os.Open("testdata/vocabulary.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := LoadVocabularyCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestVocabularyCSVAndJSONAgree(t *testing.T) {
	v := loadTestVocabulary(t)
	f, err := os.Open("testdata/vocabulary.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, err := LoadVocabularyJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if v.Len() != 15 {
		t.Errorf("Len() = %d, want 15", v.Len())
	}
	if diff := cmp.Diff(slices.Collect(v.All()), slices.Collect(w.All())); diff != "" {
		t.Errorf("CSV and JSON vocabularies differ (-csv +json):\n%s", diff)
	}
	for tg := range v.All() {
		a, _ := v.Broader(tg)
		b, _ := w.Broader(tg)
		if a.Name != b.Name {
			t.Errorf("Broader(%s): CSV %q, JSON %q", tg.Name, a.Name, b.Name)
		}
	}
}

func TestVocabularyLookup(t *testing.T) {
	v := loadTestVocabulary(t)
	tests := []struct {
		in   string
		want string // name of the entry, "" for none
	}{
		{"ECO-TRD", "Trade"},
		{"eco/trd", "Trade"},
		{"wth-stm", "Storms"},
		{"Trade", "Trade"},
		{"  TRADE ", "Trade"},
		{"northern-lantern-front", "Northern Lantern Front"},
		{"NLF", "Northern Lantern Front"},
		{"frente linterna", "Northern Lantern Front"},
		{"economie", "Economy"},
		{"ÉCONOMIE", "Economy"},
		{"cafe culture", "Café culture"},
		{"CAFÉ-CULTURE", "Café culture"},
		{"футбол", "Football"},
		{"ФУТБОЛ", "Football"},
		{"Human interest", "Human interest"},
		{"https://vocab.example.org/topics/spo-fbl", "Football"},
		{"Markets", ""}, // alias of two entries
		{"Nothing", ""},
		{"", ""},
		{"bad\xffinput", ""},
	}
	for _, tc := range tests {
		got, ok := v.Lookup(tc.in)
		if ok != (tc.want != "") || got.Name != tc.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tc.in, got.Name, ok, tc.want)
		}
	}
	var names []string
	for _, tg := range v.LookupAll("markets") {
		names = append(names, tg.Name)
	}
	if diff := cmp.Diff([]string{"Trade", "Finance"}, names); diff != "" {
		t.Errorf("LookupAll(markets) mismatch (-want +got):\n%s", diff)
	}
	if got := v.LookupAll("nothing"); len(got) != 0 {
		t.Errorf("LookupAll(nothing) = %v", got)
	}
	if tg, ok := v.LookupCode("SPO-FBL"); !ok || tg.Name != "Football" {
		t.Errorf("LookupCode(SPO-FBL) = %v, %v", tg, ok)
	}
	if _, ok := v.LookupCode("Football"); ok {
		t.Error("LookupCode found a name")
	}
}

func TestVocabularyHierarchy(t *testing.T) {
	v := loadTestVocabulary(t)
	broader := map[string]string{
		"ECO-TRD-TAR":    "ECO-TRD", // implicit parent
		"WTH:STM":        "WTH",     // explicit
		"SEC-GRP-NLF":    "SEC-GRP",
		"ECO":            "",
		"Human interest": "CUL", // no code, explicit broader
	}
	for in, want := range broader {
		tg, _ := v.Lookup(in)
		got, ok := v.Broader(tg)
		if ok != (want != "") || got.Code != want {
			t.Errorf("Broader(%s) = %q, %v; want %q", in, got.Code, ok, want)
		}
	}
	var kids []string
	for tg := range v.Narrower(Tag{Code: "eco"}) {
		kids = append(kids, tg.Code)
	}
	if diff := cmp.Diff([]string{"ECO-FIN", "ECO-LAB", "ECO-TRD"}, kids); diff != "" {
		t.Errorf("Narrower(ECO) mismatch (-want +got):\n%s", diff)
	}
	kids = kids[:0]
	for tg := range v.Narrower(Tag{Name: "culture"}) {
		kids = append(kids, tg.Name)
	}
	if diff := cmp.Diff([]string{"Café culture", "Human interest"}, kids); diff != "" {
		t.Errorf("Narrower(Culture) mismatch (-want +got):\n%s", diff)
	}
	for range v.Narrower(Tag{Code: "NOPE-X"}) {
		t.Error("Narrower of an unknown tag yields")
	}
	if _, ok := v.Resolve(Tag{Code: "NOPE-X", Name: "Trade"}); ok {
		t.Error("a tag with an unknown code resolved by name")
	}
	if tg, ok := v.Resolve(Tag{Name: "Hurricanes"}); !ok || tg.Code != "WTH:STM" {
		t.Errorf("Resolve(alias) = %v, %v", tg, ok)
	}
}

func TestVocabularyComplete(t *testing.T) {
	v := loadTestVocabulary(t)
	page, err := Parse("• SEC-GRP-NLF Northern Lantern Front NLF is an invented armed group used in examples; it holds land in the… [more]")
	if err != nil {
		t.Fatal(err)
	}
	got, ok := v.Complete(page)
	if !ok {
		t.Fatal("Complete did not resolve")
	}
	want := Tag{Code: "SEC-GRP-NLF", Name: "Northern Lantern Front", Aliases: []string{"NLF", "Frente Linterna"},
		Description: "An invented armed group used in examples; it holds land in the fictional Vell Valley and makes headlines in no real country.",
		URI:         "https://vocab.example.org/topics/sec-grp-nlf", Style: Style{Bullet: "•"}}
	if diff := cmp.Diff(want, got, styled); diff != "" {
		t.Errorf("Complete mismatch (-want +got):\n%s", diff)
	}
	if page.Description == got.Description || !page.Truncated {
		t.Error("Complete modified its argument")
	}

	// A truncated description that the entry does not continue is kept.
	other := page
	other.Description = "is something else entirely"
	got, _ = v.Complete(other)
	if got.Description != other.Description || !got.Truncated {
		t.Errorf("Complete replaced a mismatching description: %q", got.Description)
	}
	// A tag without a description gets the entry's.
	got, _ = v.Complete(Tag{Name: "soccer"})
	if got.Code != "SPO/FBL" || got.Name != "soccer" || got.Description != "Association football." || got.Truncated {
		t.Errorf("Complete(soccer) = %#v", got)
	}
	if _, ok := v.Complete(Tag{Name: "Nothing"}); ok {
		t.Error("Complete resolved an unknown tag")
	}
	// Returned tags share no memory with the vocabulary.
	got.Aliases[0] = "changed"
	if e, _ := v.LookupCode("SPO/FBL"); e.Aliases[0] != "Soccer" {
		t.Error("Complete shares aliases with the vocabulary")
	}
}

func TestVocabularyErrors(t *testing.T) {
	tests := []struct {
		name string
		csv  string
		err  error
		line int
	}{
		{"empty", "", ErrSyntax, 1},
		{"unknown column", "code,name,colour\n", ErrSyntax, 1},
		{"repeated column", "name,Name\n", ErrSyntax, 1},
		{"no name column", "code\nX\n", ErrSyntax, 1},
		{"missing name", "code,name\nAB,\n", ErrSyntax, 2},
		{"bad code", "code,name\nA--B,x\n", ErrSyntax, 2},
		{"bad uri", "name,uri\nx,not a uri\n", ErrSyntax, 2},
		{"invalid UTF-8", "name\nx\xff\n", ErrSyntax, 2},
		{"bad quotes", "name\n\"x\n", ErrSyntax, 2},
		{"field count", "code,name\nA,b,c\n", ErrSyntax, 2},
		{"duplicate code", "code,name\nAB,x\nab,y\n", ErrDuplicate, 3},
		{"duplicate URI", "name,uri\nx,https://e.example/1\ny,https://e.example/1\n", ErrDuplicate, 3},
		{"unknown broader", "code,name,broader\nAB,x,CD\n", ErrUnknown, 2},
		{"cycle", "code,name,broader\nAB,x,CD\nCD,y,AB\n", ErrCycle, 2},
		{"self cycle", "code,name,broader\nAB,x,AB\n", ErrCycle, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadVocabularyCSV(strings.NewReader(tc.csv))
			if !errors.Is(err, tc.err) {
				t.Fatalf("LoadVocabularyCSV(%q) error = %v, want %v", tc.csv, err, tc.err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != tc.line {
				t.Errorf("LoadVocabularyCSV(%q) error %v, want line %d", tc.csv, err, tc.line)
			}
		})
	}
	big := "name\n" + strings.Repeat("x\n", 100)
	if _, err := (VocabularyOptions{MaxBytes: 50}).LoadCSV(strings.NewReader(big)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("MaxBytes error = %v, want ErrTooLarge", err)
	}
	if _, err := (VocabularyOptions{MaxEntries: 10}).LoadCSV(strings.NewReader(big)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("MaxEntries error = %v, want ErrTooLarge", err)
	}
	if _, err := (VocabularyOptions{MaxBytes: 10}).LoadJSON(strings.NewReader(`[{"name":"x"},{"name":"y"}]`)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("JSON MaxBytes error = %v, want ErrTooLarge", err)
	}
	for name, in := range map[string]string{
		"not array":      `{"name":"x"}`,
		"unknown member": `[{"name":"x","colour":"red"}]`,
		"missing name":   `[{"code":"AB"}]`,
		"invalid UTF-8":  "[{\"name\":\"x\xff\"}]",
	} {
		if _, err := LoadVocabularyJSON(strings.NewReader(in)); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s: LoadVocabularyJSON error = %v, want ErrSyntax", name, err)
		}
	}
	if _, err := LoadVocabularyCSV(strings.NewReader("\ufeffName,Code\nx,AB\n")); err != nil {
		t.Errorf("BOM and capitalised header: %v", err)
	}
}

func TestNewVocabulary(t *testing.T) {
	v, err := NewVocabulary([]Entry{
		{Tag: Tag{Code: "AB", Name: "Alpha", Truncated: true}},
		{Tag: Tag{Code: "AB-CD", Name: "Beta"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if tg, _ := v.Lookup("alpha"); tg.Truncated {
		t.Error("vocabulary entries keep Truncated")
	}
	if tg, ok := v.Broader(Tag{Code: "ab-cd"}); !ok || tg.Name != "Alpha" {
		t.Errorf("Broader = %v, %v", tg, ok)
	}
	if _, err := NewVocabulary([]Entry{{Tag: Tag{Name: "x"}}, {Tag: Tag{Code: "A-"}}}); err == nil {
		t.Error("NewVocabulary accepted an invalid entry")
	}
}

func TestVocabularyAmbiguityAndResolve(t *testing.T) {
	v, err := LoadVocabularyCSV(strings.NewReader("code,name,aliases,uri\n" +
		"AA-X,Alpha,Common|First,https://v.example/a\n" +
		"BB-X,Beta,Common,https://v.example/b\n" +
		"CC-X,Gamma,Common|Alpha,\n" +
		"DD-X,Alpha,,\n"))
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, tg := range v.LookupAll("common") {
		codes = append(codes, tg.Code)
	}
	if diff := cmp.Diff([]string{"AA-X", "BB-X", "CC-X"}, codes); diff != "" {
		t.Errorf("LookupAll(common) mismatch (-want +got):\n%s", diff)
	}
	codes = codes[:0]
	for _, tg := range v.LookupAll("ALPHA") {
		codes = append(codes, tg.Code)
	}
	if diff := cmp.Diff([]string{"AA-X", "DD-X", "CC-X"}, codes); diff != "" {
		t.Errorf("LookupAll(alpha) mismatch (-want +got):\n%s", diff)
	}
	if _, ok := v.Lookup("alpha"); ok {
		t.Error("Lookup resolved an ambiguous name")
	}
	for _, tc := range []struct {
		tag  Tag
		want string
	}{
		{Tag{URI: "https://v.example/b"}, "BB-X"},
		{Tag{Name: "Unknown", Aliases: []string{"first"}}, "AA-X"},
		{Tag{Name: "first"}, "AA-X"},
		{Tag{Name: "beta"}, "BB-X"},
		{Tag{Name: "alpha"}, ""},
		{Tag{Name: "Unknown", Aliases: []string{"Beta"}}, "BB-X"},
	} {
		got, ok := v.Resolve(tc.tag)
		if ok != (tc.want != "") || got.Code != tc.want {
			t.Errorf("Resolve(%#v) = %q, %v; want %q", tc.tag, got.Code, ok, tc.want)
		}
	}
}
