#include "interpreter/cli/commands.hpp"

namespace limber::cli {

// Weeks are counted from 1, as a therapist says them ("in week 3 you hold for 30s"), while the
// planner counts the weeks of progression earned, from 0.
void add_week_option(CLI::App& command, int& week) {
  command
      .add_option("--week", week,
                  "The patient's week of progression, 1 for the first (default: from the session "
                  "log, or the dose as written)")
      ->check(CLI::Range(1, 5200));
}

void apply_week_option(int week, PlanOptions& options) {
  if (week > 0) options.progress_weeks = week - 1;
}

}  // namespace limber::cli
