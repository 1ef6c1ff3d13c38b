#pragma once

// A progressing dose in the words `plan`, the run and the handout show it with:
// "week 3: 30s; next: 35s from week 4", "week 5: 30s, at its goal", "week 3: 10s, not built
// up while the flare-up lasts" (the written dose, with any flare-up scale). The patient reads it
// too (the run's exercise event), so it names no condition by its code.

#include <string>

#include "interpreter/plan/plan.hpp"

namespace limber {

// One value of a progression: "30s", "12 reps", "3 rounds".
std::string progress_value_text(StepProgress::Of of, double value);

std::string progress_text(const StepProgress& progress);

}  // namespace limber
