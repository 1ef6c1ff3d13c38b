#include "interpreter/plan/calendar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "grammar/text_hash.hpp"
#include "interpreter/plan/ics_text.hpp"

namespace limber {

namespace {

using namespace std::chrono;

std::optional<int> digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string date_text(sys_days day) {
  const year_month_day ymd(day);
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string utc_stamp(std::int64_t seconds_since_epoch) {
  const sys_seconds t{seconds(seconds_since_epoch)};
  const sys_days day = floor<days>(t);
  const hh_mm_ss time(t - day);
  return fmt::format("{}T{:02}{:02}{:02}Z", date_text(day), time.hours().count(),
                     time.minutes().count(), time.seconds().count());
}

// PT14M, PT8M35S, PT1H5M: the session's length as an iCalendar DURATION.
std::string duration_value(double total_s) {
  const long long total = std::max<long long>(std::llround(total_s), 1);
  std::string out = "PT";
  if (total >= 3600) out += fmt::format("{}H", total / 3600);
  if (total % 3600 >= 60) out += fmt::format("{}M", total % 3600 / 60);
  if (total % 60 != 0) out += fmt::format("{}S", total % 60);
  return out;
}

std::string exercises_in_a_line(const Handout& handout) {
  std::string out;
  for (const HandoutGroup& group : handout.groups) {
    for (const HandoutEntry& entry : group.entries) {
      if (const auto* exercise = std::get_if<HandoutExercise>(&entry)) {
        out += (out.empty() ? "" : ", ") + exercise->name;
      }
    }
  }
  return out;
}

constexpr std::array<std::string_view, 7> day_names = {"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};

}  // namespace

std::optional<sys_days> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = digits(text.substr(0, 4));
  const auto m = digits(text.substr(5, 2));
  const auto d = digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  const year_month_day date{year(*y), month(static_cast<unsigned>(*m)),
                            day(static_cast<unsigned>(*d))};
  if (!date.ok()) return std::nullopt;
  return sys_days(date);
}

std::optional<std::pair<int, int>> parse_time(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const auto h = digits(text.substr(0, 2));
  const auto m = digits(text.substr(3, 2));
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  return std::pair{*h, *m};
}

std::optional<std::vector<unsigned>> parse_days(std::string_view text, std::string& bad) {
  std::vector<unsigned> days;
  while (true) {
    const std::size_t comma = text.find(',');
    const std::string_view name = text.substr(0, comma);
    std::string lowered(name);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto found = std::find(day_names.begin(), day_names.end(), lowered);
    if (found == day_names.end()) {
      bad = std::string(name);
      return std::nullopt;
    }
    days.push_back(static_cast<unsigned>(found - day_names.begin()) + 1);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

std::vector<sys_days> session_days(const CalendarRequest& request, int per_week) {
  std::vector<sys_days> out;
  for (int week = 0; week < request.weeks; ++week) {
    const sys_days first = request.start + days(7 * week);
    if (!request.days.empty()) {
      for (int offset = 0; offset < 7; ++offset) {
        const sys_days day = first + days(offset);
        const unsigned iso = weekday(day).iso_encoding();
        if (std::find(request.days.begin(), request.days.end(), iso) != request.days.end()) {
          out.push_back(day);
        }
      }
      continue;
    }
    for (int i = 0; i < per_week; ++i) out.push_back(first + days(i * 7 / per_week));
  }
  return out;
}

std::optional<int> calendar_sessions_per_week(const Plan& plan) {
  if (!plan.frequency) return std::nullopt;
  return plan.frequency->daily ? 7 : plan.frequency->low;
}

std::string calendar_ics(const Handout& handout, const CalendarRequest& request, int per_week) {
  const std::string summary = fmt::format("{} ({})", handout.title, handout.length);
  const std::string description =
      fmt::format("{}, {}: {}.\n{}\n{}", handout.title, handout.length,
                  exercises_in_a_line(handout), stop_on_pain, pain_lasts);
  const std::string stamp = utc_stamp(request.stamp_s);
  const std::string text_fingerprint = text_hash(request.routine_text);
  const std::string title_fingerprint = text_hash(handout.title);
  const double total_s = handout.plan == nullptr ? 0 : handout.plan->total_s;

  std::string out = ics_line("BEGIN", "VCALENDAR");
  out += ics_line("VERSION", "2.0");
  out += ics_line("PRODID", "-//limber//limber export ics//EN");
  out += ics_line("CALSCALE", "GREGORIAN");
  out += ics_line("METHOD", "PUBLISH");
  for (const sys_days day : session_days(request, per_week)) {
    const std::string date = date_text(day);
    out += ics_line("BEGIN", "VEVENT");
    out +=
        ics_line("UID", fmt::format("{}-{}-{}@limber", text_fingerprint, date, title_fingerprint));
    out += ics_line("DTSTAMP", stamp);
    out += ics_line("DTSTART", fmt::format("{}T{:02}{:02}00", date, request.hour, request.minute));
    out += ics_line("DURATION", duration_value(total_s));
    out += ics_line("SUMMARY", ics_escape(summary));
    out += ics_line("DESCRIPTION", ics_escape(description));
    out += ics_line("BEGIN", "VALARM");
    out += ics_line("ACTION", "DISPLAY");
    out += ics_line("DESCRIPTION", ics_escape("Time for " + summary));
    out += ics_line("TRIGGER", fmt::format("-PT{}M", reminder_minutes));
    out += ics_line("END", "VALARM");
    out += ics_line("END", "VEVENT");
  }
  out += ics_line("END", "VCALENDAR");
  return out;
}

}  // namespace limber
