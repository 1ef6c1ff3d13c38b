#pragma once

// The planner: a checked program and the conditions that hold → every step with its start and
// duration, exactly per language.md §5. Pure: the same program and conditions give the same plan.
//
// One walk serves two outputs. `plan()` keeps every step of one world (one set of conditions),
// for `limber plan` and the runner. `summarize()` plans many worlds at once and keeps no step:
// each statement is walked once with the set of worlds it runs in, each world keeps its own
// clock, a repeat's body is walked once and multiplied, and rounds are counted, never unrolled.
// It lists the doses the patient gets in each world after `scale`, `alt` replacement and
// skipping, which the safety rules judge (interpreter/safety/). A routine of
// `repeat 1000000 { repeat 1000000 { … } }` is summarized in microseconds; `plan()` refuses it
// (see the limits below).

#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "interpreter/check/check.hpp"
#include "interpreter/check/program.hpp"
#include "interpreter/plan/world_mask.hpp"

namespace limber {

enum class StepKind { transition, hold, reps, rest, switch_sides, warmup, say, section };
enum class Side { none, left, right };

std::string_view to_string(StepKind kind);
std::string_view to_string(Side side);

// Where a progressing dose stands this week (`progress +5s per week until 30s`): this week's
// dose and the next step up, after any `scale`, for `plan`, the handout and the run.
struct StepProgress {
  enum class Of { hold, reps, rounds };
  Of of = Of::hold;
  int week = 1;                // the patient's week, 1-based (PlanOptions::progress_weeks + 1)
  double dose = 0;             // this week's: seconds of a hold, repetitions of a set, or rounds
  double until = 0;            // the goal it stops at
  std::optional<double> next;  // the next step up; none at the goal or while held back
  int next_week = 0;           // the week the next step up starts; 0 without one
  bool held_back = false;      // flare_up holds: the dose as written (language.md)
};

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
  // hold and reps rounds of a progressing dose: how it grows (its amount, its rounds or both).
  std::vector<StepProgress> progress;
  // The statement that made the step (a dose, the `switch sides` that repeats one, a rest, a say
  // or a section), so the language server can time each statement from the plan itself rather
  // than walk the routine again. Not part of `limber plan`'s output.
  Span statement;
};

// A progressing dose of the plan, once per place in the routine, for the plan's notes.
struct PlannedProgress {
  std::string exercise;
  StepProgress progress;
};

struct SkippedStep {
  std::string exercise;   // or the section's title for a skipped section
  std::string reason;     // "optional", "unless flare_up", "avoid_if extension_pain", "if flare_up"
  std::string condition;  // the condition that holds and leaves it out; empty for "optional"
};

// An exercise a condition that holds rules out, and its `alt` that runs in its place.
struct ReplacedStep {
  std::string exercise;   // as written
  std::string by;         // its alt, which runs instead
  std::string condition;  // the condition that rules the written one out
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
  std::string language;  // `set language "es"`: the language spoken; empty for English
  std::vector<PlanStep> steps;
  // What this plan leaves out and why, once per place in the routine (a step skipped inside a
  // `repeat` is listed once, not once per pass).
  std::vector<SkippedStep> skipped;
  // What runs in place of what, and why, once per place in the routine.
  std::vector<ReplacedStep> replaced;
  // Each progressing dose and where it stands this week, once per place in the routine.
  std::vector<PlannedProgress> progressions;
};

struct PlanOptions {
  std::set<std::string> when;    // conditions that hold (besides the routine's `given`)
  std::set<std::string> unless;  // conditions that do not hold, whatever else says
  bool skip_optional = false;
  std::string routine;  // the title of the routine to plan; empty: the file's first
  // How many weeks of progression the patient has earned (`--week N` gives N−1, or the session
  // log): 0 is the dose as written.
  int progress_weeks = 0;
};

// ---- limits: a plan is a list of steps the runner walks, so it must stay a reasonable size.

// The longest session limber plans or runs. A home routine over four hours is a mistake (a
// `repeat` too many); `check` calls it an error, `plan` and `run` refuse it.
inline constexpr double max_session_s = 4 * 3600;
// The most steps a plan may hold (a step is a transition, a round, a rest, a switch, a `say` or
// a section title). Steps that take no time (`say` in a long `repeat`) are bounded by this.
inline constexpr double max_plan_steps = 100'000;

// ---- the summary the safety rules judge

// One dose as the patient gets it: the exercise that runs (the written one, or its `alt` when a
// condition that holds rules the written one out), the amount after `scale`, and how often, in
// the worlds where it is exactly so.
struct PlannedDose {
  const ast::Dose* dose = nullptr;     // as written
  const Exercise* exercise = nullptr;  // what runs
  const Exercise* written = nullptr;   // as written; differs from `exercise` when its alt runs
  double amount = 0;                   // seconds (hold, warmup) or repetitions (reps), scaled
  double scale = 1;                    // the product of the scales that apply
  int rounds = 1;                      // per side, as written
  double repeats = 1;                  // how many times the enclosing `repeat`s run it
  Side side = Side::none;              // the first (or only) side it is done on
  int sides = 1;                       // 2 when done on both sides (`each side`, `switch sides`)
  const ast::Statement* switched_by = nullptr;  // the `switch sides` that repeats it, if any
  double seconds_per_round = 0;                 // one hold, or one set of reps, in seconds
  WorldMask worlds;                             // where the patient gets this dose
  // Where a progression takes the amount (scaled, like `amount`) and the rounds in the end, in
  // these worlds; none without one, or where flare_up holds it at the written dose.
  std::optional<double> amount_goal;
  std::optional<int> rounds_goal;
  const ast::Progress* amount_progress = nullptr;  // the progression of the amount, if any
  const ast::Progress* rounds_progress = nullptr;  // the progression of the rounds, if any
  // Where those progressions stand this week in these worlds, as the plan's steps show them
  // (held back where flare_up holds); the handout words them.
  std::vector<StepProgress> progress;

  // Time under load: every hold or set of this dose in the session (warm-ups count none).
  double work_s() const;
};

struct PlanSummary {
  // Per world, in the order of the options summarize() was given.
  std::vector<double> total_s;
  std::vector<double> steps;  // how many steps plan() would list
  std::optional<double> target_s;
  // In the order the patient meets them (a repeat's body once, with `repeats` saying how often);
  // in any one world, the doses whose `worlds` hold it are that world's plan.
  std::vector<PlannedDose> doses;
};

// Worlds to plan at once, numbered 0 … count−1 (at most WorldMask::capacity). Each condition
// named in `deciding` holds in the worlds of its mask and nowhere else; any other condition holds
// in every world when the routine is `given` it, and in none otherwise.
struct PlanWorlds {
  std::size_t count = 1;
  std::vector<std::pair<std::string, WorldMask>> deciding;
  WorldMask skipping_optional;  // the worlds that leave the optional steps out
  int progress_weeks = 0;       // PlanOptions::progress_weeks, the same in every world

  // One world: what PlanOptions says (`unless` wins over `when` and `given`).
  static PlanWorlds of(const PlanOptions& options);
};

// The plans of one routine of the program in each of `worlds`, in closed form: what the safety
// rules judge.
PlanSummary summarize(const Program& program, const RoutineRef& routine, const PlanWorlds& worlds);

// Why the plan for these options cannot be made (a session longer than max_session_s, or more
// steps than max_plan_steps), in words a therapist understands; none when it can.
std::optional<std::string> plan_refusal(const Program& program, const PlanOptions& options);

struct PlanRefused : std::length_error {
  using std::length_error::length_error;
};

// Plans one of the program's routines (PlanOptions::routine, or the first). Call only on a
// program without errors; throws PlanRefused when plan_refusal() has a reason.
Plan plan(const Program& program, const PlanOptions& options = {});

// The routine PlanOptions::routine names (or the first), or null.
const RoutineRef* chosen_routine(const Program& program, const std::string& title);

// The `frequency` of the routine `title` names (or the first), without planning it (as
// Plan::frequency); none when it has none.
std::optional<Frequency> routine_frequency(const Program& program, const std::string& title);

// The routine's own `set language` (empty when it has none), read without planning: `run`
// checks the language before it asks its questions. No condition changes it, so it is the
// plan's (Plan::language).
std::string routine_language(const Program& program, const std::string& title);

}  // namespace limber
