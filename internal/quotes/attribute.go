package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	kWord tkind = iota
	kPunct
	kQuote
)

// tok is a word, a punctuation mark or a whole quotation.
type tok struct {
	kind  tkind
	s     string // the word or punctuation as written
	lower string // the word in lower case
	q     int    // quotation index, for kQuote
}

// extractor walks the paragraphs once, in order, attributing quotations
// and tracking the people named so far.
type extractor struct {
	paras  []string
	spans  []span
	quotes []Quote

	seen   []bool // spanning quotations already met where they open
	people []person
	last   string // the latest person who spoke or was a named subject
}

type person struct {
	name  string
	words []string // lower-case words of name
	attrs []string // lower-case titles and attributes
}

const maxPeople = 256

func (x *extractor) run() {
	x.seen = make([]bool, len(x.spans))
	si := 0 // next span to tokenize
	var toks []tok
	for p := range x.paras {
		toks = toks[:0]
		start := 0
		if si > 0 {
			prev := x.spans[si-1]
			if prev.para < p && prev.endPara > p {
				continue // wholly inside a quotation
			}
			if prev.para < p && prev.endPara == p {
				// The end of a quotation that began earlier stands first.
				toks = append(toks, tok{kind: kQuote, q: si - 1})
				start = prev.close
			}
		}
		toks, si = x.tokenize(toks, p, start, si)
		for _, sent := range sentences(toks) {
			x.sentence(sent)
		}
	}
}

// tokenize appends the tokens of paragraph p from byte start, turning each
// quotation into one token.
func (x *extractor) tokenize(toks []tok, p, start, si int) ([]tok, int) {
	text := x.paras[p]
	for i := start; i < len(text); {
		if si < len(x.spans) && x.spans[si].para == p && x.spans[si].open == i {
			s := x.spans[si]
			toks = append(toks, tok{kind: kQuote, q: si})
			si++
			if s.endPara != p {
				return toks, si
			}
			i = s.close
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, m := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) || ((r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.') && j+m < len(text) && isWordStart(text[j+m:])) {
					j += m
					continue
				}
				break
			}
			w := text[i:j]
			// Keep the final period of initialisms such as "U.S.".
			if j < len(text) && text[j] == '.' && strings.Contains(w, ".") {
				j++
				w = text[i:j]
			}
			toks = append(toks, tok{kind: kWord, s: w, lower: strings.ToLower(w)})
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			toks = append(toks, tok{kind: kPunct, s: text[i : i+n]})
			i += n
		}
	}
	return toks, si
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// sentences splits a paragraph's tokens at sentence ends.
func sentences(toks []tok) [][]tok {
	var out [][]tok
	start := 0
	for i, t := range toks {
		end := false
		switch t.kind {
		case kPunct:
			if t.s == "." || t.s == "!" || t.s == "?" || t.s == "…" {
				end = i+1 == len(toks) || startsSentence(toks[i+1])
				if t.s == "." && i > 0 && toks[i-1].kind == kWord && isAbbrev(toks[i-1]) {
					end = false
				}
			}
		}
		if end {
			out = append(out, toks[start:i+1])
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

func startsSentence(t tok) bool {
	if t.kind == kQuote {
		return true
	}
	if t.kind != kWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

var abbrevs = set("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov",
	"st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
	"inc", "co", "corp", "ltd", "jr", "sr", "mt", "ft", "rev", "gens", "adm", "cmdr", "maj", "pres")

func isAbbrev(t tok) bool {
	if utf8.RuneCountInString(t.s) == 1 {
		r, _ := utf8.DecodeRuneInString(t.s)
		return unicode.IsUpper(r) // an initial: "John F. Kennedy"
	}
	return abbrevs[t.lower]
}

// sentence attributes the quotations of one sentence and then records the
// people it names.
func (x *extractor) sentence(toks []tok) {
	var ready []int // quotations to resolve after this sentence
	for i, t := range toks {
		if t.kind != kQuote {
			continue
		}
		q := &x.quotes[t.q]
		if x.spans[t.q].para != x.spans[t.q].endPara {
			// A quotation spanning paragraphs is seen twice: where it
			// opens (attribution before it) and where it ends
			// (attribution after it). It is full quoted speech.
			q.Partial = false
			if !x.seen[t.q] {
				x.seen[t.q] = true
				x.attributeBefore(q, toks[:i])
				continue
			}
			if q.Speaker == "" {
				x.attributeAfter(q, toks[i+1:])
			}
			ready = append(ready, t.q)
			continue
		}
		q.Partial = x.partial(q, toks, i)
		x.attributeAfter(q, toks[i+1:])
		if q.Speaker == "" {
			x.attributeBefore(q, toks[:i])
		}
		if q.Speaker == "" && q.Partial {
			q.Speaker = partialSpeaker(toks[:i])
			if q.Speaker == "" {
				q.Speaker, _ = subject(toks)
			}
		}
		ready = append(ready, t.q)
	}
	x.register(toks)
	for _, k := range ready {
		q := &x.quotes[k]
		if q.Speaker != "" {
			q.Resolved = x.resolve(q.Speaker)
			if q.Resolved != "" {
				x.last = q.Resolved
			}
		}
	}
	// The named subject of a sentence, or of an attribution verb, becomes
	// the latest person even without a quotation ("Okafor said that ...").
	if np, ok := subject(toks); ok && !isDescription(np) && isCapitalised(np) {
		if r := x.resolve(np); r != "" && x.known(r) {
			x.last = r
		}
	}
	for i, t := range toks {
		if t.kind == kWord && verbs[t.lower] && i > 0 {
			if np, ok := npBefore(toks[:i]); ok && !isDescription(np) {
				if r := x.resolve(np); r != "" {
					x.last = r
				}
			}
		}
	}
}

// partial reports whether the quotation at toks[i] is a partial quotation.
func (x *extractor) partial(q *Quote, toks []tok, i int) bool {
	if endsSentencePunct(q.Text) {
		return false
	}
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	if prev.kind == kPunct && (prev.s == ":" || prev.s == "," && i > 1 && toks[i-2].kind == kWord && verbs[toks[i-2].lower]) {
		return false
	}
	if prev.kind == kWord && (verbs[prev.lower] || prev.lower == "that" && i > 1 && verbs[toks[i-2].lower]) {
		return false
	}
	return true
}

func endsSentencePunct(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case ',', '.', '?', '!', '…', ';', ':':
		return true
	}
	return false
}

// attributeAfter applies rule 1: the words right after the closing mark.
func (x *extractor) attributeAfter(q *Quote, after []tok) {
	if len(after) > 0 && after[0].kind == kPunct && after[0].s == "," {
		after = after[1:]
	}
	if len(after) == 0 || after[0].kind != kWord {
		return
	}
	if after[0].lower == "according" && len(after) > 1 && after[1].lower == "to" {
		if np := npAfter(after[2:]); np != "" {
			q.Speaker, q.Verb = np, "according to"
		}
		return
	}
	if verbs[after[0].lower] {
		if np := npAfter(after[1:]); np != "" {
			q.Speaker, q.Verb = np, after[0].lower
		}
		return
	}
	// "X said", with at most one adverb between.
	for j := 1; j < len(after) && j <= 7; j++ {
		t := after[j]
		if t.kind != kWord {
			return
		}
		if verbs[t.lower] {
			end := j
			if adverbs[after[j-1].lower] && j > 1 {
				end = j - 1
			}
			if np, ok := phrase(after[:end]); ok {
				q.Speaker, q.Verb = np, t.lower
			}
			return
		}
	}
}

// attributeBefore applies rule 2: the words before the opening mark.
func (x *extractor) attributeBefore(q *Quote, before []tok) {
	// "According to X, “…”"
	if len(before) > 2 && before[0].lower == "according" && before[1].lower == "to" {
		end := len(before)
		if before[end-1].kind == kPunct && before[end-1].s == "," {
			end--
		}
		if np, ok := phrase(before[2:end]); ok {
			q.Speaker, q.Verb = np, "according to"
			return
		}
	}
	end := len(before)
	for end > 0 && before[end-1].kind == kPunct && (before[end-1].s == ":" || before[end-1].s == ",") {
		end--
	}
	if end > 0 && before[end-1].lower == "that" {
		end--
	}
	// "Okafor told reporters: “…”": the verb may stand before its object.
	if end < len(before) && before[end].s == ":" {
		for k := end - 1; k >= 0 && k >= end-4 && before[k].kind == kWord; k-- {
			if verbs[before[k].lower] {
				end = k + 1
				break
			}
		}
	}
	if end == 0 || before[end-1].kind != kWord || !verbs[before[end-1].lower] {
		return
	}
	verb := before[end-1].lower
	if strings.HasSuffix(verb, "ing") {
		// A participle ("by saying", "adding") has the subject of the
		// main clause.
		np := partialSpeaker(before[:end-1])
		if np == "" {
			np, _ = subject(before)
		}
		if np != "" {
			q.Speaker, q.Verb = np, verb
		}
		return
	}
	if np, ok := npBefore(before[:end-1]); ok {
		q.Speaker, q.Verb = np, verb
		return
	}
	if np, ok := subject(before); ok {
		q.Speaker, q.Verb = np, verb
	}
}

// npAfter reads the noun phrase after an inverted verb ("said Okafor, the
// minister" gives "Okafor").
func npAfter(toks []tok) string {
	end := 0
	for end < len(toks) && end < 6 && toks[end].kind == kWord && !stops[toks[end].lower] && !verbs[toks[end].lower] {
		end++
	}
	if np, ok := phrase(toks[:end]); ok {
		return np
	}
	return ""
}

// npBefore reads the noun phrase ending just before a verb, skipping one
// adverb ("Okafor later said"). A phrase closed by a comma is an
// apposition naming the speaker ("The committee chair, Grace Otieno,
// asked"), and "X of Y said" names X.
func npBefore(toks []tok) (string, bool) {
	end := len(toks)
	if end > 0 && isAdverb(toks[end-1]) {
		end--
	}
	if end > 0 && toks[end-1].kind == kPunct && toks[end-1].s == "," {
		end--
	}
	if end == 0 {
		return "", false
	}
	// The longest acceptable phrase of at most six words ending at end.
	for start := max(0, end-6); start < end; start++ {
		np, ok := phrase(toks[start:end])
		if !ok {
			continue
		}
		if start >= 2 && (toks[start-1].lower == "of" || toks[start-1].lower == "at" || toks[start-1].lower == "from") {
			if head, ok := npBefore(toks[:start-1]); ok && isCapitalised(toks[start].s) {
				return head, true
			}
		}
		return np, true
	}
	return "", false
}

// subject returns the noun phrase a sentence opens with, after a leading
// conjunction or an introductory phrase closed by a comma, when a verb
// follows it.
func subject(toks []tok) (string, bool) {
	i := 0
	if i < len(toks) && toks[i].kind == kWord && openers[toks[i].lower] {
		i++
		if i < len(toks) && toks[i].kind == kPunct && toks[i].s == "," {
			i++
		}
	}
	// "On Wednesday, ..." / "In a statement, ...": skip to after the comma.
	if i < len(toks) && toks[i].kind == kWord && preps[toks[i].lower] {
		for j := i; j < len(toks) && j < i+10; j++ {
			if toks[j].kind == kPunct && toks[j].s == "," {
				i = j + 1
				break
			}
			if toks[j].kind != kWord {
				break
			}
		}
	}
	end := i
	for end < len(toks) && end < i+6 && toks[end].kind == kWord && !isVerbish(toks[end], end == i) && !(end > i && stops[toks[end].lower]) {
		end++
	}
	if end == i || end >= len(toks) {
		return "", false
	}
	if next := toks[end]; next.kind != kWord && !(next.kind == kPunct && next.s == ",") {
		return "", false
	}
	return phrase(toks[i:end])
}

// isVerbish reports whether a word ends a subject noun phrase.
func isVerbish(t tok, first bool) bool {
	if verbs[t.lower] || otherVerbs[t.lower] || adverbs[t.lower] {
		return true
	}
	if first {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.s)
	return unicode.IsLower(r) && strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4
}

// phrase reports whether toks form a noun phrase a person can be, and
// returns it as written.
func phrase(toks []tok) (string, bool) {
	if len(toks) == 0 || len(toks) > 6 {
		return "", false
	}
	for _, t := range toks {
		if t.kind != kWord {
			return "", false
		}
	}
	first := toks[0]
	for _, t := range toks {
		if verbs[t.lower] || otherVerbs[t.lower] {
			return "", false
		}
	}
	switch {
	case len(toks) == 1 && pronouns[first.lower]:
		return first.s, true
	case determiners[first.lower]:
		if len(toks) < 2 {
			return "", false
		}
		for _, t := range toks[1:] {
			if stops[t.lower] || pronouns[t.lower] {
				return "", false
			}
		}
	default:
		// A name, perhaps after role words ("lead author Irina Koval",
		// "Opposition leader Dan Mbeki"), with particles such as "al" or
		// "van" inside; or a group ending in a plural noun ("officials",
		// "Local traders").
		if stops[first.lower] {
			return "", false
		}
		lower := 0
		for _, t := range toks {
			if stops[t.lower] || pronouns[t.lower] {
				return "", false
			}
			if !isCapitalised(t.s) && !particles[t.lower] {
				lower++
			}
		}
		last := toks[len(toks)-1]
		if !isCapitalised(last.s) {
			if !strings.HasSuffix(last.lower, "s") || len(last.lower) < 4 || lower > 2 {
				return "", false
			}
		} else if lower > 3 {
			return "", false
		}
	}
	return join(toks), true
}

func join(toks []tok) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.s)
	}
	return b.String()
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isDescription(np string) bool {
	first, _, _ := strings.Cut(np, " ")
	return determiners[strings.ToLower(first)]
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// partialSpeaker returns the subject of the nearest attribution verb before
// a partial quotation in its sentence ("Dubois said ..., adding that the
// trial had been “rushed”").
func partialSpeaker(before []tok) string {
	for k := len(before) - 1; k > 0; k-- {
		if before[k].kind == kWord && verbs[before[k].lower] && !strings.HasSuffix(before[k].lower, "ing") {
			if np, ok := npBefore(before[:k]); ok {
				return np
			}
		}
	}
	return ""
}
