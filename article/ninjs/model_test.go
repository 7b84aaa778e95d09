package ninjs

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsmodel/news/internal/corpus"
)

// TestModelCoversSchemas walks the compiled schema of every version beside
// the Go types and fails for any property of any schema that has no field
// (pattern properties, the extension points, are kept in Extra by design).
func TestModelCoversSchemas(t *testing.T) {
	for _, v := range versions {
		t.Run(v.String(), func(t *testing.T) {
			w := coverWalk{t: t, rules: rulesFor(v), major: v.Major(), seen: map[[2]any]bool{}}
			w.walk(0, reflect.TypeFor[Document](), "")
			if w.checked < 50 {
				t.Errorf("only %d properties checked", w.checked)
			}
		})
	}
}

type coverWalk struct {
	t       *testing.T
	rules   []rule
	major   int
	seen    map[[2]any]bool
	checked int
}

// props returns the properties of rule r and of the rules it applies
// through allOf.
func (w *coverWalk) props(r int) []prop {
	ps := append([]prop(nil), w.rules[r].props...)
	for _, a := range w.rules[r].allOf {
		ps = append(ps, w.props(a)...)
	}
	return ps
}

func (w *coverWalk) walk(r int, typ reflect.Type, path string) {
	key := [2]any{r, typ}
	if w.seen[key] {
		return
	}
	w.seen[key] = true
	si := infoOf(typ)
	for _, p := range w.props(r) {
		w.checked++
		fi, ok := si.byName[w.major-1][p.name]
		if !ok {
			if !(typ == reflect.TypeFor[Rendition]() && p.name == "name" && w.major == 1) {
				w.t.Errorf("%s/%s: no field of %v holds it", path, p.name, typ)
			}
			continue
		}
		f := &si.fields[fi]
		if f.elem == nil {
			continue
		}
		child := p.rule
		cr := &w.rules[child]
		switch {
		case f.shape[w.major-1] == shapeKeyed && len(cr.patternProps) > 0:
			child = cr.patternProps[0].rule
		case cr.hasItems:
			child = cr.items
		}
		w.walk(child, f.elem, path+"/"+p.name)
	}
}

// TestGenerated fails when rules.go is not what gen.go makes of the
// schemas in the shared corpus.
func TestGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go run")
	}
	spec := corpus.Dir(t, "ninjs", "specification")
	out := filepath.Join(t.TempDir(), "rules.go")
	cmd := exec.Command("go", "run", "gen.go", "-spec", spec, "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen.go: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("rules.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("rules.go is stale: run go generate")
	}
}

// TestModelNamesInSchemas is the converse of TestModelCoversSchemas: each
// member name a struct tag gives for a major version is a property of some
// schema of that major version, so the writer never invents members.
func TestModelNamesInSchemas(t *testing.T) {
	known := [3]map[string]bool{{}, {}, {}}
	for _, v := range versions {
		for _, r := range rulesFor(v) {
			for _, p := range r.props {
				known[v.Major()-1][p.name] = true
			}
		}
	}
	types := []reflect.Type{reflect.TypeFor[Document]()}
	seen := map[reflect.Type]bool{}
	for len(types) > 0 {
		typ := types[0]
		types = types[1:]
		if seen[typ] {
			continue
		}
		seen[typ] = true
		si := infoOf(typ)
		for _, f := range si.fields {
			for m, n := range f.names {
				if n != "" && !known[m][n] {
					t.Errorf("%v: %q is no property of any %d.x schema", typ, n, m+1)
				}
			}
			if f.elem != nil {
				types = append(types, f.elem)
			}
		}
	}
}
