package agencies

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

// ErrInvalid is returned (wrapped) by [NewRegistry] for an agency it
// cannot index.
var ErrInvalid = errors.New("agencies: invalid agency")

// Registry is the built-in registry plus agencies of the caller's own. The
// built-in table is never modified: a Registry only adds to it.
//
// A nil *Registry is the built-in registry alone. A Registry is immutable
// and safe for concurrent use.
type Registry struct {
	extra  index
	maxLen int // the longest key of extra
}

// NewRegistry returns the built-in registry plus the agencies extra. Each
// extra agency is copied and indexed like the built-in ones, by acronym,
// name, aliases and domains; it is found alongside the built-in agencies,
// and before them among candidates of the same kind. A domain may be given
// as a host name or URL; it is stored as a lower-case host without
// "www.".
//
// The error wraps [ErrInvalid] when an agency has neither acronym nor name
// with a letter or digit, when an acronym, name or alias folds to more
// than 256 bytes, or when a domain is not a host name.
func NewRegistry(extra ...Agency) (*Registry, error) {
	r := &Registry{}
	type entry struct {
		key    string
		ref    uint32
		agency int
	}
	var entries []entry
	var errs []error
	for i, a := range extra {
		if Key(a.Acronym) == "" && Key(a.Name) == "" {
			errs = append(errs, fmt.Errorf("%w %d: no acronym or name", ErrInvalid, i))
			continue
		}
		a = a.clone()
		if a.Acronym == "" {
			a.Acronym = a.Name
		} else if a.Name == "" {
			a.Name = a.Acronym
		}
		for j, d := range a.Domains {
			host, ok := hostOf(d)
			if !ok || host == "" {
				errs = append(errs, fmt.Errorf("%w %d (%s): domain %q is not a host name", ErrInvalid, i, a.Acronym, d))
				continue
			}
			a.Domains[j] = strings.TrimPrefix(strings.ToLower(host), "www.")
		}
		n := len(r.extra.table)
		add := func(s string, kind uint32) {
			if k := Key(s); k != "" && len(k) <= bufLen {
				entries = append(entries, entry{k, uint32(n)<<2 | kind, n})
			} else if len(k) > bufLen {
				errs = append(errs, fmt.Errorf("%w %d (%s): %q is too long", ErrInvalid, i, a.Acronym, s))
			}
		}
		add(a.Acronym, kindAcronym)
		add(a.Name, kindName)
		for _, s := range a.Aliases {
			add(s, kindAlias)
		}
		for _, d := range a.Domains {
			if len(d) <= bufLen && strings.IndexByte(d, '.') > 0 {
				entries = append(entries, entry{d, uint32(n)<<2 | kindDomain, n})
			}
		}
		r.extra.table = append(r.extra.table, a)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortFunc(entries, func(a, b entry) int {
		return cmp.Or(strings.Compare(a.key, b.key), cmp.Compare(a.ref&3, b.ref&3), cmp.Compare(a.agency, b.agency))
	})
	// Each (key, agency) pair once, with its strongest kind.
	type pair struct {
		key    string
		agency int
	}
	seen := map[pair]bool{}
	var data strings.Builder
	for _, e := range entries {
		if seen[pair{e.key, e.agency}] {
			continue
		}
		seen[pair{e.key, e.agency}] = true
		data.WriteString(e.key)
		r.extra.end = append(r.extra.end, uint32(data.Len()))
		r.extra.ref = append(r.extra.ref, e.ref)
		r.maxLen = max(r.maxLen, len(e.key))
	}
	r.extra.data = data.String()
	return r, nil
}

// noExtra is the empty index of the nil *Registry.
var noExtra index

// extraIndex returns the index of the caller's agencies; empty for nil.
func (r *Registry) extraIndex() *index {
	if r == nil {
		return &noExtra
	}
	return &r.extra
}

// Len returns the number of agencies in the registry.
func (r *Registry) Len() int { return len(builtin.table) + len(r.extraIndex().table) }

// All returns the agencies of the registry: the built-in ones in the order
// of [All], then the caller's in the order given to [NewRegistry].
func (r *Registry) All() iter.Seq[Agency] {
	return func(yield func(Agency) bool) {
		for _, t := range [][]Agency{builtin.table, r.extraIndex().table} {
			for i := range t {
				if !yield(t[i].clone()) {
					return
				}
			}
		}
	}
}

// Lookup returns the agencies of the registry that s names, by the rules of
// the package documentation; see also the package function [Lookup].
func (r *Registry) Lookup(s string) []Agency {
	if out := r.lookup(s); out != nil {
		return out
	}
	// "Source: MIA", "Photo: AP/Jane Roe": what follows a label.
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return r.lookup(s[i+1:])
	}
	return nil
}

// lookup is Lookup without the label rule.
func (r *Registry) lookup(s string) []Agency {
	extra := r.extraIndex()
	if host, ok := hostOf(s); ok {
		return lookupHost(extra, host)
	}
	limit := maxKeyLen
	if r != nil {
		limit = max(limit, r.maxLen)
	}
	f := newFolded(limit)
	f.fold(s)
	if f.ncut == 0 {
		return nil
	}
	k := f.key()
	start := 0
	for {
		if !f.over {
			if out := find(extra, k[start:]); out != nil {
				return out
			}
		}
		// The longest leading run of words that is a key: "MIA001",
		// "AFP/xyz", "Reuters/AP", "AP Photo".
		for i := f.ncut - 1; i >= 0; i-- {
			end := int(f.cuts[i])
			if end <= start || (i == f.ncut-1 && !f.over && end == len(k)) {
				continue
			}
			if out := find(extra, k[start:end]); out != nil {
				return out
			}
		}
		// A leading "The" is not part of a credit.
		if start == 0 && f.cuts[0] == 3 && f.ncut > 1 && string(k[:3]) == "the" {
			start = 3
			continue
		}
		return nil
	}
}

// find returns the agencies of key k in the extra and built-in indexes.
func find(extra *index, k []byte) []Agency {
	elo, ehi := extra.search(k)
	lo, hi := builtin.search(k)
	return collect(extra, elo, ehi, &builtin, lo, hi)
}

// lookupHost looks host up among the domains, and then its parent domains:
// "english.news.cn" finds the agency of "news.cn".
func lookupHost(extra *index, host string) []Agency {
	var buf [bufLen]byte
	if len(host) > len(buf) {
		// Longer than any domain: only its tail can match.
		host = host[len(host)-len(buf):]
		if i := strings.IndexByte(host, '.'); i >= 0 {
			host = host[i+1:]
		}
	}
	b := buf[:len(host)]
	for i := 0; i < len(host); i++ {
		c := host[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for dot := bytes.IndexByte(b, '.'); dot >= 0; dot = bytes.IndexByte(b, '.') {
		if out := find(extra, b); out != nil {
			return out
		}
		b = b[dot+1:]
	}
	return nil
}
