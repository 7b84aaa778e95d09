package agencies_test

import (
	"fmt"

	"github.com/newsmodel/news/internal/agencies"
)

func ExampleLookup() {
	// The credit line of a scraped page, a wire code, a home page.
	for _, s := range []string{"MIA", "MIA001", "https://www.mia.mk/en"} {
		for _, a := range agencies.Lookup(s) {
			fmt.Printf("%s: %s, %s\n", s, a.Name, a.Country)
		}
	}
	// An acronym several agencies share: all of them come back.
	for _, a := range agencies.Lookup("APA") {
		fmt.Printf("APA: %s, %s\n", a.Name, a.Country)
	}
	// Output:
	// MIA: Macedonian Information Agency, MK
	// MIA001: Macedonian Information Agency, MK
	// https://www.mia.mk/en: Macedonian Information Agency, MK
	// APA: Austria Presse Agentur, AT
	// APA: APA Information Agency, AZ
	// APA: Agence de Presse Africaine, SN
}

func ExampleSplit() {
	for credit := range agencies.Split("AFP and dpa / Reuters") {
		for _, a := range agencies.Lookup(credit) {
			fmt.Printf("%s: %s\n", credit, a)
		}
	}
	// Output:
	// AFP: AFP (Agence France-Presse)
	// dpa: dpa (Deutsche Presse-Agentur)
	// Reuters: Reuters
}

func ExampleAll() {
	n := 0
	for a := range agencies.All() {
		if a.Country == "CH" {
			fmt.Println(a)
		}
		n++
	}
	fmt.Println(n >= 130)
	// Output:
	// Keystone-SDA (Keystone-SDA-ATS)
	// true
}

func ExampleNewRegistry() {
	// A feed of our own that credits "MIA" too.
	r, err := agencies.NewRegistry(agencies.Agency{
		Acronym: "MIA", Name: "Meridian Information Associates", Country: "ZZ",
		Domains: []string{"meridian.example"}, Languages: []string{"en"},
	})
	if err != nil {
		panic(err)
	}
	for _, a := range r.Lookup("MIA") {
		fmt.Println(a.Name, a.Country)
	}
	fmt.Println(r.Lookup("https://news.meridian.example/story")[0].Name)
	// Output:
	// Meridian Information Associates ZZ
	// Macedonian Information Agency MK
	// Meridian Information Associates
}
