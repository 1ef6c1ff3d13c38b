// The terminal form of `limber history`: per routine, a bar per week against the routine's
// frequency, the completion rate, a bar per day with pain, the flare-up days and the advice
// when pain recurs. Bars are drawn in cells of █ (done) and · (to go), at most 60 columns.

#include <fmt/format.h>

#include <algorithm>

#include "interpreter/backends/console/wrap.hpp"
#include "interpreter/log/history.hpp"

namespace limber::log {

namespace {

constexpr int width = 60;
constexpr int max_session_cells = 14;

std::string bar(int filled, int cells) {
  std::string out;
  for (int i = 0; i < cells; ++i) out += i < filled ? "█" : "·";
  return out;
}

void append_wrapped(std::string& out, const std::string& text, std::string_view first,
                    std::string_view rest) {
  for (const std::string& line : wrap(text, width, first, rest)) out += line + "\n";
}

std::string aim_words(const RoutineHistory& routine) {
  if (routine.frequency_high == 0) return "";
  if (routine.frequency_low == 7) return " (aim: every day)";
  if (routine.frequency_low == routine.frequency_high) {
    return fmt::format(" (aim: {})", routine.frequency_low);
  }
  return fmt::format(" (aim: {} to {})", routine.frequency_low, routine.frequency_high);
}

std::string week_note(const RoutineHistory& routine, const WeekRow& week) {
  if (week.so_far) return "  so far";
  if (routine.frequency_high == 0) return "";
  if (week.sessions < routine.frequency_low) return "  below the aim";
  if (week.sessions > routine.frequency_high) return "  above the aim";
  return "";
}

void write_routine(std::string& out, const RoutineHistory& routine, int weeks) {
  out += routine.title.empty() ? "(untitled routine)\n" : routine.title + "\n";
  out += "  " + routine.path + "\n";
  out += "Sessions per week" + aim_words(routine) + "\n";
  int cells = routine.frequency_high;
  for (const WeekRow& week : routine.weeks) cells = std::max(cells, week.sessions);
  cells = std::clamp(cells, 1, max_session_cells);
  for (const WeekRow& week : routine.weeks) {
    out += fmt::format("  week of {}  {}  {}{}\n", week.week_of, bar(week.sessions, cells),
                       week.sessions, week_note(routine, week));
  }
  if (routine.sessions == 0) {
    out += fmt::format("Completed: no sessions in these {} weeks\n", weeks);
  } else {
    out += fmt::format("Completed: {} of {} sessions ({}%)\n", routine.completed, routine.sessions,
                       routine.completed * 100 / routine.sessions);
  }
  if (routine.pain.empty()) {
    out += "Pain: none reported\n";
  } else {
    out += "Pain (the day's worst, 0 to 10)\n";
    for (const PainDay& day : routine.pain) {
      const std::string times = day.reports > 1 ? fmt::format(", {} reports", day.reports) : "";
      if (day.worst) {
        out += fmt::format("  {}  {}  {}{}\n", day.date, bar(*day.worst, 10), *day.worst, times);
      } else {
        out += fmt::format("  {}  {}  no score{}\n", day.date, bar(0, 10), times);
      }
    }
  }
  if (routine.flare_up_days.empty()) {
    out += "Flare-up days: none\n";
  } else {
    std::string days;
    for (const std::string& day : routine.flare_up_days) {
      days += (days.empty() ? "" : ", ") + day;
    }
    append_wrapped(out, "Flare-up days: " + days, "", "  ");
  }
  if (routine.warning) append_wrapped(out, *routine.warning, "! ", "  ");
}

}  // namespace

std::string history_text(const std::vector<RoutineHistory>& routines, int weeks) {
  std::string out;
  for (const RoutineHistory& routine : routines) {
    if (!out.empty()) out += "\n";
    write_routine(out, routine, weeks);
  }
  return out;
}

}  // namespace limber::log
