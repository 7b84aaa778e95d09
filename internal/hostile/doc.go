// Package hostile builds pathological inputs for the library's hostile-input
// tests and growth benchmarks from compact descriptions, so that megabyte
// inputs need not be committed, and checks outputs for invalid UTF-8.
//
// # Specs
//
// A Spec is a list of pieces, each a string repeated N times (once when N is
// zero). Pieces marked Scale are the ones a growth benchmark repeats more
// often to reach a target size ([Spec.Sized]); the others stay fixed.
// Pieces marked Seq number their repetitions, for distinct keys and names.
// Strings are taken as written; [Spec.Unquote] reads them as the contents of
// Go string literals, so that a JSON case file can describe invalid UTF-8
// ("\xff"), overlong forms ("\xc0\xaf") and encoded surrogates
// ("\xed\xa0\x80"), which JSON strings cannot hold.
//
// # Checking output
//
// [InvalidUTF8] walks any value (exported and unexported fields, slices,
// maps, pointers) and returns the paths of strings and byte slices that are
// not valid UTF-8, so that a test can check a parser's whole result.
//
// # Prose
//
// [NewsText] generates ordinary news prose, deterministically, for the
// benchmarks of the text scanners and of their peers in internal/peerbench.
package hostile
