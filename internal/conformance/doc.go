// Package conformance holds tests that need test-only third-party
// dependencies, in a module of its own so that the core go.mod stays lean.
//
// # ninjs
//
// The tests check package ninjs against an independent JSON Schema
// validator, github.com/santhosh-tekuri/jsonschema/v6, fed with IPTC's
// official schema files from the shared corpus (no network):
//
//   - every document the ninjs writer produces for 2.2 and 3.1, from the
//     synthetic test documents and from every corpus document that reads,
//     validates against the official schema of its version;
//   - the Go validator of package ninjs and the schema validator agree on
//     every file of IPTC's test suite for the versions whose schemas that
//     validator can compile (draft-04 and later: 1.3 to 3.1).
package conformance
