# Runs a libFuzzer binary for a bounded time on a scratch copy of its seed corpus; the CTest
# tests fuzz_*_bounded call it with `cmake -P`. Fails (non-zero exit) when libFuzzer does.
#
# Inputs: FUZZER, SEED_CORPUS (seed folders, separated by `|`), DICTIONARY, WORK_DIR,
# MAX_TOTAL_TIME (seconds); optional SEED_GLOBS (`|`-separated patterns, matched recursively,
# e.g. every .limber file of the examples and the conformance suite).

foreach(var FUZZER SEED_CORPUS DICTIONARY WORK_DIR MAX_TOTAL_TIME)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_fuzzer.cmake: ${var} is not set")
  endif()
endforeach()

# Start from the seeds every time, so that a run is reproducible from the sources alone rather
# than from whatever earlier runs left behind.
set(corpus "${WORK_DIR}/corpus")
set(artifacts "${WORK_DIR}/artifacts")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${corpus}" "${artifacts}")
string(REPLACE "|" ";" seed_dirs "${SEED_CORPUS}")
foreach(dir IN LISTS seed_dirs)
  file(GLOB seeds "${dir}/*")
  if(seeds)
    file(COPY ${seeds} DESTINATION "${corpus}")
  endif()
endforeach()
# Files found by pattern come from many folders whose names repeat (check/ok.limber,
# plans/ok.limber), so each copy is named after its content, as libFuzzer names its own.
if(DEFINED SEED_GLOBS AND NOT SEED_GLOBS STREQUAL "")
  string(REPLACE "|" ";" globs "${SEED_GLOBS}")
  file(GLOB_RECURSE seeds ${globs})
  foreach(seed IN LISTS seeds)
    file(SHA1 "${seed}" hash)
    file(COPY_FILE "${seed}" "${corpus}/${hash}")
  endforeach()
endif()

execute_process(
  COMMAND "${FUZZER}"
    "-max_total_time=${MAX_TOTAL_TIME}"
    -timeout=10
    -rss_limit_mb=2048
    "-dict=${DICTIONARY}"
    "-artifact_prefix=${artifacts}/"
    -print_final_stats=1
    "${corpus}"
  RESULT_VARIABLE result)

if(NOT result EQUAL 0)
  file(GLOB found "${artifacts}/*")
  list(JOIN found "\n  " found)
  message(FATAL_ERROR "the fuzzer failed (exit ${result}); reproducers:\n  ${found}\n"
                      "rerun one with: ${FUZZER} <reproducer>")
endif()
