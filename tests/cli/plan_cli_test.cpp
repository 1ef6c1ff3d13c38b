// `limber plan` from the outside: the text schedule to the letter, the JSON of cli.md, and the
// options that choose which conditions hold.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_fixture.hpp"
#include "run_command.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;

class PlanCli : public testing::CliFixture {
 protected:
  using CliFixture::write;
  // These tests need one routine file each.
  std::string write(const std::string& text) { return write("r.limber", text); }
};

constexpr const char* routine =
    "routine \"Morning\" {\n"
    "  target 3min\n"
    "  warmup march_in_place 1min\n"
    "  section \"Hips\" {\n"
    "    hold hamstring_stretch 20s x2 each side\n"
    "    optional reps pelvic_tilt 8 x2\n"
    "  }\n"
    "  if flare_up then scale 0.5\n"
    "}\n";

TEST_F(PlanCli, TextScheduleToTheLetter) {
  const CommandResult r = limber({"plan", write(routine)});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // 65 warm-up, then figure four 5 + 20+5+20 + 5 + 20+5+20, pelvic tilts 5 + 24+5+24 (8 × 3s).
  EXPECT_EQ(r.out,
            "Morning — 3min43s (target 3min)\n"
            "\n"
            "    0:00  get ready: march_in_place                                 5s\n"
            "    0:05  march_in_place, warm-up                                 1min\n"
            "    1:05  ── Hips ──\n"
            "    1:05  get ready: hamstring_stretch                              5s\n"
            "    1:10  hamstring_stretch (left), round 1 of 2                   20s\n"
            "    1:30  rest                                                      5s\n"
            "    1:35  hamstring_stretch (left), round 2 of 2                   20s\n"
            "    1:55  switch sides                                              5s\n"
            "    2:00  hamstring_stretch (right), round 1 of 2                  20s\n"
            "    2:20  rest                                                      5s\n"
            "    2:25  hamstring_stretch (right), round 2 of 2                  20s\n"
            "    2:45  get ready: pelvic_tilt                                    5s\n"
            "    2:50  pelvic_tilt ×8, round 1 of 2                             24s\n"
            "    3:14  rest                                                      5s\n"
            "    3:19  pelvic_tilt ×8, round 2 of 2                             24s\n"
            "\n"
            "total 3min43s\n");
}

TEST_F(PlanCli, WhenUnlessAndSkipOptional) {
  const auto file = write(routine);
  const auto doc = nlohmann::json::parse(
      limber({"plan", "--format", "json", "--when", "flare_up", "--skip-optional", file}).out);
  EXPECT_EQ(doc.at("routine"), "Morning");
  // Holds halved, the pelvic tilts skipped: 65 + 5 + 10+5+10 + 5 + 10+5+10.
  EXPECT_EQ(doc.at("total_s"), 125);
  EXPECT_EQ(doc.at("target_s"), 180);
  ASSERT_EQ(doc.at("skipped").size(), 1u);
  EXPECT_EQ(doc["skipped"][0],
            (nlohmann::json{{"exercise", "pelvic_tilt"}, {"reason", "optional"}}));
  const auto& hold = doc.at("steps").at(4);
  EXPECT_EQ(hold, (nlohmann::json{{"kind", "hold"},
                                  {"exercise", "hamstring_stretch"},
                                  {"side", "left"},
                                  {"round", 1},
                                  {"rounds", 2},
                                  {"start_s", 70},
                                  {"duration_s", 10},
                                  {"section", "Hips"}}));
  const auto unless = nlohmann::json::parse(
      limber({"plan", "--format", "json", "--when", "flare_up", "--unless", "flare_up", file}).out);
  EXPECT_EQ(unless.at("total_s"), 223);
}

TEST_F(PlanCli, ClearErrorsForWrongInput) {
  const auto file = write(routine);
  const CommandResult typo = limber({"plan", "--when", "flare_upp", file});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_EQ(typo.err,
            "limber plan: --when flare_upp: there is no condition `flare_upp` (did you mean "
            "`flare_up`?)\n");
  const CommandResult routine_title = limber({"plan", "--routine", "Evening", file});
  EXPECT_EQ(routine_title.exit_code, 2);
  EXPECT_EQ(routine_title.err, "limber plan: " + file +
                                   " has no routine titled \"Evening\"\n"
                                   "  its routine is: \"Morning\"\n");
  const CommandResult broken = limber({"plan", write("hold cat_cox 30s\n")});
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_NE(broken.err.find("error[unknown-exercise]"), std::string::npos);
  EXPECT_EQ(limber({"plan", (dir_ / "missing.limber").string()}).exit_code, 2);
}

// The guide: "For a gentler alternative [to pigeon], use the supine figure four stretch". When
// kneeling hurts, figure four takes pigeon's place with pigeon's dose.
TEST_F(PlanCli, WhenKneelingHurtsFigureFourTakesPigeonsPlace) {
  const auto file = write(
      "warmup march_in_place 1min\n"
      "optional hold pigeon 20s x2 each side\n");
  const CommandResult r = limber({"plan", "--when", "kneeling_pain", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Routine — 2min45s\n"
            "\n"
            "    0:00  get ready: march_in_place                                 5s\n"
            "    0:05  march_in_place, warm-up                                 1min\n"
            "    1:05  get ready: figure_four                                    5s\n"
            "    1:10  figure_four (left), round 1 of 2                         20s\n"
            "    1:30  rest                                                      5s\n"
            "    1:35  figure_four (left), round 2 of 2                         20s\n"
            "    1:55  switch sides                                              5s\n"
            "    2:00  figure_four (right), round 1 of 2                        20s\n"
            "    2:20  rest                                                      5s\n"
            "    2:25  figure_four (right), round 2 of 2                        20s\n"
            "          instead of pigeon: figure_four (avoid_if kneeling_pain)\n"
            "\n"
            "total 2min45s\n");
  const CommandResult usual = limber({"plan", file});
  EXPECT_NE(usual.out.find("pigeon (left), round 1 of 2"), std::string::npos) << usual.out;
  EXPECT_EQ(usual.out.find("figure_four"), std::string::npos) << usual.out;
}

TEST_F(PlanCli, ChoosesARoutineByTitle) {
  const auto file = write(
      "routine \"Monday\" {\n  warmup march_in_place 1min\n}\n"
      "routine \"Thursday\" {\n  warmup march_in_place 2min\n}\n");
  EXPECT_EQ(nlohmann::json::parse(limber({"plan", "--format", "json", file}).out).at("total_s"),
            65);
  EXPECT_EQ(
      nlohmann::json::parse(limber({"plan", "--format", "json", "--routine", "Thursday", file}).out)
          .at("total_s"),
      125);
}

}  // namespace
}  // namespace limber

namespace limber {
namespace {

// Seven conditions: the checker judges the cases where at most two hold, and all of them. Only
// when e, f and g hold and a does not is this session far too long: `plan` and `run` refuse it.
constexpr const char* rare_and_endless =
    "routine \"Rare\" {\n"
    "  warmup march_in_place 1min\n"
    "  hold cat_cow 20s x2 unless a\n"
    "  hold cat_cow 20s x2 unless b\n"
    "  hold cat_cow 20s x2 unless c\n"
    "  hold cat_cow 20s x2 unless d\n"
    "  if e { if f { if g { repeat 1000 { hold cat_cow 20s x2 unless a } } } }\n"
    "}\n"
    "condition a \"A?\"\ncondition b \"B?\"\ncondition c \"C?\"\ncondition d \"D?\"\n"
    "condition e \"E?\"\ncondition f \"F?\"\ncondition g \"G?\"\n";

TEST_F(PlanCli, RefusesASessionLongerThanTheLimit) {
  const std::string file = write(rare_and_endless);
  EXPECT_EQ(limber({"check", file}).exit_code, 0);
  const std::vector<std::string> when = {"--when", "e", "--when", "f", "--when", "g"};
  std::vector<std::string> args = {"plan", file};
  args.insert(args.end(), when.begin(), when.end());
  const CommandResult planned = limber(args);
  EXPECT_EQ(planned.exit_code, 1);
  EXPECT_EQ(planned.out, "");
  EXPECT_EQ(planned.err, "limber plan: " + file +
                             ": the routine takes 13h57min45s, longer than the 4h a session may "
                             "last\n");
  args[0] = "run";
  args.push_back("--dry-run");
  const CommandResult ran = limber(args);
  EXPECT_EQ(ran.exit_code, 1);
  EXPECT_EQ(ran.out, "");
  // The patient reads plain words: no file, no numbers to puzzle over.
  EXPECT_EQ(ran.err,
            "Today's session would be too long to guide. Your therapist needs to check the "
            "routine before you can use it.\n");
}

TEST_F(PlanCli, AnEnormousRepeatIsAnErrorAtOnce) {
  const CommandResult r =
      limber({"plan", write("repeat 1000000 { repeat 1000000 { hold cat_cow 30s } }\n")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("error[session-too-long]: the routine takes 405092593 days"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace limber
