// `limber plan FILE`: the checked routine's schedule, every step with its start and duration,
// as text or as the JSON of cli.md. Conditions hold only when --when (or the routine's `given`)
// says so; --unless makes one not hold whatever else says.

#include <fmt/format.h>

#include <vector>

#include "interpreter/cli/checked_routine.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/report.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/plan/plan_output.hpp"

namespace limber::cli {

namespace {

struct PlanCommandOptions {
  std::string file;
  std::string format = "text";
  std::vector<std::string> when;
  std::vector<std::string> unless;
  bool skip_optional = false;
  std::string routine;
  LibraryOptions library;
};

int run_plan(const PlanCommandOptions& options) {
  const RoutineRequest request{options.file, options.library, options.routine, options.when,
                               options.unless};
  auto checked = checked_routine("plan", request);
  if (const int* stop = std::get_if<int>(&checked)) return *stop;
  const Program& program = std::get<Program>(checked);
  const PlanOptions plan_options = plan_options_for(request, options.skip_optional);
  if (auto stop = refuse_overlong("plan", request, program, plan_options)) return *stop;
  const Plan planned = plan(program, plan_options);
  if (options.format == "json") {
    fmt::print("{}\n", plan_to_json(planned).dump(2));
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
      ->check(CLI::IsMember({"text", "json"}));
  add_condition_options(*command, options->when, options->unless);
  command->add_flag("--skip-optional", options->skip_optional, "Leave out optional steps");
  command->add_option("--routine", options->routine,
                      "The routine to plan, by title (default: the first)");
  add_library_option(*command, options->library);
  command->callback([options, &exit_code] { exit_code = run_plan(*options); });
}

}  // namespace limber::cli
