// `limber history`'s numbers, chart and JSON for a log built with chosen times: sessions per
// calendar week against the frequency, completion, pain by day, flare-up days, and the advice
// when pain comes back on several days.

#include "interpreter/log/history.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>

#include "log_test_folder.hpp"

namespace limber::log {
namespace {

using namespace std::chrono;
using namespace std::chrono_literals;

// A moment in UTC (the tests set TZ=UTC, so local days are UTC days).
TimePoint at(int month, int day, int hour = 9) {
  return TimePoint(sys_days(year(2026) / month / day) + hours(hour));
}

class History : public LogTest {
 protected:
  void SetUp() override {
    LogTest::SetUp();
    setenv("TZ", "UTC", 1);
    tzset();
  }

  void session(const std::string& path, const std::string& title, int low, int high,
               TimePoint started, SessionEnd end, std::optional<int> pain = std::nullopt,
               bool flare_up = false, bool pain_reported = false) {
    SessionStart start{path, title, "h", low, high, started, {}};
    if (flare_up) start.answers.push_back({"condition", "flare_up", "yes"});
    const auto id = log().start_session(start);
    if (pain || pain_reported) log().record_pain(id, {started + 5min, 300, "cat_cow", pain});
    log().end_session(id, end, started + 10min);
  }

  // The log the tests read: a spine routine (3 to 5 a week) over five weeks and a neck
  // routine without a frequency.
  void build() {
    const std::string spine = "/r/spine.limber";
    session(spine, "Spine Mobility", 3, 5, at(10, 1), SessionEnd::completed);  // too old
    session(spine, "Spine Mobility", 3, 5, at(11, 10), SessionEnd::completed);
    session(spine, "Spine Mobility", 3, 5, at(11, 11), SessionEnd::completed);
    session(spine, "Spine Mobility", 3, 5, at(11, 12), SessionEnd::pain, 6);
    session(spine, "Spine Mobility", 3, 5, at(11, 13), SessionEnd::completed, 3, true);
    session(spine, "Spine Mobility", 3, 5, at(11, 16), SessionEnd::pain, std::nullopt, false, true);
    session(spine, "Spine Mobility", 3, 5, at(11, 17), SessionEnd::completed);
    session(spine, "Spine Mobility", 3, 5, at(11, 20), SessionEnd::red_flag);
    session(spine, "Spine Mobility", 3, 5, at(11, 24), SessionEnd::quit, std::nullopt, true);
    session(spine, "Spine Mobility", 3, 5, at(12, 1), SessionEnd::completed);
    session("/r/neck.limber", "", 0, 0, at(11, 25), SessionEnd::completed);
  }

  // Opened on first use, once SetUp has made the test's folder.
  SessionLog& log() {
    if (!log_) log_.emplace(dir_ / "sessions.db", OpenMode::write);
    return *log_;
  }
  std::optional<SessionLog> log_;
  const TimePoint now = at(12, 2, 12);  // a Wednesday
};

TEST_F(History, CountsEachCalendarWeekAgainstTheFrequency) {
  build();
  const auto routines = history_of(log().sessions(), {4, now});
  ASSERT_EQ(routines.size(), 2u);
  const RoutineHistory& spine = routines[1];
  EXPECT_EQ(spine.title, "Spine Mobility");
  ASSERT_EQ(spine.weeks.size(), 4u);
  EXPECT_EQ(spine.weeks[0].week_of, "2026-11-09");
  EXPECT_EQ(spine.weeks[0].sessions, 4);
  EXPECT_EQ(spine.weeks[0].completed, 3);
  EXPECT_EQ(spine.weeks[1].sessions, 2);  // the red-flag stop is not a session
  EXPECT_EQ(spine.weeks[3].week_of, "2026-11-30");
  EXPECT_TRUE(spine.weeks[3].so_far);
  EXPECT_EQ(spine.sessions, 8);
  EXPECT_EQ(spine.completed, 5);
}

TEST_F(History, TheChartFitsSixtyColumns) {
  build();
  const std::string text = history_text(history_of(log().sessions(), {4, now}), 4);
  EXPECT_EQ(text,
            "(untitled routine)\n"
            "  /r/neck.limber\n"
            "Sessions per week\n"
            "  week of 2026-11-09  ·  0\n"
            "  week of 2026-11-16  ·  0\n"
            "  week of 2026-11-23  █  1\n"
            "  week of 2026-11-30  ·  0  so far\n"
            "Completed: 1 of 1 sessions (100%)\n"
            "Pain: none reported\n"
            "Flare-up days: none\n"
            "\n"
            "Spine Mobility\n"
            "  /r/spine.limber\n"
            "Sessions per week (aim: 3 to 5)\n"
            "  week of 2026-11-09  ████·  4\n"
            "  week of 2026-11-16  ██···  2  below the aim\n"
            "  week of 2026-11-23  █····  1  below the aim\n"
            "  week of 2026-11-30  █····  1  so far\n"
            "Completed: 5 of 8 sessions (62%)\n"
            "Pain (the day's worst, 0 to 10)\n"
            "  2026-11-12  ██████····  6\n"
            "  2026-11-13  ███·······  3\n"
            "  2026-11-16  ··········  no score\n"
            "Flare-up days: 2026-11-13, 2026-11-24\n"
            "! Pain was reported on 3 days between 2026-11-12 and\n"
            "  2026-11-16. When pain keeps coming back, see a healthcare\n"
            "  professional before your next session.\n");
}

TEST_F(History, TheJsonHasTheSameNumbers) {
  build();
  const std::string json = history_json(history_of(log().sessions("/r/spine.limber"), {2, now}), 2);
  EXPECT_EQ(json,
            "{\"weeks\":2,\"routines\":[{\"routine\":\"Spine Mobility\",\"file\":\"/r/"
            "spine.limber\",\"frequency\":{\"low\":3,\"high\":5},\"weeks\":[{\"week_of\":"
            "\"2026-11-23\",\"sessions\":1,\"completed\":0,\"so_far\":false},{\"week_of\":"
            "\"2026-11-30\",\"sessions\":1,\"completed\":1,\"so_far\":true}],\"sessions\":2,"
            "\"completed\":1,\"pain\":[],\"flare_up_days\":[\"2026-11-24\"],\"warning\":"
            "null}]}\n");
}

TEST_F(History, PainOnTwoDaysOfAWeekIsNoWarningYet) {
  session("/r/a.limber", "A", 0, 0, at(11, 20), SessionEnd::pain, 4);
  session("/r/a.limber", "A", 0, 0, at(11, 22), SessionEnd::pain, 4);
  session("/r/a.limber", "A", 0, 0, at(11, 27), SessionEnd::pain, 4);  // 7 days after the first
  const auto routines = history_of(log().sessions(), {4, now});
  ASSERT_EQ(routines.size(), 1u);
  EXPECT_EQ(routines[0].warning, std::nullopt);
  session("/r/a.limber", "A", 0, 0, at(11, 24), SessionEnd::pain, 2);
  EXPECT_EQ(history_of(log().sessions(), {4, now})[0].warning,
            "Pain was reported on 3 days between 2026-11-20 and 2026-11-24. When pain keeps "
            "coming back, see a healthcare professional before your next session.");
}

}  // namespace
}  // namespace limber::log
