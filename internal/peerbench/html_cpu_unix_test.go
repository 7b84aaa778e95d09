//go:build unix

package peerbench

import (
	"syscall"
	"time"
)

// htmlProcCPU returns the CPU time (user and system) the process has
// used: on a shared machine it varies far less than wall time, so ratios
// are taken from it. getrusage counts microseconds, fine enough for the
// per-pass figures of the paired benchmarks.
func htmlProcCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
