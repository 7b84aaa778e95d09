package htmlmeta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

const (
	fText        uint8 = 1 << iota // a text node
	fArticleBody                   // itemprop articleBody
	fBlockChild                    // has a block-level child element
	fCandidate                     // was given a score
	fUnlikely                      // class or id marks non-content
	fExcluded                      // fUnlikely or inside such a node, in this pass
)

// tnode is a node of the light body tree: elements and text runs in
// document order; the descendants of node i are nodes i+1 to end-1.
type tnode struct {
	a      atom.Atom
	flags  uint8
	weight int8 // class and id weight, in units of 25
	parent int32
	end    int32
	class  uint32 // hash of the class attribute, 0 without one
	text   string

	// Filled by measure.
	textLen, linkLen, commas, paraLen int32 // characters; the input limit keeps them small
	score                             float64
}

// tree is the light tree of the body region built with Options.Body.
type tree struct {
	nodes   []tnode
	stack   []int32
	max     int
	started bool
	skip    bool // inside a dropped subtree
}

const skipRoot = -2

func newTree(max int) *tree { return &tree{max: max} }

func (t *tree) active() bool { return t != nil && t.started && !t.skip }
func (t *tree) wants() bool  { return t != nil && !t.skip }

func (t *tree) begin() {
	if t == nil || t.started {
		return
	}
	t.started = true
	t.nodes = append(t.nodes, tnode{a: atom.Body, parent: -1})
	t.stack = append(t.stack[:0], 0)
}

// headOnly are the elements that do not start the body region by themselves.
func headOnly(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Meta, atom.Link, atom.Title, atom.Script, atom.Style, atom.Base,
		atom.Noscript, atom.Template, atom.Body:
		return true
	}
	return false
}

// dropped reports whether an element and its content are left out of the
// body: scripts and styles, navigation, headers and footers, asides,
// forms, embedded media and figures with their captions, hidden
// elements, and elements whose class or id marks them as share bars,
// related links, comments, ads and the like.
func dropped(a atom.Atom, name []byte, at *attrs) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Footer, atom.Aside,
		atom.Form, atom.Button, atom.Select, atom.Textarea, atom.Input, atom.Iframe, atom.Svg,
		atom.Canvas, atom.Object, atom.Embed, atom.Audio, atom.Video, atom.Figure,
		atom.Figcaption, atom.Picture, atom.Dialog, atom.Menu, atom.Header, atom.Label, atom.Head,
		atom.Title, atom.Link, atom.Meta:
		return true
	case 0:
		if len(name) > 0 && name[0] == 'o' && strings.HasPrefix(string(name), "o:") { // Office junk
			return true
		}
	}
	if at.hidden || at.ariaHidden {
		return true
	}
	if at.style != "" {
		st := strings.ToLower(strings.ReplaceAll(at.style, " ", ""))
		if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
			return true
		}
	}
	switch strings.ToLower(at.role) {
	case "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alert",
		"search", "alertdialog":
		return true
	}
	return false
}

// unlikelyNode reports whether an element's class and id mark it as
// share bars, related links, comments, ads and the like: a word of
// unlikelyWords and none of maybeWords in class and id together.
func unlikelyNode(a atom.Atom, at *attrs) bool {
	switch a {
	case atom.Body, atom.Article, atom.Main, atom.Html, atom.Table, atom.Tbody, atom.Tr, atom.Td, atom.Th, atom.Pre,
		atom.Code, atom.A, atom.B, atom.I, atom.Em, atom.Strong, atom.Sub, atom.Sup, atom.Abbr, atom.Cite, atom.Q:
		return false
	}
	if strings.Contains(strings.ToLower(at.itemprop), "articlebody") {
		return false
	}
	return unlikely(at.class + " " + at.id)
}

var unlikelyWords = []string{
	"banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer",
	"gdpr", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
	"social", "sponsor", "supplemental", "agegate", "pagination", "pager", "popup", "share", "sharing",
	"newsletter", "subscribe", "promo", "outbrain", "taboola", "cookie", "signup", "modal", "toolbar",
	"navbar", "navigation", "masthead", "recommend", "trending", "most-popular", "mostpopular", "teaser",
	"advert", "adsense", "dfp-", "byline", "dateline", "caption", "credit", "print-only", "visually-hidden",
	"sr-only", "screen-reader",
}

var maybeWords = []string{"and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post-text"}

// unlikely reports whether a class and id list marks non-content.
func unlikely(s string) bool {
	if strings.TrimSpace(s) == "" {
		return false
	}
	l := strings.ToLower(s)
	for _, tok := range strings.Fields(l) {
		if isAdToken(tok) {
			return true
		}
	}
	hit := false
	for _, w := range unlikelyWords {
		if strings.Contains(l, w) {
			hit = true
			break
		}
	}
	if !hit {
		return false
	}
	for _, w := range maybeWords {
		if strings.Contains(l, w) {
			return false
		}
	}
	return true
}

func isAdToken(tok string) bool {
	switch tok {
	case "ad", "ads", "advert", "advertisement", "adbox", "ad-container", "ad-slot", "adslot", "adunit":
		return true
	}
	return strings.HasPrefix(tok, "ad-") || strings.HasPrefix(tok, "ads-") || strings.HasSuffix(tok, "-ad") ||
		strings.HasSuffix(tok, "-ads") || strings.Contains(tok, "-ad-")
}

var positiveWords = []string{"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"}
var negativeWords = []string{"hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
	"media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
	"sponsor", "shopping", "tags", "widget"}

func classWeight(s string) int8 {
	if s == "" {
		return 0
	}
	l := strings.ToLower(s)
	var w int8
	for _, n := range negativeWords {
		if strings.Contains(l, n) {
			w--
			break
		}
	}
	for _, p := range positiveWords {
		if strings.Contains(l, p) {
			w++
			break
		}
	}
	return w
}

// open adds an element; it returns its node, skipRoot when it starts a
// dropped subtree, or -1.
func (t *tree) open(a atom.Atom, name []byte, at *attrs, level int) int32 {
	if t == nil || t.skip {
		return -1
	}
	if !t.started {
		if headOnly(a) {
			return -1
		}
		t.begin()
	}
	if a == atom.Body {
		return -1
	}
	if dropped(a, name, at) {
		if !isVoid(a) {
			t.skip = true
		}
		return skipRoot
	}
	if len(t.nodes) >= t.max {
		return -1
	}
	n := tnode{a: a, parent: t.stack[len(t.stack)-1], weight: classWeight(at.class) + classWeight(at.id)}
	if at.class != "" {
		_, n.class = keyOf([]byte(strings.TrimSpace(at.class)), true)
	}
	if strings.Contains(strings.ToLower(at.itemprop), "articlebody") {
		n.flags |= fArticleBody
	}
	if unlikelyNode(a, at) {
		n.flags |= fUnlikely
	}
	t.nodes = append(t.nodes, n)
	i := int32(len(t.nodes) - 1)
	t.stack = append(t.stack, i)
	return i
}

func (t *tree) close(n int32) {
	if t == nil {
		return
	}
	if n == skipRoot {
		t.skip = false
		return
	}
	for len(t.stack) > 1 {
		top := t.stack[len(t.stack)-1]
		t.stack = t.stack[:len(t.stack)-1]
		t.nodes[top].end = int32(len(t.nodes))
		if top == n {
			return
		}
	}
}

func (t *tree) text(s string) {
	if len(t.nodes) >= 2*t.max {
		return
	}
	t.nodes = append(t.nodes, tnode{flags: fText, parent: t.stack[len(t.stack)-1], text: s})
	t.nodes[len(t.nodes)-1].end = int32(len(t.nodes))
}

func (t *tree) finish() {
	for len(t.stack) > 1 {
		t.close(t.stack[len(t.stack)-1])
	}
	if len(t.nodes) > 0 {
		t.nodes[0].end = int32(len(t.nodes))
	}
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.Blockquote, atom.Pre,
		atom.Table, atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption, atom.Hr,
		atom.Address, atom.Details, atom.Summary, atom.Center, atom.Header, atom.Footer:
		return true
	}
	return false
}

// textMeasure returns the length in characters of s with white space
// folded, and its commas.
func textMeasure(s string) (n, commas int) {
	space := true
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				n++
			}
			space = true
			continue
		}
		space = false
		n++
		if r == ',' || r == '，' || r == '、' {
			commas++
		}
	}
	return n, commas
}

// isPara reports whether node i is scored as a paragraph: <p>, <pre>,
// <td>, and <div>/<section> without block children.
func (t *tree) isPara(i int) bool {
	n := &t.nodes[i]
	switch n.a {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote:
		return true
	case atom.Div, atom.Section:
		return n.flags&fBlockChild == 0
	}
	return false
}

// measure computes text and link lengths bottom up, then scores
// candidates the way Readability does: each paragraph of 25 characters
// or more scores 1, plus its commas, plus one per 100 characters (at most
// 3); its parent gets the score, its grandparent half, further ancestors
// up to five levels a third divided by the level.
func (t *tree) measure(strict bool) {
	ns := t.nodes
	for i := range ns {
		n := &ns[i]
		n.flags &^= fExcluded | fCandidate | fBlockChild
		n.textLen, n.linkLen, n.commas, n.paraLen, n.score = 0, 0, 0, 0, 0
		if i > 0 && ((strict && n.flags&fUnlikely != 0) || ns[n.parent].flags&fExcluded != 0) {
			n.flags |= fExcluded
		}
	}
	for i := len(ns) - 1; i > 0; i-- {
		n := &ns[i]
		if n.flags&fExcluded != 0 {
			continue
		}
		if n.flags&fText != 0 {
			l, c := textMeasure(n.text)
			n.textLen, n.commas = int32(min(l, 1<<30)), int32(min(c, 1<<30))
		}
		if n.a == atom.A {
			n.linkLen = n.textLen
		}
		p := &ns[n.parent]
		p.textLen += n.textLen
		p.linkLen += n.linkLen
		p.commas += n.commas
		if n.flags&fText == 0 && isBlock(n.a) {
			p.flags |= fBlockChild
		}
	}
	for i := len(ns) - 1; i > 0; i-- {
		if ns[i].flags&fExcluded != 0 {
			continue
		}
		if t.isPara(i) && ns[i].textLen >= 25 {
			ns[i].paraLen += ns[i].textLen
		}
		ns[ns[i].parent].paraLen += ns[i].paraLen
	}
	for i := 1; i < len(ns); i++ {
		if ns[i].flags&fExcluded != 0 || !t.isPara(i) || ns[i].textLen < 25 {
			continue
		}
		score := 1 + float64(ns[i].commas) + float64(min(ns[i].textLen/100, 3))
		p := ns[i].parent
		for level := 0; p >= 0 && level < 5; level++ {
			c := &ns[p]
			if c.flags&fCandidate == 0 {
				c.flags |= fCandidate
				c.score = baseScore(c.a) + 25*float64(c.weight)
			}
			switch level {
			case 0:
				c.score += score
			case 1:
				c.score += score / 2
			default:
				c.score += score / float64(level*3)
			}
			p = c.parent
		}
	}
}

func baseScore(a atom.Atom) float64 {
	switch a {
	case atom.Div, atom.Article, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

func (t *tree) linkDensity(i int) float64 {
	n := &t.nodes[i]
	if n.textLen == 0 {
		return 0
	}
	return float64(n.linkLen) / float64(n.textLen)
}

// pick chooses the containers of the main content; see the package
// documentation.
func (t *tree) pick() (roots []int, source string) {
	ns := t.nodes
	if len(ns) == 0 {
		return nil, ""
	}
	final := func(i int) float64 { return ns[i].score * (1 - t.linkDensity(i)) }
	var best [5]int // the five best candidates, best first; -1 when absent
	for k := range best {
		best[k] = -1
	}
	for i := 1; i < len(ns); i++ {
		if ns[i].flags&fCandidate == 0 || ns[i].flags&fExcluded != 0 {
			continue
		}
		s := final(i)
		for k := range best {
			if best[k] < 0 || s > final(best[k]) {
				copy(best[k+1:], best[k:len(best)-1])
				best[k] = i
				break
			}
		}
	}
	top, topScore := best[0], 0.0
	if top >= 0 {
		topScore = final(top)
		top = t.promote(top, best[1:], topScore)
		topScore = max(topScore, final(top))
	}
	topPara := ns[0].paraLen
	if top >= 0 {
		topPara = ns[top].paraLen
	}
	ab, art, arts := -1, -1, 0
	for i := 1; i < len(ns); i++ {
		if ns[i].a == atom.Article && ns[i].flags&fExcluded == 0 {
			arts++
		}
		switch {
		case ns[i].flags&fArticleBody != 0 && ns[i].flags&fExcluded == 0:
			if ab < 0 || ns[i].paraLen > ns[ab].paraLen {
				ab = i
			}
		case ns[i].a == atom.Article && ns[i].flags&fExcluded == 0:
			if art < 0 || ns[i].paraLen > ns[art].paraLen {
				art = i
			}
		}
	}
	if ab >= 0 && ns[ab].paraLen > 0 && 2*ns[ab].paraLen >= topPara {
		return []int{ab}, "articleBody"
	}
	if art >= 0 && arts <= 2 && ns[art].paraLen > 0 && 10*ns[art].paraLen >= 6*topPara {
		return []int{art}, "article"
	}
	if top < 0 {
		return []int{0}, "density"
	}
	// Siblings that look like part of the same article.
	parent := int(ns[top].parent)
	if parent < 0 {
		return []int{top}, "density"
	}
	threshold := max(10, topScore*0.2)
	for i := parent + 1; i < int(ns[parent].end); i = int(ns[i].end) {
		if i == top {
			roots = append(roots, i)
			continue
		}
		n := &ns[i]
		if n.flags&fText != 0 {
			continue
		}
		ld := t.linkDensity(i)
		bonus := 0.0
		if n.class != 0 && n.class == ns[top].class { // same class as the winner: likely more of it
			bonus = topScore * 0.2
		}
		switch {
		case n.flags&fCandidate != 0 && n.score*(1-ld)+bonus >= threshold:
		case n.a == atom.P && n.textLen > 80 && ld < 0.25:
		case n.a == atom.P && n.textLen > 0 && ld == 0 && strings.HasSuffix(strings.TrimSpace(t.textOf(i)), "."):
		default:
			continue
		}
		roots = append(roots, i)
	}
	return roots, "density"
}

// promote moves the winner up the tree as Readability does: to the
// nearest ancestor holding three of the other candidates that score at
// least three quarters of it, else while each ancestor keeps a third of
// the score, to the first that scores higher.
func (t *tree) promote(top int, others []int, topScore float64) int {
	ns := t.nodes
	final := func(i int) float64 { return ns[i].score * (1 - t.linkDensity(i)) }
	var alts []int
	for _, o := range others {
		if o >= 0 && final(o) >= 0.75*topScore {
			alts = append(alts, o)
		}
	}
	if len(alts) >= 3 {
		for a := int(ns[top].parent); a > 0; a = int(ns[a].parent) {
			n := 0
			for _, o := range alts {
				if o > a && o < int(ns[a].end) {
					n++
				}
			}
			if n >= 3 {
				return a
			}
		}
	}
	last := topScore
	for a := int(ns[top].parent); a > 0; a = int(ns[a].parent) {
		if ns[a].flags&fCandidate == 0 {
			continue
		}
		s := final(a)
		if s < topScore/3 {
			break
		}
		if s > last {
			return a
		}
		last = s
	}
	return top
}

func (t *tree) textOf(i int) string {
	var b strings.Builder
	for j := i; j < int(t.nodes[i].end); j++ {
		if t.nodes[j].flags&fText != 0 {
			b.WriteString(t.nodes[j].text)
		}
	}
	return b.String()
}

// blocks turns the chosen containers into blocks of clean text.
func (t *tree) blocks(roots []int) []Block {
	e := emitter{t: t}
	for _, r := range roots {
		e.walk(r, Paragraph)
		e.flush()
	}
	return e.out
}

type emitter struct {
	t    *tree
	buf  strings.Builder
	kind Kind
	out  []Block
}

func (e *emitter) flush() {
	if e.buf.Len() == 0 {
		return
	}
	s := fold(e.buf.String())
	e.buf.Reset()
	if s != "" && hasLetterOrDigit(s) {
		e.out = append(e.out, Block{Kind: e.kind, Text: s})
	}
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// clutter reports whether a container inside the main content is left
// out: one with a negative class weight, or mostly links (related-link
// lists, tag lists).
func (e *emitter) clutter(i int) bool {
	n := &e.t.nodes[i]
	switch n.a {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Dl, atom.Span:
	default:
		return false
	}
	if n.weight < 0 && n.paraLen < 200 {
		return true
	}
	return n.textLen > 0 && e.t.linkDensity(i) > 0.5 && n.a != atom.Span
}

func (e *emitter) walk(i int, kind Kind) {
	n := &e.t.nodes[i]
	if n.flags&fExcluded != 0 {
		return
	}
	if n.flags&fText != 0 {
		if e.buf.Len() == 0 {
			e.kind = kind
		}
		e.buf.WriteString(n.text)
		return
	}
	if i != 0 && e.clutter(i) {
		return
	}
	block := isBlock(n.a)
	if block {
		e.flush()
		switch n.a {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			kind = Heading
		case atom.Li, atom.Dd, atom.Dt:
			if kind != Quotation {
				kind = ListItem
			}
		case atom.Blockquote:
			kind = Quotation
		case atom.Pre:
			kind = Preformatted
		}
	}
	if n.a == atom.Br || n.a == atom.Img {
		e.buf.WriteByte(' ')
	}
	for j := i + 1; j < int(n.end); j = int(e.t.nodes[j].end) {
		e.walk(j, kind)
	}
	if block {
		e.flush()
	} else if n.a == atom.Td || n.a == atom.Th {
		e.buf.WriteByte(' ')
	}
}

// resolveBody fills Page.Body: the JSON-LD articleBody of the main node
// when it is at least half as long as the text found in the page (or the
// page has none), else the blocks of the containers chosen by pick.
func resolveBody(p *Page, ld *Thing, t *tree) {
	// First without the elements marked unlikely by class or id; when
	// that leaves less than 250 characters, again with them, as
	// Readability does.
	var blocks []Block
	var source string
	domLen := 0
	for _, strict := range []bool{true, false} {
		t.measure(strict)
		roots, src := t.pick()
		blocks, source = t.blocks(roots), src
		domLen = 0
		for _, b := range blocks {
			domLen += utf8.RuneCountInString(b.Text)
		}
		if domLen >= 250 {
			break
		}
	}
	if ld.ArticleBody != "" {
		var ldBlocks []Block
		ldLen := 0
		for _, para := range strings.Split(ld.ArticleBody, "\n") {
			if para = fold(para); para != "" {
				ldBlocks = append(ldBlocks, Block{Kind: Paragraph, Text: para})
				ldLen += utf8.RuneCountInString(para)
			}
		}
		if len(ldBlocks) > 0 && 2*ldLen >= domLen {
			p.Body, p.BodySource = ldBlocks, "jsonld"
			return
		}
	}
	p.Body, p.BodySource = blocks, source
	if len(blocks) == 0 {
		p.BodySource = ""
	}
}
