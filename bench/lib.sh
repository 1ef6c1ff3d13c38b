# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables set here are read by the scripts that source it
# Shared by bench/run and the bench/*.sh scripts (sourced, not run): where things are, the tools
# they need, the release build, and timing a whole process run after run.
#
# Environment understood by every script that sources it:
#   SKIP_BUILD=1      measure the build directory as it is
#   BUILD_DIR=DIR     the build directory to build and measure (default build/, the release preset)
#   BENCH_OUT_DIR=DIR where generated inputs and raw results go (default bench/out)
#   BENCH_FORMAT=kv   print key=value lines for bench/run instead of the Markdown tables
#   BENCH_NO_INSTALL=1  never apt-get a missing tool: fail and name it (the ctest smoke test)

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_out="${BENCH_OUT_DIR:-$bench_root/bench/out}"
mkdir -p "$bench_out"
bench_out="$(cd "$bench_out" && pwd)"
bench_build_dir="${BUILD_DIR:-$bench_root/build}"
bench_build_dir="$(mkdir -p "$bench_build_dir" && cd "$bench_build_dir" && pwd)"
limber="$bench_build_dir/limber"
proc_time="$bench_build_dir/bench/limber_proc_time"

bench_kv() { [[ "${BENCH_FORMAT:-}" == kv ]]; }

# bench_tools SCRIPT COMMAND:PACKAGE… — installs the Debian packages of the commands that are
# missing (as root), or fails naming them.
bench_tools() {
  local script="$1" spec missing=()
  shift
  for spec in "$@"; do
    local command="${spec%%:*}" package="${spec#*:}"
    if [[ "$command" == /* ]]; then
      [[ -x "$command" ]] || missing+=("$package")
    else
      command -v "$command" >/dev/null || missing+=("$package")
    fi
  done
  ((${#missing[@]})) || return 0
  if [[ "${BENCH_NO_INSTALL:-0}" == 1 || $(id -u) -ne 0 ]]; then
    echo "$script: missing tools; please install the Debian packages: ${missing[*]}" \
      "(tools/install-deps.sh test installs them)" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# bench_build TARGET… — the release build of just these targets (so that work in progress on the
# tests cannot stop a benchmark), unless SKIP_BUILD=1. limber_proc_time is always among them.
bench_build() {
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    if [[ "$bench_build_dir" == "$bench_root/build" ]]; then
      (cd "$bench_root" && cmake --preset release >/dev/null &&
        cmake --build --preset release --target "$@" limber_proc_time)
    else
      cmake -S "$bench_root" -B "$bench_build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build "$bench_build_dir" --target "$@" limber_proc_time
    fi
  fi
  local target
  for target in "$@" limber_proc_time; do
    local path="$bench_build_dir/$target"
    [[ "$target" == limber ]] || path="$bench_build_dir/bench/$target"
    if [[ ! -x "$path" ]]; then
      echo "bench: $path is missing: build the target $target in $bench_build_dir" \
        "(or leave out SKIP_BUILD=1)" >&2
      exit 2
    fi
  done
}

# bench_time RUNS [--stdout FILE] [--stderr FILE] -- COMMAND… — one untimed run first (the
# binary and its input in the page cache; bt_warmup=0 for none), then RUNS timed ones. Sets
# bt_min_us, bt_median_us, bt_max_us, bt_cpu_us (the median CPU time), bt_rss_kib (the largest
# peak resident set of the runs) and bt_exit (the first failing run's exit status, 0 when all
# succeeded).
bench_time() {
  local runs="$1"
  shift
  local line
  line=$("$proc_time" -n "$runs" --warmup "${bt_warmup:-1}" "$@")
  local field
  for field in $line; do
    case "$field" in
      min_us=*) bt_min_us="${field#*=}" ;;
      median_us=*) bt_median_us="${field#*=}" ;;
      max_us=*) bt_max_us="${field#*=}" ;;
      cpu_median_us=*) bt_cpu_us="${field#*=}" ;;
      rss_kib=*) bt_rss_kib="${field#*=}" ;;
      exit=*) bt_exit="${field#*=}" ;;
    esac
  done
}

bench_machine() {
  echo "$(nproc) CPUs, $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
}
