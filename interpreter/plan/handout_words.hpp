#pragma once

// The patient's words for amounts of time, doses and how often: written out ("30 seconds",
// "10 repetitions, 2 sets"), never the routine's shorthand ("30s x2").

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

}  // namespace limber
