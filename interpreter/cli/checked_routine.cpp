#include "interpreter/cli/checked_routine.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "grammar/suggest.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/report.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/safety/judge.hpp"

namespace limber::cli {

namespace {

// What a patient reads instead of the checker's findings when the routine cannot run.
constexpr const char* patient_refusal =
    "This routine has mistakes your therapist needs to fix before you can use it.";

bool known_conditions(std::string_view command, const Program& program,
                      const std::vector<std::string>& names, std::string_view option) {
  std::vector<std::string_view> known;
  for (const auto& [name, _] : program.conditions) known.push_back(name);
  for (const std::string& name : names) {
    if (program.conditions.count(name)) continue;
    std::string message = fmt::format("{} {}: there is no condition `{}`", option, name, name);
    if (auto nearest = suggest(name, known)) {
      message += fmt::format(" (did you mean `{}`?)", *nearest);
    }
    fmt::print(stderr, "limber {}: {}\n", command, message);
    return false;
  }
  return true;
}

}  // namespace

std::string no_such_routine(std::string_view file, std::string_view wanted,
                            const std::vector<RoutineRef>& routines) {
  std::string out = fmt::format("{} has no routine titled \"{}\"", file, wanted);
  std::vector<std::string> titles;
  for (const RoutineRef& routine : routines) {
    if (!routine.title.empty()) titles.push_back(routine.title);
  }
  if (auto nearest = suggest_ignoring_case(wanted, titles)) {
    out += fmt::format(" (did you mean \"{}\"?)", *nearest);
  }
  out += '\n';
  if (routines.size() == 1 && routines.front().title.empty()) {
    return out + "  its steps are one routine without a title: leave out --routine\n";
  }
  std::string listed;
  for (const std::string& title : titles) {
    listed += fmt::format("{}\"{}\"", listed.empty() ? "" : ", ", title);
  }
  return out + fmt::format("  its routine{}: {}\n", titles.size() == 1 ? " is" : "s are", listed);
}

std::variant<Program, int> checked_routine(std::string_view command,
                                           const RoutineRequest& request) {
  LoadResult loaded = load_source(request.file);
  if (!loaded.source) {
    print_file_error(request.file, "cannot-read", loaded.failure->message);
    return exit_usage;
  }
  Program program = check(std::move(*loaded.source), check_options(request.library));
  // The therapist sees every finding, printed as the plans are judged rather than all kept (the
  // program keeps only the checker's own); the patient sees none.
  bool errors = false;
  judge_plans(program, [&](std::vector<LocatedDiagnostic>&& batch) {
    errors = errors || std::any_of(batch.begin(), batch.end(), [](const LocatedDiagnostic& d) {
               return d.diagnostic.severity == Severity::error;
             });
    if (!request.for_patient) print_diagnostics(batch);
  });
  if (request.for_patient && (errors || program.routines.empty())) {
    fmt::print(stderr, "{}\n", patient_refusal);
    return exit_errors;
  }
  if (errors) return exit_errors;
  if (program.routines.empty()) {
    fmt::print(stderr, "limber {}: {} defines no routine, only definitions\n", command,
               request.file);
    return exit_errors;
  }
  if (!request.routine.empty() &&
      std::none_of(program.routines.begin(), program.routines.end(),
                   [&](const RoutineRef& r) { return r.title == request.routine; })) {
    fmt::print(stderr, "limber {}: {}", command,
               no_such_routine(request.file, request.routine, program.routines));
    return exit_usage;
  }
  if (!known_conditions(command, program, request.when, "--when") ||
      !known_conditions(command, program, request.unless, "--unless")) {
    return exit_usage;
  }
  return program;
}

std::optional<int> refuse_overlong(std::string_view command, const RoutineRequest& request,
                                   const Program& program, const PlanOptions& options) {
  const auto refusal = plan_refusal(program, options);
  if (!refusal) return std::nullopt;
  fmt::print(stderr, "limber {}: {}: {}\n", command, request.file, *refusal);
  return exit_errors;
}

PlanOptions plan_options_for(const RoutineRequest& request, bool skip_optional) {
  return {{request.when.begin(), request.when.end()},
          {request.unless.begin(), request.unless.end()},
          skip_optional,
          request.routine};
}

}  // namespace limber::cli
