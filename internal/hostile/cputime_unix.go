//go:build unix

package hostile

import (
	"syscall"
	"time"
)

// CPUTime returns the user and system CPU time the process has used so
// far. Timing with it rather than the wall clock keeps growth measurements
// steady on a machine shared with other processes. It falls back to the
// wall clock when the system does not say.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
