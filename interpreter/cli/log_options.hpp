#pragma once

// `--log PATH` (run, history, plan, render) and `--no-log` (run): which session log a command
// uses.

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>

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

}  // namespace limber::cli
