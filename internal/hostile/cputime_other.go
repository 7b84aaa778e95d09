//go:build !unix

package hostile

import "time"

// CPUTime returns the wall clock here: this system has no getrusage.
func CPUTime() time.Duration { return time.Duration(time.Now().UnixNano()) }
