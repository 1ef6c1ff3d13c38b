#include "interpreter/log/progress_weeks.hpp"

#include <set>

namespace limber::log {

namespace {

constexpr auto week = std::chrono::hours(24 * 7);

long whole_weeks_between(TimePoint from, TimePoint to) {
  return to < from ? -1 : static_cast<long>((to - from) / week);
}

}  // namespace

std::optional<int> earned_progress_weeks(const std::vector<LoggedSession>& sessions,
                                         std::chrono::system_clock::time_point now) {
  if (sessions.empty()) return std::nullopt;
  TimePoint first = sessions.front().started_at;
  for (const LoggedSession& session : sessions) first = std::min(first, session.started_at);
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
