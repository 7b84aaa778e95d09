package agencies

// Match kinds, in the order Lookup reports candidates.
const (
	kindAcronym = iota
	kindName
	kindAlias
	kindDomain
)

// index is a table of agencies with its keys: folded acronyms, names and
// aliases (see [Key]) and domains, sorted, end to end in one string.
type index struct {
	data  string   // the keys end to end
	end   []uint32 // end[i] is the end of key i in data; it starts at end[i-1]
	ref   []uint32 // ref[i] is the table index of key i's agency <<2 | its kind
	table []Agency
}

// key returns the i-th key.
func (x *index) key(i int) string {
	start := uint32(0)
	if i > 0 {
		start = x.end[i-1]
	}
	return x.data[start:x.end[i]]
}

// agency returns the agency of the i-th key.
func (x *index) agency(i int) *Agency { return &x.table[x.ref[i]>>2] }

// kind returns the kind of match of the i-th key.
func (x *index) kind(i int) uint32 { return x.ref[i] & 3 }

// search returns the range [lo, hi) of entries whose key is k. Within it
// each agency appears once, sorted by kind, then table order.
func (x *index) search(k []byte) (lo, hi int) {
	// string(k) in a comparison does not allocate.
	lo, hi = 0, len(x.end)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x.key(m) < string(k) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = lo
	for hi < len(x.end) && x.key(hi) == string(k) {
		hi++
	}
	return lo, hi
}

// collect returns copies of the agencies of the entries [lo, hi) of a and
// then of b, merged by kind, with a's first within a kind. The copies'
// slices share one fresh backing array, each capped so that appending to
// one never writes into another.
func collect(a *index, alo, ahi int, b *index, blo, bhi int) []Agency {
	if alo == ahi && blo == bhi {
		return nil
	}
	n := 0
	for i := alo; i < ahi; i++ {
		n += a.agency(i).strings()
	}
	for i := blo; i < bhi; i++ {
		n += b.agency(i).strings()
	}
	strs := make([]string, 0, n)
	out := make([]Agency, 0, ahi-alo+bhi-blo)
	for kind := uint32(kindAcronym); kind <= kindDomain; kind++ {
		for ; alo < ahi && a.kind(alo) == kind; alo++ {
			out, strs = appendCopy(out, strs, a.agency(alo))
		}
		for ; blo < bhi && b.kind(blo) == kind; blo++ {
			out, strs = appendCopy(out, strs, b.agency(blo))
		}
	}
	return out
}

// strings returns the number of strings in a's slices.
func (a *Agency) strings() int { return len(a.Aliases) + len(a.Domains) + len(a.Languages) }

// appendCopy appends a copy of a to out, its slices carved from strs.
func appendCopy(out []Agency, strs []string, a *Agency) ([]Agency, []string) {
	c := *a
	c.Aliases, strs = carve(strs, a.Aliases)
	c.Domains, strs = carve(strs, a.Domains)
	c.Languages, strs = carve(strs, a.Languages)
	return append(out, c), strs
}

// carve copies src to the free capacity of buf and returns the copy and
// the buffer with the copy appended. A nil src stays nil.
func carve(buf, src []string) (dst, rest []string) {
	if src == nil {
		return nil, buf
	}
	start := len(buf)
	buf = append(buf, src...)
	return buf[start:len(buf):len(buf)], buf
}
