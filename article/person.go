package article

import (
	"strings"

	"github.com/newsmodel/news/internal/textnorm"
)

// A Person is someone credited with the article. Only Name is required.
type Person struct {
	// Name is the person's name as credited, without "By" or role words.
	Name string
	// Role is what the person did; the zero value means author.
	Role Role
	// URL is a profile page, or empty.
	URL string
	// Affiliation is the organisation the person writes for, when it is not
	// the publisher ("Reuters" on a syndicated story), or empty.
	Affiliation string
}

// Role is the part a [Person] had in an article. The zero value means the
// role was not given and reads as author.
type Role string

// Roles.
const (
	RoleAuthor       Role = "author"
	RoleEditor       Role = "editor"
	RolePhotographer Role = "photographer"
	RoleTranslator   Role = "translator"
	RoleContributor  Role = "contributor"
)

var roleWords = map[string]Role{
	"author": RoleAuthor, "writer": RoleAuthor, "reporter": RoleAuthor, "correspondent": RoleAuthor,
	"staff writer": RoleAuthor, "staff writers": RoleAuthor, "staff reporter": RoleAuthor, "staff": RoleAuthor,
	"senior correspondent": RoleAuthor, "special correspondent": RoleAuthor, "reporters": RoleAuthor,
	"editor": RoleEditor, "editing": RoleEditor, "editors": RoleEditor, "edited by": RoleEditor,
	"photographer": RolePhotographer, "photo": RolePhotographer, "photos": RolePhotographer, "photography": RolePhotographer,
	"translator": RoleTranslator, "translation": RoleTranslator, "translated by": RoleTranslator,
	"contributor": RoleContributor, "contributing": RoleContributor, "additional reporting": RoleContributor,
}

// bylinePrefixes are dropped from the start of a credit, longest first.
var bylinePrefixes = []string{"additional reporting by ", "reporting by ", "written by ", "words by ", "story by ", "text by ", "by: ", "by "}

// ParseByline splits a credit line into people: it drops "By" and its
// variants, e-mail addresses, handles (@name), "Updated …"/"Published …"
// residue and bare role words ("Staff Writer", "Correspondent"), splits
// on commas, semicolons, "and" and "&", and reads a role given in
// parentheses ("Ana Ruiz (photographer)") or as a trailing item
// ("Ana Ruiz, Editor"). A lone "Staff" credit yields no person; "Reuters
// Staff" is kept as written. Names are deduplicated case-insensitively.
func ParseByline(s string) []Person {
	return parseByline(s, "")
}

func parseByline(s string, role Role) []Person {
	s = textnorm.String(s)
	lower := strings.ToLower(s)
	s = stripBy(s)
	lower = strings.ToLower(s)
	// Residue after the credit: "| Updated 3 hours ago", "Published ...".
	for _, cut := range []string{"|", " updated ", " published ", " posted ", " last updated", " - updated"} {
		if i := strings.Index(lower, cut); i >= 0 {
			s, lower = s[:i], lower[:i]
		}
	}
	if strings.HasPrefix(lower, "updated ") || strings.HasPrefix(lower, "published ") {
		return nil
	}
	var people []Person
	for _, item := range splitNames(s) {
		item, r := stripRole(stripBy(item))
		item = stripBy(item)
		if item == "" {
			if r != "" && len(people) > 0 && people[len(people)-1].Role == "" && r != RoleAuthor {
				people[len(people)-1].Role = r
			}
			continue
		}
		if r == "" {
			r = role
		}
		dup := false
		for _, p := range people {
			if strings.EqualFold(p.Name, item) {
				dup = true
				break
			}
		}
		if !dup {
			people = append(people, Person{Name: item, Role: r})
		}
	}
	return people
}

// stripBy drops "By" and its variants from the start of s, repeatedly
// ("By By Ana"), so that cleaning twice gives what cleaning once gives.
func stripBy(s string) string {
	for stripped := true; stripped; {
		stripped = false
		for _, p := range bylinePrefixes {
			if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
				s = strings.TrimLeft(s[len(p):], " ")
				stripped = true
				break
			}
		}
	}
	return s
}

func splitNames(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '&' || r == '/' }) {
		words := strings.Fields(f)
		start := 0
		for i, w := range words {
			if strings.EqualFold(w, "and") || w == "+" {
				out = append(out, strings.Join(words[start:i], " "))
				start = i + 1
			}
		}
		out = append(out, strings.Join(words[start:], " "))
	}
	return out
}

// stripRole removes e-mail addresses, handles and role words from one
// name item and returns what is left and the role it named.
func stripRole(item string) (string, Role) {
	var role Role
	if i := strings.LastIndexByte(item, '('); i >= 0 && strings.HasSuffix(item, ")") {
		if r, ok := roleWords[strings.ToLower(strings.TrimSpace(item[i+1:len(item)-1]))]; ok {
			role = r
			item = strings.TrimSpace(item[:i])
		}
	}
	words := strings.Fields(item)
	kept := words[:0]
	for _, w := range words {
		if strings.Contains(w, "@") || strings.EqualFold(w, "email") || strings.EqualFold(w, "e-mail") {
			continue
		}
		kept = append(kept, w)
	}
	item = strings.Join(kept, " ")
	if r, ok := roleWords[strings.ToLower(item)]; ok {
		return "", r
	}
	return item, role
}
