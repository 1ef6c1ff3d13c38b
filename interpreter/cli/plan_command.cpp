// `limber plan FILE`: the checked routine's schedule, every step with its start and duration,
// as text or as the JSON of cli.md. Conditions hold only when --when (or the routine's `given`)
// says so; --unless makes one not hold whatever else says.

#include <fmt/format.h>

#include <vector>

#include "grammar/suggest.hpp"
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
  std::string library;
};

// A condition named on the command line must exist: a typo would silently plan the wrong day.
bool known_conditions(const Program& program, const std::vector<std::string>& names,
                      std::string_view option) {
  std::vector<std::string_view> known;
  for (const auto& [name, _] : program.conditions) known.push_back(name);
  for (const std::string& name : names) {
    if (program.conditions.count(name)) continue;
    std::string message = fmt::format("{} {}: there is no condition `{}`", option, name, name);
    if (auto nearest = suggest(name, known))
      message += fmt::format(" (did you mean `{}`?)", *nearest);
    fmt::print(stderr, "limber plan: {}\n", message);
    return false;
  }
  return true;
}

int run_plan(const PlanCommandOptions& options) {
  LoadResult loaded = load_source(options.file);
  if (!loaded.source) {
    print_file_error(options.file, "cannot-read", loaded.failure->message);
    return exit_usage;
  }
  const Program program = check_file(std::move(*loaded.source), check_options(options.library));
  for (const auto& d : program.diagnostics) print_diagnostics(*d.source, {d.diagnostic});
  if (!program.ok()) return exit_errors;
  if (program.routines.empty()) {
    fmt::print(stderr, "limber plan: {} defines no routine, only definitions\n", options.file);
    return exit_errors;
  }
  if (!known_conditions(program, options.when, "--when") ||
      !known_conditions(program, options.unless, "--unless")) {
    return exit_usage;
  }
  PlanOptions plan_options{{options.when.begin(), options.when.end()},
                           {options.unless.begin(), options.unless.end()},
                           options.skip_optional,
                           options.routine};
  if (!options.routine.empty()) {
    const bool found = std::any_of(program.routines.begin(), program.routines.end(),
                                   [&](const RoutineRef& r) { return r.title == options.routine; });
    if (!found) {
      fmt::print(stderr, "limber plan: {} has no routine titled \"{}\"\n", options.file,
                 options.routine);
      return exit_usage;
    }
  }
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
  command->add_option("--when", options->when, "A condition that holds (repeatable)");
  command->add_option("--unless", options->unless, "A condition that does not hold (repeatable)");
  command->add_flag("--skip-optional", options->skip_optional, "Leave out optional steps");
  command->add_option("--routine", options->routine,
                      "The routine to plan, by title (default: the first)");
  add_library_option(*command, options->library);
  command->callback([options, &exit_code] { exit_code = run_plan(*options); });
}

}  // namespace limber::cli
