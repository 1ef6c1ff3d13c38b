#pragma once

// The planner: a checked program and the conditions that hold → every step with its start and
// duration, exactly per language.md §5. Pure: the same program and conditions give the same plan.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "interpreter/check/check.hpp"
#include "interpreter/check/program.hpp"

namespace limber {

enum class StepKind { transition, hold, reps, rest, switch_sides, warmup, say, section };
enum class Side { none, left, right };

std::string_view to_string(StepKind kind);
std::string_view to_string(Side side);

struct PlanStep {
  StepKind kind = StepKind::hold;
  std::string exercise;  // empty for rest, say and section
  Side side = Side::none;
  int round = 0;  // 1-based; 0 when the step has no rounds
  int rounds = 0;
  double start_s = 0;
  double duration_s = 0;
  std::string section;  // the innermost section the step is in, or empty
  std::string text;     // say: the words; section: its title; reps: the repetitions, as "10"
};

struct SkippedStep {
  std::string exercise;   // or the section's title for a skipped section
  std::string reason;     // "optional", "unless flare_up", "avoid_if extension_pain", "if flare_up"
  std::string condition;  // the condition that holds and leaves it out; empty for "optional"
};

// `frequency A..B per week` or `frequency daily`, for the advice at the end of a session.
struct Frequency {
  int low = 0;  // sessions per week; both 7 for `daily`
  int high = 0;
  bool daily = false;
};

struct Plan {
  std::string routine;  // the routine's title, empty for the implicit routine
  double total_s = 0;
  std::optional<double> target_s;
  std::optional<Frequency> frequency;
  std::vector<PlanStep> steps;
  std::vector<SkippedStep> skipped;
};

struct PlanOptions {
  std::set<std::string> when;    // conditions that hold (besides the routine's `given`)
  std::set<std::string> unless;  // conditions that do not hold, whatever else says
  bool skip_optional = false;
  std::string routine;  // the title of the routine to plan; empty: the file's first
};

// Plans one of the program's routines (PlanOptions::routine, or the first). Call only on a
// program without errors.
Plan plan(const Program& program, const PlanOptions& options = {});

// The timing rules a plan can break, for every routine of the file, reported on the program
// like the checker's: the planned total more than 20% off the routine's `target`, and a session
// longer than an hour.
void check_timing(Program& program);

// Everything `limber check` reports about a file: check() and then check_timing().
Program check_file(SourceFile main, const CheckOptions& options = {});

}  // namespace limber
