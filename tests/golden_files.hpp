#pragma once

// Golden files: a test's expected output kept beside it, compared to the letter. With
// LIMBER_BLESS=1 the test writes what it produced instead (review the diff before committing).

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace limber::testing {

inline bool blessing() {
  const char* bless = std::getenv("LIMBER_BLESS");
  return bless != nullptr && std::string(bless) == "1";
}

inline std::string read_golden(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Compares `actual` with the golden file, or writes it there when blessing.
inline void expect_golden(const std::filesystem::path& golden, const std::string& actual) {
  if (blessing()) {
    std::filesystem::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing; run with LIMBER_BLESS=1";
  EXPECT_EQ(actual, read_golden(golden)) << "for " << golden;
}

// Every routine of examples/, in name order.
inline std::vector<std::filesystem::path> example_files(const std::filesystem::path& source_dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir / "examples")) {
    if (entry.path().extension() == ".limber") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace limber::testing
