#pragma once

// Writing a whole file safely: the text goes to a new file beside it, renamed over it once it is
// all on disk, so a crash or a full disk never leaves a half-written file or a temporary behind.

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace limber::cli {

struct ReplaceFailure {
  bool temporary_not_created = false;  // mkstemp failed: nothing was written
  std::string reason;                  // strerror's account
};

// Writes `text` to a temporary file beside `target` and renames it over `target`. A rename
// within one folder is atomic, so at every moment `target` holds either its old text or the
// new one. An existing file keeps its permissions; a new one gets `new_file_mode`.
std::optional<ReplaceFailure> replace_file(const std::filesystem::path& target,
                                           std::string_view text, mode_t new_file_mode);

}  // namespace limber::cli
