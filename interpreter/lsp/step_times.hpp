#pragma once

// When each step of a routine starts and how long it takes, read from plan(): each of the
// planner's steps (a transition, each round, the rests between rounds, a switch) names the
// statement that made it (PlanStep::statement), and a statement runs from its first step to its
// last. What runs, and in what order, is the planner's answer alone; this only finds where each
// statement's steps begin and end in the plan.

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
