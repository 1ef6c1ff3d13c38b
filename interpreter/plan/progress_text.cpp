#include "interpreter/plan/progress_text.hpp"

#include <fmt/format.h>

#include "interpreter/check/report.hpp"

namespace limber {

std::string progress_value_text(StepProgress::Of of, double value) {
  switch (of) {
    case StepProgress::Of::hold:
      return format_seconds(value);
    case StepProgress::Of::reps:
      return fmt::format("{} rep{}", format_count(value), value == 1 ? "" : "s");
    case StepProgress::Of::rounds:
      return fmt::format("{} round{}", format_count(value), value == 1 ? "" : "s");
  }
  return format_count(value);
}

std::string progress_text(const StepProgress& progress) {
  const std::string dose = progress_value_text(progress.of, progress.dose);
  if (progress.held_back) {
    // The dose may be scaled for the flare-up, so not "as written": what holds is that it is
    // not built up.
    return fmt::format("week {}: {}, not built up while the flare-up lasts", progress.week, dose);
  }
  if (!progress.next) return fmt::format("week {}: {}, at its goal", progress.week, dose);
  return fmt::format("week {}: {}; next: {} from week {}", progress.week, dose,
                     progress_value_text(progress.of, *progress.next), progress.next_week);
}

}  // namespace limber
