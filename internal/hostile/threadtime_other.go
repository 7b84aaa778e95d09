//go:build !linux

package hostile

import "time"

// ThreadCPUTime returns [CPUTime] where the thread's own CPU clock is not
// read.
func ThreadCPUTime() time.Duration { return CPUTime() }
