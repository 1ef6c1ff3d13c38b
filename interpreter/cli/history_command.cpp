// `limber history [FILE]`: what the session log says about a routine (or every routine
// logged) over the last weeks. Reads the log without creating or changing it.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/log_options.hpp"
#include "interpreter/cli/run_log.hpp"
#include "interpreter/log/history.hpp"
#include "interpreter/log/log_error.hpp"
#include "interpreter/log/session_log.hpp"

namespace limber::cli {

namespace {

namespace fs = std::filesystem;

struct HistoryCommandOptions {
  std::string file;
  int weeks = 4;
  std::string format = "text";
  LogOptions log;
};

int show_history(const HistoryCommandOptions& options) {
  LoggedSessions logged;
  try {
    logged = read_logged_sessions(options.log,
                                  options.file.empty() ? "" : recorded_routine_path(options.file));
  } catch (const log::LogError& problem) {
    fmt::print(stderr, "limber history: {}\n", problem.what());
    return exit_usage;
  }
  const std::optional<fs::path>& path = logged.path;
  if (!path) {
    fmt::print(stderr,
               "limber history: there is no home folder (HOME or XDG_DATA_HOME) to find the "
               "session log in; name it with --log PATH\n");
    return exit_usage;
  }
  const std::vector<log::RoutineHistory> routines =
      log::history_of(logged.sessions, {options.weeks, log::Clock::now()});
  if (options.format == "json") {
    std::cout << log::history_json(routines, options.weeks);
    return exit_ok;
  }
  if (routines.empty()) {
    const std::string what =
        options.file.empty() ? "No sessions" : "No sessions of " + options.file;
    fmt::print("{} in the last {} weeks in the session log {}.\n", what, options.weeks,
               path->string());
    return exit_ok;
  }
  std::cout << log::history_text(routines, options.weeks);
  return exit_ok;
}

}  // namespace

void add_history_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<HistoryCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "history", "Show the sessions logged: per week, completion, pain and flare-ups");
  command->add_option("file", options->file, "Routine file (.limber); default: every routine");
  command->add_option("--weeks", options->weeks, "How many calendar weeks, this one included")
      ->check(CLI::Range(1, 520));
  command->add_option("--format", options->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  add_log_options(*command, options->log, false);
  command->callback([options, &exit_code] { exit_code = show_history(*options); });
}

}  // namespace limber::cli
