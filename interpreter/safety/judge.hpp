#pragma once

// The safety rules on effective plans (language.md §7, "Dose rules judge effective plans"):
// every routine of a checked program is planned in each world it can meet (worlds.hpp), in
// closed form, and the dose and session rules judge what the patient would actually do there.

#include "interpreter/check/check.hpp"
#include "interpreter/check/program.hpp"

namespace limber {

// Judges every routine of a program without errors; adds the findings to its diagnostics.
void judge_plans(Program& program);

// Everything `limber check` reports about a file: check() and then judge_plans().
Program check_file(SourceFile main, const CheckOptions& options = {});

}  // namespace limber
