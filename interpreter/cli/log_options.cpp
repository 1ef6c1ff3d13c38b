#include "interpreter/cli/log_options.hpp"

#include "interpreter/log/log_location.hpp"

namespace limber::cli {

void add_log_options(CLI::App& command, LogOptions& options, bool can_disable) {
  CLI::Option* log =
      command.add_option("--log", options.path,
                         "The session log (default: $XDG_DATA_HOME/limber/sessions.db or "
                         "~/.local/share/limber/sessions.db)");
  if (can_disable) {
    command.add_flag("--no-log", options.no_log, "Do not record this session in the log")
        ->excludes(log);
  }
}

std::optional<std::filesystem::path> chosen_log_path(const LogOptions& options) {
  if (options.no_log) return std::nullopt;
  if (!options.path.empty()) return std::filesystem::absolute(options.path);
  return log::default_log_path();
}

LoggedSessions read_logged_sessions(const LogOptions& options,
                                    const std::string& routine_path_or_key) {
  LoggedSessions read{chosen_log_path(options), {}};
  std::error_code error;
  if (read.path && std::filesystem::exists(*read.path, error)) {
    read.sessions =
        log::SessionLog(*read.path, log::OpenMode::read_only).sessions(routine_path_or_key);
  }
  return read;
}

}  // namespace limber::cli
