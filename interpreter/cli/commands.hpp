#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace limber::cli {

// Each subcommand registers itself on the app and stores the exit code of its run in `exit_code`.
void add_check_command(CLI::App& app, int& exit_code);
void add_fmt_command(CLI::App& app, int& exit_code);
void add_exercises_command(CLI::App& app, int& exit_code);
void add_plan_command(CLI::App& app, int& exit_code);
void add_export_command(CLI::App& app, int& exit_code);
void add_run_command(CLI::App& app, int& exit_code);
void add_render_command(CLI::App& app, int& exit_code);
void add_lsp_command(CLI::App& app, int& exit_code);
void add_history_command(CLI::App& app, int& exit_code);

}  // namespace limber::cli

#include "interpreter/check/check.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::cli {

// Where a command reads definitions from, besides the checked file's own folder.
struct LibraryOptions {
  std::string library;             // `--lib DIR` or LIMBER_LIB: the standard library's folder
  std::vector<std::string> paths;  // `--path DIR`, repeatable: shared folders for `use "file"`
};

// `--lib DIR` (or the LIMBER_LIB environment variable): read the standard library from DIR
// instead of the copy built into the binary. `--path DIR` (repeatable, then the folders of the
// LIMBER_PATH environment variable): folders that `use "file.limber"` may also read.
void add_library_option(CLI::App& command, LibraryOptions& library);

// `--when COND` and `--unless COND`, each repeatable and each taking one condition.
void add_condition_options(CLI::App& command, std::vector<std::string>& when,
                           std::vector<std::string>& unless);
// `--week N` (N ≥ 1) for plan, run and render; `week` stays 0 when it is not given.
void add_week_option(CLI::App& command, int& week);
// Sets PlanOptions::progress_weeks to N−1 when `--week N` was given; leaves it alone otherwise.
void apply_week_option(int week, PlanOptions& options);
CheckOptions check_options(const LibraryOptions& library);

}  // namespace limber::cli
