#include "interpreter/plan/plan.hpp"

#include <gtest/gtest.h>

#include <fmt/format.h>

namespace limber {
namespace {

// The plan of `text` as one line per step: "start kind exercise side round/rounds duration".
std::string plan_of(const std::string& text, const PlanOptions& options = {}) {
  const Program program = check(SourceFile("t.limber", text));
  std::string errors;
  for (const auto& d : program.diagnostics) {
    if (d.diagnostic.severity == Severity::error) errors += d.diagnostic.message + "\n";
  }
  if (!errors.empty()) return "errors:\n" + errors;
  const Plan p = plan(program, options);
  std::string out;
  for (const PlanStep& s : p.steps) {
    out += fmt::format("{} {}", s.start_s, to_string(s.kind));
    if (!s.exercise.empty()) out += " " + s.exercise;
    if (s.side != Side::none) out += fmt::format(" {}", to_string(s.side));
    if (s.rounds > 0) out += fmt::format(" {}/{}", s.round, s.rounds);
    out += fmt::format(" {}s", s.duration_s);
    if (!s.text.empty()) out += " \"" + s.text + "\"";
    out += "\n";
  }
  for (const SkippedStep& s : p.skipped) out += "skipped " + s.exercise + ": " + s.reason + "\n";
  out += fmt::format("total {}s", p.total_s);
  return out;
}

TEST(Plan, WorkedExampleOfTheDesignSketch) {
  // 5 + (30+5+30) + 5 + (30+5+30) = 140 s
  EXPECT_EQ(plan_of("hold figure_four 30s x2 each side\n"),
            "0 transition figure_four 5s\n"
            "5 hold figure_four left 1/2 30s\n"
            "35 rest 5s\n"
            "40 hold figure_four left 2/2 30s\n"
            "70 switch figure_four 5s\n"
            "75 hold figure_four right 1/2 30s\n"
            "105 rest 5s\n"
            "110 hold figure_four right 2/2 30s\n"
            "total 140s");
}

TEST(Plan, EachSideIsTheStepThenSwitchSides) {
  EXPECT_EQ(plan_of("hold figure_four 30s x2 each side\n"),
            plan_of("hold figure_four 30s x2\nswitch sides\n"));
}

TEST(Plan, RepsLastCountTimesTempo) {
  // pelvic_tilt has its own tempo of 3s; an explicit `set tempo` wins.
  EXPECT_EQ(plan_of("reps pelvic_tilt 10 x2\n"),
            "0 transition pelvic_tilt 5s\n"
            "5 reps pelvic_tilt 1/2 30s \"10\"\n"
            "35 rest 5s\n"
            "40 reps pelvic_tilt 2/2 30s \"10\"\n"
            "total 70s");
  EXPECT_EQ(plan_of("set tempo 2s\nreps pelvic_tilt 10\n"),
            "0 transition pelvic_tilt 5s\n"
            "5 reps pelvic_tilt 1/1 20s \"10\"\n"
            "total 25s");
}

TEST(Plan, WarmupRestSayAndSections) {
  EXPECT_EQ(plan_of("warmup march_in_place 1min\nsay \"Breathe\"\nrest 20s\n"
                    "section \"Spine\" {\n  hold cat_cow 30s\n}\n"),
            "0 transition march_in_place 5s\n"
            "5 warmup march_in_place 60s\n"
            "65 say 0s \"Breathe\"\n"
            "65 rest 20s\n"
            "85 section 0s \"Spine\"\n"
            "85 transition cat_cow 5s\n"
            "90 hold cat_cow 1/1 30s\n"
            "total 120s");
}

TEST(Plan, SettingsAndScaleModifyTheirWholeBlock) {
  // Both stand after the step and still apply to it; the outer block keeps the defaults.
  EXPECT_EQ(plan_of("section \"S\" {\n  hold cat_cow 45s x2\n  scale 0.5\n  set round_rest 10s\n"
                    "  set transition 0s\n}\nhold cat_cow 45s\n"),
            "0 section 0s \"S\"\n"
            "0 transition cat_cow 0s\n"
            "0 hold cat_cow 1/2 23s\n"  // 22.5 rounds half up
            "23 rest 10s\n"
            "33 hold cat_cow 2/2 23s\n"
            "56 transition cat_cow 5s\n"
            "61 hold cat_cow 1/1 45s\n"
            "total 106s");
}

TEST(Plan, ScalesMultiplyAndNeverGoBelowOneSecond) {
  EXPECT_EQ(plan_of("scale 0.5\nsection \"S\" {\n  scale 50%\n  hold cat_cow 2s\n"
                    "  reps pelvic_tilt 1\n  warmup march_in_place 1min\n}\n"),
            "0 section 0s \"S\"\n"
            "0 transition cat_cow 5s\n"
            "5 hold cat_cow 1/1 1s\n"
            "6 transition pelvic_tilt 5s\n"
            "11 reps pelvic_tilt 1/1 3s \"1\"\n"
            "14 transition march_in_place 5s\n"
            "19 warmup march_in_place 60s\n"
            "total 79s");
}

TEST(Plan, IfThenScaleScalesTheBlockHoldingTheIf) {
  const std::string routine = "hold cat_cow 30s\nif flare_up then scale 0.5\n";
  EXPECT_EQ(plan_of(routine), "0 transition cat_cow 5s\n5 hold cat_cow 1/1 30s\ntotal 35s");
  EXPECT_EQ(plan_of(routine, {.when = {"flare_up"}}),
            "0 transition cat_cow 5s\n5 hold cat_cow 1/1 15s\ntotal 20s");
}

TEST(Plan, FirstSideAndExplicitSides) {
  EXPECT_EQ(plan_of("set first_side right\nhold side_plank 15s each side\n"
                    "hold figure_four 20s on left\nswitch sides\n"),
            "0 transition side_plank 5s\n"
            "5 hold side_plank right 1/1 15s\n"
            "20 switch side_plank 5s\n"
            "25 hold side_plank left 1/1 15s\n"
            "40 transition figure_four 5s\n"
            "45 hold figure_four left 1/1 20s\n"
            "65 switch figure_four 5s\n"
            "70 hold figure_four right 1/1 20s\n"
            "total 90s");
}

TEST(Plan, RepeatRunsItsBlockNTimes) {
  EXPECT_EQ(plan_of("repeat x2 {\n  hold cat_cow 10s\n  rest 5s\n}\n"),
            "0 transition cat_cow 5s\n5 hold cat_cow 1/1 10s\n15 rest 5s\n"
            "20 transition cat_cow 5s\n25 hold cat_cow 1/1 10s\n35 rest 5s\ntotal 40s");
}

TEST(Plan, SkippedStepsTakeNoTime) {
  const std::string routine =
      "optional hold pigeon 30s each side\nhold sphinx 20s unless extension_pain\n"
      "hold childs_pose 30s\n";
  EXPECT_EQ(plan_of(routine, {.when = {"extension_pain"}, .skip_optional = true}),
            "0 transition childs_pose 5s\n5 hold childs_pose 1/1 30s\n"
            "skipped pigeon: optional\nskipped sphinx: unless extension_pain\ntotal 35s");
}

TEST(Plan, AStepSkippedInARepeatIsListedOnce) {
  EXPECT_EQ(plan_of("repeat 3 {\n  hold cat_cow 20s\n  hold sphinx 20s unless extension_pain\n}\n",
                    {.when = {"extension_pain"}}),
            "0 transition cat_cow 5s\n5 hold cat_cow 1/1 20s\n"
            "25 transition cat_cow 5s\n30 hold cat_cow 1/1 20s\n"
            "50 transition cat_cow 5s\n55 hold cat_cow 1/1 20s\n"
            "skipped sphinx: unless extension_pain\ntotal 75s");
}

TEST(Plan, RefusesAPlanBeyondItsLimits) {
  const Program program = check(SourceFile("t.limber", "repeat 100000 { hold cat_cow 30s }\n"));
  ASSERT_TRUE(program.ok());
  EXPECT_EQ(plan_refusal(program, {}),
            "the routine takes 41 days, longer than the 4h a session may last");
  EXPECT_THROW(plan(program), PlanRefused);
  const Program chatty = check(SourceFile("t.limber", "repeat 200000 { say \"hello\" }\n"));
  EXPECT_EQ(plan_refusal(chatty, {}),
            "the routine has 200000 steps, more than the 100000 a plan may hold");
}

TEST(Plan, ContraindicatedExercisesTakeTheirAltOrAreSkipped) {
  // pigeon avoids nothing by default; sphinx avoids extension_pain and has no alt.
  const std::string routine =
      "exercise deep_lunge {\n  kind stretch\n  sided\n  avoid_if twisting_pain\n"
      "  alt figure_four\n}\nhold deep_lunge 30s each side\nhold sphinx 20s\n";
  EXPECT_EQ(plan_of(routine, {.when = {"twisting_pain", "extension_pain"}}),
            "0 transition figure_four 5s\n"
            "5 hold figure_four left 1/1 30s\n"
            "35 switch figure_four 5s\n"
            "40 hold figure_four right 1/1 30s\n"
            "skipped sphinx: avoid_if extension_pain\n"
            "total 70s");
}

TEST(Plan, GivenConditionsHoldAndUnlessOptionOverridesThem) {
  const std::string routine = "given flare_up\nhold cat_cow 30s\nif flare_up then scale 0.5\n";
  EXPECT_EQ(plan_of(routine), "0 transition cat_cow 5s\n5 hold cat_cow 1/1 15s\ntotal 20s");
  EXPECT_EQ(plan_of(routine, {.unless = {"flare_up"}}),
            "0 transition cat_cow 5s\n5 hold cat_cow 1/1 30s\ntotal 35s");
}

TEST(Plan, ElseBranchesAndElseIfChains) {
  const std::string routine =
      "if flare_up {\n  rest 10s\n} else if twisting_pain {\n  rest 20s\n} else {\n  rest 30s\n}\n";
  EXPECT_EQ(plan_of(routine), "0 rest 30s\ntotal 30s");
  EXPECT_EQ(plan_of(routine, {.when = {"twisting_pain"}}), "0 rest 20s\ntotal 20s");
  EXPECT_EQ(plan_of(routine, {.when = {"flare_up", "twisting_pain"}}), "0 rest 10s\ntotal 10s");
}

TEST(Plan, TheGuidesRoutineTakesFifteenMinutesFortyWithItsOptionalParts) {
  // The design sketch's "10-minute" routine, timed by its own rules: 940 s with the optional
  // pigeon and rotation section, 580 s without — which is why the target rule accepts it.
  const Program program = check(SourceFile(
      "spine-mobility.limber",
      "routine \"Spine Mobility\" {\n  target 10min\n  warmup march_in_place 1min\n"
      "  section \"Spine Mobility\" {\n    hold cat_cow 30s x3\n    reps pelvic_tilt 10 x2\n  }\n"
      "  section \"Hip Mobility\" {\n    hold figure_four 30s x2 each side\n"
      "    optional hold pigeon 30s x2 each side\n  }\n"
      "  section \"Core Stability\" {\n    hold bird_dog 15s x3 each side\n"
      "    hold side_plank 15s x2 each side\n  }\n"
      "  optional section \"Spine Rotation\" {\n    hold seated_twist 20s x2 each side\n"
      "    hold childs_pose 30s x2\n    hold sphinx 20s x2\n  }\n"
      "  if flare_up then scale 0.5\n}\n"));
  EXPECT_EQ(plan(program).total_s, 940);
  EXPECT_EQ(plan(program, {.skip_optional = true}).total_s, 580);
  EXPECT_EQ(plan(program).target_s, 600);
}

}  // namespace
}  // namespace limber
