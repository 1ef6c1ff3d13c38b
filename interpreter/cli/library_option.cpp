#include <cstdlib>

#include "interpreter/cli/commands.hpp"

namespace limber::cli {

void add_library_option(CLI::App& command, std::string& library) {
  command.add_option("--lib", library, "Read the standard library from this folder")
      ->envname("LIMBER_LIB")
      ->check(CLI::ExistingDirectory);
}

CheckOptions check_options(const std::string& library) {
  CheckOptions options;
  if (!library.empty()) options.library_path = library;
  return options;
}

}  // namespace limber::cli
