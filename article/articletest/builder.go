package articletest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"

	"github.com/newsmodel/news/article"
	"github.com/newsmodel/news/countries"
	"github.com/newsmodel/news/internal/agencies"
	"github.com/newsmodel/news/tags"
)

// A Builder describes the synthetic articles it builds. The zero Builder
// builds a valid four-paragraph English article from seed 0. Builders are
// values: the same Builder always builds the same article, byte for byte in
// every format, and a Builder is safe for concurrent use.
type Builder struct {
	// Seed chooses the article. Zero is a seed like any other.
	Seed uint64
	// Paragraphs is the number of body paragraphs. Zero: 4.
	Paragraphs int
	// Precision is the precision of Published and Modified. Zero:
	// [article.Minute]. [article.Day] or coarser gives zone-less calendar
	// dates, as a page printing "March 3, 2025" does.
	Precision article.Precision
	// Zoneless makes the times of minute precision or finer zone-less, as
	// a page printing "10:30" without zone does. Zero: times carry a zone
	// offset.
	Zoneless bool
	// Base is the earliest Published time. Zero: 2024-01-01 00:00 UTC;
	// Published falls within two years of it.
	Base time.Time
	// NoQuotes leaves the article's Quotes empty instead of filling them
	// with [article.ExtractQuotes]. The body holds quotations either way.
	NoQuotes bool
}

// Article returns a new valid article: a headline, a summary, the body
// paragraphs (with quotations of invented people and mentions of real
// countries in invented places), one or two authors, Published and
// Modified at the chosen precision, a section, coded tags, the declared
// countries (those the text mentions), a source from the agency registry
// that ships with the module, the language (English) and a URL under
// news.example.com, and the quotes [article.ExtractQuotes] finds.
//
// People, places, organisations and events are invented; countries and
// agencies are real. The article passes [article.Article.Validate] and is
// unchanged by [article.Normalize].
func (b Builder) Article() *article.Article {
	r := rand.New(rand.NewPCG(b.Seed, 0x61727469636c65)) // "article"
	n := b.Paragraphs
	if n <= 0 {
		n = 4
	}
	prec := b.Precision
	if prec == article.Unknown || prec > article.Subsecond {
		prec = article.Minute
	}
	base := b.Base
	if base.IsZero() {
		base = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}

	// The cast: two speakers and a place, all invented; two countries.
	s1, s2 := person(r), person(r)
	for s2.last == s1.last {
		s2 = person(r)
	}
	place := pick(r, places)
	c1 := pick(r, countryPool)
	c2 := pick(r, countryPool)
	for c2 == c1 {
		c2 = pick(r, countryPool)
	}
	topic := pick(r, topics)

	a := &article.Article{
		Language: language.English,
		Headline: fmt.Sprintf("%s %s in %s", topic.subject, pick(r, topic.verbs), place),
	}
	a.Summary = fmt.Sprintf("Officials from %s and %s met in %s to discuss %s.", c1.country().Name(), c2.country().Name(), place, topic.matter)
	slug := strings.ToLower(strings.NewReplacer(" ", "-", "'", "").Replace(a.Headline))
	pub := base.Add(time.Duration(r.IntN(2*365*24*60)) * time.Minute).Add(time.Duration(r.IntN(60)) * time.Second).Add(time.Duration(r.IntN(1000)) * time.Millisecond)
	if prec > article.Day && !b.Zoneless {
		pub = pub.In(zones[r.IntN(len(zones))])
	}
	mod := pub.Add(time.Duration(1+r.IntN(72)) * time.Hour)
	zoned := prec > article.Day && !b.Zoneless
	a.Published = article.NewTime(pub, prec, zoned)
	a.Modified = article.NewTime(mod, prec, zoned)
	a.URL = fmt.Sprintf("https://news.example.com/%04d/%02d/%s-%d", pub.Year(), pub.Month(), slug, b.Seed%100000)
	a.Section = []string{"World", c1.region}

	a.Authors = []article.Person{{Name: person(r).full()}}
	if r.IntN(2) == 0 {
		// A second author is a different person: readers merge a name
		// credited twice.
		second := person(r).full()
		for second == a.Authors[0].Name {
			second = person(r).full()
		}
		a.Authors = append(a.Authors, article.Person{Name: second})
	}

	var ts tags.Set
	ts.Add(tags.Tag{Code: topic.code, Name: topic.name})
	ts.Add(tags.Tag{Code: "ZZZ-GEO-" + strings.ToUpper(c1.code), Name: c1.country().Name()})
	a.Tags = ts
	a.Countries = countries.SetOf(c1.country(), c2.country())
	if src, ok := agency(r); ok {
		a.Sources = []article.Source{src}
	}

	// The body: the first paragraph names the speakers in full, later ones
	// quote them by surname.
	paras := make([]string, 0, n)
	paras = append(paras, fmt.Sprintf("Delegations from %s and %s gathered in %s on %s to discuss %s, according to organisers.",
		c1.country().Name(), c2.country().Name(), place, pub.Weekday(), topic.matter))
	speakers := [2]name{s1, s2}
	introduced := [2]bool{}
	// Each quotation is said once: readers of some formats find a quote
	// by its text.
	order := r.Perm(len(sentences))
	for i := 1; i < n; i++ {
		k := i % 2
		s := speakers[k]
		sentence := sentences[order[(i-1)%len(order)]]
		if i > len(sentences) {
			sentence += fmt.Sprintf(" in week %d", i)
		}
		form := r.IntN(4)
		if !introduced[k] && form != 3 {
			form = 0
			introduced[k] = true
		}
		switch form {
		case 0:
			paras = append(paras, fmt.Sprintf("“%s,” said %s, %s.", sentence, s.full(), pick(r, titles)))
		case 1:
			paras = append(paras, fmt.Sprintf("“%s,” %s said.", sentence, s.last))
		case 2:
			paras = append(paras, fmt.Sprintf("%s said: “%s.”", s.last, sentence))
		default:
			paras = append(paras, fmt.Sprintf("A %s delegation in %s described the talks as %s.", c2.demonym, place, pick(r, adjectives)))
		}
	}
	for _, p := range paras {
		a.Body = append(a.Body, article.Block{Text: p})
	}
	if !b.NoQuotes {
		article.ExtractQuotes(a)
	}
	return a
}

// Articles returns n articles built from seeds b.Seed, b.Seed+1, ...
func (b Builder) Articles(n int) []*article.Article {
	as := make([]*article.Article, n)
	for i := range as {
		c := b
		c.Seed = b.Seed + uint64(i)
		as[i] = c.Article()
	}
	return as
}

type name struct{ first, last string }

func (n name) full() string { return n.first + " " + n.last }

func person(r *rand.Rand) name { return name{pick(r, firstNames), pick(r, lastNames)} }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

var zones = []*time.Location{
	time.UTC,
	time.FixedZone("", 2*3600),
	time.FixedZone("", -5*3600),
	time.FixedZone("", 5*3600+1800),
}

// Invented names: none belongs to a real public figure.
var firstNames = []string{"Amara", "Teodor", "Lusine", "Okello", "Marisol", "Jonas", "Ilka", "Rafael", "Nadia", "Kofi", "Eliska", "Tomasz", "Yara", "Bruno", "Selin", "Ravi"}
var lastNames = []string{"Okafor", "Varga", "Lindqvist", "Mbeki-Tarn", "Quispe", "Halloran", "Dervisi", "Tanaquil", "Ferreira", "Ostrand", "Kalnins", "Abernathy", "Sorvino", "Wendt", "Achterberg", "Nakagawa"}

// Invented places.
var places = []string{"Lake Varo", "Port Meridan", "Calverhold", "Tessaly Bay", "Orrin Falls", "Kestrel Point", "Ambervale", "Dunmore Reach"}

type countryEntry struct {
	code, demonym, region string
}

func (c countryEntry) country() countries.Country { return countries.MustParse(c.code) }

// Real countries whose names and demonyms are unambiguous in text.
var countryPool = []countryEntry{
	{"KE", "Kenyan", "Africa"}, {"GH", "Ghanaian", "Africa"}, {"PE", "Peruvian", "Americas"},
	{"CL", "Chilean", "Americas"}, {"NO", "Norwegian", "Europe"}, {"PT", "Portuguese", "Europe"},
	{"JP", "Japanese", "Asia"}, {"MN", "Mongolian", "Asia"}, {"CA", "Canadian", "Americas"},
	{"FI", "Finnish", "Europe"}, {"VN", "Vietnamese", "Asia"}, {"SN", "Senegalese", "Africa"},
}

type topic struct {
	code, name, subject, matter string
	verbs                       []string
}

// Invented tag codes under the ZZZ scheme, which no vocabulary uses.
var topics = []topic{
	{"ZZZ-ECON-FISH", "Fisheries", "Fishing cooperatives", "shared fishing quotas", []string{"agree shared quota", "reject quota cuts"}},
	{"ZZZ-ENV-WATER", "Water management", "River authorities", "water rights along the border", []string{"sign water accord", "delay dam plan"}},
	{"ZZZ-TRADE-PORTS", "Ports and shipping", "Port operators", "a new customs corridor", []string{"open customs corridor", "extend port hours"}},
	{"ZZZ-HEALTH-CLINIC", "Public health", "Clinic networks", "rural vaccination routes", []string{"expand rural clinics", "share vaccine stocks"}},
}

var titles = []string{"the regional trade commissioner", "a spokesperson for the delegation", "the harbour authority chair", "the deputy minister for fisheries"}

var sentences = []string{
	"We have agreed on a timetable that both sides can keep",
	"Nobody expects the first season to be easy",
	"The numbers will be published every quarter",
	"This is the start of the work, not the end of it",
	"Our inspectors will be on the quays from next month",
	"The communities along the shore asked for this",
	"We will not sign anything the fishermen have not read",
	"The border should be a meeting place, not a wall",
	"Every lorry will be checked once, not twice",
	"I expect the first report before the rains",
}

var adjectives = []string{"constructive", "difficult but useful", "long overdue", "cautious"}

// agencySources are the registry's agencies whose acronym resolves back to
// them without hints, so that every format that credits a source by its
// acronym reads the same Source back.
var agencySources = sync.OnceValue(func() []article.Source {
	var out []article.Source
	for ag := range agencies.All() {
		if ag.URL == "" || len(out) >= 40 {
			continue
		}
		src, err := article.LookupSource(ag.Acronym, article.Hints{})
		if err != nil || src.Name != ag.Name {
			continue
		}
		out = append(out, src)
	}
	return out
})

func agency(r *rand.Rand) (article.Source, bool) {
	srcs := agencySources()
	if len(srcs) == 0 {
		return article.Source{}, false
	}
	return srcs[r.IntN(len(srcs))], true
}
