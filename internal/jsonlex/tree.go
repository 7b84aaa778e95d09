package jsonlex

import (
	"errors"
	"iter"
)

// An Object is a decoded JSON object that keeps its members in input order,
// so that a document can be written back with its keys where they were.
// Keys[i] is the name of the member whose value is Values[i]; the two
// slices always have the same length. Under [DupKeepAll] a name may occur
// more than once. The zero Object is empty and ready to use.
type Object struct {
	Keys   []string
	Values []any
}

// Len returns the number of members.
func (o *Object) Len() int { return len(o.Keys) }

// Get returns the value of the last member named key.
func (o *Object) Get(key string) (any, bool) {
	for i := len(o.Keys) - 1; i >= 0; i-- {
		if o.Keys[i] == key {
			return o.Values[i], true
		}
	}
	return nil, false
}

// Set replaces the value of the last member named key, or appends a member
// when there is none.
func (o *Object) Set(key string, v any) {
	for i := len(o.Keys) - 1; i >= 0; i-- {
		if o.Keys[i] == key {
			o.Values[i] = v
			return
		}
	}
	o.Add(key, v)
}

// Add appends a member, even when one with the same name exists.
func (o *Object) Add(key string, v any) {
	o.Keys = append(o.Keys, key)
	o.Values = append(o.Values, v)
}

// All yields the members in order.
func (o *Object) All() iter.Seq2[string, any] {
	return func(yield func(string, any) bool) {
		for i, k := range o.Keys {
			if !yield(k, o.Values[i]) {
				return
			}
		}
	}
}

// Decode parses data, which must hold exactly one JSON value, into a tree
// with the default [Options]; see [Options.Decode].
func Decode(data []byte) (any, error) { return Options{}.Decode(data) }

// Decode parses data, which must hold exactly one JSON value (surrounded
// by optional whitespace), into a tree of these Go types:
//
//	JSON object  *Object (members in input order)
//	JSON array   []any (never nil, so [] is written back as [])
//	JSON string  string (unescaped, valid UTF-8)
//	JSON number  Number (the text as written)
//	true, false  bool
//	null         nil
//
// Errors are [*SyntaxError] values as [Valid] returns them. Decoding is
// iterative: deep nesting costs heap, not goroutine stack, up to MaxDepth.
func (o Options) Decode(data []byte) (any, error) {
	r := getReader(data, o)
	defer putReader(r)
	keepLast := o.DuplicateKeys == DupKeepLast
	v, err := r.decodeValue(keepLast)
	if err != nil {
		return nil, err
	}
	if err := r.Finish(); err != nil {
		return nil, err
	}
	return v, nil
}

// DecodeValue reads the next value (after a key, the key's value) into a
// tree as [Options.Decode] describes. Under [DupKeepLast] repeated names
// keep the last value; otherwise every member is kept (a rejecting reader
// has already failed).
func (r *Reader) DecodeValue() (any, error) { return r.decodeValue(r.policy == DupKeepLast) }

// treeState is the reusable working memory of decodeValue, kept in the
// Reader: members and elements of the open containers sit on shared
// stacks and are copied into exactly sized slices when their container
// closes, and short keys, strings and numbers that repeat (member names,
// enumerations, small integers) are shared through a small cache instead
// of being allocated and boxed again.
type treeState struct {
	keys    []string
	vals    []any
	frames  []treeFrame
	indexes []treeIndex // of the open objects that have one, innermost last
	cache   *[internSize]internEntry
}

// A treeFrame is an open container. It holds no pointers and is small, so
// that the frame stack of a deeply nested document costs little to grow
// and nothing to scan for the garbage collector.
type treeFrame struct {
	kbase int // first key of this object in keys; -1 for an array
	vbase int // first value of this container in vals
}

func (f treeFrame) obj() bool { return f.kbase >= 0 }

// A treeIndex maps the keys of a large open object (frame, in frames) to
// their positions in vals, for the keep-last policy.
type treeIndex struct {
	frame int
	m     map[string]int
}

// pushFrame appends f, doubling the stack when it is full: append's
// gentler growth for large slices would copy a deep stack many times.
func (t *treeState) pushFrame(f treeFrame) {
	if len(t.frames) == cap(t.frames) && len(t.frames) >= 256 {
		grown := make([]treeFrame, len(t.frames), 2*len(t.frames))
		copy(grown, t.frames)
		t.frames = grown
	}
	t.frames = append(t.frames, f)
}

// popFrame removes the innermost frame and its index, if any.
func (t *treeState) popFrame() {
	n := len(t.frames) - 1
	if k := len(t.indexes) - 1; k >= 0 && t.indexes[k].frame == n {
		t.indexes[k] = treeIndex{}
		t.indexes = t.indexes[:k]
	}
	t.frames = t.frames[:n]
}

const (
	internSize = 256
	internMax  = 24 // longest string interned
)

type internEntry struct {
	s   string
	v   any // s boxed as string or as Number; nil for a key-only entry
	num bool
}

// intern returns b as a string, shared with earlier equal strings when short.
func (t *treeState) intern(b []byte) string {
	if len(b) == 0 || len(b) > internMax {
		return string(b)
	}
	e := &t.cache[internHash(b)]
	if e.s != string(b) {
		e.s, e.v, e.num = string(b), nil, false
	}
	return e.s
}

// internValue returns b boxed as a string or Number.
func (t *treeState) internValue(b []byte, num bool) any {
	if len(b) == 0 || len(b) > internMax {
		if num {
			return Number(b)
		}
		return string(b)
	}
	e := &t.cache[internHash(b)]
	if e.s != string(b) || e.num != num || e.v == nil {
		if e.s != string(b) {
			e.s = string(b)
		}
		e.num = num
		if num {
			e.v = Number(e.s)
		} else {
			e.v = e.s
		}
	}
	return e.v
}

func internHash(b []byte) int {
	return (len(b)*31 + int(b[0])*7 + int(b[len(b)-1])*3 + int(b[len(b)/2])) & (internSize - 1)
}

func (r *Reader) decodeValue(keepLast bool) (any, error) {
	k, err := r.Next()
	if err != nil {
		return nil, err
	}
	if !k.IsValue() {
		return nil, errors.New("jsonlex: DecodeValue found " + k.String() + ", not a value")
	}
	t := &r.tree
	if t.cache == nil {
		t.cache = new([internSize]internEntry)
	}
	defer t.reset()
	for {
		var v any
		switch k {
		case KindObjectBegin:
			t.pushFrame(treeFrame{kbase: len(t.keys), vbase: len(t.vals)})
			goto next
		case KindArrayBegin:
			t.pushFrame(treeFrame{kbase: -1, vbase: len(t.vals)})
			goto next
		case KindKey:
			t.keys = append(t.keys, t.intern(r.val))
			goto next
		case KindObjectEnd:
			f := &t.frames[len(t.frames)-1]
			o := &Object{}
			if n := len(t.keys) - f.kbase; n > 0 {
				o.Keys = make([]string, n)
				copy(o.Keys, t.keys[f.kbase:])
				o.Values = make([]any, n)
				copy(o.Values, t.vals[f.vbase:])
			}
			t.keys, t.vals = clearTail(t.keys, f.kbase), clearTail(t.vals, f.vbase)
			t.popFrame()
			v = o
		case KindArrayEnd:
			f := &t.frames[len(t.frames)-1]
			a := make([]any, len(t.vals)-f.vbase)
			copy(a, t.vals[f.vbase:])
			t.vals = clearTail(t.vals, f.vbase)
			t.popFrame()
			v = a
		case KindString:
			v = t.internValue(r.val, false)
		case KindNumber:
			v = t.internValue(r.val, true)
		case KindTrue:
			v = true
		case KindFalse:
			v = false
		case KindNull:
			v = nil
		}
		if len(t.frames) == 0 {
			return v, nil
		}
		if f := t.frames[len(t.frames)-1]; f.obj() && keepLast {
			t.setLast(f, v)
		} else {
			t.vals = append(t.vals, v)
		}
	next:
		if k, err = r.Next(); err != nil {
			return nil, err
		}
	}
}

// setLast stores the value of the member whose key was just pushed,
// replacing an earlier member of the same name (keep-last policy).
func (t *treeState) setLast(f treeFrame, v any) {
	key := t.keys[len(t.keys)-1]
	n := len(t.vals) - f.vbase // members before this one
	var index map[string]int
	if k := len(t.indexes) - 1; k >= 0 && t.indexes[k].frame == len(t.frames)-1 {
		index = t.indexes[k].m
	}
	if index == nil {
		for i, k := range t.keys[f.kbase : f.kbase+n] {
			if k == key {
				t.vals[f.vbase+i] = v
				t.keys = clearTail(t.keys, len(t.keys)-1)
				return
			}
		}
		t.vals = append(t.vals, v)
		if n+1 > dupThreshold {
			index = make(map[string]int, 2*(n+1))
			for i, k := range t.keys[f.kbase:] {
				index[k] = i
			}
			t.indexes = append(t.indexes, treeIndex{frame: len(t.frames) - 1, m: index})
		}
		return
	}
	if i, ok := index[key]; ok {
		t.vals[f.vbase+i] = v
		t.keys = clearTail(t.keys, len(t.keys)-1)
		return
	}
	index[key] = n
	t.vals = append(t.vals, v)
}

// clearTail truncates s to n elements, zeroing the dropped ones so that a
// reused Reader does not keep a caller's tree alive.
func clearTail[E any](s []E, n int) []E {
	clear(s[n:])
	return s[:n]
}

// reset empties the stacks after an error (on success they are empty).
func (t *treeState) reset() {
	t.keys, t.vals, t.frames = clearTail(t.keys, 0), clearTail(t.vals, 0), t.frames[:0]
	t.indexes = clearTail(t.indexes, 0)
}
