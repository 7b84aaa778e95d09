//go:build ignore

// Gen writes tables.go of package countries from countries.csv and
// mentions.csv (both beside the output file) and golang.org/x/text.
//
// From the module root:
//
//	go run countries/gen.go -output countries/tables.go
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/newsmodel/news/countries/internal/tablegen"
)

func main() {
	output := flag.String("output", "tables.go", "file to write")
	input := flag.String("input", "", "directory of countries.csv and mentions.csv (default: the output's)")
	review := flag.Bool("ambiguous", false, "print the names shared by countries")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("countries/gen: ")
	dir := *input
	if dir == "" {
		dir = filepath.Dir(*output)
	}
	data, err := os.ReadFile(filepath.Join(dir, "countries.csv"))
	if err != nil {
		log.Fatal(err)
	}
	rules, err := os.ReadFile(filepath.Join(dir, "mentions.csv"))
	if err != nil {
		log.Fatal(err)
	}
	if *review {
		amb, err := tablegen.Ambiguous(bytes.NewReader(data))
		if err != nil {
			log.Fatal(err)
		}
		for _, a := range amb {
			fmt.Println(a)
		}
	}
	src, err := tablegen.Generate(bytes.NewReader(data), bytes.NewReader(rules))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*output, src, 0o666); err != nil {
		log.Fatal(err)
	}
}
