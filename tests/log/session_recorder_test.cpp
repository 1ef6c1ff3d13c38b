// The recorder turns a run's events and the patient's commands into step rows: each round
// written when it ends, as done, skipped by the patient, or stopped; each step left out
// before the start as skipped with its reason; and the pain report at once.

#include "interpreter/log/session_recorder.hpp"

#include <gtest/gtest.h>

#include "log_test_folder.hpp"

namespace limber::log {
namespace {

using namespace std::chrono_literals;

Event event(EventKind kind, double t_s) {
  Event e;
  e.kind = kind;
  e.t_s = t_s;
  return e;
}

Event round(double t_s, int n, int of) {
  Event e = event(EventKind::round, t_s);
  e.exercise = "cat_cow";
  e.display_name = "Cat-Cow";
  e.step = "hold";
  e.side = "left";
  e.round = n;
  e.rounds = of;
  return e;
}

std::string rows(const LoggedSession& session) {
  std::string out;
  for (const StepRecord& step : session.steps) {
    out += std::to_string(static_cast<int>(step.t_s)) + " " + step.exercise + " " + step.step +
           " " + step.side + " " + std::to_string(step.round) + "/" + std::to_string(step.rounds) +
           " " + std::string(to_string(step.status)) + " " + step.reason + "\n";
  }
  return out;
}

class Recorder : public LogTest {};

TEST_F(Recorder, RoundsAreWrittenAsTheyEndWithHowTheyEnded) {
  SessionLog log(dir_ / "sessions.db", OpenMode::write);
  const auto id = log.start_session({"/r/a.limber", "A", "h", 0, 0, TimePoint(100s), {}});
  SessionRecorder recorder(log, id);
  Event left_out = event(EventKind::skipped, 0);
  left_out.exercise = "seated_twist";
  left_out.reason = "unless twisting_pain";
  recorder.on_event(event(EventKind::routine_start, 0));
  recorder.on_event(left_out);
  recorder.on_event(event(EventKind::exercise, 0));
  recorder.on_event(round(5, 1, 3));
  recorder.on_event(event(EventKind::countdown, 32));
  // Round 1 is written only once something else starts.
  EXPECT_EQ(rows(log.sessions()[0]), "0 seated_twist   0/0 skipped unless twisting_pain\n");
  recorder.on_event(event(EventKind::rest, 35));
  recorder.on_event(round(40, 2, 3));
  recorder.on_command(Command::skip);
  recorder.on_event(event(EventKind::rest, 41));
  recorder.on_event(round(46, 3, 3));
  recorder.on_command(Command::pain);
  recorder.end(SessionEnd::pain, TimePoint(160s));
  recorder.score_pain(6);
  const LoggedSession session = log.sessions()[0];
  EXPECT_EQ(rows(session),
            "0 seated_twist   0/0 skipped unless twisting_pain\n"
            "5 cat_cow hold left 1/3 done \n"
            "40 cat_cow hold left 2/3 skipped skipped by the patient\n"
            "46 cat_cow hold left 3/3 stopped \n");
  ASSERT_EQ(session.pain.size(), 1u);
  EXPECT_EQ(session.pain[0].exercise, "cat_cow");
  EXPECT_EQ(session.pain[0].t_s, 46);
  EXPECT_EQ(session.pain[0].score, 6);
  EXPECT_EQ(session.outcome, SessionEnd::pain);
  EXPECT_FALSE(recorder.failure());
}

}  // namespace
}  // namespace limber::log
