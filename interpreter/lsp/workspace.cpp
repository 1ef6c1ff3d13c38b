#include "interpreter/lsp/workspace.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <system_error>

#include <unistd.h>

namespace limber::lsp {

namespace fs = std::filesystem;

fs::path default_cache_folder() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return fs::path(xdg) / "limber" / "lib";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return fs::path(home) / ".cache" / "limber" / "lib";
  }
  std::error_code ec;
  return fs::temp_directory_path(ec) / "limber" / "lib";
}

Workspace::Workspace(ServerOptions options) : options_(std::move(options)) {
  if (options_.cache_folder.empty()) options_.cache_folder = default_cache_folder();
}

const Program& Workspace::library() {
  if (!library_) library_ = std::make_unique<Program>(load_library(options_.check));
  return *library_;
}

std::optional<fs::path> Workspace::library_file(const std::string& module,
                                                const std::string& text) const {
  const std::string file_name = module + ".limber";
  if (options_.check.library_path) return fs::absolute(*options_.check.library_path / file_name);
  const fs::path path = fs::absolute(options_.cache_folder / file_name);
  // Rewritten when it differs, so that a newer limber never points into an older library.
  std::ifstream existing(path, std::ios::binary);
  if (existing) {
    const std::string old{std::istreambuf_iterator<char>(existing),
                          std::istreambuf_iterator<char>()};
    if (old == text) return path;
  }
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  const fs::path partial = path.string() + "." + std::to_string(getpid()) + ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!(out << text)) return std::nullopt;
  }
  // A rename is atomic: two servers writing at once never leave half a module behind.
  fs::rename(partial, path, ec);
  if (ec) return std::nullopt;
  return path;
}

}  // namespace limber::lsp
