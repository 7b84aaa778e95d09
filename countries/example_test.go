package countries_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/countries"
)

func ExampleParse() {
	for _, code := range []string{"IQ", "irq", "368", "ZZ", "Iraq"} {
		c, err := countries.Parse(code)
		switch {
		case errors.Is(err, countries.ErrUnknown):
			fmt.Printf("%s: unknown\n", code)
		case errors.Is(err, countries.ErrSyntax):
			fmt.Printf("%s: not a code\n", code)
		default:
			fmt.Printf("%s: %s %s %s %s\n", code, c.Alpha2(), c.Alpha3(), c.Numeric(), c.Name())
		}
	}
	// Output:
	// IQ: IQ IRQ 368 Iraq
	// irq: IQ IRQ 368 Iraq
	// 368: IQ IRQ 368 Iraq
	// ZZ: unknown
	// Iraq: not a code
}

func ExampleCountry() {
	c := countries.MustParse("SZ")
	fmt.Println(c.Name())
	fmt.Println(c.OfficialName())
	fmt.Println(c.Slug())
	fmt.Println(c.Demonym())
	fmt.Println(c.LocalName(language.German))
	// Output:
	// Eswatini
	// Kingdom of Eswatini
	// eswatini
	// Swazi
	// Swasiland
}

func ExampleLookup() {
	for _, s := range []string{"United States", "the U.S.", "united_states", "Iraqis", "Swiss", "Ivory Coast", "Vereinigte Staaten", "Congo"} {
		c, ok := countries.Lookup(s)
		fmt.Printf("%q: %v %v\n", s, c, ok)
	}
	// Output:
	// "United States": US true
	// "the U.S.": US true
	// "united_states": US true
	// "Iraqis": IQ true
	// "Swiss": CH true
	// "Ivory Coast": CI true
	// "Vereinigte Staaten": US true
	// "Congo": ZZ false
}

func ExampleLookupAll() {
	for _, c := range countries.LookupAll("Congo") {
		fmt.Println(c, c.Name())
	}
	// Output:
	// CD Democratic Republic of the Congo
	// CG Republic of the Congo
}

func ExampleNewLookuper() {
	l := countries.NewLookuper(map[string]countries.Country{
		"Blighty": countries.MustParse("GB"),
		"Congo":   countries.MustParse("CD"),
	})
	for _, s := range []string{"blighty", "Congo", "Iraq"} {
		c, f, ok := l.LookupForm(s)
		fmt.Println(s, c, f, ok)
	}
	// Output:
	// blighty GB user name true
	// Congo CD user name true
	// Iraq IQ name true
}

func ExampleSet() {
	var s countries.Set
	s.Add(countries.MustParse("US"))
	s.Add(countries.MustParse("IQ"))
	s.Add(countries.MustParse("IQ"))
	fmt.Println(s.Len(), s.Contains(countries.MustParse("IQ")))
	for c := range s.All() {
		fmt.Println(c.Name())
	}
	text, _ := s.MarshalText()
	js, _ := s.MarshalJSON()
	fmt.Println(string(text), string(js))

	var back countries.Set
	err := back.UnmarshalText([]byte("IQ, US"))
	fmt.Println(errors.Is(err, countries.ErrSyntax))
	// Output:
	// 2 true
	// Iraq
	// United States
	// IQ,US ["IQ","US"]
	// true
}

func ExampleParseList() {
	s, err := countries.ParseList("Iraq and the United States; Narnia, united-kingdom")
	fmt.Println(s)
	var le *countries.ListError
	if errors.As(err, &le) {
		fmt.Println(le.Offset, le.Item, errors.Is(err, countries.ErrUnknown))
	}
	// Output:
	// GB,IQ,US
	// 28 Narnia true
}

func ExampleMentions() {
	text := "Iraqis and Americans met in the U.S. on Monday; Chad Smith, a U.S. official, flew on to Chad."
	for m := range countries.Mentions(text) {
		fmt.Printf("%d-%d %q %v (%v)\n", m.Start, m.End, text[m.Start:m.End], m.Country, m.Form)
	}
	// Output:
	// 0-6 "Iraqis" IQ (demonym)
	// 11-20 "Americans" US (demonym)
	// 32-36 "U.S." US (abbreviation)
	// 62-66 "U.S." US (abbreviation)
	// 88-92 "Chad" TD (name)
}
