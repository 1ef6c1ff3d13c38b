#pragma once

// The patient's words for amounts of time, doses and how often: written out ("30 seconds",
// "10 repetitions, 2 sets"), never the routine's shorthand ("30s x2"); and for what a plan
// leaves out and why. The handout uses them, and so does the run's screen
// (interpreter/run/patient_words.hpp), so the patient reads the same words in both.

#include <string>

#include "interpreter/plan/plan.hpp"

namespace limber {

// "1 second", "30 seconds", "1 minute", "1 minute 30 seconds", "1 hour 5 minutes".
std::string duration_words(double seconds);

// "1 repetition", "10 repetitions".
std::string repetition_words(double count);

// The amount of one round: "hold 30 seconds", "10 repetitions", "warm up for 1 minute".
std::string amount_words(const PlannedDose& dose);

// The whole dose: "hold 30 seconds, 3 times, each side"; "10 repetitions, 2 sets"; a dose in a
// `repeat` adds ", in each of 2 rounds of the circuit".
std::string dose_words(const PlannedDose& dose);

// Where a progressing dose stands this week, for a dose of `reps` or else of holds:
// "This week (week 3): hold 30 seconds; from week 4: 35 seconds; goal: 40 seconds"; "… from
// week 4: 40 seconds, your goal"; "This week (week 2): do it twice; from week 3: 3 times, your
// goal"; "This week (week 5): 3 sets, your goal"; held back by a
// flare-up: "This week (week 3): hold 20 seconds; it does not build up during a flare-up".
std::string progress_words(const StepProgress& progress, bool reps);

// "every day", "once a week", "twice a week", "3 times a week", "3 to 5 times a week".
std::string frequency_phrase(const Frequency& frequency);

// What the plan leaves out (SkippedStep::exercise, ReplacedStep::by), in words: an exercise by
// its display name; the plan's "section TITLE" as `the "TITLE" section`, its "block in
// SECTION" as `some steps of "SECTION"`, any other block as "some steps". With
// `sentence_start`, those three begin with a capital ("The …", "Some …").
std::string skipped_what(const Program& program, const std::string& what,
                         bool sentence_start = false);

// Why a condition leaves a step out, in the patient's words: its `reason` (its name when the
// program does not know it).
std::string condition_reason(const Program& program, const std::string& condition);

}  // namespace limber
