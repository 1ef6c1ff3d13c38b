// The weeks of progression earned: whole weeks since the routine's first session in which
// exercise was done, less each of those weeks with a pain report of 5 or more; none with
// nothing of it done.

#include "interpreter/log/progress_weeks.hpp"

#include <gtest/gtest.h>

#include <optional>

#include "log_test_folder.hpp"

namespace limber::log {
namespace {

using namespace std::chrono_literals;

constexpr auto day = 24h;
const TimePoint first = TimePoint(1'767'000'000s);

class ProgressWeeks : public LogTest {
 protected:
  // A session of the routine `days_in` days after the first, with a pain report of `pain`.
  void session(double days_in, std::optional<int> pain = std::nullopt,
               const std::string& path = "/r/spine.limber") {
    const TimePoint at = first + std::chrono::duration_cast<std::chrono::seconds>(
                                     std::chrono::duration<double, std::ratio<86400>>(days_in));
    const auto id = log().start_session({path, "Spine", "h", 3, 5, at, {}});
    log().record_step(id, {5, "cat_cow", "Cat-Cow", "hold", "", 1, 1, StepStatus::done, ""});
    if (pain) {
      log().record_pain(id, {at + 60s, 60, "cat_cow", pain});
      log().end_session(id, SessionEnd::pain, at + 61s);
    } else {
      log().end_session(id, SessionEnd::completed, at + 600s);
    }
  }
  std::optional<int> earned(TimePoint now) {
    return earned_progress_weeks(log(), "/r/spine.limber#Spine", now);
  }

  // Opened on first use, once SetUp has made the test's folder.
  SessionLog& log() {
    if (!log_) log_.emplace(dir_ / "sessions.db", OpenMode::write);
    return *log_;
  }
  std::optional<SessionLog> log_;
};

TEST_F(ProgressWeeks, NothingLoggedEarnsNothing) {
  EXPECT_EQ(earned(first), std::nullopt);
  session(0, std::nullopt, "/r/other.limber");
  EXPECT_EQ(earned(first + 30 * day), std::nullopt);
}

TEST_F(ProgressWeeks, EachWholeWeekSinceTheFirstSessionCounts) {
  for (int d : {0, 2, 4, 7, 9, 11, 14, 16, 18, 21}) session(d);
  EXPECT_EQ(earned(first), 0);
  EXPECT_EQ(earned(first + 6 * day + 23h), 0);
  EXPECT_EQ(earned(first + 7 * day), 1);
  EXPECT_EQ(earned(first + 20 * day), 2);
  EXPECT_EQ(earned(first + 21 * day), 3);
  // Weeks without sessions still count: the dose follows the calendar.
  EXPECT_EQ(earned(first + 70 * day), 10);
  // A clock set before the first session earns nothing rather than going negative.
  EXPECT_EQ(earned(first - day), 0);
}

TEST_F(ProgressWeeks, AWeekWithPainOfFiveOrMoreEarnsNothing) {
  session(0);
  session(2);
  session(8, 5);   // week 2: pain of 5 holds it
  session(10, 4);  // a 4 alone would not
  session(15, 4);  // week 3: only a 4
  session(22, 9);  // week 4: a 9
  session(23, 8);  // the same week twice is still one week
  EXPECT_EQ(earned(first + 7 * day), 1);
  EXPECT_EQ(earned(first + 13 * day), 1);
  EXPECT_EQ(earned(first + 14 * day), 1);  // week 2 is over, and held
  EXPECT_EQ(earned(first + 21 * day), 2);
  EXPECT_EQ(earned(first + 28 * day), 2);  // week 4 held
  EXPECT_EQ(earned(first + 35 * day), 3);
}

TEST_F(ProgressWeeks, ThisWeeksPainCountsOnceTheWeekIsOver) {
  session(0);
  session(15, 7);  // week 3, still under way at day 16
  EXPECT_EQ(earned(first + 16 * day), 2);
  EXPECT_EQ(earned(first + 21 * day), 2);
}

TEST_F(ProgressWeeks, APainReportWithoutAScoreHoldsNothing) {
  session(0);
  const auto id = log().start_session({"/r/spine.limber", "Spine", "h", 3, 5, first + 8 * day, {}});
  log().record_pain(id, {first + 8 * day, 1, "", std::nullopt});
  EXPECT_EQ(earned(first + 14 * day), 2);
}

TEST_F(ProgressWeeks, OnlyASessionWithExerciseDoneStartsTheClock) {
  // A red-flag stop three weeks before: the patient was sent to a professional, not exercised.
  const auto stop =
      log().start_session({"/r/spine.limber", "Spine", "h", 3, 5, first - 21 * day, {}});
  log().end_session(stop, SessionEnd::red_flag, first - 21 * day);
  // A session quit before its first step, every step left out by a condition.
  const auto quit =
      log().start_session({"/r/spine.limber", "Spine", "h", 3, 5, first - 14 * day, {}});
  log().record_step(
      quit, {0, "cat_cow", "Cat-Cow", "", "", 0, 0, StepStatus::skipped, "unless flare_up"});
  log().end_session(quit, SessionEnd::quit, first - 14 * day + 3s);
  EXPECT_EQ(earned(first), std::nullopt);
  session(0);
  EXPECT_EQ(earned(first + 8 * day), 1);
  // A round under way when pain stopped the session was exercise too.
  const auto pained =
      log().start_session({"/r/spine.limber", "Spine", "h", 3, 5, first - 7 * day, {}});
  log().record_step(pained, {5, "cat_cow", "Cat-Cow", "hold", "", 1, 2, StepStatus::stopped, ""});
  log().end_session(pained, SessionEnd::pain, first - 7 * day + 10s);
  EXPECT_EQ(earned(first + 8 * day), 2);
}

TEST_F(ProgressWeeks, ARoutineIsFollowedByItsOwnSessions) {
  session(0, std::nullopt, "/r/neck.limber");
  session(14);
  EXPECT_EQ(earned(first + 21 * day), 1);
  // The file's path alone takes in every routine of the file.
  EXPECT_EQ(earned_progress_weeks(log(), "/r/spine.limber", first + 21 * day), 1);
}

}  // namespace
}  // namespace limber::log
