// The runner on a virtual clock: the exact events of a small routine, every field, and the
// same events every time; on a real clock, that deadlines are absolute (no drift).

#include "interpreter/run/runner.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include <fmt/format.h>

#include <chrono>
#include <thread>

namespace limber {
namespace {

// Exercises of its own, so the expected cues stay short and the test does not move when the
// standard library's wording does.
constexpr const char* small_routine = R"(
exercise knee_lift "Knee Lift" {
  kind warmup
  position standing
  regions hip
  mode hold
  hold 10s..2min
  risk low
  cue "Lift your knees."
  feel "Warmth."
}
exercise side_reach "Side Reach" {
  kind stretch
  position standing
  regions thoracic
  mode hold
  sided
  hold 5s..30s
  rounds 1..3
  risk low
  cue "Reach up and over."
  feel "A stretch along your side."
}
exercise bridge "Bridge" {
  kind strength
  position supine
  regions glutes
  mode reps
  reps 1..10
  rounds 1..3
  tempo 2s
  risk low
  cue "Lift your hips."
  feel "Your glutes working."
}
routine "Small" {
  set transition 2s
  set round_rest 3s
  set switch_time 2s
  warmup knee_lift 10s
  section "Sides" {
    hold side_reach 5s x2 each side
  }
  rest 4s
  say "Last one"
  reps bridge 2
  optional hold side_reach 5s x2 each side
}
)";

Program checked(const std::string& text) {
  Program program = check(SourceFile("t.limber", text));
  for (const auto& d : program.diagnostics) {
    EXPECT_NE(d.diagnostic.severity, Severity::error) << d.diagnostic.message;
  }
  return program;
}

// Every field of an event that is not at its default, so a field set where it should not be
// shows up as surely as a missing one.
std::string describe(const Event& e) {
  std::string out = fmt::format("{} {}", e.t_s, to_string(e.kind));
  const auto field = [&](const char* name, const std::string& value) {
    if (!value.empty()) out += fmt::format(" {}={}", name, value);
  };
  const auto number = [&](const char* name, double value) {
    if (value != 0) out += fmt::format(" {}={}", name, value);
  };
  if (e.late_ms) out += fmt::format(" late_ms={}", *e.late_ms);
  field("routine", e.routine);
  field("section", e.section);
  field("exercise", e.exercise);
  field("display_name", e.display_name);
  field("cue", e.cue);
  field("feel", e.feel);
  field("side", e.side);
  field("step", e.step);
  number("round", e.round);
  number("rounds", e.rounds);
  number("reps", e.reps);
  number("remaining_s", e.remaining_s);
  number("duration_s", e.duration_s);
  number("rep", e.rep);
  field("text", e.text);
  field("reason", e.reason);
  field("condition", e.condition);
  field("instead_of", e.instead_of);
  field("next", e.next);
  number("total_s", e.total_s);
  for (const std::string& advice : e.advice) out += fmt::format(" advice={}", advice);
  return out + "\n";
}

// Records what a backend is given.
class Recorder : public Backend {
 public:
  void on_event(const Event& event) override { events += describe(event); }
  void finish() override { ++finished; }
  std::string events;
  int finished = 0;
};

std::string dry_run(const Program& program, const PlanOptions& options = {}) {
  const Plan p = plan(program, options);
  VirtualClock clock;
  Recorder recorder;
  run(program, p, clock, {&recorder});
  EXPECT_EQ(recorder.finished, 1);
  EXPECT_EQ(clock.now(), p.total_s);
  return recorder.events;
}

TEST(Runner, EveryEventOfASmallRoutineOnAVirtualClock) {
  const Program program = checked(small_routine);
  EXPECT_EQ(dry_run(program, {.skip_optional = true}),
            "0 routine_start routine=Small total_s=52\n"
            "0 skipped exercise=side_reach display_name=Side Reach "
            "text=Side Reach skipped today: it is optional reason=optional\n"
            "0 exercise exercise=knee_lift display_name=Knee Lift cue=Lift your knees. "
            "feel=Warmth. duration_s=2 next=Knee Lift, warm-up, 10s\n"
            "2 round exercise=knee_lift display_name=Knee Lift step=warmup round=1 rounds=1 "
            "duration_s=10\n"
            "9 countdown exercise=knee_lift display_name=Knee Lift remaining_s=3\n"
            "10 countdown exercise=knee_lift display_name=Knee Lift remaining_s=2\n"
            "11 countdown exercise=knee_lift display_name=Knee Lift remaining_s=1\n"
            "12 section section=Sides text=Sides\n"
            "12 exercise section=Sides exercise=side_reach display_name=Side Reach "
            "cue=Reach up and over. feel=A stretch along your side. duration_s=2 "
            "next=Side Reach, round 1 of 2, left side, 5s\n"
            "14 side section=Sides exercise=side_reach display_name=Side Reach side=left\n"
            "14 round section=Sides exercise=side_reach display_name=Side Reach side=left "
            "step=hold round=1 rounds=2 duration_s=5\n"
            "16 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=3\n"
            "17 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=2\n"
            "18 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=1\n"
            "19 rest section=Sides duration_s=3 next=Side Reach, round 2 of 2, left side, 5s\n"
            "22 round section=Sides exercise=side_reach display_name=Side Reach side=left "
            "step=hold round=2 rounds=2 duration_s=5\n"
            "24 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=3\n"
            "25 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=2\n"
            "26 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=1\n"
            "27 switch_sides section=Sides exercise=side_reach display_name=Side Reach "
            "duration_s=2 next=Side Reach, round 1 of 2, right side, 5s\n"
            "29 side section=Sides exercise=side_reach display_name=Side Reach side=right\n"
            "29 round section=Sides exercise=side_reach display_name=Side Reach side=right "
            "step=hold round=1 rounds=2 duration_s=5\n"
            "31 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=3\n"
            "32 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=2\n"
            "33 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=1\n"
            "34 rest section=Sides duration_s=3 next=Side Reach, round 2 of 2, right side, 5s\n"
            "37 round section=Sides exercise=side_reach display_name=Side Reach side=right "
            "step=hold round=2 rounds=2 duration_s=5\n"
            "39 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=3\n"
            "40 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=2\n"
            "41 countdown section=Sides exercise=side_reach display_name=Side Reach "
            "remaining_s=1\n"
            "42 rest duration_s=4 next=Bridge, set 1 of 1, 2 reps\n"
            "43 countdown remaining_s=3\n"
            "44 countdown remaining_s=2\n"
            "45 countdown remaining_s=1\n"
            "46 say text=Last one\n"
            "46 exercise exercise=bridge display_name=Bridge cue=Lift your hips. "
            "feel=Your glutes working. duration_s=2 next=Bridge, set 1 of 1, 2 reps\n"
            "48 round exercise=bridge display_name=Bridge step=reps round=1 rounds=1 reps=2 "
            "duration_s=4\n"
            // Rep by rep at the bridge's tempo of 2s, instead of a countdown.
            "48 rep exercise=bridge display_name=Bridge reps=2 duration_s=2 rep=1\n"
            "50 rep exercise=bridge display_name=Bridge reps=2 duration_s=2 rep=2\n"
            "52 done routine=Small total_s=52 "
            "advice=If pain lasts more than a few days, see a healthcare professional.\n");
}

// Only the events of these kinds, described.
std::string only(const std::vector<Event>& events, std::initializer_list<EventKind> kinds) {
  std::string out;
  for (const Event& e : events) {
    if (std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end()) out += describe(e);
  }
  return out;
}

TEST(Runner, TheAnswersAreAcknowledgedAndWhatTheyLeaveOutSaidInThePatientsWords) {
  const Program program = checked(
      "routine \"Gentle\" {\n"
      "  frequency 3..5 per week\n"
      "  warmup march_in_place 1min\n"
      "  hold seated_twist 20s x2 each side unless twisting_pain\n"
      "  if flare_up then scale 0.5\n"
      "  hold cat_cow 30s x2\n"
      "}\n");
  const Plan p = plan(program, {.when = {"flare_up", "twisting_pain"}});
  const std::vector<Event> events = schedule(program, p, {"flare_up", "twisting_pain"});
  EXPECT_EQ(only(events, {EventKind::routine_start, EventKind::acknowledge, EventKind::skipped,
                          EventKind::done}),
            "0 routine_start routine=Gentle total_s=105\n"
            "0 acknowledge text=flare-up: today's session is gentler condition=flare_up\n"
            "0 acknowledge text=twisting hurts: today's twists are left out "
            "condition=twisting_pain\n"
            "0 skipped exercise=seated_twist display_name=Seated Spinal Twist "
            "text=Seated Spinal Twist skipped today: twisting hurts reason=unless twisting_pain "
            "condition=twisting_pain\n"
            "105 done routine=Gentle total_s=105 advice=Do this routine 3 to 5 times a week. "
            "advice=If pain lasts more than a few days, see a healthcare professional.\n");
  // The acknowledgements come right after the start, before anything else.
  ASSERT_GE(events.size(), 3u);
  EXPECT_EQ(events[1].kind, EventKind::acknowledge);
  EXPECT_EQ(events[2].kind, EventKind::acknowledge);
}

TEST(Runner, AnAlternativeInPlaceOfAnExerciseIsSaidInThePatientsWords) {
  const Program program = checked(
      "warmup march_in_place 1min\n"
      "optional hold pigeon 20s x2 each side\n");
  const Plan p = plan(program, {.when = {"kneeling_pain"}});
  const std::vector<Event> events = schedule(program, p, {"kneeling_pain"});
  EXPECT_EQ(only(events, {EventKind::replaced}),
            "0 replaced exercise=figure_four display_name=Figure Four Stretch "
            "text=Figure Four Stretch in place of Pigeon Pose today: kneeling hurts "
            "condition=kneeling_pain instead_of=pigeon\n");
}

TEST(Runner, RepsFasterThanOneASecondAreNotCountedOneByOne) {
  const Program program = checked("set tempo 0.5s\nreps pelvic_tilt 10\n");
  const std::string events = dry_run(program);
  EXPECT_EQ(events.find(" rep "), std::string::npos) << events;
  EXPECT_NE(events.find("9 countdown exercise=pelvic_tilt"), std::string::npos) << events;
}

TEST(Runner, RepsAtTheExercisesTempo) {
  const Program program = checked("set tempo 3s\nreps pelvic_tilt 3 on left\n");
  EXPECT_EQ(only(schedule(program, plan(program)), {EventKind::rep}),
            "5 rep exercise=pelvic_tilt display_name=Pelvic Tilt side=left reps=3 duration_s=3 "
            "rep=1\n"
            "8 rep exercise=pelvic_tilt display_name=Pelvic Tilt side=left reps=3 duration_s=3 "
            "rep=2\n"
            "11 rep exercise=pelvic_tilt display_name=Pelvic Tilt side=left reps=3 duration_s=3 "
            "rep=3\n");
}

TEST(Runner, SameInputsGiveTheSameEvents) {
  const Program program = checked(small_routine);
  EXPECT_EQ(dry_run(program), dry_run(program));
}

TEST(Runner, NoCountdownUnderFourSeconds) {
  const Program program = checked("hold cat_cow 3s\nrest 4s\n");
  const std::string events = dry_run(program);
  EXPECT_EQ(events.find("countdown exercise=cat_cow"), std::string::npos) << events;
  EXPECT_NE(events.find("11 countdown remaining_s=1"), std::string::npos) << events;
}

TEST(Runner, EveryBackendGetsEveryEventInOrder) {
  const Program program = checked(small_routine);
  const Plan p = plan(program);
  VirtualClock clock;
  Recorder first;
  Recorder second;
  const RunResult result = run(program, p, clock, {&first, &second});
  EXPECT_EQ(first.events, second.events);
  EXPECT_EQ(second.finished, 1);
  EXPECT_EQ(result.events, schedule(program, p).size());
  EXPECT_EQ(result.final_late_ms, 0);
}

TEST(VirtualClock, JumpsToTheDeadlineAndNeverBack) {
  VirtualClock clock;
  clock.sleep_until(12.5);
  EXPECT_EQ(clock.now(), 12.5);
  clock.sleep_until(3);
  EXPECT_EQ(clock.now(), 12.5);
  EXPECT_FALSE(clock.late_ms(12.5));
}

// A backend as slow as a terminal redraw or a speech call: about half of the real time
// between two events at the speed below.
class SlowBackend : public Backend {
 public:
  void on_event(const Event&) override {
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
};

TEST(RealClock, SlowBackendsDoNotAddUpToDrift) {
  // 300 one-second rests at 1000× speed: one millisecond of real time per step. Were each wait
  // measured from the previous event, the backend's 0.5 ms per event would add up to more
  // than 150 ms by the end; against absolute deadlines only the last wait's overshoot remains.
  Plan p;
  for (int i = 0; i < 300; ++i) {
    p.steps.push_back({.kind = StepKind::rest, .start_s = double(i), .duration_s = 1});
  }
  p.total_s = 300;
  const Program program;
  RealClock clock(1000);
  SlowBackend slow;
  Recorder recorder;
  const RunResult result = run(program, p, clock, {&slow, &recorder});
  EXPECT_EQ(result.events, 302u);
  EXPECT_LT(result.final_late_ms, 50) << "worst: " << result.max_late_ms;
  EXPECT_NE(recorder.events.find("late_ms="), std::string::npos);
}

}  // namespace
}  // namespace limber
