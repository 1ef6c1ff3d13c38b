#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "interpreter/check/program.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::cli {

// What `plan` and `run` are asked for: a file, the library to read, the routine to take (empty:
// the first) and the conditions named on the command line.
struct RoutineRequest {
  std::string file;
  LibraryOptions library;
  std::string routine;
  std::vector<std::string> when;
  std::vector<std::string> unless;
  // `run`: the patient is reading. The checker's findings are not shown (they are the
  // therapist's, from `limber check`), and a routine with errors is refused in one plain
  // sentence.
  bool for_patient = false;
};

// Everything `plan` and `run` do before their own work: read and check the file, show its
// diagnostics, and make sure it has the routine asked for and knows every condition named (a
// typo would silently plan the wrong day). Returns the checked program (without diagnostics:
// they were printed as the plans were judged, not kept), or the exit code to stop with after
// saying why on stderr as `limber COMMAND: …`.
std::variant<Program, int> checked_routine(std::string_view command, const RoutineRequest& request);

// What `--routine WANTED` says when `file` has no routine of that title: the titles it has,
// with "did you mean" when one is close. Two lines, each ending in a newline.
std::string no_such_routine(std::string_view file, std::string_view wanted,
                            const std::vector<RoutineRef>& routines);

// When the session these options plan is too long to plan or run (plan_refusal()), says so on
// stderr as `limber COMMAND: FILE: …` and returns the exit code to stop with.
std::optional<int> refuse_overlong(std::string_view command, const RoutineRequest& request,
                                   const Program& program, const PlanOptions& options);

// The planner's options for the request: its conditions and routine, and `skip_optional`.
PlanOptions plan_options_for(const RoutineRequest& request, bool skip_optional);

}  // namespace limber::cli
