#include "interpreter/log/log_location.hpp"

#include <cstdlib>
#include <string_view>

namespace limber::log {

std::optional<std::filesystem::path> default_log_path() {
  // The XDG specification ignores a relative XDG_DATA_HOME, and so does limber.
  const char* data_home = std::getenv("XDG_DATA_HOME");
  if (data_home != nullptr && std::string_view(data_home).starts_with('/')) {
    return std::filesystem::path(data_home) / "limber" / "sessions.db";
  }
  const char* home = std::getenv("HOME");
  if (home != nullptr && std::string_view(home).starts_with('/')) {
    return std::filesystem::path(home) / ".local" / "share" / "limber" / "sessions.db";
  }
  return std::nullopt;
}

}  // namespace limber::log
