// Progression (docs/language.md "Progression"): this week's dose over simulated weeks, the cap
// at `until`, flare-ups holding the written dose, block-level and rounds progressions, and the
// canonical layout of the new forms.

#include <gtest/gtest.h>

#include "grammar/format.hpp"
#include "grammar/parse.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/plan/plan_output.hpp"
#include "interpreter/plan/progress_text.hpp"

namespace limber {
namespace {

// `limber plan`'s text for `text` in week `week` (1-based), with the conditions in `when`.
std::string plan_text(const std::string& text, int week, std::set<std::string> when = {}) {
  const Program program = check(SourceFile("t.limber", text));
  std::string errors;
  for (const auto& d : program.diagnostics) {
    if (d.diagnostic.severity == Severity::error) errors += d.diagnostic.message + "\n";
  }
  if (!errors.empty()) return "errors:\n" + errors;
  PlanOptions options;
  options.when = std::move(when);
  options.progress_weeks = week - 1;
  return plan_to_text(plan(program, options));
}

const std::string cat_cow = "hold cat_cow 20s x2 progress +5s per week until 30s\n";

TEST(Progress, WeekOneIsTheDoseAsWritten) {
  EXPECT_EQ(plan_text(cat_cow, 1),
            "Routine — 50s\n\n"
            "    0:00  get ready: cat_cow                                        5s\n"
            "    0:05  cat_cow, round 1 of 2                                    20s\n"
            "    0:25  rest                                                      5s\n"
            "    0:30  cat_cow, round 2 of 2                                    20s\n"
            "          progress: cat_cow, week 1: 20s; next: 25s from week 2\n"
            "\ntotal 50s\n");
}

TEST(Progress, WeekTwoGrowsOneStep) {
  EXPECT_EQ(plan_text(cat_cow, 2),
            "Routine — 1min\n\n"
            "    0:00  get ready: cat_cow                                        5s\n"
            "    0:05  cat_cow, round 1 of 2                                    25s\n"
            "    0:30  rest                                                      5s\n"
            "    0:35  cat_cow, round 2 of 2                                    25s\n"
            "          progress: cat_cow, week 2: 25s; next: 30s from week 3\n"
            "\ntotal 1min\n");
}

TEST(Progress, NeverExceedsItsGoal) {
  EXPECT_EQ(plan_text(cat_cow, 5),
            "Routine — 1min10s\n\n"
            "    0:00  get ready: cat_cow                                        5s\n"
            "    0:05  cat_cow, round 1 of 2                                    30s\n"
            "    0:35  rest                                                      5s\n"
            "    0:40  cat_cow, round 2 of 2                                    30s\n"
            "          progress: cat_cow, week 5: 30s, at its goal\n"
            "\ntotal 1min10s\n");
}

TEST(Progress, AFlareUpHoldsTheWrittenDoseThenScales) {
  EXPECT_EQ(plan_text(cat_cow + "if flare_up then scale 0.5\n", 3, {"flare_up"}),
            "Routine — 30s\n\n"
            "    0:00  get ready: cat_cow                                        5s\n"
            "    0:05  cat_cow, round 1 of 2                                    10s\n"
            "    0:15  rest                                                      5s\n"
            "    0:20  cat_cow, round 2 of 2                                    10s\n"
            "          progress: cat_cow, week 3: 10s, not built up while the flare-up lasts\n"
            "\ntotal 30s\n");
}

TEST(Progress, ABlockProgressionGrowsItsHoldsAndRounds) {
  const std::string text =
      "section \"Spine\" {\n"
      "  progress +5s per 2 weeks until 30s\n"
      "  progress rounds +1 per 2 weeks until 3\n"
      "  hold cat_cow 15s x2\n"
      "}\n";
  EXPECT_EQ(plan_text(text, 3),
            "Routine — 1min15s\n\n"
            "    0:00  ── Spine ──\n"
            "    0:00  get ready: cat_cow                                        5s\n"
            "    0:05  cat_cow, round 1 of 3                                    20s\n"
            "    0:25  rest                                                      5s\n"
            "    0:30  cat_cow, round 2 of 3                                    20s\n"
            "    0:50  rest                                                      5s\n"
            "    0:55  cat_cow, round 3 of 3                                    20s\n"
            "          progress: cat_cow, week 3: 20s; next: 25s from week 5\n"
            "          progress: cat_cow, week 3: 3 rounds, at its goal\n"
            "\ntotal 1min15s\n");
}

TEST(Progress, RepsGrowByCount) {
  const Program program =
      check(SourceFile("t.limber", "reps pelvic_tilt 8 x2 progress +2 per week until 12\n"));
  PlanOptions options;
  options.progress_weeks = 1;
  const Plan p = plan(program, options);
  ASSERT_EQ(p.progressions.size(), 1u);
  EXPECT_EQ(progress_text(p.progressions[0].progress),
            "week 2: 10 reps; next: 12 reps from week 3");
  EXPECT_EQ(p.steps[1].text, "10");
}

std::string formatted(const std::string& text) {
  const SourceFile source("t.limber", text);
  const ParseResult result = parse(source);
  EXPECT_TRUE(result.ok()) << text;
  return format(source, result.file);
}

TEST(Progress, FormatsCanonicallyAndIdempotently) {
  const std::string input =
      "hold cat_cow 20s x2 each side progress 5sec per 1 weeks until 30s unless flare_up\n"
      "section \"S\" { progress rounds 1 per 2 weeks until 3 ; reps pelvic_tilt 8 }\n";
  const std::string expected =
      "hold cat_cow 20s x2 each side progress +5s per week until 30s unless flare_up\n"
      "section \"S\" {\n"
      "  progress rounds +1 per 2 weeks until 3\n"
      "  reps pelvic_tilt 8\n"
      "}\n";
  EXPECT_EQ(formatted(input), expected);
  EXPECT_EQ(formatted(expected), expected);
}

}  // namespace
}  // namespace limber
