package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestModuleRoot(t *testing.T) {
	root, err := ModuleRoot()
	if err != nil {
		t.Fatalf("ModuleRoot() error: %v", err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("ModuleRoot() = %q, which has no go.mod", root)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "corpus", "corpus.go")); err != nil {
		t.Fatalf("ModuleRoot() = %q, not this module's root", root)
	}
}

func TestDir(t *testing.T) {
	p := Dir(t, "seed")
	if _, err := os.Stat(filepath.Join(p, "page-2020-01-24-iraq.txt")); err != nil {
		t.Fatalf("Dir(seed) = %q without the seed page: %v", p, err)
	}
}
