#include "interpreter/run/patient_words.hpp"

#include <fmt/format.h>

#include "interpreter/check/report.hpp"

namespace limber {

namespace {

const Exercise* exercise_named(const Program& program, const std::string& name) {
  const auto found = program.exercises.find(name);
  return found == program.exercises.end() ? nullptr : &found->second;
}

// The plan names a skipped section "section TITLE" and a skipped `repeat` or `if` block "block"
// or "block in SECTION" (interpreter/plan/plan.cpp); an exercise is named as itself.
std::string what_was_skipped(const Program& program, const std::string& what) {
  if (const Exercise* exercise = exercise_named(program, what)) {
    return exercise->display_name.empty() ? what : exercise->display_name;
  }
  constexpr std::string_view section = "section ";
  constexpr std::string_view block_in = "block in ";
  if (what.starts_with(section))
    return fmt::format("The \"{}\" section", what.substr(section.size()));
  if (what.starts_with(block_in))
    return fmt::format("Some steps of \"{}\"", what.substr(block_in.size()));
  return "Some steps";
}

std::string times_a_week(int n) {
  if (n == 1) return "once";
  if (n == 2) return "twice";
  return fmt::format("{} times", n);
}

}  // namespace

std::string round_words(const std::string& name, const PlanStep& step) {
  std::string words = name;
  if (step.kind == StepKind::warmup) {
    words += ", warm-up";
  } else if (step.kind == StepKind::reps) {
    words += fmt::format(", set {} of {}", std::max(step.round, 1), std::max(step.rounds, 1));
  } else {
    words += fmt::format(", round {} of {}", std::max(step.round, 1), std::max(step.rounds, 1));
  }
  if (step.side != Side::none) words += fmt::format(", {} side", to_string(step.side));
  if (step.kind == StepKind::reps) return words + fmt::format(", {} reps", step.text);
  return words + ", " + format_seconds(step.duration_s);
}

std::string skipped_words(const Program& program, const SkippedStep& skipped) {
  std::string why = "it is optional";
  if (!skipped.condition.empty()) {
    const auto found = program.conditions.find(skipped.condition);
    why = found != program.conditions.end() ? found->second.reason : skipped.condition;
  }
  return fmt::format("{} skipped today: {}", what_was_skipped(program, skipped.exercise), why);
}

std::string replaced_words(const Program& program, const ReplacedStep& replaced) {
  const auto found = program.conditions.find(replaced.condition);
  const std::string& why =
      found != program.conditions.end() ? found->second.reason : replaced.condition;
  return fmt::format("{} in place of {} today: {}", what_was_skipped(program, replaced.by),
                     what_was_skipped(program, replaced.exercise), why);
}

std::string frequency_words(const Frequency& frequency) {
  if (frequency.daily) return "Do this routine every day.";
  if (frequency.low == frequency.high) {
    return fmt::format("Do this routine {} a week.", times_a_week(frequency.low));
  }
  return fmt::format("Do this routine {} to {} times a week.", frequency.low, frequency.high);
}

}  // namespace limber
