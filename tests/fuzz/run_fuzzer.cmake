# Runs a libFuzzer binary for a bounded time on a scratch copy of its seed corpus; the CTest
# test fuzz_parse_bounded calls it with `cmake -P`. Fails (non-zero exit) when libFuzzer does.
#
# Inputs: FUZZER, SEED_CORPUS, DICTIONARY, WORK_DIR, MAX_TOTAL_TIME (seconds).

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
file(GLOB seeds "${SEED_CORPUS}/*")
file(COPY ${seeds} DESTINATION "${corpus}")

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
