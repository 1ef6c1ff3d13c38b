#!/usr/bin/env bash
# Render speed of the whole guided session: `limber render ROUTINE -o session.wav` as a multiple
# of real time (the plan's length / the render's wall time), beside the naive way: running the
# `espeak-ng` program once per spoken cue of the same session, one WAV file each. Reports the
# peak memory of both. Target (issue 8): the render at least 200× real time.
# See docs/benchmarks.md for what it measures and the numbers so far.
#
# Usage: bench/render_vs_espeak.sh [ROUTINE]   (default examples/spine-mobility.limber)
# Environment: RUNS (timed runs of each, default 3), SKIP_BUILD=1 (use build/ as it is),
# LIMBER=path/to/limber (a binary built elsewhere; nothing is built), FORMATS (the extensions
# rendered, default "wav ogg opus mp3").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
routine="${1:-examples/spine-mobility.limber}"
runs="${RUNS:-3}"
out="$root/bench/out"
mkdir -p "$out"

# ---- tools: install what is missing (Debian; the script runs as root in CI and containers)
missing=()
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v jq >/dev/null || missing+=(jq)
# GNU time, not the shell keyword: it reports the peak resident set size.
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "render_vs_espeak: please install: ${missing[*]}" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ -n "${LIMBER:-}" ]]; then
  limber="$(realpath "$LIMBER")"
else
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target limber
  fi
  limber="$root/build/limber"
fi
formats="${FORMATS:-wav ogg opus mp3}"

# ---- the session: its length, and what it says, one spoken cue per line
events="$out/render_events.jsonl"
"$limber" run --dry-run --backend json --screened "$routine" >"$events" </dev/null
total_s=$(jq -r 'select(.event == "routine_start") | .total_s' "$events")

# The spoken cues, as the audio backend says them (issue 8, item 1), from the session's events:
# an exercise's "next: …" heads-up, its name, its cue and what to feel; each round of several
# ("round 2 of 3") and "halfway" on holds of 20 s or more; each rep's count; the side, the
# switch and the rest (with the "next: …" that follows them); `say` lines, section titles and
# the sentences about today's conditions; the closing words and advice. Countdowns are tones.
# The words of the fixed phrases are English; the doses are left out of the names. It is an
# approximation of the cues of interpreter/backends/audio/cues.cpp (same count to within a few,
# the same long texts), enough to time the program against the library on the same work.
texts="$out/render_cues.txt"
jq -r '
  def next_up: if (.next // "") != "" then "next: " + .next else empty end;
  if .event == "exercise" then ("next: " + .display_name), .display_name, .cue,
      ("You should feel: " + .feel)
  elif .event == "round" then
      (if .rounds > 1 then "round \(.round) of \(.rounds)" else empty end),
      (if .step == "hold" and .duration_s >= 20 then "halfway" else empty end)
  elif .event == "rep" then (.rep | tostring)
  elif .event == "side" then .side + " side"
  elif .event == "switch_sides" then "switch sides", next_up
  elif .event == "rest" then "rest", next_up
  elif .event == "say" or .event == "section" or .event == "acknowledge"
      or .event == "skipped" or .event == "replaced" then .text
  elif .event == "done" then "Well done. That is the end of today'"'"'s session.", .advice[]
  else empty end
  | select(. != null and . != "") | gsub("\n"; " ")
' "$events" >"$texts"
cues=$(wc -l <"$texts")
distinct=$(sort -u "$texts" | wc -l)

# ---- measure: wall time from the shell's nanosecond clock, peak RSS (KiB) from GNU time. For
# the loop, GNU time reports the largest of the loop's processes (a wait4 rusage covers the
# waited-for descendants), i.e. one espeak-ng at its biggest.
espeak_loop() {  # writes one WAV per cue, as a per-cue pipeline would
  local dir="$out/espeak_cues" n=0
  rm -rf "$dir" && mkdir -p "$dir"
  while IFS= read -r text; do
    n=$((n + 1))
    espeak-ng -v en -w "$dir/cue_$n.wav" -- "$text"
  done <"$texts"
}
export -f espeak_loop
export out texts

measure() {  # name, command…  → name|best_us|median_us|max_rss_kib
  local name="$1"
  shift
  "$@" >/dev/null 2>&1  # untimed: the voice data and the binary in the page cache
  local times=() rss=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out/time.txt" "$@" >/dev/null 2>"$out/render_stderr.txt"
    end=$(date +%s%N)
    times+=("$(((end - start) / 1000))")
    rss+=("$(tail -n 1 "$out/time.txt")")
  done
  printf '%s|%s|%s|%s\n' "$name" \
    "$(printf '%s\n' "${times[@]}" | sort -n | head -n 1)" \
    "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" \
    "$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)"
}

results="$out/render_results.txt"
: >"$results"
# (Read whole first: `grep -q` leaving early would fail the pipe under pipefail.)
commands=$("$limber" --help)
if grep -q "^ *render " <<<"$commands"; then
  for format in $formats; do
    measure "limber render $(basename "$routine") -o session.$format" \
      "$limber" render "$routine" -o "$out/render_session.$format" >>"$results"
  done
  render_ok=1
else
  render_ok=0
fi
measure "espeak-ng -w, once per cue ($cues runs)" bash -c espeak_loop >>"$results"

# ---- report
echo
echo "$(nproc) CPUs, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//');" \
  "$(basename "$routine"): ${total_s} s of plan, $cues spoken cues ($distinct distinct);" \
  "$runs runs each; × real time from the best run."
echo
awk -F'|' -v total="$total_s" -v first="${formats%% *}" '
  BEGIN {
    print "| command | best (s) | median (s) | × real time | peak RSS (MiB) |"
    print "|---|---:|---:|---:|---:|"
  }
  {
    best = $2 / 1e6; median = $3 / 1e6
    speed[NR] = total / best
    printf "| `%s` | %.3f | %.3f | %.0f× | %.1f |\n", $1, best, median, speed[NR], $4 / 1024
  }
  END {
    # The last row is the espeak-ng loop; every row before it a render, in the order of FORMATS.
    if (NR >= 2) {
      printf "\nrender to .%s: **%.0f× real time** (target >= 200×: %s); %.1f× the espeak-ng loop\n",
        first, speed[1], (speed[1] >= 200 ? "met" : "MISSED"), speed[1] / speed[NR]
    }
  }
' "$results"
if ((!render_ok)); then
  echo
  echo "render_vs_espeak: \`limber render\` is not in this build; only the espeak-ng loop was" \
    "measured." >&2
  exit 1
fi
