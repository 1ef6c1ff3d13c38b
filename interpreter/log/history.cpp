#include "interpreter/log/history.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <set>
#include <utility>

namespace limber::log {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

// The local calendar day of a moment, as a day count (so that weeks are day arithmetic).
sys_days local_day(TimePoint at) {
  const std::time_t seconds = Clock::to_time_t(at);
  std::tm local{};
  localtime_r(&seconds, &local);
  return sys_days(std::chrono::year(local.tm_year + 1900) /
                  std::chrono::month(static_cast<unsigned>(local.tm_mon + 1)) /
                  std::chrono::day(static_cast<unsigned>(local.tm_mday)));
}

std::string date_text(sys_days day) {
  const std::chrono::year_month_day date(day);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

sys_days monday_of(sys_days day) {
  const unsigned from_monday = std::chrono::weekday(day).iso_encoding() - 1;
  return day - days(from_monday);
}

// The first run of `recurring_pain_days` days with pain within 7 days, as advice.
std::optional<std::string> recurring_pain(const std::set<sys_days>& pain_days) {
  const std::vector<sys_days> ordered(pain_days.begin(), pain_days.end());
  for (std::size_t first = 0; first < ordered.size(); ++first) {
    std::size_t last = first;
    while (last + 1 < ordered.size() && ordered[last + 1] - ordered[first] < days(7)) ++last;
    const std::size_t count = last - first + 1;
    if (count >= static_cast<std::size_t>(recurring_pain_days)) {
      return fmt::format(
          "Pain was reported on {} days between {} and {}. When pain keeps coming back, see a "
          "healthcare professional before your next session.",
          count, date_text(ordered[first]), date_text(ordered[last]));
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<RoutineHistory> history_of(const std::vector<LoggedSession>& sessions,
                                       const HistoryOptions& options) {
  const int weeks = std::max(options.weeks, 1);
  const sys_days this_monday = monday_of(local_day(options.now));
  const sys_days first_day = this_monday - days(7 * (weeks - 1));

  struct Gathered {
    RoutineHistory history;
    std::map<sys_days, PainDay> pain;
    std::set<sys_days> flare_ups;
  };
  std::map<std::pair<std::string, std::string>, Gathered> routines;
  for (const LoggedSession& session : sessions) {
    const sys_days day = local_day(session.started_at);
    if (day < first_day || session.started_at > options.now) continue;
    Gathered& gathered = routines[{session.routine_path, session.routine_title}];
    RoutineHistory& history = gathered.history;
    if (history.weeks.empty()) {
      history.path = session.routine_path;
      history.title = session.routine_title;
      for (int week = 0; week < weeks; ++week) {
        history.weeks.push_back({date_text(first_day + days(7 * week)), 0, 0, week == weeks - 1});
      }
    }
    // Sessions are oldest first: the latest says what the routine asks now.
    history.frequency_low = session.frequency_low;
    history.frequency_high = session.frequency_high;
    for (const PainReport& report : session.pain) {
      const sys_days pain_day = local_day(report.reported_at);
      PainDay& pain = gathered.pain[pain_day];
      pain.date = date_text(pain_day);
      ++pain.reports;
      if (report.score) pain.worst = std::max(pain.worst.value_or(0), *report.score);
    }
    if (session.outcome == SessionEnd::red_flag) continue;
    if (session.held("flare_up")) gathered.flare_ups.insert(day);
    WeekRow& row = history.weeks[static_cast<std::size_t>((day - first_day).count() / 7)];
    ++row.sessions;
    ++history.sessions;
    if (session.outcome == SessionEnd::completed) {
      ++row.completed;
      ++history.completed;
    }
  }

  std::vector<RoutineHistory> out;
  for (auto& [key, gathered] : routines) {
    std::set<sys_days> pain_days;
    for (const auto& [day, pain] : gathered.pain) {
      gathered.history.pain.push_back(pain);
      pain_days.insert(day);
    }
    for (const sys_days day : gathered.flare_ups) {
      gathered.history.flare_up_days.push_back(date_text(day));
    }
    gathered.history.warning = recurring_pain(pain_days);
    out.push_back(std::move(gathered.history));
  }
  return out;
}

}  // namespace limber::log
