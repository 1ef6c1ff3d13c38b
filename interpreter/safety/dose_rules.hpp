#pragma once

// The dose rules of language.md §7 on the plans a routine can produce: hold, repetition and
// round ranges, sides (one side only, unbalanced, `each side` or `switch sides` on an exercise
// that is not one-sided) and warm-up before stretching, all on the doses after `scale`, `alt`
// replacement and skipping. Each finding comes with the worlds it arises in, as facts worded
// only once it is reported (findings.hpp, which adds its case).

#include <vector>

#include "grammar/diagnostic.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/safety/findings.hpp"

namespace limber::safety {

// Where each written step runs, in any of its forms (its alt, scaled, split by a `switch
// sides`): the domain its findings are described in.
class StepRuns {
 public:
  void reset(const PlanSummary& summary);
  // Only for a step of the summary.
  const WorldMask& of(const ast::Dose* dose) const;

 private:
  std::vector<std::pair<const ast::Dose*, std::size_t>> order_;  // scratch for reset()
  std::vector<std::pair<const ast::Dose*, WorldMask>> runs_;     // by the step's address
};

// `flare_up`: the worlds of a day with a flare-up. The guide asks for less on such a day, and
// the design's `if flare_up then scale 0.5` halves a dose at the bottom of its range, so there a
// hold or a number of repetitions may go down to half the low end of its range.
void judge_doses(const PlanSummary& summary, const WorldMask& flare_up, const StepRuns& runs,
                 Findings& findings);

}  // namespace limber::safety
