package ninjs

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// testRoundTrip checks that d, written in the newest version of its major
// version (2.2 or 3.1; 1.x is not written) and read back, is d again, and
// that writing is deterministic.
func testRoundTrip(t *testing.T, d *Document) {
	t.Helper()
	if d.Version.Major() == 1 {
		return
	}
	out, err := Marshal(d)
	if err != nil {
		t.Fatalf("Marshal() error: %v", err)
	}
	again, err := Marshal(d)
	if err != nil || string(again) != string(out) {
		t.Fatalf("Marshal() is not deterministic")
	}
	back, err := ReadOptions{Version: latest(d.Version.Major())}.Parse(out)
	if back == nil {
		t.Fatalf("Parse(Marshal(d)) error: %v\n%s", err, out)
	}
	if diff := cmp.Diff(d, back, cmpopts.IgnoreFields(Document{}, "Version"), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("read(write(d)) != d (-want +got):\n%s\n%s", diff, out)
	}
	if d.Version.IsValid() && Validate(d) == nil {
		back.Version = latest(d.Version.Major())
		if err := Validate(back); err != nil && !errors.Is(err, ErrNotAllowed) {
			t.Errorf("valid %v document written as %v does not validate: %v", d.Version, back.Version, err)
		}
	}
}
