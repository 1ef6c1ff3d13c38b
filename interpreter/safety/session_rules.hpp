#pragma once

// The rules on a whole session, compared across the worlds a routine can produce: its length
// against its `target` and against the limits (an hour is long, four hours is refused), and a
// flare-up doing less work than the same day without one.

#include <vector>

#include "interpreter/check/program.hpp"
#include "interpreter/safety/findings.hpp"
#include "interpreter/safety/worlds.hpp"

namespace limber::safety {

// What the session rules need of one world's plan.
struct WorldTotals {
  double total_s = 0;
  double steps = 0;
  double work_s = 0;  // time under load: every hold and set of reps (warm-ups not counted)
};

// `flare_up`: the worlds where flare_up holds (as a varied or a `given` condition).
void judge_session(const RoutineRef& routine, const Worlds& worlds,
                   const std::vector<WorldTotals>& totals, const WorldMask& flare_up,
                   std::optional<double> target_s, Findings& findings);

}  // namespace limber::safety
