#!/usr/bin/env bash
# Parse throughput of `limber check` against `luac5.4 -p` on files of the same size and shape.
# See docs/benchmarks.md for what it measures and the numbers so far; bench/run runs it too.
#
# Usage: bench/parse_vs_luac.sh
# Environment: RUNS (timed runs per tool, default 5), BYTES (size of the limber file, default
# 10000000), SKIP_BUILD=1 (use the existing build as it is), BUILD_DIR, BENCH_OUT_DIR,
# BENCH_FORMAT=kv (bench/lib.sh).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

out="$bench_out"
runs="${RUNS:-5}"
bytes="${BYTES:-10000000}"
cd "$bench_root"

# ---- tools: install what is missing (Debian; the script runs as root in CI and containers)
bench_tools parse_vs_luac luac5.4:lua5.4

# ---- build: only the programs measured or used here, so a half-finished test does not stop
# the benchmark.
bench_build limber limber_bench_gen
generator="$bench_build_dir/bench/limber_bench_gen"

# ---- inputs
"$generator" --bytes "$bytes" "$out" >/dev/null
limber_file="$out/bench.limber"
lua_file="$out/bench.lua"

# Timing a run that stopped at the first error would flatter either tool, so both files must be
# accepted before anything is measured.
if ! "$limber" check "$limber_file" >/dev/null 2>"$out/limber_check.stderr"; then
  echo "parse_vs_luac: limber check rejects the generated file:" >&2
  head -n 20 "$out/limber_check.stderr" >&2
  exit 1
fi
if [[ -s "$out/limber_check.stderr" ]] && ! bench_kv; then
  echo "parse_vs_luac: note: limber check printed $(wc -l <"$out/limber_check.stderr") lines" \
    "of warnings (in $out/limber_check.stderr); they are part of the time." >&2
fi
luac5.4 -p "$lua_file"

# ---- measure
# Wall time from just before each run's fork to its end, and the peak RSS, from
# limber_proc_time (bench/proc_time.cpp). One untimed run first puts both files in the page
# cache, so that neither tool pays for the disk.
measure() {  # name, file, command…  → name|size|best_us|median_us|max_rss_kib
  local name="$1" file="$2"
  shift 2
  bench_time "$runs" -- "$@"
  printf '%s|%s|%s|%s|%s\n' "$name" "$(stat -c %s "$file")" "$bt_min_us" "$bt_median_us" \
    "$bt_rss_kib"
}

results="$out/results.txt"
{
  measure "limber check --syntax-only" "$limber_file" "$limber" check --syntax-only "$limber_file"
  measure "luac5.4 -p" "$lua_file" luac5.4 -p "$lua_file"
  measure "limber check" "$limber_file" "$limber" check "$limber_file"
} >"$results"

# ---- report
if bench_kv; then
  # One line per tool: key=value pairs (bench/run reads them).
  awk -F'|' '{
    key = $1 == "luac5.4 -p" ? "luac" : $1 == "limber check" ? "check" : "syntax"
    printf "%s bytes=%s best_us=%s median_us=%s rss_kib=%s\n", key, $2, $3, $4, $5
  }' "$results"
  exit 0
fi
echo
echo "$(bench_machine); $runs runs per tool; MB = 10^6 bytes; MB/s from the best run."
echo
awk -F'|' '
  BEGIN {
    print "| command | input | best (s) | median (s) | MB/s | peak RSS (MiB) |"
    print "|---|---|---:|---:|---:|---:|"
  }
  {
    size = $2; best = $3 / 1e6; median = $4 / 1e6; rss = $5 / 1024
    rate[NR] = size / 1e6 / best
    printf "| `%s` | %.1f MB | %.3f | %.3f | %.1f | %.0f |\n", $1, size / 1e6, best, median, rate[NR], rss
  }
  END {
    ratio = rate[1] / rate[2]
    printf "\nparse only: limber MB/s / luac MB/s = **%.2f** (target >= 0.5: %s)\n", ratio, (ratio >= 0.5 ? "met" : "MISSED")
    printf "parse + check: limber MB/s / luac MB/s = **%.2f**; checking costs %.0f%% on top of parsing\n", rate[3] / rate[2], (rate[1] / rate[3] - 1) * 100
  }
' "$results"
