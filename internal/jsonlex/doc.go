// Package jsonlex is the strict, fast JSON machinery that the article
// package (canonical JSON, JSON Lines), the ninjs package and the HTML
// JSON-LD reader share. It imports only the standard library.
//
// It offers three layers:
//
//   - [Reader], a pull tokenizer over a []byte for hand-written decoders:
//     [Reader.Next] returns one token at a time (object and array begin and
//     end, key, string, number, true, false, null), [Reader.Bytes] its
//     content without copying ([Reader.StringIn] turns it into a string
//     that shares the input's memory), [Reader.Peek] the next kind,
//     [Reader.Skip] and [Reader.RawValue] whole values, [Reader.DecodeValue]
//     a value as a tree. After warm-up ([Reader.Reset]) reading allocates
//     nothing.
//   - [Valid], which checks a document, and [Options.Decode], which builds
//     a tree of [*Object] (members in input order), []any, string,
//     [Number], bool and nil, so that JSON-LD and unknown fields can be
//     written back as they came.
//   - Encoding helpers for hand-written encoders: [AppendString],
//     [AppendInt], [AppendUint], [AppendFloat], [AppendNumber], and
//     [AppendValue] / [AppendIndent], which write a tree deterministically.
//
// Every decision below holds for the Reader, Valid and Decode alike; the
// package's conformance test runs JSONTestSuite's test_parsing files and
// keeps the decisions on its implementation-defined (i_) files in
// testdata/i_decisions.golden.
//
// # Grammar
//
// The input must be exactly one JSON text as RFC 8259 defines it: one
// value of any type (a bare scalar is allowed at the top level) with
// optional whitespace (space, tab, LF, CR) around it. There are no
// extensions: no comments, trailing commas, single quotes, unquoted keys,
// NaN or Infinity, and no byte order mark (RFC 8259 forbids sending one;
// a leading U+FEFF is a syntax error, so is UTF-16 or UTF-32 input).
//
// # UTF-8
//
// The input must be UTF-8. Outside strings only ASCII can occur, so any
// other byte there is a syntax error. Inside strings, bytes that are not
// valid UTF-8 — stray continuation bytes, truncated sequences, overlong
// forms, encoded surrogates (ED A0 80) and code points above U+10FFFF —
// are syntax errors ([ErrSyntax]) at the offending byte. Raw control
// characters U+0000 to U+001F must be escaped; the escape \u0000 is
// accepted and decodes to a NUL in the string, which callers that pass
// strings to C or to XML must handle.
//
// [Options.ReplaceInvalid] relaxes this for data from the web: each
// invalid byte in a string, and each lone surrogate escape, becomes
// U+FFFD in the decoded value. Valid then accepts what Decode would
// repair. Values the package returns are always valid UTF-8.
//
// # Surrogates
//
// A \uD800–\uDBFF escape followed by a \uDC00–\uDFFF escape decodes to one
// supplementary character. A lone surrogate escape — a high one not
// followed by a low one, or a low one on its own — is a syntax error: it
// denotes no Unicode character, cannot be carried in UTF-8, and silently
// replacing it would change the text a strict library reports as valid.
// With ReplaceInvalid it becomes U+FFFD (one per lone escape).
//
// # Duplicate keys
//
// RFC 8259 says member names SHOULD be unique and leaves the meaning of
// repeats open, and parsers disagree on which one wins; a document with
// repeated names is therefore rejected by default: [DupReject], the zero
// [DupPolicy], fails with [ErrDuplicateKey] at the second occurrence.
// Names compare after unescaping, byte for byte ("a" and "\u0061" are the
// same name; no Unicode normalisation). ErrDuplicateKey does not match
// [ErrSyntax]: such a document is well-formed, and the two y_ files of
// JSONTestSuite that repeat keys pass under [DupKeepAll] and [DupKeepLast].
// Detection costs a linear scan for small objects and a hash table for
// objects with more than 16 members, so it stays linear on hostile input.
//
// # Numbers
//
// Numbers must follow the RFC 8259 grammar exactly,
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, and are kept as their
// text ([Number], [Reader.Bytes]), so no precision is lost between reading
// and writing. Magnitude is not a syntax question: 1e999999 and a
// 100-digit integer are accepted, and only conversion ([Reader.Int64],
// [Reader.Float64], [Number.Float64]) fails, with [ErrRange]. A magnitude
// too small for float64 converts to zero.
//
// # Depth
//
// The reader tracks nesting itself, one bit per level, and never recurses,
// so hostile nesting costs neither goroutine stack nor time: a document
// that opens more than [Options.MaxDepth] arrays and objects (default
// 1000) fails as soon as the next container opens, with [ErrDepth].
// ErrDepth wraps ErrSyntax, so errors.Is(err, ErrSyntax) holds for depth
// errors too: callers that only ask "is this acceptable JSON?" need one
// test, and callers that care can ask for ErrDepth. Decode is iterative as
// well; AppendValue recurses, bounded at 10000 levels.
//
// # Limits
//
// Input longer than [Options.MaxBytes] (default 20 MiB) fails with
// [ErrTooLarge] before any byte is scanned. Work is linear in the input for
// every input; memory beyond the input is proportional to the longest
// escaped string plus, under DupReject, about 40 bytes per member of the
// objects still open (their names, for duplicate detection), and, for
// Decode, to the tree.
//
// # Errors
//
// Rejections are [*SyntaxError] values with the byte offset, the 1-based
// line and column (computed only when an error is reported) and a
// message; they wrap one of [ErrSyntax], [ErrDepth], [ErrTooLarge] or
// [ErrDuplicateKey] for errors.Is. Messages start with "jsonlex: ". A
// Reader's errors are sticky.
package jsonlex
