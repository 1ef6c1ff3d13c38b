#!/usr/bin/env bash
# The ctest bench_run_smoke: bench/run end to end on small inputs (QUICK=1), then checks that
# its report has every row of the table. It asserts no timing. A missing tool fails the test
# with its name (BENCH_NO_INSTALL=1): tools/install-deps.sh test installs them.
# Environment (from bench/CMakeLists.txt): BUILD_DIR, OUT, BENCH_OUT_DIR.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${BUILD_DIR:?}" "${OUT:?}" "${BENCH_OUT_DIR:?}"
rm -f "$OUT"
stdout="$BENCH_OUT_DIR/stdout.txt"
mkdir -p "$BENCH_OUT_DIR"
if ! SKIP_BUILD=1 QUICK=1 BENCH_NO_INSTALL=1 bash "$here/run" >"$stdout"; then
  echo "bench_run_smoke: bench/run failed (its output is in $stdout)" >&2
  exit 1
fi

failed=0
expect() {  # a row's first cell starts with this text, in the report and on stdout
  local where
  for where in "$OUT" "$stdout"; do
    if ! grep -qF -- "| $1" "$where"; then
      echo "bench_run_smoke: no row \"$1\" in $where" >&2
      failed=1
    fi
  done
}
expect '`limber check --syntax-only`'
expect '`luac5.4 -p`'
expect '`limber check` |'
# QUICK=1 has two sizes (1 KB and 100 KB): two scaling rows of each command.
for what in '`limber check`' '`limber plan`' 'language server: `didOpen`'; do
  if (($(grep -cF -- "| scaling: $what" "$OUT") != 2)); then
    echo "bench_run_smoke: not two scaling rows of $what" >&2
    failed=1
  fi
done
expect 'start-up: `limber check'
expect 'plan: `limber plan'
expect 'cue lateness:'
expect 'render: `limber render'
expect 'language server: `didChange`'
expect 'language server: `inlayHint`'
# Every row has its eight cells, and no cell was left empty or unmeasured.
if awk -F'|' '/^\| / && NF != 10 { print; bad = 1 } END { exit !bad }' "$OUT" >&2; then
  echo "bench_run_smoke: rows above do not have 8 cells" >&2
  failed=1
fi
if grep -E '\| *\|' "$OUT" | grep -v '^|---' >&2; then
  echo "bench_run_smoke: empty cells above" >&2
  failed=1
fi
if grep -F 'FAILED' "$OUT" >&2; then
  echo "bench_run_smoke: a command failed" >&2
  failed=1
fi
grep -qF 'Machine: ' "$OUT" || { echo "bench_run_smoke: no machine line" >&2; failed=1; }
grep -qF 'bench/run' "$OUT" || { echo "bench_run_smoke: no way to reproduce" >&2; failed=1; }
((failed == 0)) && echo "bench_run_smoke: every row is there"
exit "$failed"
