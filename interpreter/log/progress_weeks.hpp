#pragma once

// How many weeks of progression a patient has earned on a routine, from the log: the whole
// weeks since the routine's first logged session, less each of those weeks with a pain report
// of 5 or more (progression pauses in a painful week, as the guide asks).

#include <optional>
#include <string>

#include "interpreter/log/session_log.hpp"

namespace limber::log {

// The pain score from which a week earns no progression.
inline constexpr int pain_that_holds_progression = 5;

// Weeks are counted in 7-day periods from the first session's start. Sessions of
// `routine_path_or_key` as for SessionLog::sessions() (red-flag stops included: the routine was
// started). None when nothing of that routine is logged.
std::optional<int> earned_progress_weeks(const SessionLog& log,
                                         const std::string& routine_path_or_key,
                                         std::chrono::system_clock::time_point now);

// The same on sessions already read.
std::optional<int> earned_progress_weeks(const std::vector<LoggedSession>& sessions,
                                         std::chrono::system_clock::time_point now);

}  // namespace limber::log
