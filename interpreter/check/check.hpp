#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "interpreter/check/program.hpp"

namespace limber {

struct CheckOptions {
  // Read the standard library from this folder instead of the copy built into the binary.
  std::optional<std::filesystem::path> library_path;
  // Shared folders that `use "file.limber"` may also read, in the order they are searched after
  // the using file's own folder (`--path`, then LIMBER_PATH).
  std::vector<std::filesystem::path> search_path;
};

// ---- limits on `use`, so that a mistaken or generated set of files fails at once, with a clear
// error at the `use` that goes too far, instead of exhausting the stack or taking forever.

// The longest chain of files using each other, counting the checked file (and a library module
// at its end). A routine that uses a clinic file that uses a shared file is three; sixteen is far
// more than any real layering needs, and each level is a nested call of the loader, so the
// limit also keeps a chain of thousands of files from exhausting the stack.
inline constexpr std::size_t max_use_depth = 16;
// The most files one check reads: the checked file, the prelude, and every file and library
// module used, each counted once. A routine and everything it uses is a few dozen files at most
// (the whole standard library is seven); 256 leaves room for a large clinic folder while
// keeping a check, which the editor repeats on every keystroke, from parsing thousands of files.
inline constexpr std::size_t max_files_read = 256;

// The checker's one entry point: parses `main`, reads the prelude and every module and file it
// uses, resolves names, checks types, units and the safety rules. Stops after parsing when any
// file has syntax errors, since meaning cannot be given to a broken tree.
Program check(SourceFile main, const CheckOptions& options = {});

// Every module of the standard library read and checked, for the catalog: the program's
// exercises, conditions and screens are the whole library (each Origin names its module).
Program load_library(const CheckOptions& options = {});

// The standard library's module names, for messages and the catalog.
std::vector<std::string> library_module_names(const CheckOptions& options);

// Steps 2 and 3 of check(), also used on their own by the catalog: the typed definitions of
// every module loaded (definitions.cpp) and the rules on the routine (routine_rules.cpp).
void collect_definitions(Program& program);
// In reading order: file by file in the order they were read, then by position; in the order
// found where those are equal.
void sort_diagnostics(Program& program);

// Where a diagnostic stands in that order: the number of its file among those read (one of no
// file, which could not be read, stands with the checked file), then its offset.
class DiagnosticOrder {
 public:
  explicit DiagnosticOrder(const Program& program);
  std::pair<std::uint32_t, std::uint32_t> key(const LocatedDiagnostic& located) const;

 private:
  std::map<const SourceFile*, std::uint32_t> files_;
};
void check_routine(Program& program);

}  // namespace limber
