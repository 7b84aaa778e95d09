package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunEmbedded(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	got := out.String()
	for _, want := range []string{
		"Headline:  Lake Varo fishing cooperatives agree shared quota",
		"Published: 2025-03-03 (day precision, no zone)",
		"Section:   World › Africa",
		"Country:   KE Kenya",
		"Source:    AFP = Agence France-Presse",
		"Body:      4 paragraphs",
		"Validate:  ok",
		`"countries": [`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "problems reading") {
		t.Errorf("the embedded page parses with problems:\n%s", got)
	}
}

func TestRunFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.txt")
	page := "Harbour talks resume\nPublished: 2024-05-07\nUpdated: the day after\n\nDelegations met.\n"
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run([]string{path}, &out); err != nil {
		t.Fatalf("run: %v", err)
	}
	if got := out.String(); !strings.Contains(got, "Headline:  Harbour talks resume") || !strings.Contains(got, "problems reading") {
		t.Errorf("run(%s) output:\n%s", path, got)
	}
	if err := run([]string{filepath.Join(t.TempDir(), "missing.txt")}, &out); err == nil {
		t.Errorf("run(missing file) = nil error")
	}
}
