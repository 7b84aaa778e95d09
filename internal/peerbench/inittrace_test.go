package peerbench

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestInitTrace reports the package-initialisation cost of countries and
// of the peers, as the runtime measures it (GODEBUG=inittrace=1), by
// running this test binary again with no tests.
func TestInitTrace(t *testing.T) {
	if os.Getenv("PEERBENCH_CHILD") != "" {
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1", "PEERBENCH_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	found := false
	for _, line := range strings.Split(string(out), "\n") {
		for _, pkg := range []string{"newsmodel/news/countries", "biter777/countries", "pariz/gountries",
			"aho-corasick", "golang.org/x/text/language", "golang.org/x/text/language/display"} {
			if strings.HasPrefix(line, "init ") && strings.Contains(line, pkg+" @") {
				t.Log(line)
				found = found || strings.Contains(line, "newsmodel/news/countries")
			}
		}
	}
	if !found {
		t.Log("countries has no init work (no inittrace line)")
	}
}
