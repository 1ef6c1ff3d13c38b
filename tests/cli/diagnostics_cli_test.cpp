// Diagnostics that name the fix, seen from the command line: a wrong `--routine` lists the
// titles the file has, and an exercise found in several library modules that the file does not
// use names them all. (The diagnostics of `limber check` itself are in tests/conformance/.)

#include <gtest/gtest.h>

#include <filesystem>

#include "cli_fixture.hpp"
#include "run_command.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;

class DiagnosticsCli : public testing::CliFixture {};

constexpr const char* week =
    "routine \"Morning Mobility\" {\n  warmup march_in_place 1min\n}\n"
    "routine \"Evening Stretch\" {\n  warmup march_in_place 2min\n}\n";

TEST_F(DiagnosticsCli, WrongRoutineListsTheTitles) {
  const auto file = write("week.limber", week);
  const CommandResult r = limber({"plan", "--routine", "Lunch", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "limber plan: " + file +
                       " has no routine titled \"Lunch\"\n"
                       "  its routines are: \"Morning Mobility\", \"Evening Stretch\"\n");
}

TEST_F(DiagnosticsCli, WrongRoutineSaysWhichWasMeant) {
  const auto file = write("week.limber", week);
  // A typo, and the right title typed in the wrong case.
  CommandResult r = limber({"plan", "--routine", "Evening Strech", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "limber plan: " + file +
                       " has no routine titled \"Evening Strech\" (did you mean \"Evening "
                       "Stretch\"?)\n"
                       "  its routines are: \"Morning Mobility\", \"Evening Stretch\"\n");
  r = limber({"plan", "--routine", "morning mobility", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("(did you mean \"Morning Mobility\"?)"), std::string::npos) << r.err;
}

TEST_F(DiagnosticsCli, WrongRoutineInAFileOfLooseSteps) {
  const auto file = write("loose.limber", "warmup march_in_place 1min\n");
  const CommandResult r = limber({"plan", "--routine", "Morning", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "limber plan: " + file +
                       " has no routine titled \"Morning\"\n"
                       "  its steps are one routine without a title: leave out --routine\n");
}

TEST_F(DiagnosticsCli, RunSaysTheSameAsPlan) {
  const auto file = write("week.limber", "routine \"Morning\" {\n  rest 5s\n}\n");
  const CommandResult r = limber({"run", "--dry-run", "--routine", "Mornin", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "limber run: " + file +
                       " has no routine titled \"Mornin\" (did you mean \"Morning\"?)\n"
                       "  its routine is: \"Morning\"\n");
}

// Two modules of a library of our own define the same exercise; the file uses neither.
TEST_F(DiagnosticsCli, ExerciseInSeveralUnusedModules) {
  const fs::path lib = dir_ / "lib";
  fs::create_directories(lib);
  fs::copy_file(fs::path(LIMBER_SOURCE_DIR) / "stdlib" / "prelude.limber", lib / "prelude.limber");
  const std::string wall_lean =
      "exercise wall_lean {\n  kind stretch\n  mode hold\n  hold 15s..30s\n  feel \"calves\"\n}\n";
  write("lib/legs.limber", wall_lean);
  write("lib/calves.limber", wall_lean);
  const auto file = write("r.limber", "warmup march_in_place 1min\nhold wall_lean 20s\n");
  const CommandResult r = limber({"check", "--lib", lib.string(), file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            file +
                ":2:6: error[unknown-exercise]: `wall_lean` is in the library modules `calves` "
                "and `legs`, which this file does not use\n"
                "2 | hold wall_lean 20s\n"
                "  |      ^^^^^^^^^\n"
                "  = help: add the `use` of the one you mean: `use calves` or `use legs`\n"
                "\n1 error, 0 warnings\n");
}

}  // namespace
}  // namespace limber
