//go:build race

package hostile

// Race reports whether the race detector is on; time bounds of tests grow
// with it.
const Race = true
