// The sentences the patient reads: the next round, what was left out and why (in the
// condition's own words, or its default), and the frequency advice.

#include "interpreter/run/patient_words.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "interpreter/check/check.hpp"

namespace limber {
namespace {

Program checked(const std::string& text) {
  Program program = check(SourceFile("t.limber", text));
  for (const auto& d : program.diagnostics) {
    EXPECT_NE(d.diagnostic.severity, Severity::error) << d.diagnostic.message;
  }
  return program;
}

TEST(PatientWords, TheNextRoundInWords) {
  PlanStep hold{
      .kind = StepKind::hold, .side = Side::left, .round = 2, .rounds = 3, .duration_s = 30};
  EXPECT_EQ(round_words("Cat-Cow", hold), "Cat-Cow, round 2 of 3, left side, 30s");
  PlanStep reps{.kind = StepKind::reps, .round = 1, .rounds = 2, .duration_s = 30, .text = "10"};
  EXPECT_EQ(round_words("Bird Dog", reps), "Bird Dog, set 1 of 2, 10 reps");
  PlanStep warmup{.kind = StepKind::warmup, .duration_s = 60};
  EXPECT_EQ(round_words("Marching in Place", warmup), "Marching in Place, warm-up, 1min");
}

constexpr const char* with_conditions = R"(
condition shoulder_pain "Does lifting your arm hurt your shoulder?" {
  reason "lifting your arm hurts"
}
condition wrist_pain "Do your wrists hurt when you lean on them?"
exercise arm_circle "Arm Circles" {
  kind mobility
  position standing
  regions shoulder
  mode hold
  hold 10s..30s
  risk low
  avoid_if shoulder_pain
  cue "Circle your arms."
  feel "Warm shoulders."
}
hold arm_circle 20s unless shoulder_pain
hold cat_cow 20s unless wrist_pain
)";

TEST(PatientWords, ASkippedExerciseByItsDisplayNameAndTheConditionsReason) {
  const Program program = checked(with_conditions);
  EXPECT_EQ(skipped_words(program, {"arm_circle", "avoid_if shoulder_pain", "shoulder_pain"}),
            "Arm Circles skipped today: lifting your arm hurts");
  // Without a `reason`, the condition's name with spaces.
  EXPECT_EQ(skipped_words(program, {"cat_cow", "unless wrist_pain", "wrist_pain"}),
            "Cat-Cow skipped today: wrist pain");
  EXPECT_EQ(skipped_words(program, {"cat_cow", "optional", ""}),
            "Cat-Cow skipped today: it is optional");
}

TEST(PatientWords, ThePreludeSpeaksForItsConditions) {
  const Program program = checked("hold seated_twist 20s x2 each side unless twisting_pain\n");
  EXPECT_EQ(skipped_words(program, {"seated_twist", "unless twisting_pain", "twisting_pain"}),
            "Seated Spinal Twist skipped today: twisting hurts");
  EXPECT_EQ(program.conditions.at("flare_up").acknowledgement,
            "flare-up: today's session is gentler");
  // Every condition of the library has both of its texts written out.
  for (const auto& [name, condition] : program.conditions) {
    std::string spaced = name;
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    EXPECT_NE(condition.reason, spaced) << name << " has no reason of its own";
    EXPECT_NE(condition.acknowledgement, "Noted: " + condition.reason + ".")
        << name << " has no acknowledgement of its own";
  }
}

TEST(PatientWords, SkippedSectionsAndBlocks) {
  const Program program = checked(with_conditions);
  EXPECT_EQ(skipped_words(program, {"section Shoulders", "unless shoulder_pain", "shoulder_pain"}),
            "The \"Shoulders\" section skipped today: lifting your arm hurts");
  EXPECT_EQ(skipped_words(program, {"block in Shoulders", "optional", ""}),
            "Some steps of \"Shoulders\" skipped today: it is optional");
  EXPECT_EQ(skipped_words(program, {"block", "unless wrist_pain", "wrist_pain"}),
            "Some steps skipped today: wrist pain");
}

TEST(PatientWords, DefaultAcknowledgement) {
  const Program program = checked(with_conditions);
  EXPECT_EQ(program.conditions.at("shoulder_pain").acknowledgement,
            "Noted: lifting your arm hurts.");
  EXPECT_EQ(program.conditions.at("wrist_pain").acknowledgement, "Noted: wrist pain.");
}

TEST(PatientWords, Frequency) {
  EXPECT_EQ(frequency_words({3, 5, false}), "Do this routine 3 to 5 times a week.");
  EXPECT_EQ(frequency_words({7, 7, true}), "Do this routine every day.");
  EXPECT_EQ(frequency_words({4, 4, false}), "Do this routine 4 times a week.");
  EXPECT_EQ(frequency_words({2, 2, false}), "Do this routine twice a week.");
  EXPECT_EQ(frequency_words({1, 1, false}), "Do this routine once a week.");
}

}  // namespace
}  // namespace limber
