#!/usr/bin/env bash
# Runs the peer benchmarks in interleaved rounds, so that ours and the
# peer's run side by side within each round on a shared, noisy machine:
#   ./bench.sh [rounds] [benchtime] > bench.txt
# Each round is one -count 1 pass over every benchmark; compare the
# medians over rounds, or the median of the per-round ratios.
set -euo pipefail
cd "$(dirname "$0")"
rounds=${1:-10}
benchtime=${2:-0.3s}
go test -c -o /tmp/peerbench.test .
for i in $(seq "$rounds"); do
	/tmp/peerbench.test -test.run '^$' -test.bench . -test.benchtime "$benchtime" -test.count 1
done
