package countries

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/newsmodel/news/internal/hostile"
)

func BenchmarkMentions(b *testing.B) {
	text := hostile.NewsText(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range Mentions(text) {
		}
	}
}

func BenchmarkParse(b *testing.B) {
	for _, s := range []string{"IQ", "IRQ", "368"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"name/Iraq", "Iraq"},
		{"name/United_States", "United States"},
		{"slug", "united-states"},
		{"demonym", "Iraqis"},
		{"alias", "U.S."},
		{"local", "Vereinigte Staaten"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			if _, ok := Lookup(bc.in); !ok {
				b.Fatalf("Lookup(%q) failed", bc.in)
			}
			b.ReportAllocs()
			for b.Loop() {
				Lookup(bc.in)
			}
		})
	}
}

// BenchmarkFirstLookup times a Parse and a Lookup by name, the first
// calls a program makes: they read static tables only.
func BenchmarkFirstLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Parse("IQ")
		Lookup("Iraq")
	}
}

// BenchmarkStartup measures package initialisation as the runtime reports
// it (GODEBUG=inittrace=1) by running this test binary again without
// tests: "init-ms" is this package's init, "deps-init-ms" that of
// golang.org/x/text/language and language/display, which every program
// importing the package also pays.
func BenchmarkStartup(b *testing.B) {
	if os.Getenv("COUNTRIES_CHILD") != "" {
		b.Skip("child process")
	}
	var own, deps float64
	n := 0
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^$")
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1", "COUNTRIES_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
		for line := range strings.Lines(string(out)) {
			f := strings.Fields(line)
			// init <package> @<t> ms, <clock> ms clock, <n> bytes, <n> allocs
			if len(f) < 6 || f[0] != "init" || f[5] != "ms" {
				continue
			}
			ms, err := strconv.ParseFloat(f[4], 64)
			if err != nil {
				continue
			}
			switch f[1] {
			case "github.com/newsmodel/news/countries":
				own += ms
			case "golang.org/x/text/language", "golang.org/x/text/language/display":
				deps += ms
			}
		}
		n++
	}
	b.ReportMetric(own/float64(n), "init-ms")
	b.ReportMetric(deps/float64(n), "deps-init-ms")
}

// BenchmarkLocalIndex measures the one-time build of the index of
// localized names.
func BenchmarkLocalIndex(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		buildLocalIndex()
	}
}
