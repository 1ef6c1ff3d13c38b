#pragma once

#include <CLI/CLI.hpp>

namespace limber::cli {

// Each subcommand registers itself on the app and stores the exit code of its run in `exit_code`.
void add_check_command(CLI::App& app, int& exit_code);
void add_fmt_command(CLI::App& app, int& exit_code);

}  // namespace limber::cli
