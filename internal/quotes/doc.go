// Package quotes finds quoted speech in the paragraphs of a news article:
// the quoted text, who said it, the attribution verb, where it stands, and
// whether it is a full quotation or a partial (scare-quote) one.
//
// It knows nothing of the article model: it takes paragraphs as strings and
// returns [Quote] values with byte offsets into them. The article package
// translates them into its own Quote type. Invalid UTF-8 in the input is
// replaced by U+FFFD in the returned text and speakers; the offsets refer
// to the input as given.
//
// # Quotation marks
//
// A quotation opens with “ (closed by ”), « (closed by »), „ (closed by “
// or ”), 「 (closed by 」), 『 (closed by 』) or a straight " (closed by the
// next straight "). Single quotation marks and apostrophes are not treated
// as quotations: in English text they are far more often apostrophes, and
// news style nests single marks inside double ones. An opening mark with no
// closing mark before the end of its paragraph continues into the next
// paragraph when that paragraph opens with a quotation mark, as news style
// writes a quotation spanning paragraphs; otherwise the quotation ends at
// the end of its paragraph.
//
// # Full and partial quotations
//
// A quotation is full when its text ends with sentence punctuation inside
// the marks (, . ? ! … ; :), when it opens its sentence, or when it follows
// a speech verb or a colon directly ("said: “…”", "said “…”"). Any other
// quotation inside a sentence is partial: "warned of “hard” and
// “uncertain” months" holds two partial quotations.
//
// # Speakers
//
// The speaker is looked for in the quotation's own sentence, by these rules
// in order, and is empty when none applies; nothing is guessed beyond them:
//
//  1. After the closing mark: "according to X", "VERB X" ("said Okafor"),
//     or "X VERB" ("Okafor said", "the minister told reporters").
//  2. Before the opening mark: "according to X, “…”", or "X VERB “…”" /
//     "X VERB: “…”"; when the verb has no subject of its own ("but said"),
//     the subject of the sentence.
//  3. For a partial quotation, the subject of its sentence when the
//     sentence opens with a noun phrase a person can be (a name, a pronoun
//     or a determiner phrase such as "the minister").
//
// X is a noun phrase of at most six words: a name, a pronoun, or a phrase
// opened by a determiner ("the minister", "a senior EU official").
// The verbs are a fixed list of attribution verbs (said, told, added,
// warned, according to, ...), in [Verbs].
//
// # Resolving speakers
//
// Speaker.Resolved is the fullest name given earlier in the paragraphs:
//
//   - A surname or partial name ("Salas") resolves to the latest earlier
//     name that contains it as whole words ("Marta Salas").
//   - A pronoun (he, she) resolves to the latest person who spoke or was the
//     named subject of a sentence before it. Gender is not inferred.
//   - A description ("the minister", "the Chilean leader") resolves to the
//     latest named person introduced with every content word of the
//     description as a title or attribute ("Chilean Foreign Minister Marta
//     Salas", "Marta Salas, the foreign minister,"); generic heads such as
//     "leader" or "official" need only the other words to match.
//   - A full name resolves to itself; anything else resolves to "".
package quotes
