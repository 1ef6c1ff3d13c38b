#pragma once

// The safety rules on effective plans (language.md §7, "Dose rules judge effective plans"):
// every routine of a checked program is planned in each world it can meet (worlds.hpp), in
// closed form, and the dose and session rules judge what the patient would actually do there.

#include <functional>
#include <vector>

#include "interpreter/check/check.hpp"
#include "interpreter/check/program.hpp"

namespace limber {

// Judges every routine of a program without errors; adds the findings to its diagnostics.
void judge_plans(Program& program);

// The same for a caller that shows diagnostics as they come instead of keeping them all
// (`limber check` of a file with tens of thousands of warnings): `show` gets, a batch at a time,
// the program's diagnostics and its routines' findings in the order judge_plans() leaves them
// in. The program keeps none of them: its own are moved out as they are shown.
using ShowDiagnostics = std::function<void(std::vector<LocatedDiagnostic>&&)>;
void judge_plans(Program& program, const ShowDiagnostics& show);

// The same, leaving the program as it is (its own diagnostics are copied into the batches): for
// a caller that goes through the findings more than once without keeping them (the language
// server, which counts the bytes of a big document's diagnostics before it writes them out).
void show_judged(const Program& program, const ShowDiagnostics& show);

// Everything `limber check` reports about a file: check() and then judge_plans().
Program check_file(SourceFile main, const CheckOptions& options = {});

}  // namespace limber
