package countries

import (
	"errors"
	"strconv"
)

// A ListError reports an item of a list that [ParseList] did not
// recognise.
type ListError struct {
	Offset int    // byte offset of the item in the list
	Item   string // the item, trimmed, cut to 64 bytes
	Err    error  // wraps ErrUnknown; also ErrAmbiguous for a shared name
}

// Error returns "countries: unknown item \"Narnia\" at offset 6" (or
// "ambiguous item").
func (e *ListError) Error() string {
	what := "unknown"
	if errors.Is(e.Err, ErrAmbiguous) {
		what = "ambiguous"
	}
	return "countries: " + what + " item " + strconv.Quote(e.Item) + " at offset " + strconv.Itoa(e.Offset)
}

// Unwrap returns Err.
func (e *ListError) Unwrap() error { return e.Err }

// errAmbiguousItem wraps both ErrAmbiguous and ErrUnknown.
var errAmbiguousItem = errors.Join(ErrAmbiguous, ErrUnknown)

// maxListItems bounds the work on hostile input.
const maxListItems = 10000

// ParseList reads a list of countries as pages carry them: items
// separated by commas, semicolons, slashes, vertical bars, tabs or line
// breaks, and "and" or "&" between names ("iraq; united-states;", "IQ,
// US", "Iraq and the United States"). Each item is read with [Lookup].
// An item that is not a country as a whole but is several joined by "and"
// is split, choosing the longest names first, so "Iraq and Trinidad and
// Tobago" is two countries. Empty items are skipped.
//
// The recognised countries are returned even when some items are not;
// the error is then the errors.Join of one *[ListError] per unrecognised
// item, in order, each wrapping [ErrUnknown]. At most 10,000 items are
// read; the rest of a longer list is reported as one unknown item.
func ParseList(s string) (Set, error) {
	var set Set
	var errs []error
	n := 0
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			switch s[i] {
			case ',', ';', '/', '|', '\t', '\n', '\r':
			default:
				continue
			}
		}
		n++
		if n > maxListItems {
			errs = append(errs, listError(s, start, len(s), ErrUnknown))
			break
		}
		parseItem(s, start, i, &set, &errs)
		start = i + 1
	}
	return set, errors.Join(errs...)
}

// parseItem reads s[from:to].
func parseItem(s string, from, to int, set *Set, errs *[]error) {
	from, to = trim(s, from, to)
	if from == to {
		return
	}
	if c, ok := Lookup(s[from:to]); ok {
		set.Add(c)
		return
	}
	// Split on "and" and "&", then join the longest runs that name a
	// country.
	type seg struct{ from, to int }
	var segs []seg
	segStart := from
	for i := from; i < to; {
		w, next := conjunction(s, i, to)
		if w {
			segs = append(segs, seg{segStart, i})
			segStart = next
			i = next
			continue
		}
		i++
	}
	segs = append(segs, seg{segStart, to})
	if len(segs) == 1 {
		*errs = append(*errs, itemError(s, from, to))
		return
	}
	for i := 0; i < len(segs); {
		// No name has more than two "and"s.
		j := min(len(segs), i+3)
		found := false
		for ; j > i; j-- {
			f, t := trim(s, segs[i].from, segs[j-1].to)
			if f == t {
				continue
			}
			if c, ok := Lookup(s[f:t]); ok {
				set.Add(c)
				found = true
				break
			}
		}
		if found {
			i = j
			continue
		}
		if f, t := trim(s, segs[i].from, segs[i].to); f < t {
			*errs = append(*errs, itemError(s, f, t))
		}
		i++
	}
}

// conjunction reports whether a separating "and" or "&" starts at s[i],
// preceded and followed by a space or the item's ends, and returns the
// index after it.
func conjunction(s string, i, to int) (bool, int) {
	if i > 0 && s[i-1] != ' ' {
		return false, 0
	}
	n := 0
	switch {
	case s[i] == '&':
		n = 1
	case i+3 <= to && (s[i] == 'a' || s[i] == 'A') && (s[i+1] == 'n' || s[i+1] == 'N') && (s[i+2] == 'd' || s[i+2] == 'D'):
		n = 3
	default:
		return false, 0
	}
	if i+n < to && s[i+n] != ' ' {
		return false, 0
	}
	return true, i + n
}

func trim(s string, from, to int) (int, int) {
	for from < to && s[from] == ' ' {
		from++
	}
	for to > from && (s[to-1] == ' ' || s[to-1] == '.') {
		to--
	}
	return from, to
}

func itemError(s string, from, to int) error {
	if len(LookupAll(s[from:to])) > 1 {
		return listError(s, from, to, errAmbiguousItem)
	}
	return listError(s, from, to, ErrUnknown)
}

func listError(s string, from, to int, err error) error {
	item := s[from:to]
	if len(item) > 64 {
		item = item[:64]
	}
	return &ListError{Offset: from, Item: item, Err: err}
}
