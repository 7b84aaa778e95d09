//go:build !unix

package peerbench

import "time"

// htmlProcCPU returns 0 where getrusage is missing: the benchmarks then
// report wall time only.
func htmlProcCPU() time.Duration { return 0 }
