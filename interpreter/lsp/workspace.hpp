#pragma once

// What every feature of the server shares besides the open documents: how to check (the
// library folder and search path of `--lib`/`--path`), the whole standard library for the
// catalog, and real files for the library's modules so that "go to definition" can open them.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "interpreter/check/check.hpp"
#include "interpreter/check/program.hpp"

namespace limber::lsp {

struct ServerOptions {
  CheckOptions check;
  // Where the embedded library's modules are written for "go to definition"; empty: the
  // default of cache_folder().
  std::filesystem::path cache_folder;
};

// $XDG_CACHE_HOME/limber/lib, else ~/.cache/limber/lib, else a folder in the temp directory.
std::filesystem::path default_cache_folder();

class Workspace {
 public:
  explicit Workspace(ServerOptions options);

  const CheckOptions& check_options() const { return options_.check; }

  // Every module of the library, read once on first use: what hover and completion know about
  // exercises a file cannot name yet (because it does not parse, or does not `use` the module).
  const Program& library();

  // A file holding the library module's text: the module's own file under --lib, else the
  // embedded text written once to the cache folder. None when it cannot be written.
  std::optional<std::filesystem::path> library_file(const std::string& module,
                                                    const std::string& text) const;

 private:
  ServerOptions options_;
  std::unique_ptr<Program> library_;
};

}  // namespace limber::lsp
