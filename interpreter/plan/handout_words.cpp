#include "interpreter/plan/handout_words.hpp"

#include <fmt/format.h>

#include <cmath>

namespace limber {

namespace {

std::string counted(long long count, const char* one, const char* many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string times_words(long long count) {
  return count == 2 ? "twice" : fmt::format("{} times", count);
}

}  // namespace

std::string duration_words(double seconds) {
  const long long total = std::llround(seconds);
  const long long hours = total / 3600;
  const long long minutes = total % 3600 / 60;
  const long long rest = total % 60;
  std::string out;
  const auto add = [&out](const std::string& part) {
    if (!out.empty()) out += ' ';
    out += part;
  };
  if (hours > 0) add(counted(hours, "hour", "hours"));
  if (minutes > 0) add(counted(minutes, "minute", "minutes"));
  if (rest > 0 || out.empty()) add(counted(rest, "second", "seconds"));
  return out;
}

std::string repetition_words(double count) {
  return counted(std::llround(count), "repetition", "repetitions");
}

std::string amount_words(const PlannedDose& dose) {
  switch (dose.dose->verb) {
    case ast::Verb::warmup:
      return "warm up for " + duration_words(dose.amount);
    case ast::Verb::reps:
      return repetition_words(dose.amount);
    case ast::Verb::hold:
      break;
  }
  return "hold " + duration_words(dose.amount);
}

std::string dose_words(const PlannedDose& dose) {
  std::string out = amount_words(dose);
  if (dose.rounds > 1) {
    out += dose.dose->verb == ast::Verb::reps ? fmt::format(", {} sets", dose.rounds)
                                              : ", " + times_words(dose.rounds);
  }
  if (dose.sides > 1) {
    out += ", each side";
  } else if (dose.side != Side::none) {
    out += fmt::format(", on the {} side only", to_string(dose.side));
  }
  const long long repeats = std::llround(dose.repeats);
  if (repeats > 1) out += fmt::format(", in each of {} rounds of the circuit", repeats);
  return out;
}

std::string progress_words(const StepProgress& progress, bool reps) {
  // The first value names what grows ("hold 30 seconds"); the later ones only the amount.
  const auto value = [&](double amount, bool first) -> std::string {
    switch (progress.of) {
      case StepProgress::Of::hold:
        return (first ? "hold " : "") + duration_words(amount);
      case StepProgress::Of::reps:
        return repetition_words(amount);
      case StepProgress::Of::rounds:
        break;
    }
    const long long rounds = std::llround(amount);
    if (reps) return counted(rounds, "set", "sets");
    // "do it twice", then "3 times": a bare "twice" would not say what to do.
    return (first ? "do it " : "") + (rounds == 1 ? std::string("once") : times_words(rounds));
  };
  std::string out =
      fmt::format("This week (week {}): {}", progress.week, value(progress.dose, true));
  if (progress.held_back) return out + "; it does not build up during a flare-up";
  if (!progress.next) return out + ", your goal";
  out += fmt::format("; from week {}: {}", progress.next_week, value(*progress.next, false));
  if (*progress.next >= progress.until) return out + ", your goal";
  return out + "; goal: " + value(progress.until, false);
}

std::string frequency_phrase(const Frequency& frequency) {
  if (frequency.daily) return "every day";
  if (frequency.low != frequency.high) {
    return fmt::format("{} to {} times a week", frequency.low, frequency.high);
  }
  if (frequency.low == 1) return "once a week";
  return times_words(frequency.low) + " a week";
}

std::string skipped_what(const Program& program, const std::string& what, bool sentence_start) {
  if (const Exercise* exercise = program.find_exercise(what)) return exercise->display_name;
  constexpr std::string_view section = "section ";
  constexpr std::string_view block_in = "block in ";
  const std::string the = sentence_start ? "The" : "the";
  const std::string some = sentence_start ? "Some" : "some";
  if (what.starts_with(section)) {
    return fmt::format("{} \"{}\" section", the, what.substr(section.size()));
  }
  if (what.starts_with(block_in)) {
    return fmt::format("{} steps of \"{}\"", some, what.substr(block_in.size()));
  }
  return some + " steps";
}

std::string condition_reason(const Program& program, const std::string& condition) {
  const auto found = program.conditions.find(condition);
  return found == program.conditions.end() ? condition : found->second.reason;
}

}  // namespace limber
