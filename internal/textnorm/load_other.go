//go:build !(386 || amd64 || arm64 || ppc64le)

package textnorm

import (
	"encoding/binary"
	"unsafe"
)

// load64 reads s[i:i+8] as a little-endian word; the caller guarantees
// i+8 <= len(s).
func load64(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)), 8))
}
