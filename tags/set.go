package tags

import (
	"iter"
	"slices"
	"strings"
)

// A Set holds tags deduplicated by [Tag.Key]. The zero Set is empty and
// ready to use.
//
// # Order
//
// [Set.All] yields tags in key order: tags with a code first, ordered by
// the code in upper case with every separator read as '-' (so a code comes
// right before the codes within it), then tags without a code, ordered by
// folded name. The order does not depend on the order of Add calls.
//
// # Merging duplicates
//
// Adding a tag whose key is already present merges the two into the
// richer tag, field by field: the description is the full one over a
// truncated one over none, then the longer, then the smaller in byte
// order; the name is the non-empty one, then the longer, then the smaller;
// the code, when spelled differently, is the smaller spelling ("LLL-GFATF"
// over "lll-gfatf"); URI likewise; a present score beats an absent one and
// the higher score wins; aliases are united (once per folded form, the
// smaller spelling kept) and sorted, unless both lists are equal. Each rule
// picks a maximum, so merging is commutative and associative: a Set holds
// the same tags whatever order they were added in.
//
// A Set is a value: Add and Remove never modify storage a copy shares, so
// copies are independent. A Set is safe for concurrent reads.
type Set struct {
	tags []Tag // sorted by keys
	keys []Key
}

// SetOf returns the set of the given tags, merging duplicates.
func SetOf(ts ...Tag) Set {
	var s Set
	for _, t := range ts {
		s.add(t)
	}
	return s
}

func (s Set) search(k Key) (int, bool) {
	return slices.BinarySearchFunc(s.keys, k, Key.compare)
}

// Add adds t, merging it with the tag of the same key if there is one, and
// reports whether the set changed. A tag with neither code nor name has no
// identity and is not added.
func (s *Set) Add(t Tag) bool {
	k := t.Key()
	if k.IsZero() {
		return false
	}
	i, found := s.search(k)
	if found {
		m := merge(s.tags[i], t)
		if m.Equal(s.tags[i]) {
			return false
		}
		tags := slices.Clone(s.tags)
		tags[i] = m
		s.tags = tags
		return true
	}
	s.tags = slices.Insert(slices.Clip(s.tags), i, t)
	s.keys = slices.Insert(slices.Clip(s.keys), i, k)
	return true
}

// add is Add for sets under construction, whose storage nobody shares.
func (s *Set) add(t Tag) {
	k := t.Key()
	if k.IsZero() {
		return
	}
	i, found := s.search(k)
	if found {
		s.tags[i] = merge(s.tags[i], t)
		return
	}
	s.tags = slices.Insert(s.tags, i, t)
	s.keys = slices.Insert(s.keys, i, k)
}

// Remove removes the tag with t's key and reports whether there was one.
func (s *Set) Remove(t Tag) bool {
	i, found := s.search(t.Key())
	if !found {
		return false
	}
	s.tags = slices.Delete(slices.Clone(s.tags), i, i+1)
	s.keys = slices.Delete(slices.Clone(s.keys), i, i+1)
	return true
}

// Contains reports whether s holds a tag with t's key.
func (s Set) Contains(t Tag) bool {
	_, found := s.search(t.Key())
	return found
}

// Get returns the tag with key k.
func (s Set) Get(k Key) (Tag, bool) {
	if i, found := s.search(k); found {
		return s.tags[i], true
	}
	return Tag{}, false
}

// LookupSlug returns the first tag, in set order, whose [Tag.Slug] matches
// slug once both are folded (so "Islamic-State" finds "islamic-state").
func (s Set) LookupSlug(slug string) (Tag, bool) {
	var a, b [128]byte
	want := appendFold(a[:0], slug, '-')
	for _, t := range s.tags {
		name := t.Name
		if name == "" {
			name = t.Code
		}
		if string(appendFold(b[:0], name, '-')) == string(want) {
			return t, true
		}
	}
	return Tag{}, false
}

// Len returns the number of tags in s.
func (s Set) Len() int { return len(s.tags) }

// All yields the tags of s in set order (see [Set]).
func (s Set) All() iter.Seq[Tag] {
	return func(yield func(Tag) bool) {
		for _, t := range s.tags {
			if !yield(t) {
				return
			}
		}
	}
}

// Within yields, in set order, the tags of s whose code is within code
// (see [Tag.Within]).
func (s Set) Within(code string) iter.Seq[Tag] {
	return func(yield func(Tag) bool) {
		for _, t := range s.tags {
			if t.Within(code) && !yield(t) {
				return
			}
		}
	}
}

// Union returns the tags of s and o, merging duplicates as Add does.
// Union is commutative.
func (s Set) Union(o Set) Set {
	u := s.Clone()
	for _, t := range o.tags {
		u.add(t)
	}
	return u
}

// Intersect returns the tags whose keys are in both s and o, each merged
// from its two versions. Intersect is commutative.
func (s Set) Intersect(o Set) Set {
	var u Set
	for i, k := range s.keys {
		if j, found := o.search(k); found {
			u.tags = append(u.tags, merge(s.tags[i], o.tags[j]))
			u.keys = append(u.keys, k)
		}
	}
	return u
}

// Clone returns a copy of s.
func (s Set) Clone() Set {
	return Set{tags: slices.Clone(s.tags), keys: slices.Clone(s.keys)}
}

// Equal reports whether s and o hold equal tags (see [Tag.Equal]).
func (s Set) Equal(o Set) bool {
	return slices.EqualFunc(s.tags, o.tags, Tag.Equal)
}

// merge returns the field-wise join of two tags with the same key (see
// the Set documentation for the rules).
func merge(a, b Tag) Tag {
	var m Tag
	m.Code = pickString(a.Code, b.Code)
	m.Name = pickString(a.Name, b.Name)
	m.URI = pickString(a.URI, b.URI)
	if descBeats(b, a) {
		m.Description, m.Truncated = b.Description, b.Truncated
	} else {
		m.Description, m.Truncated = a.Description, a.Truncated
	}
	m.Relevance = pickScore(a.Relevance, b.Relevance)
	m.Confidence = pickScore(a.Confidence, b.Confidence)
	m.Aliases = mergeAliases(a.Aliases, b.Aliases)
	return m
}

// pickString returns the non-empty, then longer, then smaller string.
func pickString(a, b string) string {
	switch {
	case len(a) != len(b):
		if len(a) > len(b) {
			return a
		}
		return b
	case b < a:
		return b
	}
	return a
}

func descRank(t Tag) int {
	switch {
	case t.Description == "":
		return 0
	case t.Truncated:
		return 1
	}
	return 2
}

// descBeats reports whether a's description is richer than b's.
func descBeats(a, b Tag) bool {
	if ra, rb := descRank(a), descRank(b); ra != rb {
		return ra > rb
	}
	if len(a.Description) != len(b.Description) {
		return len(a.Description) > len(b.Description)
	}
	if a.Description != b.Description {
		return a.Description < b.Description
	}
	return !a.Truncated && b.Truncated
}

func pickScore(a, b *float64) *float64 {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case *b > *a:
		return b
	}
	return a
}

func mergeAliases(a, b []string) []string {
	if slices.Equal(a, b) {
		return a
	}
	type alias struct{ fold, s string }
	all := make([]alias, 0, len(a)+len(b))
	for _, s := range a {
		all = append(all, alias{foldString(s), s})
	}
	for _, s := range b {
		all = append(all, alias{foldString(s), s})
	}
	slices.SortFunc(all, func(x, y alias) int {
		if c := strings.Compare(x.fold, y.fold); c != 0 {
			return c
		}
		return strings.Compare(x.s, y.s)
	})
	out := make([]string, 0, len(all))
	for i, x := range all {
		if i > 0 && x.fold == all[i-1].fold {
			continue
		}
		out = append(out, x.s)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
