package hostile

import (
	"math/rand/v2"
	"strings"
)

// NewsText returns n bytes of synthetic English news prose with country
// names, demonyms and abbreviations among ordinary words, for benchmarks of
// the text scanners and their peers. It is deterministic.
func NewsText(n int) string {
	words := strings.Fields(`the minister said on Monday that talks would resume after a
	week of pressure from lawmakers and officials who asked for more time to review the
	agreement signed last year by both governments while analysts warned of delays in
	the delivery of aid to the region where thousands of families have been displaced
	by fighting The spokesman told reporters in a statement that the company expected
	growth to slow as prices rose and demand for exports fell sharply during the third
	quarter according to figures released by the central bank on Thursday evening`)
	names := []string{"Iraq", "United States", "France", "Germany", "Iraqi", "Americans",
		"U.S.", "UK", "China", "Brazil", "South Africa", "Nigeria", "Japanese", "Russia",
		"Ukraine", "Democratic Republic of the Congo", "Côte d'Ivoire", "Swiss", "Mexico",
		"Jordan", "Chad Smith", "North Korea", "Turkey", "India", "Indonesia", "Kenyan"}
	caps := []string{"Reuters", "Monday", "The", "President", "Anna Varga", "Ministry",
		"Central Bank", "Ostrava Daily", "He", "She", "It", "Parliament"}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		switch x := r.IntN(100); {
		case x < 4:
			b.WriteString(names[r.IntN(len(names))])
		case x < 14:
			b.WriteString(caps[r.IntN(len(caps))])
		default:
			b.WriteString(words[r.IntN(len(words))])
		}
		if r.IntN(12) == 0 {
			b.WriteString(". ")
		} else if r.IntN(15) == 0 {
			b.WriteString(", ")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()[:n]
}
