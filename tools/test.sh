#!/usr/bin/env bash
# Builds limber twice and runs the whole suite in both: the release build, then the ASan+UBSan
# build with clang (which also runs the fuzzer for a bounded time). Ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh test
jobs=$(nproc)

cmake --preset release -DLIMBER_TESTS=ON
cmake --build --preset release -j "$jobs"
ctest --preset release -j "$jobs"

cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
