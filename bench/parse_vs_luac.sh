#!/usr/bin/env bash
# Parse throughput of `limber check` against `luac5.4 -p` on files of the same size and shape.
# See docs/benchmarks.md for what it measures and the numbers so far.
#
# Usage: bench/parse_vs_luac.sh
# Environment: RUNS (timed runs per tool, default 5), BYTES (size of the limber file, default
# 10000000), SKIP_BUILD=1 (use the existing build/ as it is).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out"
runs="${RUNS:-5}"
bytes="${BYTES:-10000000}"
cd "$root"

# ---- tools: install what is missing (Debian; the script runs as root in CI and containers)
missing=()
command -v luac5.4 >/dev/null || missing+=(lua5.4)
# GNU time, not the shell keyword: it reports the peak resident set size.
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "parse_vs_luac: please install: ${missing[*]}" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# ---- build: only the two programs measured or used here, so a half-finished test does not
# stop the benchmark.
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  cmake --preset release >/dev/null
  cmake --build --preset release --target limber limber_bench_gen
fi
limber="$root/build/limber"
generator="$root/build/bench/limber_bench_gen"

# ---- inputs
mkdir -p "$out"
"$generator" --bytes "$bytes" "$out"
limber_file="$out/bench.limber"
lua_file="$out/bench.lua"

# Timing a run that stopped at the first error would flatter either tool, so both files must be
# accepted before anything is measured.
if ! "$limber" check "$limber_file" >/dev/null 2>"$out/limber_check.stderr"; then
  echo "parse_vs_luac: limber check rejects the generated file:" >&2
  head -n 20 "$out/limber_check.stderr" >&2
  exit 1
fi
if [[ -s "$out/limber_check.stderr" ]]; then
  echo "parse_vs_luac: note: limber check printed $(wc -l <"$out/limber_check.stderr") lines" \
    "of warnings (in $out/limber_check.stderr); they are part of the time." >&2
fi
luac5.4 -p "$lua_file"

# ---- measure
# Wall time comes from the shell's nanosecond clock (GNU time's %e has only 10 ms resolution);
# GNU time supplies the peak RSS in KiB. One untimed run first puts both files in the page
# cache, so that neither tool pays for the disk.
measure() {  # name, file, command…
  local name="$1" file="$2"
  shift 2
  "$@" >/dev/null 2>&1
  local times=() rss=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out/time.txt" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(((end - start) / 1000))")  # microseconds
    rss+=("$(tail -n 1 "$out/time.txt")")
  done
  local size
  size=$(stat -c %s "$file")
  # name|size|best_us|median_us|max_rss_kib
  printf '%s|%s|%s|%s|%s\n' "$name" "$size" \
    "$(printf '%s\n' "${times[@]}" | sort -n | head -n 1)" \
    "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" \
    "$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)"
}

results="$out/results.txt"
{
  measure "limber check --syntax-only" "$limber_file" "$limber" check --syntax-only "$limber_file"
  measure "luac5.4 -p" "$lua_file" luac5.4 -p "$lua_file"
  measure "limber check" "$limber_file" "$limber" check "$limber_file"
} >"$results"

# ---- report
echo
echo "$(nproc) CPUs, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//');" \
  "$runs runs per tool; MB = 10^6 bytes; MB/s from the best run."
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
