#!/usr/bin/env bash
# Installs the Debian packages limber needs, only those missing. Run by tools/quickstart.sh
# (build) and tools/test.sh (test), the README's two set-up commands.
# Usage: tools/install-deps.sh [build|test]   (test adds what the test suite needs)
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config tao-pegtl-dev libfmt-dev libcli11-dev nlohmann-json3-dev
  libespeak-ng-dev portaudio19-dev libsndfile1-dev libsqlite3-dev)
if [ "${1:-build}" = test ]; then
  # GoogleTest for the suite; clang-14 and its runtime for the ASan+UBSan build and libFuzzer.
  packages+=(libgtest-dev clang-14 libclang-rt-14-dev)
  # The editors whose support is tested against the real program.
  packages+=(vim-nox neovim emacs-nox)
  # Node.js for the VS Code grammar and packaging tests (npm packages are fetched by those
  # tests). A machine may already have Node from elsewhere; only its commands matter.
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
  # npm fetches over HTTPS: a minimal machine has no certificate authorities to trust without it.
  packages+=(ca-certificates)
  # The handouts printed to PDF by a real browser and read back (the handout's first font is
  # DejaVu Sans), and the calendar read back by an independent iCalendar parser.
  packages+=(chromium poppler-utils python3-icalendar fonts-dejavu-core)
  # bench/run's smoke test (ctest bench_run_smoke): luac, the espeak-ng program, jq.
  packages+=(lua5.4 espeak-ng jq)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "limber: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
