package jsonlex

// Default limits used when the corresponding [Options] field is zero.
const (
	DefaultMaxDepth = 1000
	DefaultMaxBytes = 20 << 20 // 20 MiB
)

// DupPolicy says what happens when an object has two members with the same
// name (compared after unescaping, byte for byte; no Unicode normalisation).
type DupPolicy uint8

const (
	// DupReject, the zero value, rejects the document with an error wrapping
	// [ErrDuplicateKey], positioned at the second occurrence.
	DupReject DupPolicy = iota
	// DupKeepAll accepts duplicates; [Options.Decode] keeps every member in
	// order, so writing the tree back reproduces them.
	DupKeepAll
	// DupKeepLast accepts duplicates; [Options.Decode] keeps one member per
	// name, at the position of the first occurrence, with the last value
	// (what encoding/json does for a map). A [Reader] reports every member.
	DupKeepLast
)

// String returns the name of the policy.
func (p DupPolicy) String() string {
	switch p {
	case DupReject:
		return "reject"
	case DupKeepAll:
		return "keep-all"
	case DupKeepLast:
		return "keep-last"
	}
	return "DupPolicy(" + itoa(int(p)) + ")"
}

// Options control reading. The zero value is the strict default.
type Options struct {
	// MaxDepth is the deepest nesting of arrays and objects allowed; a
	// document that opens more containers fails with [ErrDepth]. Zero or
	// negative means [DefaultMaxDepth] (1000).
	MaxDepth int
	// MaxBytes is the largest input accepted; longer input fails with
	// [ErrTooLarge] before it is scanned. Zero or negative means
	// [DefaultMaxBytes] (20 MiB).
	MaxBytes int64
	// DuplicateKeys is the policy for repeated member names. The zero value
	// rejects them with [ErrDuplicateKey].
	DuplicateKeys DupPolicy
	// ReplaceInvalid, when true, accepts invalid UTF-8 and lone surrogate
	// escapes inside strings and replaces each invalid byte or lone
	// surrogate with U+FFFD in decoded values. When false (the default)
	// they are syntax errors. Bytes outside strings are always checked.
	ReplaceInvalid bool
}

func (o Options) maxDepth() int {
	if o.MaxDepth <= 0 {
		return DefaultMaxDepth
	}
	return o.MaxDepth
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
