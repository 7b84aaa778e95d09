package jsonlex

import (
	"fmt"
	"strings"
)

// articleDoc returns a synthetic article-like document of about 5 KB, in
// the shape canonical JSON and ninjs documents take: short keys, a few
// long strings, dates, tags, nested people and sources. All names are
// invented.
func articleDoc() []byte {
	var b strings.Builder
	para := "The council of Vellmar met on Tuesday to discuss the new harbour plan, which its chair, Dana Orlov, described as the largest investment the town has seen in a generation. Opponents said the costs were unclear."
	b.WriteString(`{"id":"urn:newsmodel:3f1c9a7e5d","url":"https://news.example.org/2024/05/07/vellmar-harbour-plan","headline":"Vellmar council backs harbour plan despite cost concerns",`)
	b.WriteString(`"subheadline":"Chair calls it the largest investment in a generation","language":"en-GB",`)
	b.WriteString(`"published":"2024-05-07T09:30:00+02:00","modified":"2024-05-07T11:05:12+02:00","section":["World","Europe"],`)
	b.WriteString(`"authors":[{"name":"Mira Kessel","role":"author","url":"https://news.example.org/staff/mira-kessel"},{"name":"Tomas Rinn","role":"editor"}],`)
	b.WriteString(`"dateline":{"place":"VELLMAR","country":"DE","date":"2024-05-07","agency":"NXA"},`)
	b.WriteString(`"body":[`)
	for i := range 18 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"kind":"paragraph","text":%q}`, para[:120+i*4])
	}
	b.WriteString(`],"tags":[`)
	for i := range 6 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"code":"ECO-INFRA-%02d","name":"Infrastructure %d","relevance":0.%d5,"truncated":%v}`, i, i, 9-i, i%2 == 0)
	}
	b.WriteString(`],"countries":["DE","NL","DK"],"sources":[{"name":"Nordic Example Agency","acronym":"NXA","role":"origin","country":"DK"}],`)
	b.WriteString(`"urgency":3,"revision":2,"copyright":{"holder":"Example News Ltd","notice":"(c) 2024 Example News Ltd"},"embargoed":null,"wordCount":1284}`)
	return []byte(b.String())
}
