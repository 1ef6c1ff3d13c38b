// The format fuzzer passes an input when plan_difference() finds none, so the comparison must be
// able to fail: here, on programs whose plans differ in one world only (where a condition holds,
// where the optional steps are left out), and it must not fail on one routine written two ways.

#include "plan_equivalence.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "grammar/format.hpp"
#include "grammar/parse.hpp"
#include "interpreter/check/check.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/plan/plan_output.hpp"

namespace limber::fuzz {
namespace {

Program checked(const std::string& text) {
  Program program = check(SourceFile("t.limber", text));
  EXPECT_TRUE(program.ok()) << text;
  return program;
}

std::string plan_json(const Program& program, const PlanOptions& options = {}) {
  return plan_to_json(plan(program, options)).dump();
}

TEST(PlanEquivalence, FindsADifferenceOnlyWhereAConditionHolds) {
  const Program half = checked("hold cat_cow 30s x3\nif flare_up then scale 0.5\n");
  const Program three_quarters = checked("hold cat_cow 30s x3\nif flare_up then scale 0.75\n");
  // As written the two are the same session, so comparing that world alone would miss it.
  ASSERT_EQ(plan_json(half), plan_json(three_quarters));

  const std::optional<PlanDifference> difference = plan_difference(half, three_quarters);
  ASSERT_TRUE(difference);
  EXPECT_EQ(difference->world, "routine \"\", flare_up");
  EXPECT_NE(difference->before, difference->after);
  PlanOptions flare_up;
  flare_up.when.insert("flare_up");
  EXPECT_EQ(difference->before, plan_to_json(plan(half, flare_up)).dump(1));
}

TEST(PlanEquivalence, FindsAConditionOnlyOneOfThemMentions) {
  // Only the second varies flare_up; its worlds count as much as the first's.
  const Program plain = checked("hold cat_cow 30s x3\n");
  const Program scaled = checked("hold cat_cow 30s x3\nif flare_up then scale 0.5\n");
  ASSERT_EQ(plan_json(plain), plan_json(scaled));
  const std::optional<PlanDifference> difference = plan_difference(plain, scaled);
  ASSERT_TRUE(difference);
  EXPECT_EQ(difference->world, "routine \"\", flare_up");
}

TEST(PlanEquivalence, FindsADifferenceOnlyWhenTheOptionalStepsAreSkipped) {
  const Program optional = checked(
      "routine \"R\" {\n  hold cat_cow 30s x3\n  optional hold bird_dog 20s x2 each side\n}\n");
  const Program always =
      checked("routine \"R\" {\n  hold cat_cow 30s x3\n  hold bird_dog 20s x2 each side\n}\n");
  ASSERT_EQ(plan_json(optional), plan_json(always));
  const std::optional<PlanDifference> difference = plan_difference(optional, always);
  ASSERT_TRUE(difference);
  EXPECT_EQ(difference->world, "routine \"R\", no condition holding, optional steps skipped");
}

TEST(PlanEquivalence, FindsRoutinesOfAnotherTitle) {
  const std::optional<PlanDifference> difference =
      plan_difference(checked("routine \"A\" { hold cat_cow 30s x3 }\n"),
                      checked("routine \"B\" { hold cat_cow 30s x3 }\n"));
  ASSERT_TRUE(difference);
  EXPECT_EQ(difference->world, "the routines");
}

TEST(PlanEquivalence, OneRoutineWrittenTwoWaysIsTheSame) {
  const std::string messy =
      "routine   \"Morning\"{warmup march_in_place 1min\n"
      "      section \"Spine\" { hold cat_cow 30s x3\n"
      "optional hold bird_dog 20s x2 each side }\n"
      "   if flare_up then scale 0.5}\n";
  const std::string tidy =
      "routine \"Morning\" {\n"
      "  warmup march_in_place 1min\n"
      "  section \"Spine\" {\n"
      "    hold cat_cow 30s x3\n"
      "    optional hold bird_dog 20s x2 each side\n"
      "  }\n"
      "  if flare_up then scale 0.5\n"
      "}\n";
  const std::optional<PlanDifference> rewritten = plan_difference(checked(messy), checked(tidy));
  EXPECT_FALSE(rewritten) << rewritten->world << "\n"
                          << rewritten->before << "\n"
                          << rewritten->after;

  // And what the format fuzzer itself compares: a text against its canonical layout.
  const SourceFile source("t.limber", messy);
  const ParseResult parsed = parse(source);
  ASSERT_TRUE(parsed.ok());
  const std::string formatted = format(source, parsed.file);
  ASSERT_NE(formatted, messy);
  const std::optional<PlanDifference> reformatted =
      plan_difference(checked(messy), checked(formatted));
  EXPECT_FALSE(reformatted) << reformatted->world;
}

}  // namespace
}  // namespace limber::fuzz
