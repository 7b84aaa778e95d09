package agencies

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Synthetic agencies for the registry tests.
var (
	fictional = Agency{
		Acronym: "MIA", Name: "Meridian Information Associates", Aliases: []string{"Meridian Wire"},
		Domains: []string{"https://www.Meridian-Wire.example/en"}, Country: "ZZ", Languages: []string{"en"},
		URL: "https://www.meridian-wire.example/",
	}
	amp = Agency{Acronym: "Q&R", Name: "Quill & Ribbon", Country: "ZZ", Languages: []string{"en"}}
)

func TestRegistryLookup(t *testing.T) {
	r, err := NewRegistry(fictional, amp)
	if err != nil {
		t.Fatalf("NewRegistry: %v", err)
	}
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"shared acronym: the caller's first", "MIA", []string{"MIA/ZZ", "MIA/MK"}},
		{"wire code", "MIA-001", []string{"MIA/ZZ", "MIA/MK"}},
		{"name", "meridian information associates", []string{"MIA/ZZ"}},
		{"alias", "MERIDIAN WIRE", []string{"MIA/ZZ"}},
		{"domain normalised", "meridian-wire.example", []string{"MIA/ZZ"}},
		{"URL", "http://news.meridian-wire.example/x", []string{"MIA/ZZ"}},
		{"built-in still there", "Reuters", []string{"Reuters/GB"}},
		{"built-in domain", "mia.mk", []string{"MIA/MK"}},
		{"miss", "Nonexistent", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(r.Lookup(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Registry.Lookup(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	if got, want := r.Len(), Len()+2; got != want {
		t.Errorf("Len() = %d, want %d", got, want)
	}
	all := slices.Collect(r.All())
	if diff := cmp.Diff([]string{"MIA/ZZ", "Q&R/ZZ"}, ids(all[len(all)-2:])); diff != "" {
		t.Errorf("All does not end with the caller's agencies (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"AP", "Quill & Ribbon", "dpa"}, slices.Collect(r.Split("AP/Quill & Ribbon and dpa"))); diff != "" {
		t.Errorf("Registry.Split mismatch (-want +got):\n%s", diff)
	}
	if n := testing.AllocsPerRun(100, func() { r.Lookup("Nonexistent Wire Service") }); n != 0 {
		t.Errorf("Registry.Lookup allocates %v times on a miss, want 0", n)
	}
}

func TestRegistryCopies(t *testing.T) {
	a := fictional
	a.Aliases = slices.Clone(a.Aliases)
	r, err := NewRegistry(a)
	if err != nil {
		t.Fatal(err)
	}
	a.Aliases[0] = "changed"
	if r.Lookup("Meridian Wire") == nil {
		t.Errorf("changing the caller's agency after NewRegistry changed the registry")
	}
	if got := fictional.Domains[0]; got != "https://www.Meridian-Wire.example/en" {
		t.Errorf("NewRegistry modified its argument: %q", got)
	}
}

func TestRegistryZero(t *testing.T) {
	var nilReg *Registry
	empty, err := NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"MIA", "https://afp.com", "Reuters/AP", "Nonexistent"} {
		want := ids(Lookup(s))
		if diff := cmp.Diff(want, ids(nilReg.Lookup(s))); diff != "" {
			t.Errorf("(*Registry)(nil).Lookup(%q) differs from Lookup:\n%s", s, diff)
		}
		if diff := cmp.Diff(want, ids(empty.Lookup(s))); diff != "" {
			t.Errorf("NewRegistry().Lookup(%q) differs from Lookup:\n%s", s, diff)
		}
	}
	if nilReg.Len() != Len() {
		t.Errorf("(*Registry)(nil).Len() = %d, want %d", nilReg.Len(), Len())
	}
}

func TestNewRegistryErrors(t *testing.T) {
	tests := []struct {
		name string
		a    Agency
	}{
		{"no name", Agency{Acronym: " - ", Country: "ZZ"}},
		{"bad domain", Agency{Acronym: "X", Domains: []string{"not a host"}}},
		{"domain without dot", Agency{Acronym: "X", Domains: []string{"localhost"}}},
		{"name too long", Agency{Acronym: "X", Name: strings.Repeat("n", 300)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewRegistry(fictional, tt.a)
			if !errors.Is(err, ErrInvalid) || r != nil {
				t.Errorf("NewRegistry(%+v) = %v, %v; want nil, ErrInvalid", tt.a, r, err)
			}
		})
	}
	// Only one of acronym and name is needed.
	r, err := NewRegistry(Agency{Name: "Nameonly Wire"})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Lookup("Nameonly Wire"); len(got) != 1 || got[0].Acronym != "Nameonly Wire" {
		t.Errorf("agency without acronym: Lookup = %+v, want it with the name as acronym", got)
	}
}
