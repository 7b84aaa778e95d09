package hostile

import (
	"syscall"
	"time"
	"unsafe"
)

// clockThreadCPUTime is CLOCK_THREAD_CPUTIME_ID.
const clockThreadCPUTime = 3

// ThreadCPUTime returns the CPU time the calling OS thread has used. With
// the goroutine locked to its thread (runtime.LockOSThread) it times a
// single-threaded parse, allocation and GC assists included, without the
// garbage collector's background workers on other threads, whose share
// varies with when a cycle happens to start. It falls back to [CPUTime]
// when the clock is unavailable.
func ThreadCPUTime() time.Duration {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return CPUTime()
	}
	return time.Duration(ts.Nano())
}
