// The calendar's parts: its options read to the letter, the days the sessions fall on, and a
// whole calendar's exact bytes for a small routine.

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "interpreter/plan/calendar.hpp"

using namespace std::chrono;
using limber::CalendarRequest;

namespace {

sys_days date(int y, unsigned m, unsigned d) {
  return sys_days(year_month_day{year(y), month(m), day(d)});
}

}  // namespace

TEST(Calendar, ReadsDatesTimesAndDays) {
  EXPECT_EQ(limber::parse_date("2026-12-07"), date(2026, 12, 7));
  EXPECT_EQ(limber::parse_date("2028-02-29"), date(2028, 2, 29));
  for (const char* bad :
       {"2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", "", "2026-01-0x"}) {
    EXPECT_FALSE(limber::parse_date(bad)) << bad;
  }
  EXPECT_EQ(limber::parse_time("07:30"), (std::pair{7, 30}));
  EXPECT_EQ(limber::parse_time("23:59"), (std::pair{23, 59}));
  for (const char* bad : {"24:00", "7:30", "07:60", "0730", "07:3a"}) {
    EXPECT_FALSE(limber::parse_time(bad)) << bad;
  }
  std::string bad;
  EXPECT_EQ(limber::parse_days("fri,Mon,wed,mon", bad), (std::vector<unsigned>{1, 3, 5}));
  EXPECT_FALSE(limber::parse_days("mon,wen", bad));
  EXPECT_EQ(bad, "wen");
  EXPECT_FALSE(limber::parse_days("mon,", bad));
  EXPECT_EQ(bad, "");
}

TEST(Calendar, SpreadsTheSessionsOverEachWeekFromTheStart) {
  CalendarRequest request;
  request.start = date(2026, 12, 7);  // a Monday
  request.weeks = 2;
  EXPECT_EQ(limber::session_days(request, 3),
            (std::vector<sys_days>{date(2026, 12, 7), date(2026, 12, 9), date(2026, 12, 11),
                                   date(2026, 12, 14), date(2026, 12, 16), date(2026, 12, 18)}));
  request.weeks = 1;
  EXPECT_EQ(limber::session_days(request, 2),
            (std::vector<sys_days>{date(2026, 12, 7), date(2026, 12, 10)}));
  EXPECT_EQ(limber::session_days(request, 7).size(), 7u);
}

TEST(Calendar, PutsTheSessionsOnTheDaysAskedFor) {
  CalendarRequest request;
  request.start = date(2026, 12, 9);  // a Wednesday: the first Monday is the 14th
  request.weeks = 2;
  request.days = {1, 3};
  EXPECT_EQ(limber::session_days(request, 5),
            (std::vector<sys_days>{date(2026, 12, 9), date(2026, 12, 14), date(2026, 12, 16),
                                   date(2026, 12, 21)}));
}

TEST(Calendar, WritesOneEventWithAnAlarmPerSession) {
  limber::Plan plan;
  plan.total_s = 8 * 60 + 35;
  limber::Handout handout;
  handout.title = "Back, Neck; More";
  handout.length = "8 minutes 35 seconds";
  handout.plan = &plan;
  limber::HandoutExercise cat;
  cat.name = "Cat-Cow";
  limber::HandoutExercise tilt;
  tilt.name = "Pelvic Tilt";
  handout.groups.push_back({"", {cat, tilt}});
  CalendarRequest request;
  request.start = date(2026, 12, 7);
  request.weeks = 1;
  request.hour = 7;
  request.minute = 5;
  request.stamp_s = 1764547200;  // 2025-12-01 00:00:00 UTC
  request.routine_text = "hold cat_cow 30s\n";
  const std::string expected =
      "BEGIN:VCALENDAR\r\n"
      "VERSION:2.0\r\n"
      "PRODID:-//limber//limber export ics//EN\r\n"
      "CALSCALE:GREGORIAN\r\n"
      "METHOD:PUBLISH\r\n"
      "BEGIN:VEVENT\r\n"
      "UID:922b988c0d1f035a-20261207-9bcfe7b36bc29a57@limber\r\n"
      "DTSTAMP:20251201T000000Z\r\n"
      "DTSTART:20261207T070500\r\n"
      "DURATION:PT8M35S\r\n"
      "SUMMARY:Back\\, Neck\\; More (8 minutes 35 seconds)\r\n"
      "DESCRIPTION:Back\\, Neck\\; More\\, 8 minutes 35 seconds: Cat-Cow\\, Pelvic Til\r\n"
      " t.\\nStop if you feel sharp or new pain.\\nIf pain lasts more than a few day\r\n"
      " s\\, see a healthcare professional.\r\n"
      "BEGIN:VALARM\r\n"
      "ACTION:DISPLAY\r\n"
      "DESCRIPTION:Time for Back\\, Neck\\; More (8 minutes 35 seconds)\r\n"
      "TRIGGER:-PT10M\r\n"
      "END:VALARM\r\n"
      "END:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  EXPECT_EQ(limber::calendar_ics(handout, request, 1), expected);
}
