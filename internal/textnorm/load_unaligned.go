//go:build 386 || amd64 || arm64 || ppc64le

package textnorm

import "unsafe"

// load64 reads s[i:i+8] as a little-endian word; the caller guarantees
// i+8 <= len(s). These architectures are little-endian and load unaligned
// words at full speed, so this is one instruction.
func load64(s string, i int) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
}
