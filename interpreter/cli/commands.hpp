#pragma once

#include <CLI/CLI.hpp>

namespace limber::cli {

// Each subcommand registers itself on the app and stores the exit code of its run in `exit_code`.
void add_check_command(CLI::App& app, int& exit_code);
void add_fmt_command(CLI::App& app, int& exit_code);
void add_exercises_command(CLI::App& app, int& exit_code);
void add_plan_command(CLI::App& app, int& exit_code);
void add_run_command(CLI::App& app, int& exit_code);

}  // namespace limber::cli

#include "interpreter/check/check.hpp"

namespace limber::cli {

// `--lib DIR` (or the LIMBER_LIB environment variable): read the standard library from DIR
// instead of the copy built into the binary.
void add_library_option(CLI::App& command, std::string& library);
CheckOptions check_options(const std::string& library);

}  // namespace limber::cli
