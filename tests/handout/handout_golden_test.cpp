// The Markdown handout of every example, to the letter, against tests/handout/golden/NAME.md,
// and of a routine whose doses progress, against tests/handout/progression/ (it is no example,
// so its golden file lives beside it rather than in golden/); and how --when, --unless and
// --skip-optional shape a handout. After an intended change, rewrite the golden files with
//   LIMBER_BLESS=1 build/tests/handout/limber_handout_tests --gtest_filter='*ItsGoldenMarkdown'
// and review the diff.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../cli/run_command.hpp"
#include "../golden_files.hpp"

namespace fs = std::filesystem;
using limber::testing::CommandResult;
using limber::testing::run_command;

namespace {

const fs::path source_dir = LIMBER_SOURCE_DIR;
const fs::path golden_dir = source_dir / "tests/handout/golden";
const fs::path progression_dir = source_dir / "tests/handout/progression";

std::vector<fs::path> examples() {
  return limber::testing::example_files(source_dir);
}

CommandResult run_limber(const std::vector<std::string>& args) {
  return run_command(LIMBER_BINARY, args);
}

std::string spine() {
  return (source_dir / "examples/spine-mobility.limber").string();
}

}  // namespace

TEST(Handout, EveryExampleMatchesItsGoldenMarkdown) {
  ASSERT_EQ(examples().size(), 6u);
  for (const fs::path& example : examples()) {
    SCOPED_TRACE(example.filename().string());
    const CommandResult r = run_limber({"plan", example.string(), "--format", "markdown"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    limber::testing::expect_golden(golden_dir / (example.stem().string() + ".md"), r.out);
  }
}

// Week 2 (--week, so no session log counts): a hold on its way to its goal, reps and rounds one
// step from theirs, a hold at its goal, and a warm-up that does not progress.
TEST(Handout, ProgressionMatchesItsGoldenMarkdown) {
  const CommandResult r = run_limber({"plan", (progression_dir / "progression.limber").string(),
                                      "--format", "markdown", "--week", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  limber::testing::expect_golden(progression_dir / "progression.week2.md", r.out);
}

// While a flare-up holds, a progressing dose stays as written (then scaled), and says so.
TEST(Handout, AFlareUpHoldsTheProgressionBack) {
  const CommandResult r = run_limber({"plan", (progression_dir / "progression.limber").string(),
                                      "--format", "markdown", "--week", "2", "--when", "flare_up"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("#### 2. Cat-Cow\n\n- **Dose:** hold 8 seconds, twice\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("- **Building up:** This week (week 2): hold 8 seconds; it does not build "
                       "up during a flare-up\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("from week"), std::string::npos);
}

TEST(Handout, EveryGoldenFileBelongsToAnExample) {
  for (const auto& entry : fs::directory_iterator(golden_dir)) {
    EXPECT_TRUE(fs::exists(source_dir / "examples" / (entry.path().stem().string() + ".limber")))
        << entry.path() << " has no example";
  }
}

// The patient reads no file path, rule code, caret or internal name of an exercise.
TEST(Handout, HoldsNoneOfTheTherapistsNotation) {
  std::vector<fs::path> routines = examples();
  // Its progression lines too ("flare_up", "per week until").
  routines.push_back(progression_dir / "progression.limber");
  for (const fs::path& example : routines) {
    SCOPED_TRACE(example.filename().string());
    for (const char* format : {"markdown", "html"}) {
      const CommandResult r = run_limber({"plan", example.string(), "--format", format});
      EXPECT_EQ(r.out.find(".limber"), std::string::npos);
      EXPECT_EQ(r.out.find("^^"), std::string::npos);
      EXPECT_EQ(r.out.find("warning["), std::string::npos);
      for (const char* name : {"cat_cow", "pelvic_tilt", "flare_up", "urgent_care", "avoid_if"}) {
        EXPECT_EQ(r.out.find(name), std::string::npos) << name << " in " << format;
      }
    }
  }
}

TEST(Handout, WhenReplacesAndLeavesOutInThePatientsWords) {
  const CommandResult r =
      run_limber({"plan", spine(), "--format", "markdown", "--when", "kneeling_pain"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("- **Left out this time:** Child's Pose (kneeling hurts)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("#### 5. Figure Four Stretch\n\n- **In place of:** Pigeon Pose (kneeling "
                       "hurts)\n- **Dose:** hold 30 seconds, twice, each side\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("Child's Pose\n"), std::string::npos);
}

TEST(Handout, SkipOptionalLeavesTheOptionalOut) {
  const CommandResult r = run_limber({"plan", spine(), "--format", "markdown", "--skip-optional"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      r.out.find("- **Left out this time:** Pigeon Pose (it is optional); the \"Spine Rotation\" "
                 "section (it is optional)\n"),
      std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("Seated Spinal Twist"), std::string::npos);
  EXPECT_EQ(r.out.find("**Optional:**"), std::string::npos);
  EXPECT_NE(r.out.find("#### 6. Side Plank\n"), std::string::npos);
}

// On a flare-up day already (--when), there is no other flare-up dose to tell.
TEST(Handout, WhenFlareUpShowsTheGentlerDoseAsTheDose) {
  const CommandResult r =
      run_limber({"plan", spine(), "--format", "markdown", "--when", "flare_up"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("#### 2. Cat-Cow\n\n- **Dose:** hold 15 seconds, 3 times\n"),
            std::string::npos);
  EXPECT_EQ(r.out.find("On a flare-up day"), std::string::npos);
}

TEST(Handout, UnlessFlareUpKeepsTheFlareUpDoseOut) {
  const CommandResult r =
      run_limber({"plan", spine(), "--format", "markdown", "--unless", "flare_up"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("- **Dose:** hold 30 seconds, 3 times\n"), std::string::npos);
  EXPECT_EQ(r.out.find("On a flare-up day"), std::string::npos);
}

namespace {

std::string flare_up_only() {
  return (source_dir / "tests/handout/flare-up/flare-up-only.limber").string();
}

}  // namespace

// A flare-up day's handout says at the top that it is the gentler one; a normal day's does not.
TEST(Handout, AFlareUpDaysHandoutSaysSoAtTheTop) {
  const CommandResult r =
      run_limber({"plan", spine(), "--format", "markdown", "--when", "flare_up"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("# Spine Mobility\n\n**This is your routine for a flare-up day: gentler "
                       "than usual.**\n\n- **Session length:**"),
            0u)
      << r.out;
  const CommandResult normal = run_limber({"plan", spine(), "--format", "markdown"});
  EXPECT_EQ(normal.out.find("for a flare-up day"), std::string::npos);
}

// What only a flare-up day does stands in its place on the normal handout, unnumbered (it has
// no block on today's timeline), marked and with its flare-up dose.
TEST(Handout, TheNormalHandoutListsWhatOnlyAFlareUpDayDoes) {
  const CommandResult r = run_limber({"plan", flare_up_only(), "--format", "markdown"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("*Only on a flare-up day: Gentle day.*\n\n#### Child's Pose\n\n- **Only on "
                       "a flare-up day:** leave it out on other days\n- **Dose:** hold 15 "
                       "seconds, twice\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("#### 2. Sphinx Pose\n"), std::string::npos);
  // On a flare-up day itself it is an ordinary card, and what the flare-up leaves out is gone.
  const CommandResult flaring =
      run_limber({"plan", flare_up_only(), "--format", "markdown", "--when", "flare_up"});
  ASSERT_EQ(flaring.exit_code, 0) << flaring.err;
  EXPECT_NE(flaring.out.find("*Gentle day.*\n\n#### 2. Child's Pose\n\n- **Dose:** hold 15 "),
            std::string::npos)
      << flaring.out;
  EXPECT_EQ(flaring.out.find("Only on a flare-up day"), std::string::npos);
  EXPECT_EQ(flaring.out.find("Sphinx"), std::string::npos);
}
