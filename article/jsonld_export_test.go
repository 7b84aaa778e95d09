package article

// ParseDatelineForTest exposes the dateline reader to the external tests,
// which skip fuzz bodies that open with what reads as a dateline.
func ParseDatelineForTest(p string) (Dateline, string, bool) {
	return parseDateline(p, ParseOptions{}.dateOptions())
}
