package article

import "github.com/newsmodel/news/internal/quotes"

// ExtractQuotes finds the quotations in a's body and sets a.Quotes to
// them, replacing what was there. Every block takes part, so that a
// quotation's Paragraph and EndParagraph index a.Body directly.
//
// The rules are those of English news writing: quotations in curly,
// straight, low-high and corner marks and guillemets, continued across
// paragraphs the way news style writes them, attributed by the patterns
// “…,” X said / said X / X said: “…” / according to X, with the speaker
// resolved to the fullest name the article gives earlier. A quotation
// whose speaker no rule finds keeps an empty Speaker; nothing is guessed.
// A quotation of a few words inside a sentence ("warned of “hard”
// months") is Partial, and takes the subject of its sentence as speaker.
func ExtractQuotes(a *Article) {
	paras := make([]string, len(a.Body))
	for i, b := range a.Body {
		paras[i] = b.Text
	}
	found := quotes.Extract(paras)
	if len(found) == 0 {
		a.Quotes = nil
		return
	}
	a.Quotes = make([]Quote, len(found))
	for i, q := range found {
		a.Quotes[i] = Quote{
			Text:            q.Text,
			Speaker:         q.Speaker,
			SpeakerResolved: q.Resolved,
			Verb:            q.Verb,
			Paragraph:       q.Paragraph,
			EndParagraph:    q.EndParagraph,
			Start:           q.Start,
			End:             q.End,
			Partial:         q.Partial,
		}
	}
}
