#include "interpreter/log/progress_weeks.hpp"

#include <algorithm>
#include <set>

namespace limber::log {

namespace {

constexpr auto week = std::chrono::hours(24 * 7);

long whole_weeks_between(TimePoint from, TimePoint to) {
  return to < from ? -1 : static_cast<long>((to - from) / week);
}

// A hold, set or warm-up done, or under way when the session ended. A red-flag stop has none,
// nor has a session quit or killed before its first step.
bool exercised(const LoggedSession& session) {
  return std::any_of(session.steps.begin(), session.steps.end(), [](const StepRecord& step) {
    return step.status == StepStatus::done || step.status == StepStatus::stopped;
  });
}

}  // namespace

std::optional<int> earned_progress_weeks(const std::vector<LoggedSession>& sessions,
                                         std::chrono::system_clock::time_point now) {
  std::optional<TimePoint> earliest;
  for (const LoggedSession& session : sessions) {
    if (exercised(session) && (!earliest || session.started_at < *earliest)) {
      earliest = session.started_at;
    }
  }
  if (!earliest) return std::nullopt;
  const TimePoint first = *earliest;
  const long weeks = whole_weeks_between(first, now);
  if (weeks <= 0) return 0;
  // Only weeks already over are counted, earned or held; a painful week holds once it is over.
  std::set<long> painful;
  for (const LoggedSession& session : sessions) {
    for (const PainReport& report : session.pain) {
      if (!report.score || *report.score < pain_that_holds_progression) continue;
      const long index = whole_weeks_between(first, report.reported_at);
      if (index >= 0 && index < weeks) painful.insert(index);
    }
  }
  return static_cast<int>(weeks - static_cast<long>(painful.size()));
}

std::optional<int> earned_progress_weeks(const SessionLog& log,
                                         const std::string& routine_path_or_key,
                                         std::chrono::system_clock::time_point now) {
  return earned_progress_weeks(log.sessions(routine_path_or_key), now);
}

}  // namespace limber::log
