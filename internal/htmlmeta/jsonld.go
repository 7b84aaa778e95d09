package htmlmeta

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsmodel/news/internal/jsonlex"
)

// decodeJSON decodes one JSON document with internal/jsonlex (strict RFC
// 8259, nesting limited to maxDepth, invalid UTF-8 in strings replaced by
// U+FFFD, the last of duplicate keys kept) into a generic tree of
// map[string]any, []any, string, jsonlex.Number, bool and nil.
func decodeJSON(data []byte, maxDepth int) (any, error) {
	v, err := jsonlex.Options{MaxDepth: maxDepth, DuplicateKeys: jsonlex.DupKeepLast,
		ReplaceInvalid: true}.Decode(data)
	switch {
	case errors.Is(err, jsonlex.ErrDepth):
		return nil, fmt.Errorf("%w: JSON-LD: %w", ErrDepth, err)
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrJSONLD, err)
	}
	return toMaps(v), nil
}

// toMaps turns the ordered objects of a jsonlex tree into maps; the tree's
// depth is bounded by the decoder.
func toMaps(v any) any {
	switch v := v.(type) {
	case *jsonlex.Object:
		m := make(map[string]any, v.Len())
		for k, x := range v.All() {
			if _, dup := m[k]; !dup {
				m[k] = toMaps(x)
			}
		}
		return m
	case []any:
		for i, x := range v {
			v[i] = toMaps(x)
		}
	}
	return v
}

// jsonLD decodes one JSON-LD script and appends its nodes to the page.
func (s *scanner) jsonLD(text []byte) {
	if len(text) > 16*s.maxAttr {
		s.warn(ErrValueTooLarge, "JSON-LD script")
		return
	}
	t := bytes.TrimSpace(text)
	// Scripts wrapped for ancient browsers.
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		if bytes.HasPrefix(t, []byte(w[0])) {
			t = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(t[len(w[0]):]), []byte(w[1])))
		}
	}
	t = bytes.TrimRight(t, ";")
	if len(t) == 0 {
		return
	}
	v, err := decodeJSON(t, s.maxDepth)
	if err != nil {
		s.warn(err, "")
		return
	}
	var nodes []map[string]any
	flatten(v, &nodes, 0)
	ids := map[string]map[string]any{}
	for _, n := range nodes {
		if id := str(n["@id"]); id != "" {
			if _, dup := ids[id]; !dup {
				ids[id] = n
			}
		}
	}
	for _, n := range nodes {
		if len(types(n)) == 0 {
			continue
		}
		if !s.room("jsonld", len(s.p.JSONLD)) {
			return
		}
		s.p.JSONLD = append(s.p.JSONLD, s.thing(n, ids))
	}
}

// flatten collects the nodes of a JSON-LD value: the value itself, the
// members of arrays and @graph, and articles nested as mainEntity.
func flatten(v any, out *[]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			flatten(e, out, depth+1)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			flatten(g, out, depth+1)
		}
		*out = append(*out, v)
		for _, k := range []string{"mainEntity", "mainEntityOfPage"} {
			if m, ok := v[k].(map[string]any); ok && isArticle(types(m)) {
				flatten(m, out, depth+1)
			}
		}
	}
}

func types(n map[string]any) []string {
	switch t := n["@type"].(type) {
	case string:
		return []string{strings.TrimSpace(t)}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, strings.TrimSpace(s))
			}
		}
		return out
	}
	return nil
}

// articleTypes are the schema.org types read as articles, by rank.
var articleTypes = map[string]int{
	"newsarticle": 1, "reportagenewsarticle": 1, "analysisnewsarticle": 1, "opinionnewsarticle": 1,
	"backgroundnewsarticle": 1, "reviewnewsarticle": 1, "askpublicnewsarticle": 1,
	"article": 2, "blogposting": 2, "liveblogposting": 2, "report": 2, "scholarlyarticle": 2,
	"techarticle": 2, "socialmediaposting": 3, "discussionforumposting": 3, "posting": 3,
}

// typeName strips a schema.org prefix: "schema:NewsArticle", "http://schema.org/NewsArticle".
func typeName(t string) string {
	if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
		t = t[i+1:]
	}
	return strings.ToLower(t)
}

func isArticle(ts []string) bool {
	for _, t := range ts {
		if articleTypes[typeName(t)] > 0 {
			return true
		}
	}
	return false
}

// str returns a JSON-LD value as text: strings, numbers, {"@value": ...}
// and the first text of an array.
func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case jsonlex.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	case map[string]any:
		if x, ok := v["@value"]; ok {
			return str(x)
		}
	case []any:
		for _, e := range v {
			if s := str(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// strs returns every text of a value; comma-separated lists are split when split is set.
func strs(v any, split bool) []string {
	var out []string
	add := func(s string) {
		if split {
			for _, p := range strings.Split(s, ",") {
				if p = fold(p); p != "" {
					out = append(out, p)
				}
			}
			return
		}
		if s = fold(s); s != "" {
			out = append(out, s)
		}
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if s := str(e); s != "" {
				add(s)
			}
		}
	default:
		if s := str(v); s != "" {
			add(s)
		}
	}
	return out
}

func (s *scanner) clean(v string) string {
	return fold(unescapeAgain(s.str([]byte(v))))
}

func (s *scanner) thing(n map[string]any, ids map[string]map[string]any) Thing {
	t := Thing{
		Types:         types(n),
		ID:            s.clean(str(n["@id"])),
		Headline:      s.clean(str(n["headline"])),
		Name:          s.clean(str(n["name"])),
		Description:   s.clean(str(n["description"])),
		URL:           s.clean(str(n["url"])),
		DatePublished: s.clean(str(n["datePublished"])),
		DateModified:  s.clean(str(n["dateModified"])),
		Sections:      strs(n["articleSection"], false),
		Keywords:      strs(n["keywords"], true),
	}
	if t.URL == "" {
		switch m := n["mainEntityOfPage"].(type) {
		case string:
			t.URL = s.clean(m)
		case map[string]any:
			t.URL = s.clean(first(str(m["@id"]), str(m["url"])))
		}
	}
	if t.DatePublished == "" {
		t.DatePublished = s.clean(str(n["dateCreated"]))
	}
	if b := str(n["articleBody"]); b != "" {
		t.ArticleBody = s.str([]byte(b))
	}
	switch l := n["inLanguage"].(type) {
	case map[string]any:
		t.InLanguage = s.clean(str(l["alternateName"]))
		if t.InLanguage == "" {
			t.InLanguage = s.clean(str(l["name"]))
		}
	default:
		t.InLanguage = s.clean(str(l))
	}
	for _, key := range []string{"author", "creator"} {
		for _, p := range s.persons(n[key], ids) {
			t.Authors = appendPerson(t.Authors, p)
		}
		if len(t.Authors) > 0 {
			break
		}
	}
	if ps := s.persons(n["publisher"], ids); len(ps) > 0 {
		t.Publisher = &ps[0]
	}
	t.Images = s.images(n["image"], ids, 0)
	if len(t.Images) == 0 {
		t.Images = s.images(n["thumbnailUrl"], ids, 0)
	}
	return t
}

func appendPerson(ps []Person, p Person) []Person {
	for _, q := range ps {
		if strings.EqualFold(q.Name, p.Name) {
			return ps
		}
	}
	return append(ps, p)
}

func resolveRef(m map[string]any, ids map[string]map[string]any) map[string]any {
	if id := str(m["@id"]); id != "" && len(m) <= 2 {
		if r, ok := ids[id]; ok {
			return r
		}
	}
	return m
}

func (s *scanner) persons(v any, ids map[string]map[string]any) []Person {
	var out []Person
	switch v := v.(type) {
	case string:
		if n := s.clean(v); n != "" {
			out = append(out, Person{Name: n})
		}
	case []any:
		for i, e := range v {
			if i >= 64 {
				break
			}
			out = append(out, s.persons(e, ids)...)
		}
	case map[string]any:
		m := resolveRef(v, ids)
		p := Person{Name: s.clean(str(m["name"])), URL: s.clean(str(m["url"]))}
		if ts := types(m); len(ts) > 0 {
			p.Type = ts[0]
		}
		if p.Name == "" {
			p.Name = strings.TrimSpace(s.clean(str(m["givenName"])) + " " + s.clean(str(m["familyName"])))
		}
		if p.Name != "" {
			out = append(out, p)
		}
	}
	return out
}

func (s *scanner) images(v any, ids map[string]map[string]any, depth int) []Image {
	if depth > 2 {
		return nil
	}
	var out []Image
	switch v := v.(type) {
	case string:
		if u := s.clean(v); u != "" {
			out = append(out, Image{URL: u})
		}
	case []any:
		for i, e := range v {
			if i >= 16 {
				break
			}
			out = append(out, s.images(e, ids, depth+1)...)
		}
	case map[string]any:
		m := resolveRef(v, ids)
		im := Image{URL: s.clean(str(m["url"]))}
		if im.URL == "" {
			im.URL = s.clean(str(m["contentUrl"]))
		}
		im.Caption = s.clean(str(m["caption"]))
		if im.Caption == "" {
			im.Caption = s.clean(str(m["description"]))
		}
		im.Credit = s.clean(str(m["creditText"]))
		if im.Credit == "" {
			if ps := s.persons(m["copyrightHolder"], ids); len(ps) > 0 {
				im.Credit = ps[0].Name
			} else if ps := s.persons(m["author"], ids); len(ps) > 0 {
				im.Credit = ps[0].Name
			}
		}
		im.Width = dimension(str(m["width"]))
		im.Height = dimension(str(m["height"]))
		if w, ok := m["width"].(map[string]any); ok {
			im.Width = dimension(str(w["value"]))
		}
		if h, ok := m["height"].(map[string]any); ok {
			im.Height = dimension(str(h["value"]))
		}
		if im.URL != "" {
			out = append(out, im)
		}
	}
	return out
}

// dimension reads a pixel size: "1200", "1200px", "1200.0".
func dimension(s string) int {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "px"))
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 1<<20 {
		return 0
	}
	return n
}
