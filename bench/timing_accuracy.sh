#!/usr/bin/env bash
# Timing accuracy of a real-clock run: `limber run --backend json --speed 60` on the guide's
# routine, reporting how late the events were emitted (p50, p99, max of `late_ms`) and the final
# drift (the `done` event's lateness). Targets (issue 4): p99 < 1 ms, max < 5 ms, drift < 2 ms.
# bench/run runs it too.
#
# Usage: bench/timing_accuracy.sh [ROUTINE]   (default examples/spine-mobility.limber)
# Environment: SPEED (default 60), RUNS (default 3), SKIP_BUILD=1, BUILD_DIR, BENCH_OUT_DIR,
# BENCH_FORMAT=kv (bench/lib.sh).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$bench_root"
routine="${1:-examples/spine-mobility.limber}"
speed="${SPEED:-60}"
runs="${RUNS:-3}"
out="$bench_out"

bench_build limber

all="$out/late_ms.txt"
: >"$all"
drifts=()
rss=0
for ((run = 1; run <= runs; run++)); do
  events="$out/timing_run_$run.jsonl"
  # A benchmark is not a patient's session: --no-log keeps it out of the session log.
  bt_warmup=0 bench_time 1 --stdout "$events" -- \
    "$limber" run --backend json --speed "$speed" --screened --no-log "$routine"
  ((bt_rss_kib > rss)) && rss=$bt_rss_kib
  # One number per event: its late_ms; the last event (done) gives the final drift.
  sed -n 's/.*"late_ms":\([-0-9.e]*\).*/\1/p' "$events" >>"$all"
  drifts+=("$(grep '"event":"done"' "$events" | sed -n 's/.*"late_ms":\([-0-9.e]*\).*/\1/p')")
done

sort -g "$all" | awk -v runs="$runs" -v speed="$speed" -v drifts="${drifts[*]}" \
  -v kv="${BENCH_FORMAT:-}" -v rss="$rss" '
  { v[NR] = $1 }
  END {
    n = NR
    p50 = v[int((n - 1) * 0.50) + 1]; p99 = v[int((n - 1) * 0.99) + 1]; max = v[n]
    split(drifts, d, " "); worst = 0
    for (i in d) if (d[i] + 0 > worst) worst = d[i] + 0
    if (kv == "kv") {
      printf "timing events=%d runs=%d speed=%s p50_ms=%.3f p99_ms=%.3f max_ms=%.3f drift_ms=%.3f rss_kib=%d\n",
        n, runs, speed, p50, p99, max, worst, rss
      exit
    }
    printf "%d events over %d runs at --speed %s\n\n", n, runs, speed
    print "| p50 late_ms | p99 late_ms | max late_ms | worst final drift (ms) |"
    print "|---:|---:|---:|---:|"
    printf "| %.3f | %.3f | %.3f | %.3f |\n\n", p50, p99, max, worst
    printf "targets: p99 < 1 ms %s, max < 5 ms %s, drift < 2 ms %s\n",
      (p99 < 1 ? "met" : "MISSED"), (max < 5 ? "met" : "MISSED"), (worst < 2 ? "met" : "MISSED")
  }'
