// `limber plan FILE`: the checked routine's schedule, every step with its start and duration,
// as text or as the JSON of cli.md, or as a patient handout (Markdown, or HTML for printing on
// the --paper size). Conditions hold only when --when (or the routine's `given`)
// says so; --unless makes one not hold whatever else says.

#include <fmt/format.h>

#include <vector>

#include "interpreter/cli/checked_routine.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/log_options.hpp"
#include "interpreter/cli/logged_progress.hpp"
#include "interpreter/cli/report.hpp"
#include "interpreter/plan/handout.hpp"
#include "interpreter/plan/handout_html.hpp"
#include "interpreter/plan/handout_markdown.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/plan/plan_output.hpp"

namespace limber::cli {

namespace {

struct PlanCommandOptions {
  std::string file;
  std::string format = "text";
  std::string paper;  // only for --format html; A4 when not given
  std::vector<std::string> when;
  std::vector<std::string> unless;
  bool skip_optional = false;
  int week = 0;  // `--week N`; 0 when not given
  std::string routine;
  LibraryOptions library;
  LogOptions log;  // where the progression earned is read from
};

int run_plan(const PlanCommandOptions& options) {
  if (!options.paper.empty() && options.format != "html") {
    fmt::print(stderr, "limber plan: --paper is for --format html\n");
    return exit_usage;
  }
  const RoutineRequest request{options.file, options.library, options.routine, options.when,
                               options.unless};
  auto checked = checked_routine("plan", request);
  if (const int* stop = std::get_if<int>(&checked)) return *stop;
  const Program& program = std::get<Program>(checked);
  PlanOptions plan_options = plan_options_for(request, options.skip_optional);
  apply_week_option(options.week, plan_options);
  apply_logged_progress(options.week, options.file, program, options.routine, options.log,
                        plan_options);
  if (auto stop = refuse_overlong("plan", request, program, plan_options)) return *stop;
  const Plan planned = plan(program, plan_options);
  if (options.format == "json") {
    fmt::print("{}\n", plan_to_json(planned).dump(2));
  } else if (options.format == "markdown") {
    fmt::print("{}", handout_to_markdown(make_handout(program, planned, plan_options)));
  } else if (options.format == "html") {
    const Paper paper = options.paper == "letter" ? Paper::letter : Paper::a4;
    fmt::print("{}", handout_to_html(make_handout(program, planned, plan_options), paper));
  } else {
    fmt::print("{}", plan_to_text(planned));
  }
  return exit_ok;
}

}  // namespace

void add_plan_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<PlanCommandOptions>();
  CLI::App* command =
      app.add_subcommand("plan", "Show a routine's schedule: every step with its start and length");
  command->add_option("file", options->file, "Routine file (.limber)")->required();
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown", "html"}));
  command->add_option("--paper", options->paper, "Paper size of the HTML handout (default a4)")
      ->check(CLI::IsMember({"a4", "letter"}));
  add_condition_options(*command, options->when, options->unless);
  command->add_flag("--skip-optional", options->skip_optional, "Leave out optional steps");
  add_week_option(*command, options->week);
  command->add_option("--routine", options->routine,
                      "The routine to plan, by title (default: the first)");
  add_library_option(*command, options->library);
  add_log_options(*command, options->log, false);
  command->callback([options, &exit_code] { exit_code = run_plan(*options); });
}

}  // namespace limber::cli
