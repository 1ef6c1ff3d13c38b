#pragma once

// The fuzz targets' one-input functions, each defined in its `<target>_fuzzer.cpp`: what
// libFuzzer calls through LLVMFuzzerTestOneInput, and what the regression test calls for every
// saved input. Each returns 0, or -1 for an input that should stay out of the corpus; a broken
// invariant aborts.

#include <cstddef>
#include <cstdint>

namespace limber::fuzz {

int parse_one(const std::uint8_t* data, std::size_t size);
int check_one(const std::uint8_t* data, std::size_t size);
int format_one(const std::uint8_t* data, std::size_t size);
int run_one(const std::uint8_t* data, std::size_t size);
int lsp_one(const std::uint8_t* data, std::size_t size);

}  // namespace limber::fuzz
