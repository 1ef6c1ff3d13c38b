#include "interpreter/run/patient_words.hpp"

#include <fmt/format.h>

#include "interpreter/check/report.hpp"
#include "interpreter/plan/handout_words.hpp"

namespace limber {

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
  const std::string why =
      skipped.condition.empty() ? "it is optional" : condition_reason(program, skipped.condition);
  return fmt::format("{} skipped today: {}", skipped_what(program, skipped.exercise, true), why);
}

std::string replaced_words(const Program& program, const ReplacedStep& replaced) {
  return fmt::format("{} in place of {} today: {}", skipped_what(program, replaced.by, true),
                     skipped_what(program, replaced.exercise),
                     condition_reason(program, replaced.condition));
}

std::string frequency_words(const Frequency& frequency) {
  return "Do this routine " + frequency_phrase(frequency) + ".";
}

}  // namespace limber
