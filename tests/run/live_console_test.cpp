// The live view: the exact screen after a sequence of events — the whole cue, feel and progress,
// wrapped to the terminal's width and never cut; what is next; the rep counter; today's notes; a
// `say` cleared at the next step; the advice at the end — and a resize drawing the block afresh.

#include "interpreter/backends/console/live_console.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include <sstream>

#include "interpreter/backends/console/wrap.hpp"

namespace limber {
namespace {

using Lines = std::vector<std::string>;

Event event(EventKind kind, double t_s) {
  Event e;
  e.kind = kind;
  e.t_s = t_s;
  return e;
}

Event start() {
  Event e = event(EventKind::routine_start, 0);
  e.routine = "Spine";
  e.total_s = 100;
  return e;
}

Event transition(double t_s) {
  Event e = event(EventKind::exercise, t_s);
  e.exercise = "cat_cow";
  e.display_name = "Cat-Cow";
  e.cue = "On hands and knees, breathe in as you let your belly sink and look up.";
  e.feel = "Easy movement through your middle and lower back.";
  e.duration_s = 5;
  e.next = "Cat-Cow, round 1 of 2, 30s";
  return e;
}

Event round(double t_s, int n) {
  Event e = event(EventKind::round, t_s);
  e.exercise = "cat_cow";
  e.display_name = "Cat-Cow";
  e.step = "hold";
  e.round = n;
  e.rounds = 2;
  e.duration_s = 30;
  return e;
}

class LiveView : public ::testing::Test {
 protected:
  LiveView() : terminal_(40, 30), view_(out_, terminal_) {}
  void feed(const Event& e) { view_.on_event(e); }
  std::ostringstream out_;
  FixedTerminalSize terminal_;
  LiveConsoleBackend view_;
};

TEST_F(LiveView, TheWholeCueAndFeelWrappedToTheWidthWithWhatIsNext) {
  feed(start());
  feed(transition(0));
  EXPECT_EQ(view_.screen(), (Lines{
                                "Spine",
                                "Get ready: Cat-Cow",
                                "  Next: Cat-Cow, round 1 of 2, 30s",
                                "  how: On hands and knees, breathe in as",
                                "       you let your belly sink and look",
                                "       up.",
                                "  feel: Easy movement through your",
                                "        middle and lower back.",
                                "",
                                "  step    [--------------------] 5s left",
                                "  session [-----] 00:00 of 01:40,",
                                "    1min40s left",
                                "  space pause · n skip · p pain · q quit",
                            }));
  for (const std::string& line : view_.screen()) EXPECT_LE(code_points(line), 40u) << line;
}

// A progressing dose: this week's and the next step up, with the exercise, wrapped like the cue
// and feel and kept whole; it stays through the exercise's rounds and goes at the end.
TEST_F(LiveView, TheProgressOfTheDoseWrappedWithTheExercise) {
  feed(start());
  Event e = transition(0);
  e.progress = "week 3: 30s; next: 35s from week 4; week 3: 2 rounds; next: 3 rounds from week 5";
  feed(e);
  EXPECT_EQ(view_.screen(), (Lines{
                                "Spine",
                                "Get ready: Cat-Cow",
                                "  Next: Cat-Cow, round 1 of 2, 30s",
                                "  how: On hands and knees, breathe in as",
                                "       you let your belly sink and look",
                                "       up.",
                                "  feel: Easy movement through your",
                                "        middle and lower back.",
                                "  progress: week 3: 30s; next: 35s from",
                                "            week 4; week 3: 2 rounds;",
                                "            next: 3 rounds from week 5",
                                "",
                                "  step    [--------------------] 5s left",
                                "  session [-----] 00:00 of 01:40,",
                                "    1min40s left",
                                "  space pause · n skip · p pain · q quit",
                            }));
  for (const std::string& line : view_.screen()) EXPECT_LE(code_points(line), 40u) << line;
  feed(round(5, 1));
  Lines screen = view_.screen();
  EXPECT_NE(std::find(screen.begin(), screen.end(), "  progress: week 3: 30s; next: 35s from"),
            screen.end());
  Event done = event(EventKind::done, 100);
  done.total_s = 100;
  feed(done);
  screen = view_.screen();
  EXPECT_EQ(std::find(screen.begin(), screen.end(), "  progress: week 3: 30s; next: 35s from"),
            screen.end());
}

// An exercise that does not progress shows no progress line, even after one that does.
TEST_F(LiveView, AnExerciseWithoutProgressionShowsNone) {
  feed(start());
  Event e = transition(0);
  e.progress = "week 3: 30s, at its goal";
  feed(e);
  feed(transition(40));
  for (const std::string& line : view_.screen()) {
    EXPECT_FALSE(line.starts_with("  progress:")) << line;
  }
}

TEST_F(LiveView, NotesOfTheDayThenTheRepCounter) {
  feed(start());
  Event ack = event(EventKind::acknowledge, 0);
  ack.condition = "flare_up";
  ack.text = "flare-up: today's session is gentler";
  feed(ack);
  Event skipped = event(EventKind::skipped, 0);
  skipped.text = "Seated Spinal Twist skipped today: twisting hurts";
  feed(skipped);
  Event set = event(EventKind::round, 0);
  set.exercise = "bird_dog";
  set.display_name = "Bird-Dog";
  set.step = "reps";
  set.round = 1;
  set.rounds = 2;
  set.reps = 10;
  set.duration_s = 30;
  feed(set);
  Event rep = event(EventKind::rep, 6);
  rep.rep = 3;
  rep.reps = 10;
  feed(rep);
  EXPECT_EQ(view_.screen(), (Lines{
                                "Spine",
                                "  flare-up: today's session is gentler",
                                "  Seated Spinal Twist skipped today:",
                                "    twisting hurts",
                                "Bird-Dog — set 1 of 2, 10 reps",
                                "  Rep 3 of 10",
                                "",
                                "  step    [####---------------] 24s left",
                                "  session [-----] 00:06 of 01:40,",
                                "    1min34s left",
                                "  space pause · n skip · p pain · q quit",
                            }));
  // The next set starts: its counter starts again with it.
  feed(round(30, 2));
  const Lines screen = view_.screen();
  EXPECT_EQ(std::count(screen.begin(), screen.end(), "  Rep 3 of 10"), 0);
}

TEST_F(LiveView, ASayLastsItsStepAndIsClearedAtTheNext) {
  feed(start());
  Event say = event(EventKind::say, 0);
  say.text = "Go gently today.";
  feed(say);
  feed(transition(0));
  feed(round(5, 1));
  Event rest = event(EventKind::rest, 35);
  rest.duration_s = 5;
  rest.next = "Cat-Cow, round 2 of 2, 30s";
  feed(rest);
  Lines screen = view_.screen();
  EXPECT_NE(std::find(screen.begin(), screen.end(), "  \"Go gently today.\""), screen.end());
  EXPECT_NE(std::find(screen.begin(), screen.end(), "Rest 5s"), screen.end());
  EXPECT_NE(std::find(screen.begin(), screen.end(), "  Next: Cat-Cow, round 2 of 2, 30s"),
            screen.end());
  feed(transition(70));
  screen = view_.screen();
  EXPECT_EQ(std::find(screen.begin(), screen.end(), "  \"Go gently today.\""), screen.end());
}

TEST_F(LiveView, TheEndGivesTheAdvice) {
  feed(start());
  Event done = event(EventKind::done, 100);
  done.total_s = 100;
  done.advice = {"Do this routine 3 to 5 times a week.",
                 "If pain lasts more than a few days, see a healthcare professional."};
  feed(done);
  EXPECT_EQ(view_.screen(), (Lines{
                                "Spine",
                                "Done — 1min40s. Well done.",
                                "  Do this routine 3 to 5 times a week.",
                                "  If pain lasts more than a few days,",
                                "  see a healthcare professional.",
                                "",
                                "  step    [####################] 0s left",
                                "  session [#####] 01:40 of 01:40, 0s",
                                "    left",
                            }));
}

TEST_F(LiveView, ARedrawMovesUpOverTheOldBlockAndAResizeStartsAfresh) {
  feed(start());
  const std::size_t first = out_.str().size();
  feed(transition(0));
  const std::string redraw = out_.str().substr(first);
  // The start's block was 7 lines: the title, two empty lines, the bars (the session's on two
  // lines at this width) and the keys.
  EXPECT_TRUE(redraw.starts_with("\x1b[7A\r\x1b[J")) << redraw;

  terminal_.resize(100, 30);
  const std::size_t before = out_.str().size();
  view_.on_tick(1, false);
  const std::string resized = out_.str().substr(before);
  EXPECT_TRUE(resized.starts_with("\x1b[H\x1b[2J")) << resized;
  // At 100 columns the cue is one line again.
  EXPECT_NE(resized.find("  how: On hands and knees, breathe in as you let your belly sink and "
                         "look up.\n"),
            std::string::npos)
      << resized;
  // The next redraw moves up over the block just drawn again.
  const std::size_t after = out_.str().size();
  view_.on_tick(1.1, false);
  EXPECT_TRUE(out_.str().substr(after).starts_with("\x1b[" + std::to_string(view_.screen().size()) +
                                                   "A\r\x1b[J"));
}

TEST_F(LiveView, ABlockTallerThanTheTerminalIsDrawnFromTheTop) {
  terminal_.resize(40, 5);
  feed(start());
  (void)terminal_.resized();
  const std::size_t before = out_.str().size();
  feed(transition(0));
  EXPECT_TRUE(out_.str().substr(before).starts_with("\x1b[H\x1b[2J"));
}

}  // namespace
}  // namespace limber
