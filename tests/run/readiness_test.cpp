// Before the first step: which conditions a routine asks about, the questions and answers,
// and the screening checklist stopping at a red flag.

#include "interpreter/run/readiness.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace limber {
namespace {

Program checked(const std::string& text) {
  return check(SourceFile("t.limber", text));
}

std::string names(const RoutineNeeds& needs) {
  std::string out;
  for (const Condition* c : needs.conditions) out += c->name + " ";
  return out;
}

TEST(Readiness, ConditionsInTheOrderTheRoutineUsesThem) {
  // seated_back_extension is avoided with extension_pain (a contraindication, not written in
  // the routine); flare_up is `given`, so it is known and never asked.
  const Program program = checked(
      "routine \"R\" {\n"
      "  given flare_up\n"
      "  screen urgent_care\n"
      "  hold cat_cow 30s x2 unless flexion_pain\n"
      "  if twisting_pain { hold childs_pose 30s x2 }\n"
      "  hold cat_cow 30s x2 unless flexion_pain\n"
      "  if flare_up then scale 0.5\n"
      "}\n");
  const RoutineNeeds needs = needs_of(program);
  // childs_pose is avoided with flexion_pain, kneeling_pain and osteoporosis.
  EXPECT_EQ(names(needs), "flexion_pain twisting_pain kneeling_pain osteoporosis ");
  ASSERT_NE(needs.screen, nullptr);
  EXPECT_EQ(needs.screen->name, "urgent_care");
}

TEST(Readiness, ContraindicationsOfTheExercisesUsed) {
  const Program program = checked("hold sphinx 20s x2\n");
  const RoutineNeeds needs = needs_of(program);
  EXPECT_NE(names(needs).find("extension_pain"), std::string::npos) << names(needs);
  EXPECT_EQ(needs.screen, nullptr);
}

// Answers from a list, in order; none once it runs out.
class ScriptedAsker : public Asker {
 public:
  explicit ScriptedAsker(std::vector<std::optional<bool>> answers) : answers_(answers) {}
  std::optional<bool> ask(std::string_view question) override {
    asked += std::string(question) + "\n";
    if (next_ >= answers_.size()) return std::nullopt;
    return answers_[next_++];
  }
  std::string asked;

 private:
  std::vector<std::optional<bool>> answers_;
  std::size_t next_ = 0;
};

TEST(Readiness, AsksOnlyWhatTheCommandLineLeftOpen) {
  const Program program = checked(
      "hold cat_cow 30s x2 unless flexion_pain\n"
      "hold childs_pose 30s x2 unless flare_up\n"
      "hold cat_cow 30s x2 unless twisting_pain\n");
  PlanOptions options;
  options.unless.insert("flare_up");
  ScriptedAsker asker({true});  // flexion_pain: yes; the others (childs_pose's too): no answer
  ask_conditions(needs_of(program), asker, options);
  EXPECT_EQ(asker.asked, program.conditions.at("flexion_pain").question + "\n" +
                             program.conditions.at("kneeling_pain").question + "\n" +
                             program.conditions.at("osteoporosis").question + "\n" +
                             program.conditions.at("twisting_pain").question + "\n");
  EXPECT_EQ(options.when, (std::set<std::string>{"flexion_pain"}));
  EXPECT_EQ(options.unless,
            (std::set<std::string>{"flare_up", "kneeling_pain", "osteoporosis", "twisting_pain"}));
}

TEST(Readiness, TheScreenStopsAtTheFirstYes) {
  const Program program = checked("screen urgent_care\nhold cat_cow 30s x2\n");
  const Screen& screen = program.screens.at("urgent_care");
  ScriptedAsker clear({false, false, false, false, false});
  EXPECT_EQ(ask_screen(screen, clear).outcome, ScreenOutcome::clear);

  ScriptedAsker red({false, true, false});
  const ScreenResult result = ask_screen(screen, red);
  EXPECT_EQ(result.outcome, ScreenOutcome::red_flag);
  EXPECT_EQ(result.flag, screen.flags[1]);
  EXPECT_EQ(red.asked, screen.flags[0] + "\n" + screen.flags[1] + "\n");
  EXPECT_NE(red_flag_advice(screen, result.flag).find("healthcare professional promptly"),
            std::string::npos);

  ScriptedAsker silent({false});
  EXPECT_EQ(ask_screen(screen, silent).outcome, ScreenOutcome::unanswered);
}

TEST(StreamAsker, AsksAgainUntilYesOrNo) {
  std::istringstream in("maybe\n YES \nn\n");
  std::ostringstream out;
  StreamAsker asker(in, out);
  EXPECT_EQ(asker.ask("Sore?"), true);
  EXPECT_EQ(asker.ask("Tired?"), false);
  EXPECT_EQ(asker.ask("Ready?"), std::nullopt);
  EXPECT_EQ(out.str(),
            "Sore? [y/n] Please answer y (yes) or n (no).\n"
            "Sore? [y/n] Tired? [y/n] Ready? [y/n] \n");
}

TEST(StreamAsker, OnATerminalTheQuestionIsWrappedAtSpaces) {
  // At 30 columns the terminal would break "bones" in two; the asker breaks before it.
  std::istringstream in("y\n");
  std::ostringstream out;
  StreamAsker asker(in, out, 30);
  EXPECT_EQ(asker.ask("Have you been told you have fragile bones (osteoporosis)?"), true);
  EXPECT_EQ(out.str(),
            "Have you been told you have\n"
            "fragile bones (osteoporosis)?\n"
            "[y/n] ");
}

}  // namespace
}  // namespace limber
