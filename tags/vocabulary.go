package tags

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// A Vocabulary is a controlled vocabulary of tags: each entry has a name
// and optionally a code, aliases, a broader entry, a URI and a
// description. It resolves codes, names, aliases, slugs and URIs to its
// tags, walks the hierarchy and completes tags read from pages.
//
// A Vocabulary is immutable once built and safe for concurrent use. Tags
// it returns share their Aliases slice with it; do not modify them
// (appending is safe, the slices are clipped).
type Vocabulary struct {
	entries  []Tag
	broader  []int32 // index of the broader entry, or -1
	narrower []int32 // children of entry i: narrower[first[i]:first[i+1]]
	first    []int32
	byCode   map[string]int32 // code identity form -> entry
	byName   map[string]int32 // folded name -> entry, or ambiguous
	byAlias  map[string]int32 // folded alias -> entry, or ambiguous
	byURI    map[string]int32
	multi    [][]int32 // ambiguous keys: value -(i+1) indexes multi
}

// An Entry is one vocabulary entry for [NewVocabulary]: a tag and the code
// of its broader entry.
type Entry struct {
	Tag     Tag
	Broader string // code of the broader entry; "" for the nearest ancestor code, if any
}

// VocabularyOptions controls loading a vocabulary. The zero value is the
// default.
type VocabularyOptions struct {
	// MaxBytes limits the input read; larger input fails with an error
	// wrapping ErrTooLarge. Zero means 32 MiB.
	MaxBytes int64

	// MaxEntries limits the number of entries; zero means 1,000,000.
	MaxEntries int
}

func (o VocabularyOptions) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return 32 << 20
	}
	return o.MaxBytes
}

func (o VocabularyOptions) maxEntries() int {
	if o.MaxEntries <= 0 {
		return 1_000_000
	}
	return o.MaxEntries
}

// LoadVocabularyCSV reads a vocabulary in CSV with the default options;
// see [VocabularyOptions.LoadCSV].
func LoadVocabularyCSV(r io.Reader) (*Vocabulary, error) { return VocabularyOptions{}.LoadCSV(r) }

// LoadVocabularyJSON reads a vocabulary in JSON with the default options;
// see [VocabularyOptions.LoadJSON].
func LoadVocabularyJSON(r io.Reader) (*Vocabulary, error) { return VocabularyOptions{}.LoadJSON(r) }

// limitedReader fails with ErrTooLarge past its limit.
type limitedReader struct {
	r    io.Reader
	left int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		var one [1]byte
		if n, _ := l.r.Read(one[:]); n > 0 {
			return 0, ErrTooLarge
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

var vocabColumns = []string{"code", "name", "aliases", "broader", "uri", "description"}

// LoadCSV reads a vocabulary in CSV (RFC 4180 as [encoding/csv] reads it;
// lines starting with '#' are comments, for provenance). The first record
// is a header naming the columns, in any order and any case: code, name,
// aliases, broader, uri, description. Only name is required; an unknown
// or repeated column is an error. Aliases are separated by '|'. A leading
// UTF-8 byte order mark is skipped.
//
// Errors are *ParseError values with the line and column name, wrapping
// ErrSyntax (malformed CSV, invalid UTF-8, a missing name, an invalid
// code or URI), ErrDuplicate, ErrUnknown (a broader code not defined),
// ErrCycle or ErrTooLarge.
func (o VocabularyOptions) LoadCSV(r io.Reader) (*Vocabulary, error) {
	cr := csv.NewReader(&limitedReader{r: r, left: o.maxBytes()})
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		return nil, csvError(err)
	}
	col := map[string]int{}
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		h = strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(vocabColumns, h) {
			return nil, &ParseError{Line: 1, Column: i + 1, Msg: fmt.Sprintf("unknown column %q", h), Err: ErrSyntax}
		}
		if _, dup := col[h]; dup {
			return nil, &ParseError{Line: 1, Column: i + 1, Msg: fmt.Sprintf("repeated column %q", h), Err: ErrSyntax}
		}
		col[h] = i
	}
	if _, ok := col["name"]; !ok {
		return nil, &ParseError{Line: 1, Msg: "no name column", Err: ErrSyntax}
	}
	var entries []Entry
	var lines []int
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if len(entries) >= o.maxEntries() {
			return nil, &ParseError{Line: line, Msg: fmt.Sprintf("more than %d entries", o.maxEntries()), Err: ErrTooLarge}
		}
		get := func(name string) string {
			if i, ok := col[name]; ok {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		for _, name := range vocabColumns {
			if !utf8.ValidString(get(name)) {
				return nil, &ParseError{Line: line, Field: name, Msg: "invalid UTF-8", Err: ErrSyntax}
			}
		}
		e := Entry{Tag: Tag{Code: get("code"), Name: get("name"), URI: get("uri"), Description: get("description")},
			Broader: get("broader")}
		for a := range strings.SplitSeq(get("aliases"), "|") {
			if a = strings.TrimSpace(a); a != "" {
				e.Tag.Aliases = append(e.Tag.Aliases, a)
			}
		}
		entries = append(entries, e)
		lines = append(lines, line)
	}
	return build(entries, lines)
}

func csvError(err error) error {
	if errors.Is(err, ErrTooLarge) {
		return &ParseError{Msg: "input exceeds the size limit", Err: ErrTooLarge}
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Line: pe.Line, Column: pe.Column, Msg: pe.Err.Error(), Err: ErrSyntax}
	}
	if err == io.EOF {
		return &ParseError{Line: 1, Msg: "no header", Err: ErrSyntax}
	}
	return fmt.Errorf("tags: reading vocabulary: %w", err)
}

// entryJSON is an entry of the JSON vocabulary format.
type entryJSON struct {
	Code        string   `json:"code"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Broader     string   `json:"broader"`
	URI         string   `json:"uri"`
	Description string   `json:"description"`
}

// LoadJSON reads a vocabulary in JSON: an array of objects with the
// members code, name, aliases (an array of strings), broader, uri and
// description; only name is required and unknown members are errors. In
// errors, Line is the 1-based number of the entry. Errors wrap the same
// sentinels as [VocabularyOptions.LoadCSV].
func (o VocabularyOptions) LoadJSON(r io.Reader) (*Vocabulary, error) {
	data, err := io.ReadAll(&limitedReader{r: r, left: o.maxBytes()})
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, &ParseError{Msg: "input exceeds the size limit", Err: ErrTooLarge}
		}
		return nil, fmt.Errorf("tags: reading vocabulary: %w", err)
	}
	if !utf8.Valid(data) {
		return nil, &ParseError{Msg: "invalid UTF-8", Err: ErrSyntax}
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, &ParseError{Msg: err.Error(), Err: ErrSyntax}
	}
	if len(raw) > o.maxEntries() {
		return nil, &ParseError{Msg: fmt.Sprintf("more than %d entries", o.maxEntries()), Err: ErrTooLarge}
	}
	entries := make([]Entry, 0, len(raw))
	lines := make([]int, 0, len(raw))
	for i, m := range raw {
		var v entryJSON
		dec := json.NewDecoder(strings.NewReader(string(m)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&v); err != nil {
			return nil, &ParseError{Line: i + 1, Msg: err.Error(), Err: ErrSyntax}
		}
		t := Tag{Code: v.Code, Name: v.Name, URI: v.URI, Description: v.Description}
		for _, a := range v.Aliases {
			if a = strings.TrimSpace(a); a != "" {
				t.Aliases = append(t.Aliases, a)
			}
		}
		entries = append(entries, Entry{Tag: t, Broader: v.Broader})
		lines = append(lines, i+1)
	}
	return build(entries, lines)
}

// NewVocabulary builds a vocabulary from entries. Errors are *ParseError
// values whose Line is the 1-based index of the entry.
func NewVocabulary(entries []Entry) (*Vocabulary, error) {
	lines := make([]int, len(entries))
	for i := range lines {
		lines[i] = i + 1
	}
	return build(slices.Clone(entries), lines)
}

func build(entries []Entry, lines []int) (*Vocabulary, error) {
	n := len(entries)
	v := &Vocabulary{
		entries: make([]Tag, n),
		broader: make([]int32, n),
		byCode:  make(map[string]int32, n),
		byName:  make(map[string]int32, n),
		byAlias: make(map[string]int32),
		byURI:   make(map[string]int32),
	}
	for i, e := range entries {
		t := e.Tag
		t.Aliases = slices.Clip(slices.Clone(t.Aliases))
		t.Truncated, t.Relevance, t.Confidence = false, nil, nil
		fail := func(field, msg string, err error) error {
			return &ParseError{Line: lines[i], Field: field, Msg: msg, Err: err}
		}
		if strings.TrimSpace(t.Name) == "" {
			return nil, fail("name", "missing name", ErrSyntax)
		}
		if err := t.check(); err != nil {
			var pe *ParseError
			if errors.As(err, &pe) {
				pe.Line = lines[i]
			}
			return nil, err
		}
		if e.Broader != "" && !ValidCode(e.Broader) {
			return nil, fail("broader", fmt.Sprintf("invalid code %q", e.Broader), ErrSyntax)
		}
		if t.URI != "" {
			if u, err := url.Parse(t.URI); err != nil || !u.IsAbs() {
				return nil, fail("uri", fmt.Sprintf("not an absolute URI: %q", t.URI), ErrSyntax)
			}
			if _, dup := v.byURI[t.URI]; dup {
				return nil, fail("uri", fmt.Sprintf("URI %q given twice", t.URI), ErrDuplicate)
			}
			v.byURI[t.URI] = int32(i)
		}
		if t.Code != "" {
			k := string(appendCodeKey(nil, t.Code))
			if j, dup := v.byCode[k]; dup {
				return nil, fail("code", fmt.Sprintf("code %q already defined on line %d", t.Code, lines[j]), ErrDuplicate)
			}
			v.byCode[k] = int32(i)
		}
		v.entries[i] = t
		name := foldString(t.Name)
		v.index(v.byName, name, int32(i))
		for _, a := range t.Aliases {
			if f := foldString(a); f != name {
				v.index(v.byAlias, f, int32(i))
			}
		}
	}
	// Broader links: explicit, or the nearest ancestor code defined.
	for i, e := range entries {
		v.broader[i] = -1
		if e.Broader != "" {
			j, ok := v.byCode[string(appendCodeKey(nil, e.Broader))]
			if !ok {
				return nil, &ParseError{Line: lines[i], Field: "broader", Msg: fmt.Sprintf("broader code %q is not defined", e.Broader), Err: ErrUnknown}
			}
			v.broader[i] = j
			continue
		}
		for p := v.entries[i].Parent(); p != ""; p = (Tag{Code: p}).Parent() {
			if j, ok := v.byCode[string(appendCodeKey(nil, p))]; ok {
				v.broader[i] = j
				break
			}
		}
	}
	// Cycles: follow each chain, colouring nodes (0 new, 1 on the current
	// walk, 2 done).
	state := make([]uint8, n)
	for i := range n {
		var walk []int32
		j := int32(i)
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			walk = append(walk, j)
			j = v.broader[j]
		}
		if j >= 0 && state[j] == 1 {
			return nil, &ParseError{Line: lines[j], Field: "broader", Msg: fmt.Sprintf("entry %q is its own ancestor", v.entries[j].Name), Err: ErrCycle}
		}
		for _, w := range walk {
			state[w] = 2
		}
	}
	// Narrower lists, in code order then name order.
	v.first = make([]int32, n+1)
	for _, b := range v.broader {
		if b >= 0 {
			v.first[b+1]++
		}
	}
	for i := range n {
		v.first[i+1] += v.first[i]
	}
	v.narrower = make([]int32, v.first[n])
	fill := slices.Clone(v.first[:n])
	for i, b := range v.broader {
		if b >= 0 {
			v.narrower[fill[b]] = int32(i)
			fill[b]++
		}
	}
	for i := range n {
		kids := v.narrower[v.first[i]:v.first[i+1]]
		slices.SortStableFunc(kids, func(a, b int32) int {
			return v.entries[a].Key().compare(v.entries[b].Key())
		})
	}
	return v, nil
}

// index records key -> i in m, marking keys given to two entries as
// ambiguous.
func (v *Vocabulary) index(m map[string]int32, key string, i int32) {
	if key == "" {
		return
	}
	old, ok := m[key]
	switch {
	case !ok:
		m[key] = i
	case old >= 0:
		if old == i {
			return
		}
		v.multi = append(v.multi, []int32{old, i})
		m[key] = -int32(len(v.multi))
	default:
		l := &v.multi[-old-1]
		if !slices.Contains(*l, i) {
			*l = append(*l, i)
		}
	}
}

// Len returns the number of entries.
func (v *Vocabulary) Len() int { return len(v.entries) }

// All yields the entries in the order they were loaded.
func (v *Vocabulary) All() iter.Seq[Tag] {
	return func(yield func(Tag) bool) {
		for _, t := range v.entries {
			if !yield(t) {
				return
			}
		}
	}
}

// LookupCode returns the entry with the given code, compared
// case-insensitively with '-', '/' and ':' alike. It does not allocate.
func (v *Vocabulary) LookupCode(code string) (Tag, bool) {
	if i := v.code(code); i >= 0 {
		return v.entries[i], true
	}
	return Tag{}, false
}

func (v *Vocabulary) code(code string) int32 {
	if !ValidCode(code) {
		return -1
	}
	var buf [maxCodeBytes]byte
	if i, ok := v.byCode[string(appendCodeKey(buf[:0], code))]; ok {
		return i
	}
	return -1
}

// Lookup resolves s to an entry, trying in turn its code, its name, its
// aliases and its URI. Names and aliases match case-, diacritic-,
// punctuation- and spacing-insensitively, so a slug ("islamic-state")
// finds its entry too. A name or alias shared by several entries is
// ambiguous: Lookup reports false and [Vocabulary.LookupAll] lists them.
// Lookup does not allocate for inputs up to 256 bytes.
func (v *Vocabulary) Lookup(s string) (Tag, bool) {
	if i := v.lookup(s); i >= 0 {
		return v.entries[i], true
	}
	return Tag{}, false
}

func (v *Vocabulary) lookup(s string) int32 {
	if i := v.code(s); i >= 0 {
		return i
	}
	var buf [256]byte
	if i, ok := v.folded(appendFold(buf[:0], s, ' ')); ok {
		return i
	}
	if i, ok := v.byURI[s]; ok {
		return i
	}
	return -1
}

// LookupAll returns every entry s may denote: by code, by name, by alias
// and by URI, without repeats, in that order of precedence and then in
// load order.
func (v *Vocabulary) LookupAll(s string) []Tag {
	var idx []int32
	add := func(i int32, ok bool) {
		switch {
		case !ok:
		case i >= 0:
			if !slices.Contains(idx, i) {
				idx = append(idx, i)
			}
		default:
			for _, j := range v.multi[-i-1] {
				if !slices.Contains(idx, j) {
					idx = append(idx, j)
				}
			}
		}
	}
	if i := v.code(s); i >= 0 {
		add(i, true)
	}
	f := foldString(s)
	add(mapGet(v.byName, f))
	add(mapGet(v.byAlias, f))
	add(mapGet(v.byURI, s))
	out := make([]Tag, len(idx))
	for k, i := range idx {
		out[k] = v.entries[i]
	}
	return out
}

func mapGet(m map[string]int32, k string) (int32, bool) {
	i, ok := m[k]
	return i, ok
}

// resolve finds the entry for t: by code when t has one (and only by
// code), else by URI, else by name, else by its aliases.
func (v *Vocabulary) resolve(t Tag) int32 {
	if t.Code != "" {
		return v.code(t.Code)
	}
	if t.URI != "" {
		if i, ok := v.byURI[t.URI]; ok {
			return i
		}
	}
	var buf [256]byte
	if t.Name != "" {
		if i, ok := v.folded(appendFold(buf[:0], t.Name, ' ')); ok && i >= 0 {
			return i
		}
	}
	for _, a := range t.Aliases {
		if i, ok := v.folded(appendFold(buf[:0], a, ' ')); ok && i >= 0 {
			return i
		}
	}
	return -1
}

// folded looks a folded name up among names, then aliases. It reports
// ok with i < 0 for an ambiguous key: a name shared by several entries is
// not resolved through aliases.
func (v *Vocabulary) folded(f []byte) (i int32, ok bool) {
	if i, ok := v.byName[string(f)]; ok {
		return max(i, -1), true
	}
	if i, ok := v.byAlias[string(f)]; ok {
		return max(i, -1), true
	}
	return -1, false
}

// Resolve returns the entry t denotes: the entry with t's code when t has
// a code (a code the vocabulary lacks resolves to nothing), otherwise the
// entry with t's URI, name or one of its aliases, tried in that order
// (each matched as [Vocabulary.Lookup] matches it; an ambiguous name or
// alias resolves nothing, and the next is tried).
func (v *Vocabulary) Resolve(t Tag) (Tag, bool) {
	if i := v.resolve(t); i >= 0 {
		return v.entries[i], true
	}
	return Tag{}, false
}

// Broader returns the entry directly above t's entry (see
// [Vocabulary.Resolve]).
func (v *Vocabulary) Broader(t Tag) (Tag, bool) {
	i := v.resolve(t)
	if i < 0 || v.broader[i] < 0 {
		return Tag{}, false
	}
	return v.entries[v.broader[i]], true
}

// Narrower yields the entries directly below t's entry, in key order.
func (v *Vocabulary) Narrower(t Tag) iter.Seq[Tag] {
	i := v.resolve(t)
	return func(yield func(Tag) bool) {
		if i < 0 {
			return
		}
		for _, j := range v.narrower[v.first[i]:v.first[i+1]] {
			if !yield(v.entries[j]) {
				return
			}
		}
	}
}

// Complete fills what t lacks from its entry and reports whether t
// resolved. A missing code, name or URI is taken from the entry; aliases
// are t's followed by the entry's others; an empty description becomes the
// entry's; a truncated description becomes the entry's full one when the
// entry's begins with the text the page showed (compared as [Vocabulary.Lookup]
// compares names, ignoring a leading "is", "are", "was" or "were" on
// either side), and Truncated is then cleared. A truncated description
// that does not match is kept as it is. Relevance, Confidence and the
// Style are kept, except a Style.Marker once nothing is cut short. The
// result shares no memory with the vocabulary.
func (v *Vocabulary) Complete(t Tag) (Tag, bool) {
	i := v.resolve(t)
	if i < 0 {
		return t, false
	}
	e := v.entries[i]
	t = t.Clone()
	if t.Code == "" {
		t.Code = e.Code
	}
	if t.Name == "" {
		t.Name = e.Name
	}
	if t.URI == "" {
		t.URI = e.URI
	}
	for _, a := range e.Aliases {
		if !containsFold(t.Aliases, a) && foldString(a) != foldString(t.Name) {
			t.Aliases = append(t.Aliases, a)
		}
	}
	switch {
	case e.Description == "":
	case t.Description == "":
		t.Description, t.Truncated = e.Description, false
	case t.Truncated && strings.HasPrefix(foldString(trimCopula(e.Description)), foldString(trimCopula(t.Description))):
		t.Description, t.Truncated = e.Description, false
	}
	if !t.Truncated {
		t.Style.Marker = "" // nothing is cut short any more
	}
	return t, true
}

func containsFold(list []string, s string) bool {
	f := foldString(s)
	for _, x := range list {
		if foldString(x) == f {
			return true
		}
	}
	return false
}

// trimCopula removes a leading English copula word.
func trimCopula(s string) string {
	s = strings.TrimSpace(s)
	w, rest, _ := strings.Cut(s, " ")
	if isCopula(strings.ToLower(w)) {
		return rest
	}
	return s
}
