package tags_test

import (
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/newsmodel/news/tags"
)

func ExampleParse() {
	t, err := tags.Parse("• ZZZ-ORG-NLF Northern Lantern Front NLF is an invented armed group in the Vell...[+]")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("code %s, segments %q, parent %s\n", t.Code, t.Segments(), t.Parent())
	fmt.Printf("name %q, aliases %q\n", t.Name, t.Aliases)
	fmt.Printf("description %q, truncated %v\n", t.Description, t.Truncated)
	fmt.Println("within ZZZ-ORG:", t.Within("zzz-org"))
	fmt.Println("slug:", t.Slug())
	fmt.Println(t)
	// Output:
	// code ZZZ-ORG-NLF, segments ["ZZZ" "ORG" "NLF"], parent ZZZ-ORG
	// name "Northern Lantern Front", aliases ["NLF"]
	// description "is an invented armed group in the Vell", truncated true
	// within ZZZ-ORG: true
	// slug: northern-lantern-front
	// • ZZZ-ORG-NLF Northern Lantern Front NLF is an invented armed group in the Vell...[+]
}

func ExampleParse_hyphenatedNames() {
	for _, line := range []string{"LLL-GFATF Armed groups", "COVID-19 vaccines", "Al-Qaeda", "[ECON] Economy"} {
		t, _ := tags.Parse(line)
		fmt.Printf("code %q name %q\n", t.Code, t.Name)
	}
	// Output:
	// code "LLL-GFATF" name "Armed groups"
	// code "" name "COVID-19 vaccines"
	// code "" name "Al-Qaeda"
	// code "ECON" name "Economy"
}

func ExampleParse_style() {
	// A page's punctuation comes back from the parsed fields and Style.
	t, _ := tags.Parse("*  [ZZZ-ORG]  Armed groups – organised non-state groups… [more]")
	fmt.Printf("%q %q truncated %v\n", t.Code, t.Description, t.Truncated)
	fmt.Printf("%+v\n", t.Style)
	fmt.Println(t)
	t.Style = tags.Style{}
	fmt.Println(t)
	// Output:
	// "ZZZ-ORG" "organised non-state groups" truncated true
	// {Bullet:* Separator:– Marker:…[more] BracketCode:true AliasSlash:false TrailingSlash:false}
	// * [ZZZ-ORG] Armed groups – organised non-state groups…[more]
	// ZZZ-ORG Armed groups — organised non-state groups...[+]
}

func ExampleSet() {
	var s tags.Set
	s.Add(tags.Tag{Name: "Weather"})
	s.Add(tags.Tag{Code: "ZZZ-ORG", Name: "Armed groups", Description: "are organised", Truncated: true})
	s.Add(tags.Tag{Code: "zzz-org", Name: "Armed groups", Description: "are organised non-state armed groups"})
	s.Add(tags.Tag{Name: "weather"}) // same key as "Weather"
	for t := range s.All() {
		fmt.Println(t)
	}
	fmt.Println(s.Len(), s.Contains(tags.Tag{Code: "ZZZ/ORG"}))
	data, _ := json.Marshal(s)
	fmt.Println(string(data))
	// Output:
	// ZZZ-ORG Armed groups are organised non-state armed groups
	// Weather
	// 2 true
	// [{"code":"ZZZ-ORG","name":"Armed groups","description":"are organised non-state armed groups"},{"name":"Weather"}]
}

func ExampleVocabulary() {
	f, err := os.Open("testdata/vocabulary.csv")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	v, err := tags.LoadVocabularyCSV(f)
	if err != nil {
		log.Fatal(err)
	}
	t, _ := v.Lookup("économie")
	fmt.Println(t.Code, t.Name, t.URI)
	t, _ = v.Lookup("cafe-culture") // a slug
	fmt.Println(t.Code, t.Name)
	b, _ := v.Broader(tags.Tag{Code: "ECO-TRD-TAR"})
	fmt.Println("broader:", b.Name)
	for n := range v.Narrower(b) {
		fmt.Println("narrower:", n.Name)
	}
	page, _ := tags.Parse("SEC-GRP-NLF Northern Lantern Front NLF is an invented armed group used in...[+]")
	full, _ := v.Complete(page)
	fmt.Println(full.Truncated, full.Aliases)
	fmt.Println(full.Description)
	// Output:
	// ECO Economy https://vocab.example.org/topics/eco
	// CUL-CAF Café culture
	// broader: Trade
	// narrower: Tariffs
	// false [NLF Frente Linterna]
	// An invented armed group used in examples; it holds land in the fictional Vell Valley and makes headlines in no real country.
}
