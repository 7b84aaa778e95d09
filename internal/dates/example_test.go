package dates_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/newsmodel/news/internal/dates"
)

func ExampleParse() {
	for _, s := range []string{
		"January 24, 2020",
		"Friday, January 24, 2020 3:45 PM EST",
		"24. März 2020",
		"2020-01-24T15:45:00+03:00",
		"Fri, 24 Jan 2020 15:45:00 GMT",
	} {
		v, err := dates.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-9s zoned=%-5v %s\n", v.Precision, v.Zoned, v)
	}
	// Output:
	// day       zoned=false 2020-01-24
	// minute    zoned=true  2020-01-24T15:45-05:00
	// day       zoned=false 2020-03-24
	// second    zoned=true  2020-01-24T15:45:00+03:00
	// second    zoned=true  2020-01-24T15:45:00Z
}

func ExampleOptions_Parse() {
	o := dates.Options{Reference: time.Date(2020, 1, 24, 15, 45, 0, 0, time.UTC)}
	for _, s := range []string{"3 hours ago", "yesterday", "vor 2 Tagen", "Jan 23"} {
		v, _ := o.Parse(s)
		fmt.Println(v)
	}
	// Without a reference, relative dates fail and the caller keeps the text.
	_, err := dates.Parse("3 hours ago")
	fmt.Println(errors.Is(err, dates.ErrRelative))
	// Output:
	// 2020-01-24T12:45Z
	// 2020-01-23
	// 2020-01-22
	// 2020-01-23
	// true
}

func ExampleOptions_Parse_order() {
	us, _ := dates.Parse("01/02/2020")
	eu, _ := dates.Options{Order: dates.DayFirst}.Parse("01/02/2020")
	clear, _ := dates.Parse("24/01/2020")
	fmt.Println(us, eu, clear)
	// Output: 2020-01-02 2020-02-01 2020-01-24
}

func ExampleParseISO() {
	for _, s := range []string{"2020", "2020-01", "2020-01-24", "2020-01-24T15:45", "2020-01-24T15:45:00.5Z", "2020-02-30"} {
		v, err := dates.ParseISO(s)
		fmt.Println(v.Precision, v, err)
	}
	// Output:
	// year 2020 <nil>
	// month 2020-01 <nil>
	// day 2020-01-24 <nil>
	// minute 2020-01-24T15:45 <nil>
	// subsecond 2020-01-24T15:45:00.500Z <nil>
	// unknown  dates: parsing "2020-02-30": column 9: day out of range
}

func ExampleParseError() {
	_, err := dates.Parse("January 32, 2020")
	var pe *dates.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Column, errors.Is(err, dates.ErrRange))
	}
	fmt.Println(err)
	// Output:
	// 9 true
	// dates: parsing "January 32, 2020": column 9: day out of range
}

func ExampleValue_AppendISO() {
	v, _ := dates.Parse("24 janvier 2020 à 15h45")
	fmt.Println(string(v.AppendISO([]byte("published="))))
	// Output: published=2020-01-24T15:45
}

func ExampleParseRFC822() {
	v, err := dates.ParseRFC822("Fri, 24 Jan 2020 15:45:00 -0500")
	fmt.Println(v, err)
	_, err = dates.ParseRFC822("Friday, January 24, 2020")
	fmt.Println(errors.Is(err, dates.ErrSyntax))
	// Output:
	// 2020-01-24T15:45:00-05:00 <nil>
	// true
}
