package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is one quotation found in the paragraphs.
type Quote struct {
	// Text is the quoted text without its marks. A quotation spanning
	// paragraphs has its parts joined by a single space.
	Text string
	// Speaker is the speaker as written ("Okafor", "the minister", "she"),
	// or "" when no rule finds one.
	Speaker string
	// Resolved is the fullest name the speaker refers to, or "".
	Resolved string
	// Verb is the attribution verb as written in lower case ("said",
	// "told", "according to"), or "".
	Verb string
	// Paragraph is the index of the paragraph holding the opening mark and
	// Start the byte offset of the quoted text in it (just after the mark).
	Paragraph, Start int
	// EndParagraph is the index of the paragraph holding the end of the
	// quoted text and End its byte offset there (just before the closing
	// mark, or the paragraph's length when the quotation runs to its end).
	EndParagraph, End int
	// Partial reports whether the quotation is a partial (scare-quote)
	// quotation inside a sentence rather than full quoted speech.
	Partial bool
}

// Options controls extraction. The zero value is ready to use.
type Options struct {
	// MaxQuotes bounds the number of quotations returned; zero means
	// 100000. Quotations past the bound are not returned.
	MaxQuotes int
}

// Extract returns the quotations in paras with the zero Options.
func Extract(paras []string) []Quote { return Options{}.Extract(paras) }

// Extract returns the quotations in paras in document order.
func (o Options) Extract(paras []string) []Quote {
	max := o.MaxQuotes
	if max <= 0 {
		max = 100000
	}
	spans := findSpans(paras, max)
	if len(spans) == 0 {
		return nil
	}
	x := extractor{paras: paras, spans: spans, quotes: make([]Quote, len(spans))}
	for i, s := range spans {
		// The offsets hold the quoted text exactly, without the spaces
		// inside the marks.
		s.start += len(paras[s.para][s.start:]) - len(strings.TrimLeftFunc(paras[s.para][s.start:], unicode.IsSpace))
		s.end = len(strings.TrimRightFunc(paras[s.endPara][:s.end], unicode.IsSpace))
		if s.para == s.endPara && s.end < s.start {
			s.end = s.start
		}
		x.quotes[i] = Quote{
			Text:         s.text(paras),
			Paragraph:    s.para,
			Start:        s.start,
			EndParagraph: s.endPara,
			End:          s.end,
		}
	}
	x.run()
	// Quoted text and speakers are slices of the input: invalid UTF-8 in
	// it is replaced by U+FFFD, so that no output carries it. Offsets
	// still refer to the input as given.
	for i := range x.quotes {
		q := &x.quotes[i]
		q.Text = strings.ToValidUTF8(q.Text, "\uFFFD")
		q.Speaker = strings.ToValidUTF8(q.Speaker, "\uFFFD")
		q.Resolved = strings.ToValidUTF8(q.Resolved, "\uFFFD")
	}
	return x.quotes
}

// span is one quotation: the opening mark at open in paragraph para, the
// text from start (in para) to end (in endPara), and the byte after the
// closing mark at close in endPara (close == end when unterminated).
type span struct {
	para, open, start int
	endPara, end      int
	close             int
}

func (s span) text(paras []string) string {
	if s.para == s.endPara {
		return strings.TrimSpace(paras[s.para][s.start:s.end])
	}
	var b strings.Builder
	b.WriteString(strings.TrimSpace(paras[s.para][s.start:]))
	for p := s.para + 1; p <= s.endPara; p++ {
		part := paras[p]
		if p == s.endPara {
			part = part[:s.end]
		}
		part = strings.TrimSpace(part)
		// Continuation paragraphs repeat the opening mark.
		if r, n := utf8.DecodeRuneInString(part); n > 0 && closerOf(r) != 0 {
			part = strings.TrimSpace(part[n:])
		}
		if part != "" {
			b.WriteByte(' ')
			b.WriteString(part)
		}
	}
	return b.String()
}

// closerOf returns the set of closing marks for an opening mark as a
// sentinel: the first closer, with '„' accepting both “ and ”.
func closerOf(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '«':
		return '»'
	case '„':
		return '“'
	case '「':
		return '」'
	case '『':
		return '』'
	case '"':
		return '"'
	}
	return 0
}

func closes(open, r rune) bool {
	if open == '„' {
		return r == '“' || r == '”'
	}
	return r == closerOf(open)
}

// findSpans pairs the quotation marks of every paragraph.
func findSpans(paras []string, max int) []span {
	var spans []span
	for p := 0; p < len(paras) && len(spans) < max; p++ {
		text := paras[p]
		for i := 0; i < len(text) && len(spans) < max; {
			r, n := utf8.DecodeRuneInString(text[i:])
			closer := closerOf(r)
			if closer == 0 || r == '”' || r == '»' || r == '」' || r == '』' {
				i += n
				continue
			}
			s, next, ok := pairFrom(paras, p, i, r, n)
			if !ok {
				i += n
				continue
			}
			spans = append(spans, s)
			if s.endPara != p {
				// Resume after the closing mark in the later paragraph.
				p = s.endPara
				text = paras[p]
			}
			i = next
		}
	}
	return spans
}

// pairFrom finds the closing mark for the opening mark r at i in paragraph
// p, following continuation paragraphs.
func pairFrom(paras []string, p, i int, open rune, n int) (span, int, bool) {
	s := span{para: p, open: i, start: i + n}
	q, j := p, i+n
	for {
		text := paras[q]
		for j < len(text) {
			r, m := utf8.DecodeRuneInString(text[j:])
			if closes(open, r) {
				s.endPara, s.end, s.close = q, j, j+m
				return s, j + m, s.end > s.start || q != p
			}
			j += m
		}
		// No closing mark in this paragraph: continue into the next one
		// when it opens with the same mark.
		if q+1 < len(paras) {
			next := strings.TrimLeftFunc(paras[q+1], unicode.IsSpace)
			if r, m := utf8.DecodeRuneInString(next); m > 0 && r == open && open != '"' {
				q++
				j = len(paras[q]) - len(next) + m
				continue
			}
		}
		if open == '"' {
			// An unpaired straight mark is as likely an inch or a typo.
			return span{}, 0, false
		}
		s.endPara, s.end, s.close = q, len(text), len(text)
		return s, len(text), s.end > s.start || q != p
	}
}
