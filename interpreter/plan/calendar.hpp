#pragma once

// `limber export ics`: the sessions a routine's `frequency` asks for as iCalendar events (RFC
// 5545), each with the routine's summary and a reminder. Pure: the same handout, request and
// time stamp give the same bytes, and the same routine text gives the same UIDs.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interpreter/plan/handout.hpp"

namespace limber {

struct CalendarRequest {
  std::chrono::sys_days start;  // the first day the sessions may fall on
  int weeks = 4;                // how many weeks from `start`
  int hour = 9;                 // the sessions' local time of day
  int minute = 0;
  std::vector<unsigned> days;  // ISO weekdays (1 Monday … 7 Sunday); empty: spread
  std::int64_t stamp_s = 0;    // DTSTAMP, seconds since 1970 in UTC
  std::string routine_text;    // the routine file's text, for the UIDs
};

inline constexpr int max_calendar_weeks = 52;
inline constexpr int default_calendar_weeks = 4;
// How long before a session its reminder goes off.
inline constexpr int reminder_minutes = 10;

// `YYYY-MM-DD`, a real date; none otherwise.
std::optional<std::chrono::sys_days> parse_date(std::string_view text);

// `HH:MM` on a 24-hour clock; none otherwise.
std::optional<std::pair<int, int>> parse_time(std::string_view text);

// `mon,wed,fri` (three-letter English names, any letter case) → ISO weekdays, sorted, each
// once. On a bad name, none, and `bad` holds it.
std::optional<std::vector<unsigned>> parse_days(std::string_view text, std::string& bad);

// The days of the sessions: on `request.days` when given, in each of the weeks; otherwise
// `per_week` sessions spread over each week from the start day: the i-th of n falls
// floor(i·7/n) days after the week's first day (3 a week from a Monday: Monday, Wednesday,
// Friday).
std::vector<std::chrono::sys_days> session_days(const CalendarRequest& request, int per_week);

// The sessions a week for the calendar: the lower bound of `frequency A..B per week` (what the
// therapist asks for at least), 7 for `daily`; none without a frequency.
std::optional<int> calendar_sessions_per_week(const Plan& plan);

// The whole calendar: one VEVENT per session day (a floating local DTSTART: the session is at
// the same time of day wherever the patient is), with the routine's title and length in the
// SUMMARY, the exercises in a line in the DESCRIPTION, and a VALARM.
std::string calendar_ics(const Handout& handout, const CalendarRequest& request, int per_week);

}  // namespace limber
