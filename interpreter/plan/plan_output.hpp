#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "interpreter/plan/plan.hpp"

namespace limber {

// The plan as cli.md fixes it: {"routine", "total_s", "target_s", "steps": [{"kind",
// "exercise", "side", "round", "rounds", "start_s", "duration_s", "section", …}], "skipped"}.
// Keys in that order; absent values are null (the implicit routine has no title); a step's words
// (say, section title, repetitions) are in "text".
nlohmann::ordered_json plan_to_json(const Plan& plan);

// A readable schedule: one line per step with its start, then what was skipped and the total.
std::string plan_to_text(const Plan& plan);

}  // namespace limber
