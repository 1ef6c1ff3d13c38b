// The `limber` binary: thin on purpose. It parses options and hands each subcommand to the
// library; the subcommands map results to the exit codes of cli.md.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>
#include <system_error>

#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"

namespace {

struct Subcommand {
  std::string_view name;
  void (*add)(CLI::App& app, int& exit_code);
};

// In the order `limber --help` lists them.
constexpr std::array<Subcommand, 9> subcommands{{
    {"check", limber::cli::add_check_command},
    {"fmt", limber::cli::add_fmt_command},
    {"exercises", limber::cli::add_exercises_command},
    {"plan", limber::cli::add_plan_command},
    {"export", limber::cli::add_export_command},
    {"run", limber::cli::add_run_command},
    {"render", limber::cli::add_render_command},
    {"lsp", limber::cli::add_lsp_command},
    {"history", limber::cli::add_history_command},
}};

}  // namespace

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
  // When the first argument names a subcommand, only that one is set up: CLI11 builds every
  // option of every subcommand it is given, a sixth of the start-up of `limber check`. Anything
  // else (`--help`, `--version`, a misspelt name, nothing) gets them all, for the full list.
  const std::string_view first = argc > 1 ? argv[1] : "";
  const bool named = std::any_of(subcommands.begin(), subcommands.end(),
                                 [&](const Subcommand& command) { return command.name == first; });
  for (const Subcommand& command : subcommands) {
    if (!named || command.name == first) command.add(app, exit_code);
  }

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
