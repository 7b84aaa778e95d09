//go:build !unix

package htmlmeta

import "time"

func cpuTime() time.Duration { return 0 }
