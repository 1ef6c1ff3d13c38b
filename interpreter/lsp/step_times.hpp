#pragma once

// When each step of a routine starts and how long it takes, read from plan(): the planner's
// steps (a transition, each round, the rests between rounds, a switch) are matched back to the
// statements that made them, walking the routine in the order the planner does. What runs is
// the planner's answer (summarize() says which doses run in the plan's world); this only finds
// where each statement's steps begin and end in the plan.

#include <optional>
#include <vector>

#include "interpreter/check/program.hpp"

namespace limber::lsp {

struct StepTime {
  Span span;  // the statement (for a section or repeat: its header, up to and with the `{`)
  double start_s = 0;
  double length_s = 0;  // for a step inside a `repeat`, one pass's
};

struct RoutineTime {
  const RoutineRef* routine = nullptr;
  double total_s = 0;
  std::optional<double> target_s;
  std::vector<StepTime> steps;  // in the order of the source
};

// The routines of a program without errors, planned as `limber plan` plans them by default
// (no condition holds but those the routine is `given`, optional steps kept). A routine whose
// plan is refused (plan_refusal()) is left out; a program with errors has none.
std::vector<RoutineTime> routine_times(const Program& program);

}  // namespace limber::lsp
