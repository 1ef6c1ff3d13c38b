// The `limber` binary: thin on purpose. It parses options and hands each subcommand to the
// library; the subcommands map results to the exit codes of cli.md.

#include <CLI/CLI.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <system_error>

#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"

int main(int argc, char** argv) {
  // A reader that goes away (`limber plan FILE | head -1`) ends limber quietly through SIGPIPE's
  // default, as it does cat or grep. A parent may hand SIGPIPE down ignored, and then writes
  // fail with EPIPE instead, which some output paths (fmt::print) turn into an uncaught
  // exception: an abort with "terminate called…" on stderr. So the default is put back.
  std::signal(SIGPIPE, SIG_DFL);

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
  } catch (const std::system_error& e) {
    // Output that cannot be written (`limber exercises > /dev/full`: fmt::print throws when the
    // disk is full) is said plainly instead of aborting.
    std::fprintf(stderr, "limber: cannot write the output: %s\n", e.code().message().c_str());
    return limber::cli::exit_usage;
  } catch (const std::exception& e) {
    // What the machine lacks (a sound library that cannot be loaded, memory) is said in one
    // line rather than as an abort; the commands report everything they expect themselves.
    std::fprintf(stderr, "limber: %s\n", e.what());
    return limber::cli::exit_usage;
  }
  // What is still buffered is written now, where a failure can still be told: a plan lost on a
  // full disk must not end with exit 0.
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "limber: cannot write the output: %s\n", std::strerror(errno));
    return limber::cli::exit_usage;
  }
  return exit_code;
}
