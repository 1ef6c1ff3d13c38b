#pragma once

// The dose rules of language.md §7 on the plans a routine can produce: hold, repetition and
// round ranges, sides (one side only, unbalanced, `each side` or `switch sides` on an exercise
// that is not one-sided) and warm-up before stretching, all on the doses after `scale`, `alt`
// replacement and skipping. Each finding comes with the worlds it arises in; its message is
// without its case (findings.hpp adds it).

#include <vector>

#include "grammar/diagnostic.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::safety {

struct DoseFinding {
  Diagnostic diagnostic;
  const ast::Dose* subject;  // the step the finding is about
  WorldMask worlds;          // where it arises
};

// `flare_up`: the worlds of a day with a flare-up. The guide asks for less on such a day, and
// the design's `if flare_up then scale 0.5` halves a dose at the bottom of its range, so there a
// hold or a number of repetitions may go down to half the low end of its range.
std::vector<DoseFinding> judge_doses(const PlanSummary& summary, const WorldMask& flare_up);

}  // namespace limber::safety
