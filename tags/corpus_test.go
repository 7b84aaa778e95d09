package tags

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/news/internal/corpus"
)

// TestCorpusSeedTagLine reads the tag line of the seed page and derives
// every expectation from the file itself: the line is the bulleted line
// that starts with the code.
func TestCorpusSeedTagLine(t *testing.T) {
	dir := corpus.Dir(t, "seed")
	f, err := os.Open(filepath.Join(dir, "page-2020-01-24-iraq.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const code = "LLL-GFATF-ISIS"
	var line string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) > 1 && fields[0] == "•" && fields[1] == code {
			line = sc.Text()
			break
		}
	}
	if line == "" {
		t.Fatalf("no tag line with code %s in the seed page", code)
	}
	tg, err := Parse(line)
	if err != nil {
		t.Fatalf("Parse(%q): %v", line, err)
	}

	// Expectations from the line: after the code come the words of the
	// name, then one all-capitals word, then the copula "is"; the line ends
	// with the "...[+]" marker.
	words := strings.Fields(strings.TrimSuffix(strings.TrimSpace(line), "...[+]"))[2:]
	is := -1
	for i, w := range words {
		if w == "is" {
			is = i
			break
		}
	}
	if is < 2 {
		t.Fatalf("seed line has no copula after a name: %q", line)
	}
	wantName := strings.Join(words[:is-1], " ")
	wantAlias := words[is-1]
	wantDesc := strings.Join(words[is:], " ")

	if tg.Code != code {
		t.Errorf("Code = %q, want %q", tg.Code, code)
	}
	if tg.Name != wantName {
		t.Errorf("Name = %q, want %q", tg.Name, wantName)
	}
	if len(tg.Aliases) != 1 || tg.Aliases[0] != wantAlias {
		t.Errorf("Aliases = %q, want [%q]", tg.Aliases, wantAlias)
	}
	if tg.Description != wantDesc || !tg.Truncated {
		t.Errorf("Description = %q (truncated %v), want %q truncated", tg.Description, tg.Truncated, wantDesc)
	}
	if got := tg.Parent(); got != "LLL-GFATF" || !tg.Within("lll") {
		t.Errorf("Parent() = %q", got)
	}
	if tg.Style != (Style{Bullet: "•"}) {
		t.Errorf("Style = %+v, want the bullet only", tg.Style)
	}
	// Formatting gives the line back, bullet included, modulo white space.
	if got := tg.String(); stripSpace(got) != stripSpace(line) {
		t.Errorf("String() = %q, want %q modulo white space", got, line)
	}
	if got, want := tg.String(), strings.Join(strings.Fields(line), " "); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
