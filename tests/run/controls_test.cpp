// The patient's commands during a run: pause holds the clock, skip moves on and drops the
// countdown or the reps still to come, pain and quit end the run without `done`. Scripted commands
// on a fast real clock, since a virtual clock never waits and so never listens.

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <thread>

#include "interpreter/run/runner.hpp"
#include "interpreter/run/terminal_controls.hpp"

namespace limber {
namespace {

// Answers the n-th wait with script(n); a quiet wait lasts its full time, as a real one does.
class ScriptedControls : public Controls {
 public:
  explicit ScriptedControls(std::function<std::optional<Command>(int)> script)
      : script_(std::move(script)) {}
  std::optional<Command> wait(double seconds) override {
    const std::optional<Command> command = script_(calls_++);
    if (!command) std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    return command;
  }

 private:
  std::function<std::optional<Command>(int)> script_;
  int calls_ = 0;
};

class Recorder : public Backend {
 public:
  void on_event(const Event& e) override {
    kinds += std::string(to_string(e.kind)) + " ";
    if (e.kind == EventKind::round && e.round == 1) first_round_late_ms = e.late_ms.value_or(-1);
  }
  void on_tick(double, bool paused) override { paused_ticks += paused ? 1 : 0; }
  void finish() override { ++finished; }
  std::string kinds;
  double first_round_late_ms = -1;
  int paused_ticks = 0;
  int finished = 0;
};

Program checked(const std::string& text) {
  return check(SourceFile("t.limber", text));
}

RunResult run_with(const std::string& text, double speed, Controls& controls, Recorder& recorder) {
  const Program program = checked(text);
  const Plan p = plan(program);
  RealClock clock(speed);
  return run(program, p, clock, {&recorder}, &controls);
}

TEST(Controls, PainEndsTheRunAtOnceWithoutDone) {
  ScriptedControls controls([](int) { return Command::pain; });
  Recorder recorder;
  const RunResult result = run_with("hold cat_cow 30s x2\n", 1, controls, recorder);
  EXPECT_EQ(result.outcome, RunOutcome::pain);
  EXPECT_EQ(recorder.kinds, "routine_start exercise ");
  EXPECT_EQ(recorder.finished, 1);
}

TEST(Controls, QuitAndInterruptEndTheRunToo) {
  ScriptedControls quit([](int) { return Command::quit; });
  Recorder first;
  EXPECT_EQ(run_with("hold cat_cow 30s\n", 1, quit, first).outcome, RunOutcome::quit);
  ScriptedControls interrupt([](int) { return Command::interrupt; });
  Recorder second;
  EXPECT_EQ(run_with("hold cat_cow 30s\n", 1, interrupt, second).outcome, RunOutcome::interrupted);
}

TEST(Controls, SkipMovesToTheNextStepAndDropsTheCountdown) {
  // Skipping at every wait walks a 70-second routine at once, every step and no countdown.
  ScriptedControls controls([](int) { return Command::skip; });
  Recorder recorder;
  const RunResult result = run_with("hold cat_cow 30s x2\n", 1, controls, recorder);
  EXPECT_EQ(result.outcome, RunOutcome::completed);
  EXPECT_EQ(recorder.kinds, "routine_start exercise round rest round done ");
}

TEST(Controls, SkipDropsTheRepsStillToComeOfASet) {
  // Each set's first rep starts with it; skipping during the set drops the nine others.
  ScriptedControls controls([](int) { return Command::skip; });
  Recorder recorder;
  const RunResult result = run_with("reps pelvic_tilt 10 x2\n", 1, controls, recorder);
  EXPECT_EQ(result.outcome, RunOutcome::completed);
  EXPECT_EQ(recorder.kinds, "routine_start exercise round rep rest round rep done ");
}

TEST(Controls, PauseHoldsTheClock) {
  // At 100× the transition lasts 50 ms; a pause of about 200 ms inside it must move every
  // later deadline, so round 1 is not late by the length of the pause.
  ScriptedControls controls([](int call) -> std::optional<Command> {
    if (call == 0 || call == 3) return Command::pause;
    if (call == 1 || call == 2) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return std::nullopt;
  });
  Recorder recorder;
  const RunResult result = run_with("hold cat_cow 5s\n", 100, controls, recorder);
  EXPECT_EQ(result.outcome, RunOutcome::completed);
  EXPECT_GE(recorder.paused_ticks, 1);
  EXPECT_GE(recorder.first_round_late_ms, 0);
  EXPECT_LT(recorder.first_round_late_ms, 100);
}

TEST(Controls, Keys) {
  EXPECT_EQ(command_for_key(' '), Command::pause);
  EXPECT_EQ(command_for_key('n'), Command::skip);
  EXPECT_EQ(command_for_key('p'), Command::pain);
  EXPECT_EQ(command_for_key('q'), Command::quit);
  EXPECT_EQ(command_for_key('x'), std::nullopt);
}

}  // namespace
}  // namespace limber
