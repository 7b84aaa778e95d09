package article

import (
	"unsafe"

	"github.com/newsmodel/news/internal/jsonlex"
)

// ninjsOnlyKeys are top-level members of ninjs documents (any version)
// that the canonical JSON form does not have.
var ninjsOnlyKeys = []string{"uri", "type", "versioncreated", "versionCreated", "firstcreated", "firstCreated",
	"contentcreated", "contentCreated", "headlines", "bodies", "descriptions", "body_text", "body_html",
	"body_xhtml", "description_text", "byline", "by", "located", "slugline", "pubstatus", "pubStatus",
	"infosources", "infoSources", "infosource", "subjects", "subject", "people", "person", "places", "place",
	"organisations", "renditions", "associations", "altids", "altIds", "standard", "$standard", "ednote",
	"edNote", "embargoed", "embargoedUntil", "copyrightholder", "copyrightnotice", "usageterms", "genres",
	"representationtype", "representationType", "mimetype", "profile", "eventDetails", "rightsinfo", "rightsInfo"}

// canonicalOnlyKeys are members of the canonical JSON form that ninjs
// documents do not have.
var canonicalOnlyKeys = []string{"id", "url", "subheadline", "summary", "published", "modified", "authors",
	"section", "dateline", "tags", "countries", "sources", "image", "status", "embargo", "copyrightHolder",
	"copyrightNotice", "usageTerms", "revision", "body", "quotes"}

// detectJSON tells the JSON formats that start with "{" or "[" apart by
// the names of their top-level members: "@context", "@type" or "@graph"
// (in the object or the first object of an array) is JSON-LD; more
// members only ninjs has than members only the canonical form has is
// ninjs; anything else is canonical JSON. Only member names are looked
// at, and the scan stops at the first error.
func detectJSON(data string) Format {
	r := jsonlex.NewReader(unsafe.Slice(unsafe.StringData(data), len(data)))
	k, err := r.Next()
	if err != nil {
		return FormatJSON
	}
	if k == jsonlex.KindArrayBegin {
		if k, err = r.Next(); err != nil || k != jsonlex.KindObjectBegin {
			return FormatJSON
		}
	} else if k != jsonlex.KindObjectBegin {
		return FormatJSON
	}
	ninjsKeys, canonKeys := 0, 0
	for {
		k, err := r.Next()
		if err != nil || k != jsonlex.KindKey {
			break
		}
		name := r.Bytes()
		switch string(name) {
		case "@context", "@type", "@graph":
			return FormatJSONLD
		}
		if containsName(ninjsOnlyKeys, name) {
			ninjsKeys++
		} else if containsName(canonicalOnlyKeys, name) {
			canonKeys++
		}
		if r.Skip() != nil {
			break
		}
	}
	if ninjsKeys > canonKeys {
		return FormatNinjs
	}
	return FormatJSON
}

func containsName(list []string, name []byte) bool {
	for _, n := range list {
		if n == string(name) {
			return true
		}
	}
	return false
}
