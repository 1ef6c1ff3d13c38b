#pragma once

// `--log PATH` (run, history, plan, render) and `--no-log` (run): which session log a command
// uses.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "interpreter/log/session_log.hpp"

namespace limber::cli {

struct LogOptions {
  std::string path;     // --log PATH; empty: the default place
  bool no_log = false;  // --no-log
};

// Adds --log, and --no-log when `can_disable` (run: a session may be left unrecorded).
void add_log_options(CLI::App& command, LogOptions& options, bool can_disable);

// The log file the options name: --log, else $XDG_DATA_HOME/limber/sessions.db or
// ~/.local/share/limber/sessions.db. None with --no-log, or with no home to put it in.
std::optional<std::filesystem::path> chosen_log_path(const LogOptions& options);

struct LoggedSessions {
  std::optional<std::filesystem::path> path;  // as chosen_log_path(); none: nothing was read
  std::vector<log::LoggedSession> sessions;   // none when there is no log at `path` yet
};

// The sessions of `routine_path_or_key` (as for SessionLog::sessions()) in the log the options
// name, read without creating or changing anything. Throws LogError when the log is unusable.
LoggedSessions read_logged_sessions(const LogOptions& options,
                                    const std::string& routine_path_or_key);

}  // namespace limber::cli
