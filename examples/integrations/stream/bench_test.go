package main

import (
	"context"
	"fmt"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// BenchmarkThroughput measures inputs per second through the service with
// one and with two service processes sharing the durable consumer: the
// inputs (2000, a tenth broken) are published first, then the processes
// start, and the clock stops when the consumer has every input
// acknowledged. Process start-up is included. On a 2-core machine, which
// also runs the embedded server and this benchmark, two processes show the
// cost of coordinating on one consumer, not scaling.
func BenchmarkThroughput(b *testing.B) {
	for _, procs := range []int{1, 2} {
		b.Run(fmt.Sprintf("processes=%d", procs), func(b *testing.B) {
			const n = 2000
			serviceBinary(b)
			var total time.Duration
			for b.Loop() {
				b.StopTimer()
				url, js := testServer(b)
				ctx := context.Background()
				cfg := Config{}.withDefaults()
				if err := publishCorpus(ctx, js, cfg, 0, n, 10); err != nil {
					b.Fatal(err)
				}
				cons, err := js.Consumer(ctx, cfg.Pages, cfg.Durable)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := time.Now()
				var cmds []*exec.Cmd
				for range procs {
					cmd, _ := startService(b, url)
					cmds = append(cmds, cmd)
				}
				waitFor(b, 5*time.Minute, "every input acknowledged", func() bool {
					info, err := cons.Info(ctx)
					return err == nil && info.NumPending == 0 && info.NumAckPending == 0 && info.AckFloor.Stream >= n
				})
				total += time.Since(start)
				b.StopTimer()
				for _, cmd := range cmds {
					cmd.Process.Signal(syscall.SIGTERM)
					cmd.Wait()
				}
				if got := msgCount(b, js, cfg.Articles) + msgCount(b, js, cfg.Dead); got != n {
					b.Fatalf("%d outputs and dead letters, want %d", got, n)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/total.Seconds(), "articles/s")
		})
	}
}
