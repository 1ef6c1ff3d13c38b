// `limber run FILE`: the guided session. Checks the file, settles the conditions and the
// screening checklist before the first step (asking on a terminal, never waiting for input
// that cannot come otherwise), plans the routine and walks the plan on a real clock, or on a
// virtual one with --dry-run, handing each event to the chosen backends.

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "interpreter/backends/console/live_console.hpp"
#include "interpreter/backends/console/plain_console.hpp"
#include "interpreter/backends/json/json_backend.hpp"
#include "interpreter/cli/checked_routine.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/report.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/run/readiness.hpp"
#include "interpreter/run/runner.hpp"
#include "interpreter/run/terminal_controls.hpp"

namespace limber::cli {

namespace {

struct RunCommandOptions {
  std::string file;
  std::vector<std::string> backends{"console"};
  bool dry_run = false;
  double speed = 1;
  std::vector<std::string> when;
  std::vector<std::string> unless;
  bool skip_optional = false;
  bool plain = false;
  bool screened = false;
  std::string routine;
  LibraryOptions library;
};

bool wants(const RunCommandOptions& options, const char* backend) {
  return std::find(options.backends.begin(), options.backends.end(), backend) !=
         options.backends.end();
}

// Settles what must be known before the first step. Returns an exit code to stop with, or
// none to go on.
std::optional<int> settle_before_start(const RunCommandOptions& options, const RoutineNeeds& needs,
                                       PlanOptions& plan_options) {
  const bool needs_screening = needs.screen != nullptr && !options.screened;
  if (isatty(STDIN_FILENO) != 1) {
    // Nobody can answer: unanswered conditions simply do not hold, but a screening checklist
    // is a safety question that must never be answered by default.
    if (!needs_screening) return std::nullopt;
    fmt::print(stderr,
               "limber run: this routine starts with the screening checklist \"{}\" ({}), and "
               "there is no terminal to ask it on.\n"
               "Go through the checklist with the patient, then run again with --screened.\n",
               needs.screen->title, needs.screen->name);
    return exit_usage;
  }
  // Questions go to stderr so that stdout carries only the session (JSON lines stay clean).
  StreamAsker asker(std::cin, std::cerr);
  ask_conditions(needs, asker, plan_options);
  if (!needs_screening) return std::nullopt;
  std::cerr << "Before you start: " << needs.screen->title << ".\n";
  const ScreenResult screen = ask_screen(*needs.screen, asker);
  if (screen.outcome == ScreenOutcome::red_flag) {
    std::cerr << red_flag_advice(*needs.screen, screen.flag) << std::flush;
    return exit_red_flag;
  }
  if (screen.outcome == ScreenOutcome::unanswered) {
    fmt::print(stderr,
               "limber run: the screening checklist \"{}\" was not answered; not starting\n",
               needs.screen->title);
    return exit_usage;
  }
  return std::nullopt;
}

// What the patient is told when they report pain, in the spirit of the clinic guide: stop,
// never push through pain, and have new or lasting pain looked at.
constexpr const char* pain_advice =
    "You reported pain, so the session stops here.\n"
    "Do not push through pain: stretching should never hurt. Rest and let it settle.\n"
    "If the pain is new or sharp, or it is still there after a few days, stop these exercises "
    "and consult a healthcare professional before your next session.\n";

int terminal_width() {
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

int run_routine(const RunCommandOptions& options) {
  const RoutineRequest request{options.file, options.library, options.routine, options.when,
                               options.unless};
  auto checked = checked_routine("run", request);
  if (const int* stop = std::get_if<int>(&checked)) return *stop;
  const Program& program = std::get<Program>(checked);

  PlanOptions plan_options = plan_options_for(request, options.skip_optional);
  if (auto stop = settle_before_start(options, needs_of(program, options.routine), plan_options)) {
    return *stop;
  }
  if (auto stop = refuse_overlong("run", request, program, plan_options)) return *stop;
  const Plan planned = plan(program, plan_options);

  // With JSON on stdout as well, the console's lines go to stderr so each stream stays whole.
  // The live view needs a terminal both ways: keys in, redrawing out.
  const bool json = wants(options, "json");
  const bool interactive = !options.dry_run && isatty(STDIN_FILENO) == 1;
  const bool live = interactive && !json && !options.plain && isatty(STDOUT_FILENO) == 1;
  std::vector<std::unique_ptr<Backend>> owned;
  if (wants(options, "console")) {
    if (live) {
      owned.push_back(std::make_unique<LiveConsoleBackend>(std::cout, terminal_width()));
    } else {
      owned.push_back(std::make_unique<PlainConsoleBackend>(json ? std::cerr : std::cout));
    }
  }
  if (json) owned.push_back(std::make_unique<JsonBackend>(std::cout));
  std::vector<Backend*> backends;
  for (const auto& backend : owned) backends.push_back(backend.get());

  RunResult result;
  if (options.dry_run) {
    VirtualClock clock;
    result = run(program, planned, clock, backends);
  } else if (interactive) {
    // Scoped so the terminal is back to normal before anything more is printed.
    TerminalControls controls(STDIN_FILENO);
    RealClock clock(options.speed);
    result = run(program, planned, clock, backends, &controls);
  } else {
    RealClock clock(options.speed);
    result = run(program, planned, clock, backends);
  }
  switch (result.outcome) {
    case RunOutcome::completed:
      return exit_ok;
    case RunOutcome::pain:
      std::cerr << pain_advice << std::flush;
      return exit_pain;
    case RunOutcome::quit:
      std::cerr << "Session stopped before the end.\n" << std::flush;
      return exit_ok;
    case RunOutcome::interrupted:
      std::cerr << "Interrupted.\n" << std::flush;
      return exit_interrupted;
  }
  return exit_ok;
}

}  // namespace

void add_run_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RunCommandOptions>();
  CLI::App* command = app.add_subcommand("run", "Guide a session through a routine, step by step");
  command->add_option("file", options->file, "Routine file (.limber)")->required();
  command->add_option("--backend", options->backends, "Where events go: console, json (comma list)")
      ->delimiter(',')
      ->check(CLI::IsMember({"console", "json"}));
  command->add_flag("--dry-run", options->dry_run,
                    "Run on a virtual clock: every event at once, nothing waits");
  command->add_option("--speed", options->speed, "Run the clock this many times faster")
      ->check(CLI::PositiveNumber);
  command->add_option("--when", options->when, "A condition that holds (repeatable)");
  command->add_option("--unless", options->unless, "A condition that does not hold (repeatable)");
  command->add_flag("--skip-optional", options->skip_optional, "Leave out optional steps");
  command->add_flag("--plain", options->plain,
                    "One line per event on the console, even on a terminal");
  command->add_flag("--screened", options->screened,
                    "The screening checklist was gone through with the patient already");
  command->add_option("--routine", options->routine,
                      "The routine to run, by title (default: the first)");
  add_library_option(*command, options->library);
  command->callback([options, &exit_code] { exit_code = run_routine(*options); });
}

}  // namespace limber::cli
