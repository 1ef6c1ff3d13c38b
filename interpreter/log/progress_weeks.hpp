#pragma once

// How many weeks of progression a patient has earned on a routine, from the log: the whole
// weeks since the routine's first session in which exercise was done, less each of those weeks
// with a pain report of 5 or more (progression pauses in a painful week, as the guide asks).

#include <optional>
#include <string>

#include "interpreter/log/session_log.hpp"

namespace limber::log {

// The pain score from which a week earns no progression.
inline constexpr int pain_that_holds_progression = 5;

// Weeks are counted in 7-day periods from the start of the first session with a step done
// (or under way when it ended): a red-flag stop, or a session quit or killed before its first
// step, starts no clock. Sessions of `routine_path_or_key` as for SessionLog::sessions(). None
// when no session of that routine had exercise done.
std::optional<int> earned_progress_weeks(const SessionLog& log,
                                         const std::string& routine_path_or_key,
                                         std::chrono::system_clock::time_point now);

// The same on sessions already read.
std::optional<int> earned_progress_weeks(const std::vector<LoggedSession>& sessions,
                                         std::chrono::system_clock::time_point now);

}  // namespace limber::log
