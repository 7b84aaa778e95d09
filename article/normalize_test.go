package article_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/news/article"
)

func TestNormalize(t *testing.T) {
	a := &article.Article{
		URL:         "HTTPS://News.Example.org:443/story?id=7&utm_source=x&fbclid=abc&UTM_Medium=y#comments",
		Headline:    "  Harbour\u00a0talks\u200b resume ",
		Subheadline: "Harbour talks resume",
		Summary:     "Cafe\u0301 \u202asummit\u202c",
		Authors: []article.Person{
			{Name: "By Ana Ruiz and Li Wei"},
			{Name: "ana ruiz"},
			{Name: "Tom Okoro (photographer)", URL: "http://example.org/tom#bio"},
			{Name: "Staff"},
		},
		Section: []string{" World ", "", "Europe"},
		Sources: []article.Source{{Name: "AFP"}, {Name: "afp "}},
		Body: []article.Block{
			{Text: "Harbour talks resume"},
			{Text: "First\r\nparagraph."},
			{Text: " \u200b "},
			{Text: "Second\tparagraph."},
		},
	}
	article.Normalize(a)
	want := &article.Article{
		URL:      "https://news.example.org/story?id=7",
		Headline: "Harbour talks resume",
		Summary:  "Café summit",
		Authors: []article.Person{
			{Name: "Ana Ruiz"}, {Name: "Li Wei"},
			{Name: "Tom Okoro", Role: article.RolePhotographer, URL: "http://example.org/tom"},
		},
		Section: []string{"World", "Europe"},
		Sources: []article.Source{{Name: "AFP"}},
		Body:    []article.Block{{Text: "First paragraph."}, {Text: "Second paragraph."}},
	}
	if diff := cmp.Diff(want, a, cmpOpts...); diff != "" {
		t.Errorf("Normalize mismatch (-want +got):\n%s", diff)
	}
	again := a.Clone()
	article.Normalize(again)
	if diff := cmp.Diff(a, again, cmpOpts...); diff != "" {
		t.Errorf("Normalize not idempotent (-first +second):\n%s", diff)
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"https://example.org", "https://example.org/", nil},
		{"http://Example.ORG:80/a/b/?utm_campaign=z&q=1#x", "http://example.org/a/b/?q=1", nil},
		{"https://example.org/p?gclid=1&msclkid=2&mc_cid=3", "https://example.org/p", nil},
		{"https://example.org/p?a=%20b&utm_x", "https://example.org/p?a=%20b", nil},
		{"/relative/path", "/relative/path", article.ErrNotAbsolute},
		{"ftp://example.org/x", "ftp://example.org/x", article.ErrNotAbsolute},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := article.CanonicalURL(tt.in)
			if got != tt.want || !errors.Is(err, tt.err) && (err != nil || tt.err != nil) {
				t.Errorf("CanonicalURL(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
			}
			if err == nil {
				if again, _ := article.CanonicalURL(got); again != got {
					t.Errorf("CanonicalURL not idempotent: %q then %q", got, again)
				}
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	a := &article.Article{URL: "https://example.org/story?utm_source=x#top", Headline: "A"}
	b := &article.Article{URL: "https://EXAMPLE.org/story", Headline: "B"}
	if a.Fingerprint() != b.Fingerprint() {
		t.Errorf("same canonical URL, different fingerprints")
	}
	c := &article.Article{Headline: "Harbour\u00a0talks", Body: []article.Block{{Text: "One."}}}
	d := &article.Article{Headline: "Harbour talks", Body: []article.Block{{Text: " One. "}}}
	if c.Fingerprint() != d.Fingerprint() || c.Fingerprint() == a.Fingerprint() {
		t.Errorf("content fingerprints: %v %v %v", c.Fingerprint(), d.Fingerprint(), a.Fingerprint())
	}
	var f article.Fingerprint
	if err := f.UnmarshalText([]byte(c.Fingerprint().String())); err != nil || f != c.Fingerprint() {
		t.Errorf("Fingerprint text round trip: %v %v", f, err)
	}
}
