#pragma once

// Every sentence the runner puts in front of the patient, in one place: what is next, what was
// left out today and why, and the advice at the end. The patient never reads a rule code, a
// condition's name or a step's internal name here; the routine's own words (display names,
// each condition's `reason`) are used instead.

#include <optional>
#include <string>

#include "interpreter/check/program.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber {

// "Cat-Cow, round 2 of 3, left side, 30s"; "Bird Dog, set 1 of 2, 10 reps"; "March in Place,
// warm-up, 1min": a round as the line after "Next:" names it. `name` is how the patient knows
// the exercise.
std::string round_words(const std::string& name, const PlanStep& step);

// "Seated Spinal Twist skipped today: twisting hurts" — a step the plan leaves out, by its
// display name and the reason of the condition that holds (or "it is optional").
std::string skipped_words(const Program& program, const SkippedStep& skipped);

// "Figure Four Stretch in place of Pigeon Pose today: kneeling hurts" — an exercise a condition
// rules out and the alternative the patient does instead.
std::string replaced_words(const Program& program, const ReplacedStep& replaced);

// "Do this routine 3 to 5 times a week." / "… every day."
std::string frequency_words(const Frequency& frequency);

// The last words of every session that ran to its end.
inline constexpr const char* see_a_professional =
    "If pain lasts more than a few days, see a healthcare professional.";

}  // namespace limber
