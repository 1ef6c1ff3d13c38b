// Which worlds a routine is judged in, and how the case of a finding is worded.

#include "interpreter/safety/worlds.hpp"

#include <gtest/gtest.h>

#include "interpreter/safety/findings.hpp"

namespace limber::safety {
namespace {

Worlds worlds_of_text(const std::string& text, Program& program) {
  program = check(SourceFile("t.limber", text));
  EXPECT_TRUE(program.ok());
  return worlds_of(program, program.routines.front());
}

TEST(Worlds, TheConditionsARoutineMentionsInOrderWithoutItsGiven) {
  Program program;
  const Worlds worlds = worlds_of_text(
      "given osteoporosis\n"
      "hold cat_cow 30s unless flare_up\n"
      "if osteoporosis then hold bird_dog 20s each side\n"  // given: never varied
      "use thoracic\nreps open_book 8 each side\n"          // avoid_if twisting_pain
      "use hips\nhold hip_flexor_stretch 30s each side\n",  // and its alt's conditions
      program);
  EXPECT_EQ(worlds.conditions,
            (std::vector<std::string>{"flare_up", "twisting_pain", "kneeling_pain"}));
  EXPECT_FALSE(worlds.has_optional);
  ASSERT_EQ(worlds.worlds.size(), 8u);
  // Simplest first: none, then each alone in the order mentioned, then pairs, then all.
  std::vector<std::uint64_t> order;
  for (const World& w : worlds.worlds) order.push_back(w.holding);
  EXPECT_EQ(order, (std::vector<std::uint64_t>{0, 1, 2, 4, 3, 5, 6, 7}));
  EXPECT_TRUE(worlds.holds(worlds.worlds[0], "osteoporosis"));
}

TEST(Worlds, OptionalStepsDoubleTheWorlds) {
  Program program;
  const Worlds worlds =
      worlds_of_text("optional hold cat_cow 30s\nhold cat_cow 30s unless flare_up\n", program);
  ASSERT_EQ(worlds.worlds.size(), 4u);
  EXPECT_TRUE(worlds.worlds[0].optional_steps);
  EXPECT_FALSE(worlds.worlds[1].optional_steps);
  EXPECT_EQ(worlds.worlds[2].holding, 1u);
}

TEST(Worlds, ManyConditionsAreBoundedToPairs) {
  std::string text;
  for (int i = 0; i < 9; ++i) {
    text += "condition c" + std::to_string(i) + " \"?\"\n";
    text += "hold cat_cow 30s unless c" + std::to_string(i) + "\n";
  }
  Program program;
  const Worlds worlds = worlds_of_text(text, program);
  // None, all, nine alone and 36 pairs.
  EXPECT_EQ(worlds.worlds.size(), 1u + 1u + 9u + 36u);
  EXPECT_EQ(worlds.worlds.back().holding, 0x1FFu);  // all: the most holding, last
}

// Three conditions a, b, c and no optional steps: world i has the conditions of the bits of i.
Worlds three() {
  Worlds worlds;
  worlds.conditions = {"a", "b", "c"};
  for (std::uint64_t holding : {0, 1, 2, 4, 3, 5, 6, 7}) worlds.worlds.push_back({holding, true});
  return worlds;
}

WorldMask where(const Worlds& worlds, bool (*test)(std::uint64_t)) {
  WorldMask mask;
  for (std::size_t i = 0; i < worlds.worlds.size(); ++i) {
    if (test(worlds.worlds[i].holding)) mask.set(i);
  }
  return mask;
}

TEST(Cases, NameTheFewestConditionsThatDescribeWhereAFindingArises) {
  const Worlds worlds = three();
  const WorldMask all = WorldMask::first(8);
  const auto case_where = [&](bool (*test)(std::uint64_t)) {
    return case_of(worlds, where(worlds, test), all);
  };
  EXPECT_EQ(case_where([](std::uint64_t) { return true; }), "");
  EXPECT_EQ(case_where([](std::uint64_t h) { return (h & 1) != 0; }), "when a holds, ");
  EXPECT_EQ(case_where([](std::uint64_t h) { return (h & 3) == 3; }), "when a and b hold, ");
  EXPECT_EQ(case_where([](std::uint64_t h) { return (h & 7) == 7; }), "when a, b and c hold, ");
  EXPECT_EQ(case_where([](std::uint64_t h) { return (h & 2) == 0; }), "when b does not hold, ");
  EXPECT_EQ(case_where([](std::uint64_t h) { return (h & 6) == 0; }),
            "when neither b nor c holds, ");
  EXPECT_EQ(case_where([](std::uint64_t h) { return h == 0; }), "when none of a, b or c holds, ");
  EXPECT_EQ(case_where([](std::uint64_t h) { return (h & 5) == 1; }), "when a holds but not c, ");
}

TEST(Cases, WorldsWhereTheSubjectDoesNotExistAreNotDescribed) {
  const Worlds worlds = three();
  // A step under `unless a` with a finding wherever it runs: no case at all.
  const WorldMask runs = where(worlds, [](std::uint64_t h) { return (h & 1) == 0; });
  EXPECT_EQ(case_of(worlds, runs, runs), "");
  // … and one only when b holds too: b alone describes it.
  const WorldMask seen = where(worlds, [](std::uint64_t h) { return (h & 3) == 2; });
  EXPECT_EQ(case_of(worlds, seen, runs), "when b holds, ");
}

TEST(Cases, NameTheOptionalStepsWhenTheyMatter) {
  Worlds worlds;
  worlds.conditions = {"a"};
  worlds.has_optional = true;
  worlds.worlds = {{0, true}, {0, false}, {1, true}, {1, false}};
  const WorldMask all = WorldMask::first(4);
  WorldMask skipped;
  skipped.set(1);
  skipped.set(3);
  EXPECT_EQ(case_of(worlds, skipped, all), "when the optional steps are skipped, ");
  WorldMask one;
  one.set(3);
  EXPECT_EQ(case_of(worlds, one, all), "when a holds and the optional steps are skipped, ");
}

}  // namespace
}  // namespace limber::safety
