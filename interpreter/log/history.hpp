#pragma once

// `limber history`: what the log says about each routine over the last weeks, as numbers a
// chart or JSON shows. Weeks are calendar weeks from Monday in local time, the current one
// last and counted so far; days are local days.

#include <optional>
#include <string>
#include <vector>

#include "interpreter/log/session_log.hpp"

namespace limber::log {

struct HistoryOptions {
  int weeks = 4;  // how many calendar weeks, this one included
  TimePoint now;
};

struct WeekRow {
  std::string week_of;  // its Monday, YYYY-MM-DD
  int sessions = 0;     // sessions started (a red-flag stop is not a session)
  int completed = 0;    // of those, run to their end
  bool so_far = false;  // the current week, not over yet
};

struct PainDay {
  std::string date;          // YYYY-MM-DD
  std::optional<int> worst;  // the highest score that day; none when no score was given
  int reports = 0;
};

struct RoutineHistory {
  std::string path;
  std::string title;
  int frequency_low = 0;  // of the latest session; 0 when the routine has no `frequency`
  int frequency_high = 0;
  std::vector<WeekRow> weeks;  // oldest first
  int sessions = 0;
  int completed = 0;
  std::vector<PainDay> pain;               // days with a pain report, oldest first
  std::vector<std::string> flare_up_days;  // days of a session while flare_up held
  std::optional<std::string> warning;      // pain recurring over several days
};

// The days with pain in any 7 days from which history advises seeing a professional.
inline constexpr int recurring_pain_days = 3;

// One entry per routine (path and title) with a session in the weeks shown, by path then title.
std::vector<RoutineHistory> history_of(const std::vector<LoggedSession>& sessions,
                                       const HistoryOptions& options);

// The compact chart (at most 60 columns, but for a long file path) and the JSON form.
std::string history_text(const std::vector<RoutineHistory>& routines, int weeks);
std::string history_json(const std::vector<RoutineHistory>& routines, int weeks);

}  // namespace limber::log
