// Every input saved in tests/fuzz/regressions/ (a crash a fuzzer found, or a hostile input made
// by hand) goes through the fuzz targets' own one-input functions, each in a child process so
// that a crash fails the file it came from and the others still run. A routine goes through
// the parse, check (parse → check → plan), format and run targets; a file under lsp/ holds
// language-server messages, for the lsp target.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "targets.hpp"

namespace limber::fuzz {
namespace {

namespace fs = std::filesystem;

const fs::path folder = LIMBER_FUZZ_REGRESSIONS_DIR;

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != "README.md") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

using Target = int (*)(const std::uint8_t*, std::size_t);

// Runs `targets` on the file in a child process, which must exit normally: a broken invariant
// aborts, and a sanitizer report (in the ASan build) ends the child with an error.
void expect_clean(const fs::path& path, const std::vector<Target>& targets) {
  SCOPED_TRACE(path.string());
  const std::string input = bytes_of(path);
  const auto* data = reinterpret_cast<const std::uint8_t*>(input.data());
  EXPECT_EXIT(
      {
        for (Target target : targets) target(data, input.size());
        std::exit(0);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST(FuzzRegressions, EverySavedRoutineRunsCleanly) {
  const std::vector<fs::path> files = files_in(folder);
  // The folder is never empty (its README says what is in it): an empty one would pass blind.
  ASSERT_GE(files.size(), 5u) << folder;
  for (const fs::path& path : files) {
    expect_clean(path, {parse_one, check_one, format_one, run_one});
  }
}

TEST(FuzzRegressions, EverySavedLanguageServerInputRunsCleanly) {
  for (const fs::path& path : files_in(folder / "lsp")) expect_clean(path, {lsp_one});
}

}  // namespace
}  // namespace limber::fuzz
