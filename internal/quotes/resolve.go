package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// register records the people a sentence names: runs of capitalised words
// of at least two words, or one word after a title, with the titles and
// attributes given before them ("Chilean Foreign Minister Marta Salas")
// or in an apposition after them ("Marta Salas, the foreign minister,").
func (x *extractor) register(toks []tok) {
	for i := 0; i < len(toks); {
		if toks[i].kind != kWord || !isCapitalised(toks[i].s) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].kind == kWord &&
			(isCapitalised(toks[j].s) || particles[toks[j].lower] && j+1 < len(toks) && isCapitalised(toks[j+1].s)) {
			j++
		}
		x.registerRun(toks, i, j)
		i = j
	}
}

func (x *extractor) registerRun(toks []tok, i, j int) {
	// Words a sentence opens with are capitalised anyway.
	for i < j && (determiners[toks[i].lower] || openers[toks[i].lower] || preps[toks[i].lower] || pronouns[toks[i].lower]) {
		i++
	}
	var attrs []string
	// Titles and attributes written in lower case before the run
	// ("top Iranian general Qassem Soleimani").
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks[k]
		if t.kind != kWord || !(titles[t.lower] || isCapitalised(t.s) && !determiners[t.lower] && !openers[t.lower] && !preps[t.lower]) {
			break
		}
		attrs = append(attrs, t.lower)
	}
	// Leading title words of the run, and capitalised attributes
	// standing before a title ("Iraqi President", "US President").
	n := i
	for n < j && (titles[toks[n].lower] || n+1 < j && titles[toks[n+1].lower]) {
		attrs = append(attrs, strings.TrimSuffix(toks[n].lower, "."))
		n++
	}
	name := toks[n:j]
	if len(name) == 0 || len(name) == 1 && n == i {
		return
	}
	// An apposition: ", deputy commander of ..." or ", the foreign minister,".
	if j+1 < len(toks) && toks[j].kind == kPunct && toks[j].s == "," && toks[j+1].kind == kWord && !isCapitalised(toks[j+1].s) {
		for k := j + 1; k < len(toks) && k < j+8; k++ {
			t := toks[k]
			if t.kind != kWord || stops[t.lower] || verbs[t.lower] {
				break
			}
			if !determiners[t.lower] {
				attrs = append(attrs, t.lower)
			}
		}
	}
	p := person{name: join(name), attrs: attrs}
	// A person named again moves to the end, keeping every attribute.
	for k := range x.people {
		if x.people[k].name == p.name {
			old := x.people[k]
			for _, a := range old.attrs {
				if !slices.Contains(p.attrs, a) {
					p.attrs = append(p.attrs, a)
				}
			}
			p.words = old.words
			x.people = append(slices.Delete(x.people, k, k+1), p)
			return
		}
	}
	for _, t := range name {
		p.words = append(p.words, t.lower)
	}
	if len(x.people) == maxPeople {
		x.people = slices.Delete(x.people, 0, 1)
	}
	x.people = append(x.people, p)
}

// resolve returns the fullest name np refers to, or "".
func (x *extractor) resolve(np string) string {
	words := strings.Fields(np)
	if len(words) == 0 {
		return ""
	}
	lw := make([]string, len(words))
	for k, w := range words {
		lw[k] = strings.TrimSuffix(strings.ToLower(w), ".")
	}
	switch {
	case len(lw) == 1 && (lw[0] == "he" || lw[0] == "she"):
		return x.last
	case len(lw) == 1 && pronouns[lw[0]]:
		return ""
	case lw[0] == "a" || lw[0] == "an" || lw[0] == "another" || lw[0] == "one":
		return "" // an anonymous speaker
	case determiners[lw[0]]:
		return x.describe(lw[1:])
	}
	// A name, perhaps with titles, roles or an honorific before it.
	k := 0
	for k < len(lw)-1 && (titles[lw[k]] || !isCapitalised(words[k]) || k+1 < len(lw)-1 && titles[lw[k+1]]) {
		k++
	}
	if !isCapitalised(words[k]) || !isCapitalised(words[len(words)-1]) {
		return "" // a group: "officials", "local traders"
	}
	words, lw = words[k:], lw[k:]
	best := -1
	for p := len(x.people) - 1; p >= 0; p-- {
		if containsAll(x.people[p].words, lw) && (best < 0 || len(x.people[p].words) > len(x.people[best].words)) {
			best = p
		}
	}
	if best >= 0 {
		return x.people[best].name
	}
	return strings.Join(words, " ")
}

// known reports whether name is a person registered so far.
func (x *extractor) known(name string) bool {
	for _, p := range x.people {
		if p.name == name {
			return true
		}
	}
	return false
}

// describe resolves a definite description ("the Chilean leader") to the
// latest person whose titles and attributes hold each of its words, a
// generic head word excepted.
func (x *extractor) describe(words []string) string {
	var need []string
	for k, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if k == len(words)-1 && generic[w] {
			continue
		}
		need = append(need, w)
	}
	if len(need) == 0 {
		return ""
	}
	for p := len(x.people) - 1; p >= 0; p-- {
		if containsAll(x.people[p].attrs, need) {
			return x.people[p].name
		}
	}
	return ""
}

func containsAll(have, need []string) bool {
	for _, w := range need {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// isAdverb reports whether t may stand between a speaker and a verb.
func isAdverb(t tok) bool {
	if adverbs[t.lower] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.s)
	return unicode.IsLower(r) && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly")
}

// Verbs lists the attribution verbs, in lower case, that introduce quoted
// speech. "according to" is recognised as a phrase besides these.
var Verbs = []string{
	"acknowledged", "added", "adding", "adds", "admitted", "agreed", "announced", "argued", "argues",
	"asked", "asking", "asks", "assured", "cautioned", "claimed", "commented", "complained", "conceded",
	"concluded", "confirmed", "contended", "continued", "countered", "declared", "denied", "emphasised",
	"emphasized", "exclaimed", "explained", "explaining", "insisted", "insisting", "insists", "joked",
	"lamented", "maintained", "noted", "noting", "observed", "pledged", "posted", "predicted", "promised",
	"recalled", "reiterated", "remarked", "replied", "reported", "responded", "said", "say", "saying",
	"says", "shouted", "stated", "stressed", "suggested", "tells", "told", "telling", "tweeted", "urged",
	"vowed", "warned", "warning", "warns", "whispered", "wrote", "writes", "writing",
}

var verbs = set(Verbs...)

var otherVerbs = set("is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can",
	"should", "may", "might", "must", "did", "does", "do", "spoke", "speaks", "called", "calls", "described",
	"describes", "dismissed", "praised", "welcomed", "rejected", "accused", "hailed", "expressed", "voiced",
	"denounced", "condemned", "referred", "talked", "used", "remained", "sees", "saw", "gave", "made",
	"took", "met", "went", "came", "credited", "answered", "blamed", "criticised", "criticized", "branded",
	"labelled", "labeled", "threatened", "voted", "who", "which", "spoke", "insisted", "feared", "hoped",
	"believes", "believed", "thinks", "thought", "wants", "wanted", "likened", "compared", "mocked")

var adverbs = set("also", "later", "then", "again", "once", "previously", "earlier", "further", "simply",
	"repeatedly", "reportedly", "recently", "separately", "bluntly", "flatly", "firmly", "only", "still",
	"now", "quickly", "told")

var stops = set("in", "on", "at", "before", "after", "when", "while", "who", "which", "during", "to", "as",
	"from", "for", "with", "by", "that", "and", "but", "because", "of", "into", "about", "than", "if",
	"though", "although", "since", "until", "whether", "where", "it", "there", "this", "not", "over",
	"under", "between", "through")

var pronouns = set("he", "she", "they", "we", "i")

var determiners = set("the", "a", "an", "another", "one", "its", "his", "her", "their", "our", "these",
	"those", "some", "several", "many", "two", "three")

var particles = set("al", "el", "bin", "ibn", "van", "von", "de", "da", "der", "den", "du", "la", "le",
	"dos", "das", "del", "di", "ter")

var openers = set("but", "and", "yet", "so", "however", "still", "meanwhile", "instead", "then", "also",
	"now", "later", "earlier", "separately")

var preps = set("on", "in", "at", "after", "before", "during", "since", "until", "speaking", "asked",
	"when", "while", "as", "with", "for", "from", "following", "despite", "by", "last", "this")

var titles = set("president", "vice", "prime", "minister", "secretary", "general", "gen", "lieutenant",
	"colonel", "col", "major", "captain", "admiral", "commander", "chief", "director", "chairman",
	"chairwoman", "chair", "ceo", "governor", "gov", "mayor", "senator", "sen", "representative", "rep",
	"congressman", "congresswoman", "ambassador", "spokesman", "spokeswoman", "spokesperson", "king",
	"queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi", "imam", "sheikh", "judge",
	"justice", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "foreign", "defence", "defense",
	"interior", "finance", "health", "deputy", "acting", "former", "top", "chancellor", "premier", "sultan",
	"emir", "coach", "analyst", "economist", "researcher", "officer", "inspector", "sergeant", "lawyer",
	"attorney", "prosecutor", "striker", "midfielder", "defender", "goalkeeper", "winger", "author",
	"scientist", "activist", "candidate", "opposition", "union", "head", "executive", "founder", "manager", "editor", "leader", "mp", "envoy")

var generic = set("leader", "official", "politician", "man", "woman", "person", "figure", "veteran")
