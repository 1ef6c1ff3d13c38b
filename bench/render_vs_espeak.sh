#!/usr/bin/env bash
# Render speed of the whole guided session: `limber render ROUTINE -o session.wav` as a multiple
# of real time (the plan's length / the render's wall time), beside the naive way: running the
# `espeak-ng` program once per spoken cue of the same session, one WAV file each. Reports the
# peak memory of both. Target (issue 8): the render at least 200× real time.
# See docs/benchmarks.md for what it measures and the numbers so far.
#
# Usage: bench/render_vs_espeak.sh [ROUTINE]   (default examples/spine-mobility.limber)
# Environment: RUNS (timed runs of each, default 3), SKIP_BUILD=1 (use the build as it is),
# BUILD_DIR, LIMBER=path/to/limber (a binary built elsewhere; only limber_proc_time is taken from
# the build), FORMATS (the extensions rendered, default "wav ogg opus mp3"), ESPEAK_LOOP=0 (leave
# out the espeak-ng loop), BENCH_OUT_DIR, BENCH_FORMAT=kv (bench/lib.sh).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$bench_root"
routine="${1:-examples/spine-mobility.limber}"
runs="${RUNS:-3}"
out="$bench_out"
espeak_loop="${ESPEAK_LOOP:-1}"

# ---- tools: install what is missing (Debian; the script runs as root in CI and containers)
if [[ "$espeak_loop" == 1 ]]; then
  bench_tools render_vs_espeak espeak-ng:espeak-ng jq:jq
else
  bench_tools render_vs_espeak jq:jq
fi

if [[ -n "${LIMBER:-}" ]]; then
  bench_build  # limber_proc_time only
  limber="$(realpath "$LIMBER")"
else
  bench_build limber
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

# ---- measure: wall time and peak RSS (KiB) from limber_proc_time (bench/proc_time.cpp). For
# the loop it reports the largest of the loop's processes (a wait4 rusage covers the waited-for
# descendants), i.e. one espeak-ng at its biggest.
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
  # An untimed run first: the voice data and the binary in the page cache.
  bench_time "$runs" --stderr "$out/render_stderr.txt" -- "$@"
  if ((bt_exit != 0)); then
    echo "render_vs_espeak: $* failed (exit $bt_exit):" >&2
    head -n 20 "$out/render_stderr.txt" >&2
    exit 1
  fi
  printf '%s|%s|%s|%s\n' "$name" "$bt_min_us" "$bt_median_us" "$bt_rss_kib"
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
if [[ "$espeak_loop" == 1 ]]; then
  measure "espeak-ng -w, once per cue ($cues runs)" bash -c espeak_loop >>"$results"
fi

if bench_kv; then
  # One line per format (and the loop): key=value pairs (bench/run reads them).
  awk -F'|' -v total="$total_s" -v cues="$cues" '{
    format = $1; sub(/.*\./, "", format)
    key = $1 ~ /^espeak-ng/ ? "espeak_loop" : "render_" format
    printf "%s total_s=%s cues=%s best_us=%s median_us=%s rss_kib=%s\n", key, total, cues, $2, $3, $4
  }' "$results"
  ((render_ok)) || exit 1
  exit 0
fi

# ---- report
echo
echo "$(bench_machine);" \
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
    speed[NR] = total / best; last = $1
    printf "| `%s` | %.3f | %.3f | %.0f× | %.1f |\n", $1, best, median, speed[NR], $4 / 1024
  }
  END {
    # The last row is the espeak-ng loop; every row before it a render, in the order of FORMATS.
    if (NR >= 2 && last ~ /^espeak-ng/) {
      printf "\nrender to .%s: **%.0f× real time** (target >= 200×: %s); %.1f× the espeak-ng loop\n",
        first, speed[1], (speed[1] >= 200 ? "met" : "MISSED"), speed[1] / speed[NR]
    } else if (NR >= 1) {
      printf "\nrender to .%s: **%.0f× real time** (target >= 200×: %s)\n",
        first, speed[1], (speed[1] >= 200 ? "met" : "MISSED")
    }
  }
' "$results"
if ((!render_ok)); then
  echo
  echo "render_vs_espeak: \`limber render\` is not in this build; only the espeak-ng loop was" \
    "measured." >&2
  exit 1
fi
