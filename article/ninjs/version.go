package ninjs

import (
	"fmt"
	"strings"
)

// A Version is a ninjs version, 1.0 to 3.1. The zero Version is unknown:
// in [ReadOptions] it asks for detection, in [WriteOptions] for the default.
type Version uint8

// The ninjs versions with an official IPTC schema.
const (
	Version10 Version = 1<<4 | 0
	Version11 Version = 1<<4 | 1
	Version12 Version = 1<<4 | 2
	Version13 Version = 1<<4 | 3
	Version14 Version = 1<<4 | 4
	Version15 Version = 1<<4 | 5
	Version16 Version = 1<<4 | 6
	Version20 Version = 2<<4 | 0
	Version21 Version = 2<<4 | 1
	Version22 Version = 2<<4 | 2
	Version30 Version = 3<<4 | 0
	Version31 Version = 3<<4 | 1
)

// DefaultVersion is the version a document is read as when neither the
// document, nor the caller, nor the spelling of its keys says otherwise.
const DefaultVersion = Version22

// Versions lists every known version in ascending order.
var versions = [...]Version{Version10, Version11, Version12, Version13, Version14, Version15,
	Version16, Version20, Version21, Version22, Version30, Version31}

// Major returns 1, 2 or 3 (0 for the zero Version).
func (v Version) Major() int { return int(v >> 4) }

// Minor returns the minor version number.
func (v Version) Minor() int { return int(v & 0xf) }

// IsValid reports whether v is one of the known versions.
func (v Version) IsValid() bool { return rulesFor(v) != nil }

// String returns "2.2" and so on, or "unknown" for the zero Version.
func (v Version) String() string {
	if v == 0 {
		return "unknown"
	}
	return fmt.Sprintf("%d.%d", v.Major(), v.Minor())
}

// SchemaURI returns the $id of the version's official schema, such as
// "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json", or "" when v is
// not valid. The writer puts it in the document's standard member.
func (v Version) SchemaURI() string {
	if !v.IsValid() {
		return ""
	}
	return "http://www.iptc.org/std/ninjs/ninjs-schema_" + v.String() + ".json"
}

// ParseVersion parses "3.1", "2.0" and so on, and also a schema URI ending
// in "ninjs-schema_3.1.json" (with or without a trailing "#").
func ParseVersion(s string) (Version, error) {
	t := strings.TrimSuffix(strings.TrimSpace(s), "#")
	if i := strings.LastIndex(t, "ninjs-schema_"); i >= 0 && strings.HasSuffix(t, ".json") {
		t = strings.TrimSuffix(t[i+len("ninjs-schema_"):], ".json")
	}
	for _, v := range versions {
		if v.String() == t {
			return v, nil
		}
	}
	return 0, fmt.Errorf("%w: unknown version %q", ErrUnsupported, s)
}

// latest returns the newest version of major m.
func latest(m int) Version {
	switch m {
	case 1:
		return Version16
	case 3:
		return Version31
	}
	return Version22
}

// Standard returns the declaration of v for a document's standard member:
// name "ninjs", the version and its schema URI. The writer does not add or
// update this member by itself; set Document.Standard to declare the
// version written.
func (v Version) Standard() *Standard {
	return &Standard{Name: "ninjs", Version: v.String(), Schema: v.SchemaURI()}
}
