package htmlmeta

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// hostileShapes build pathological pages of about n bytes.
var hostileShapes = []struct {
	name  string
	build func(n int) string
}{
	{"unclosed-p", func(n int) string { return strings.Repeat("<p>x", n/4) }},
	{"deep-div", func(n int) string { return strings.Repeat("<div>", n/5) }},
	{"formatting-attrs", func(n int) string {
		tag := "<b" + strings.Repeat(" a=1", 100) + ">x"
		return strings.Repeat(tag, n/len(tag))
	}},
	{"stray-end-tags", func(n int) string { return strings.Repeat("<div>", 500) + strings.Repeat("</span>", n/7) }},
	{"unterminated-comment", func(n int) string { return "<!--" + strings.Repeat("x", n) }},
	{"long-line", func(n int) string { return "<p>" + strings.Repeat("word ", n/5) }},
	{"text-and-comments", func(n int) string { return "<p>" + strings.Repeat("a<!--c-->", n/9) }},
	{"meta-flood", func(n int) string { return strings.Repeat(`<meta name="keywords" content="a, b, c">`, n/40) }},
	{"jsonld-deep", func(n int) string {
		return `<script type="application/ld+json">` + strings.Repeat("[", n) + `</script>`
	}},
	{"jsonld-keywords", func(n int) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","keywords":"` +
			strings.Repeat("k, ", n/3) + `"}</script>`
	}},
	{"nested-bylines", func(n int) string {
		return strings.Repeat(`<span class="byline">by x `, min(n/26, 400))
	}},
	// Shapes of the lexer's own rules and of golang.org/x/net/html's
	// advisories (case-insensitive raw text ends, unquoted values ending
	// in a solidus).
	{"raw-end-partials", func(n int) string { return "<title>" + strings.Repeat("</TiTl", n/6) }},
	{"script-escapes", func(n int) string { return "<script><!--" + strings.Repeat("<script></script>-", n/18) }},
	{"solidus-values", func(n int) string { return strings.Repeat(`<a href=/>`, n/10) }},
	{"solidus-many-attrs", func(n int) string { return "<a " + strings.Repeat("b=1 ", n/4) + "b=/>" }},
	{"meta-escaped", func(n int) string {
		return strings.Repeat(`<meta name="description" content="a &amp; b">`, n/46)
	}},
}

// TestHostile runs every shape at 1 MiB: each must end with a result or
// a limit error, never a panic or a hang.
func TestHostile(t *testing.T) {
	for _, sh := range hostileShapes {
		t.Run(sh.name, func(t *testing.T) {
			in := sh.build(1 << 20)
			p, err := Options{Body: true}.Scan(strings.NewReader(in))
			if p == nil {
				t.Fatalf("Scan: nil Page (error %v)", err)
			}
		})
	}
}

// BenchmarkHostile measures each shape at growing sizes; time per byte
// should stay flat (near-linear time).
func BenchmarkHostile(b *testing.B) {
	for _, sh := range hostileShapes {
		for _, n := range []int{16 << 10, 256 << 10, 4 << 20} {
			in := []byte(sh.build(n))
			b.Run(fmt.Sprintf("%s/%dKiB", sh.name, n>>10), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(in)))
				defer reportCPU(b, cpuTime())
				for b.Loop() {
					Options{Body: true}.Scan(bytes.NewReader(in))
				}
			})
		}
	}
}
