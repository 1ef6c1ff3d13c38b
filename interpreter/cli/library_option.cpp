#include <cstdlib>
#include <string_view>

#include "interpreter/cli/commands.hpp"

namespace limber::cli {

namespace {

// LIMBER_PATH's folders, separated by `:` as in PATH; empty entries are skipped.
std::vector<std::string> environment_paths() {
  std::vector<std::string> folders;
  const char* value = std::getenv("LIMBER_PATH");
  if (value == nullptr) return folders;
  std::string_view rest = value;
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const std::string_view folder = rest.substr(0, colon);
    if (!folder.empty()) folders.emplace_back(folder);
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return folders;
}

}  // namespace

void add_library_option(CLI::App& command, LibraryOptions& library) {
  command.add_option("--lib", library.library, "Read the standard library from this folder")
      ->envname("LIMBER_LIB")
      ->check(CLI::ExistingDirectory);
  command
      .add_option("--path", library.paths,
                  "A folder that `use \"file.limber\"` may also read (repeatable; then the "
                  "folders of LIMBER_PATH)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingDirectory);
}

// The command line's folders come before LIMBER_PATH's, so that a therapist can try a changed
// copy of the clinic's shared folder without editing the environment.
CheckOptions check_options(const LibraryOptions& library) {
  CheckOptions options;
  if (!library.library.empty()) options.library_path = library.library;
  for (const std::string& folder : library.paths) options.search_path.emplace_back(folder);
  for (const std::string& folder : environment_paths()) options.search_path.emplace_back(folder);
  return options;
}

}  // namespace limber::cli
