package ninjs_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/newsmodel/news/article/ninjs"
)

func ExampleParse() {
	d, err := ninjs.Parse([]byte(`{
		"uri": "urn:newsml:northwind-press.example:20240711:nwp0042",
		"type": "text",
		"versioncreated": "2024-07-11T09:42:17Z",
		"headlines": [{"role": "main", "value": "Port Verel opens third ferry berth"}],
		"subjects": [{"name": "maritime transport", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000357"}],
		"x-desk": "harbour"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Version, d.Type, d.Headlines[0].Value)
	fmt.Println(d.Subjects[0].Name)
	x, _ := d.Extra.Get("x-desk")
	fmt.Println("kept:", string(x))
	// Output:
	// 2.2 text Port Verel opens third ferry berth
	// maritime transport
	// kept: "harbour"
}

func ExampleReadOptions() {
	doc := []byte(`{"uri": "urn:x:1", "versioncreated": "2019-09-24"}`)
	// Most documents do not say their version: the caller does.
	d, _ := ninjs.ReadOptions{Version: ninjs.Version14}.Parse(doc)
	fmt.Println(d.Version)
	// Without a version, the spelling of the keys decides, else 2.2.
	d, _ = ninjs.Parse([]byte(`{"uri": "urn:x:1", "versionCreated": "2024-07-11T09:00:00Z"}`))
	fmt.Println(d.Version)
	d, _ = ninjs.Parse([]byte(`{"uri": "urn:x:1"}`))
	fmt.Println(d.Version)
	// Output:
	// 1.4
	// 3.1
	// 2.2
}

func ExampleValidate() {
	d, _ := ninjs.Parse([]byte(`{
		"type": "text",
		"pubstatus": "cancelled",
		"subjects": [{"name": "sailing", "relevance": 120}]
	}`))
	err := ninjs.Validate(d)
	fmt.Println(errors.Is(err, ninjs.ErrRequired), errors.Is(err, ninjs.ErrEnum))
	fmt.Println(err)
	// Output:
	// true true
	// ninjs: /uri: missing required member
	// ninjs: /pubstatus: "cancelled" is not one of usable, withheld, canceled
	// ninjs: /subjects/0/relevance: 120 is above the maximum 100
}

func ExampleWriteOptions_Write() {
	d := &ninjs.Document{
		URI:            "urn:newsml:northwind-press.example:20240711:nwp0042",
		Type:           "text",
		VersionCreated: "2024-07-11T09:42:17Z",
		InfoSources:    []ninjs.Entity{{Name: "Northwind Press Agency", Role: "originfo"}},
	}
	for _, v := range []ninjs.Version{ninjs.Version22, ninjs.Version31} {
		if err := (ninjs.WriteOptions{Version: v}).Write(os.Stdout, d); err != nil {
			fmt.Println(err)
		}
		fmt.Println()
	}
	// Output:
	// {"uri":"urn:newsml:northwind-press.example:20240711:nwp0042","type":"text","versioncreated":"2024-07-11T09:42:17Z","infosources":[{"name":"Northwind Press Agency","role":"originfo"}]}
	// {"uri":"urn:newsml:northwind-press.example:20240711:nwp0042","type":"text","versionCreated":"2024-07-11T09:42:17Z","infoSources":[{"name":"Northwind Press Agency","role":"originfo"}]}
}

func ExampleWriteOptions_Append_unsupported() {
	d := &ninjs.Document{
		URI:  "urn:x:event",
		Type: "event",
		EventDetails: &ninjs.EventDetails{
			Dates: &ninjs.Dates{ExpectedStartDate: "2024-08"},
		},
	}
	_, err := ninjs.WriteOptions{Version: ninjs.Version22}.Append(nil, d)
	fmt.Println(err)
	out, _ := ninjs.WriteOptions{Version: ninjs.Version31}.Append(nil, d)
	fmt.Println(string(out))
	// Output:
	// ninjs: /eventDetails: ninjs 2.x has no such member
	// {"uri":"urn:x:event","type":"event","eventDetails":{"dates":{"expectedStartDate":"2024-08"}}}
}

func ExampleDateTime_Time() {
	for _, s := range []ninjs.DateTime{"2024-08", "2024-08-29T18:00:00+02:00"} {
		t, p, zoned, err := s.Time()
		fmt.Println(t.Format("2006-01-02 15:04 -0700"), p, zoned, err)
	}
	// Output:
	// 2024-08-01 00:00 +0000 month false <nil>
	// 2024-08-29 18:00 +0200 second true <nil>
}
