// The `limber` binary: thin on purpose. It parses options and hands each subcommand to the
// library; the subcommands map results to the exit codes of cli.md.

#include <CLI/CLI.hpp>

#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"

int main(int argc, char** argv) {
  CLI::App app{"limber: write, check and run exercise routines", "limber"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "limber 0.1.0");

  int exit_code = limber::cli::exit_ok;
  limber::cli::add_check_command(app, exit_code);
  limber::cli::add_fmt_command(app, exit_code);
  limber::cli::add_exercises_command(app, exit_code);
  limber::cli::add_plan_command(app, exit_code);
  limber::cli::add_export_command(app, exit_code);
  limber::cli::add_run_command(app, exit_code);
  limber::cli::add_render_command(app, exit_code);
  limber::cli::add_lsp_command(app, exit_code);
  limber::cli::add_history_command(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    // CLI11 answers --help and --version with 0; every real usage error is exit code 2.
    return code == 0 ? limber::cli::exit_ok : limber::cli::exit_usage;
  }
  return exit_code;
}
