package tags

import (
	"cmp"
	"hash/maphash"
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
// the same tags whatever order they were added in. Style plays no part in
// identity or richness: duplicates that agree on it keep it, and a merge
// of duplicates with different Styles has the zero Style.
//
// A Set is a value: Add and Remove never modify storage a copy shares, so
// copies are independent. A Set is safe for concurrent reads.
//
// # Cost
//
// A Set is a persistent search tree (a treap whose node priorities come
// from a hash of the key with a per-process random seed, so hostile input
// cannot unbalance it): Add, Remove, Contains and Get take expected
// O(log n) time, and Add and Remove copy only the O(log n) nodes on the
// path they change, never the whole set. Copying a Set, and Clone, take
// constant time. [SetOf], [Set.Union], [Set.Intersect] and
// [Set.UnmarshalJSON] sort their tags once and build the tree in one pass,
// in O(n log n) time; they allocate its nodes in one block, which stays in
// memory while any set uses one of them.
type Set struct {
	root *node // nodes are never modified once reachable from a Set
	n    int
}

// A node holds one tag of a Set. Nodes are immutable once built: every
// change copies the path from the root to the changed node.
type node struct {
	tag         Tag
	key         Key
	prio        uint64
	left, right *node
}

// prioSeed makes tree shapes unpredictable to callers; the order of a Set
// never depends on its shape.
var prioSeed = maphash.MakeSeed()

func priority(k Key) uint64 { return maphash.Comparable(prioSeed, k) }

func newNode(t Tag, k Key) *node {
	return &node{tag: t, key: k, prio: priority(k)}
}

// entry is the key of ts[i] when a set is built from a slice ts of tags;
// sorting these small values, not the tags, keeps the sort cheap.
type entry struct {
	key Key
	i   int
}

// SetOf returns the set of the given tags, merging duplicates. It takes
// O(n log n) time for n tags, whatever the number of duplicates.
func SetOf(ts ...Tag) Set {
	es := make([]entry, 0, len(ts))
	for i, t := range ts {
		if k := t.Key(); !k.IsZero() {
			es = append(es, entry{k, i})
		}
	}
	return fromEntries(ts, es)
}

// fromEntries sorts es by key, merges the tags of each key and builds the
// set. Ties are broken by index, so each run is merged in the order of ts,
// as successive Add calls would merge it.
func fromEntries(ts []Tag, es []entry) Set {
	slices.SortFunc(es, func(a, b entry) int {
		if c := a.key.compare(b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	n := 0
	for i := range es {
		if i == 0 || es[i].key != es[i-1].key {
			n++
		}
	}
	nodes := make([]node, 0, n)
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].key == es[i].key {
			j++
		}
		k := es[i].key
		nodes = append(nodes, node{tag: mergeRun(ts, es[i:j]), key: k, prio: priority(k)})
		i = j
	}
	return Set{root: buildTree(nodes), n: n}
}

// buildTree links nodes, which are sorted by key without duplicates, into
// a treap and returns its root, in O(n) time (the Cartesian tree of their
// priorities). The nodes must be new: buildTree modifies them.
func buildTree(nodes []node) *node {
	var stack []*node
	for i := range nodes {
		nd := &nodes[i]
		var last *node
		for len(stack) > 0 && stack[len(stack)-1].prio < nd.prio {
			last = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
		}
		nd.left = last
		if len(stack) > 0 {
			stack[len(stack)-1].right = nd
		}
		stack = append(stack, nd)
	}
	if len(stack) == 0 {
		return nil
	}
	return stack[0]
}

func (s Set) find(k Key) *node {
	n := s.root
	for n != nil {
		switch c := k.compare(n.key); {
		case c == 0:
			return n
		case c < 0:
			n = n.left
		default:
			n = n.right
		}
	}
	return nil
}

// insert returns t with nd added; nd's key is not in t.
func insert(t, nd *node) *node {
	if t == nil {
		return nd
	}
	if nd.prio > t.prio {
		nd.left, nd.right = split(t, nd.key)
		return nd
	}
	c := *t
	if nd.key.compare(t.key) < 0 {
		c.left = insert(t.left, nd)
	} else {
		c.right = insert(t.right, nd)
	}
	return &c
}

// split returns the nodes of t with keys below k and above k; k is not in t.
func split(t *node, k Key) (l, r *node) {
	if t == nil {
		return nil, nil
	}
	c := *t
	if t.key.compare(k) < 0 {
		c.right, r = split(t.right, k)
		return &c, r
	}
	l, c.left = split(t.left, k)
	return l, &c
}

// joinNodes returns the union of a and b, whose keys are all below b's.
func joinNodes(a, b *node) *node {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case a.prio > b.prio:
		c := *a
		c.right = joinNodes(a.right, b)
		return &c
	}
	c := *b
	c.left = joinNodes(a, b.left)
	return &c
}

// replace returns t with the tag of key k, which is in t, replaced by tag.
func replace(t *node, k Key, tag Tag) *node {
	c := *t
	switch d := k.compare(t.key); {
	case d == 0:
		c.tag = tag
	case d < 0:
		c.left = replace(t.left, k, tag)
	default:
		c.right = replace(t.right, k, tag)
	}
	return &c
}

// remove returns t without key k, which is in t.
func remove(t *node, k Key) *node {
	d := k.compare(t.key)
	if d == 0 {
		return joinNodes(t.left, t.right)
	}
	c := *t
	if d < 0 {
		c.left = remove(t.left, k)
	} else {
		c.right = remove(t.right, k)
	}
	return &c
}

// walk calls yield for the nodes of t in key order until it returns false.
func (t *node) walk(yield func(*node) bool) bool {
	return t == nil || t.left.walk(yield) && yield(t) && t.right.walk(yield)
}

// depth returns the height of the tree, for tests.
func (t *node) depth() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.left.depth(), t.right.depth())
}

// Add adds t, merging it with the tag of the same key if there is one, and
// reports whether the set changed. A tag with neither code nor name has no
// identity and is not added. Add takes O(log n) time and copies O(log n)
// nodes, never the storage of the whole set.
func (s *Set) Add(t Tag) bool {
	k := t.Key()
	if k.IsZero() {
		return false
	}
	if n := s.find(k); n != nil {
		m := merge(n.tag, t)
		if m.Equal(n.tag) && m.Style == n.tag.Style {
			return false
		}
		s.root = replace(s.root, k, m)
		return true
	}
	s.root = insert(s.root, newNode(t, k))
	s.n++
	return true
}

// Remove removes the tag with t's key and reports whether there was one.
func (s *Set) Remove(t Tag) bool {
	k := t.Key()
	if s.find(k) == nil {
		return false
	}
	s.root = remove(s.root, k)
	s.n--
	return true
}

// Contains reports whether s holds a tag with t's key.
func (s Set) Contains(t Tag) bool {
	return s.find(t.Key()) != nil
}

// Get returns the tag with key k.
func (s Set) Get(k Key) (Tag, bool) {
	if n := s.find(k); n != nil {
		return n.tag, true
	}
	return Tag{}, false
}

// LookupSlug returns the first tag, in set order, whose [Tag.Slug] matches
// slug once both are folded (so "Islamic-State" finds "islamic-state").
func (s Set) LookupSlug(slug string) (Tag, bool) {
	var a, b [128]byte
	want := appendFold(a[:0], slug, '-')
	for t := range s.All() {
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
func (s Set) Len() int { return s.n }

// All yields the tags of s in set order (see [Set]).
func (s Set) All() iter.Seq[Tag] {
	return func(yield func(Tag) bool) {
		s.root.walk(func(n *node) bool { return yield(n.tag) })
	}
}

// Within yields, in set order, the tags of s whose code is within code
// (see [Tag.Within]).
func (s Set) Within(code string) iter.Seq[Tag] {
	return func(yield func(Tag) bool) {
		for t := range s.All() {
			if t.Within(code) && !yield(t) {
				return
			}
		}
	}
}

// Union returns the tags of s and o, merging duplicates as Add does.
// Union is commutative.
func (s Set) Union(o Set) Set {
	switch {
	case o.n == 0:
		return s
	case s.n == 0:
		return o
	}
	ts := make([]Tag, 0, s.n+o.n)
	es := make([]entry, 0, s.n+o.n)
	collect := func(n *node) bool {
		es = append(es, entry{n.key, len(ts)})
		ts = append(ts, n.tag)
		return true
	}
	s.root.walk(collect)
	o.root.walk(collect)
	return fromEntries(ts, es)
}

// Intersect returns the tags whose keys are in both s and o, each merged
// from its two versions. Intersect is commutative.
func (s Set) Intersect(o Set) Set {
	var nodes []node
	s.root.walk(func(n *node) bool {
		if m := o.find(n.key); m != nil {
			nodes = append(nodes, node{tag: merge(n.tag, m.tag), key: n.key, prio: n.prio})
		}
		return true
	})
	return Set{root: buildTree(nodes), n: len(nodes)}
}

// Clone returns a copy of s. Since a Set never modifies storage that a
// copy shares, Clone is the same as assignment and takes constant time.
func (s Set) Clone() Set {
	return s
}

// Equal reports whether s and o hold equal tags (see [Tag.Equal]).
func (s Set) Equal(o Set) bool {
	if s.n != o.n {
		return false
	}
	if s.root == o.root {
		return true
	}
	ts := make([]Tag, 0, s.n)
	for t := range s.All() {
		ts = append(ts, t)
	}
	i := 0
	return o.root.walk(func(n *node) bool {
		ok := ts[i].Equal(n.tag)
		i++
		return ok
	})
}

// mergeRun returns the merge of tags with the same key, as merging them
// one by one in the order given would, in time near-linear in their size:
// the scalar fields are folded pairwise and the aliases are united once.
func mergeRun(ts []Tag, run []entry) Tag {
	m := ts[run[0].i]
	first, same := m.Aliases, true
	for _, e := range run[1:] {
		m = mergeFields(m, ts[e.i])
		same = same && slices.Equal(first, ts[e.i].Aliases)
	}
	if same {
		m.Aliases = first
		return m
	}
	lists := make([][]string, len(run))
	for i, e := range run {
		lists[i] = ts[e.i].Aliases
	}
	m.Aliases = uniteAliases(lists...)
	return m
}

// merge returns the field-wise join of two tags with the same key (see
// the Set documentation for the rules).
func merge(a, b Tag) Tag {
	m := mergeFields(a, b)
	m.Aliases = mergeAliases(a.Aliases, b.Aliases)
	return m
}

// mergeFields is merge without the aliases, which it leaves nil.
func mergeFields(a, b Tag) Tag {
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
	if a.Style == b.Style {
		m.Style = a.Style
	}
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
	return uniteAliases(a, b)
}

// uniteAliases returns the aliases of all lists sorted by folded form,
// once per folded form (the smaller spelling kept), or nil if there are
// none.
func uniteAliases(lists ...[]string) []string {
	type alias struct{ fold, s string }
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	all := make([]alias, 0, n)
	for _, l := range lists {
		for _, s := range l {
			all = append(all, alias{foldString(s), s})
		}
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
