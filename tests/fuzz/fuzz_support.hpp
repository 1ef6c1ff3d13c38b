#pragma once

// What the fuzz targets share: their entry point, a scratch folder for the checked file to live
// in, and the span invariants of a checked program.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "interpreter/check/program.hpp"

// Each target's work is a named function, `limber::fuzz::<target>_one` (targets.hpp), and its
// libFuzzer entry point only calls it. The regression test (tests/fuzz/gtest/) compiles every
// target into one ordinary program with LIMBER_FUZZ_REGRESSIONS, so it gets no entry point and
// feeds the saved inputs to the very same functions, in release builds too.
#ifdef LIMBER_FUZZ_REGRESSIONS
#define LIMBER_FUZZ_ENTRY(function)
#else
#define LIMBER_FUZZ_ENTRY(function)                                                   \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    return function(data, size);                                                      \
  }
#endif

namespace limber::fuzz {

// An empty folder of its own in the temp directory, made once per process and removed when
// the process exits normally (a crash leaves it, next to the reproducer's report). The checked
// file is named inside it, so `use "FILE"` resolves there and cannot leave it (the checker
// refuses a path outside the using file's folder): nothing outside the folder is ever read.
class ScratchFolder {
 public:
  ScratchFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "limber-fuzz-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      std::perror("fuzz: mkdtemp");
      std::abort();
    }
    path_ = pattern;
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  ~ScratchFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline const std::filesystem::path& scratch_folder() {
  static const ScratchFolder folder;
  return folder.path();
}

inline std::string scratch_file(const char* name) {
  return (scratch_folder() / name).string();
}

[[noreturn]] inline void fail(const char* target, const std::string& what) {
  std::fprintf(stderr, "%s: %s\n", target, what.c_str());
  std::abort();
}

// Every diagnostic of the program points into the text of the file it names.
inline void check_spans(const char* target, const Program& program) {
  for (const LocatedDiagnostic& d : program.diagnostics) {
    if (d.source == nullptr) continue;  // a diagnostic about no file in particular
    const Span span = d.diagnostic.span;
    const std::size_t size = d.source->text().size();
    if (span.begin > span.end || span.end > size) {
      fail(target, "diagnostic `" + d.diagnostic.message + "` has span [" +
                       std::to_string(span.begin) + ", " + std::to_string(span.end) + ") in " +
                       d.source->name() + " of " + std::to_string(size) + " bytes");
    }
  }
}

}  // namespace limber::fuzz
