// Forms people write from habit (`30 seconds`, `note "…"`) are read as what they mean, so that
// one error with its fix is all they cost: the rest of the step and of the file parse on.

#include <gtest/gtest.h>

#include <string>

#include "grammar/parse.hpp"

namespace limber {
namespace {

ParseResult parsed(const std::string& text) {
  return parse(SourceFile("t.limber", text));
}

TEST(FamiliarForms, SpelledDurationIsReadAsItsValueAndTheStepGoesOn) {
  const ParseResult p = parsed("hold figure_four 1 minute 30 seconds x2 each side\n");
  ASSERT_EQ(p.diagnostics.size(), 1u);
  EXPECT_EQ(p.diagnostics[0].code, "spelled-out-unit");
  EXPECT_EQ(p.diagnostics[0].suggestion, "1min30s");
  ASSERT_EQ(p.file.statements.size(), 1u);
  const auto& dose = std::get<ast::Dose>(p.file.statements[0].node);
  EXPECT_EQ(dose.amount.kind, ast::ValueKind::duration);
  EXPECT_EQ(dose.amount.number, 90);
  ASSERT_TRUE(dose.rounds);
  EXPECT_EQ(dose.rounds->number, 2);
  EXPECT_EQ(dose.sides, ast::Sides::each);
}

TEST(FamiliarForms, EachUnitWordHasItsShortForm) {
  const std::pair<const char*, const char*> cases[] = {
      {"30 seconds", "30s"}, {"30 second", "30s"}, {"30secs", "30s"},    {"30 sec", "30s"},
      {"30 s", "30s"},       {"1 minute", "1min"}, {"2minutes", "2min"}, {"5 mins", "5min"},
      {"1 hour", "1h"},      {"2 hrs", "2h"},      {"1hr", "1h"},        {"1min 30s", "1min30s"},
  };
  for (const auto& [written, meant] : cases) {
    const ParseResult p = parsed(std::string("rest ") + written + "\n");
    ASSERT_EQ(p.diagnostics.size(), 1u) << written;
    EXPECT_EQ(p.diagnostics[0].suggestion, meant) << written;
  }
}

TEST(FamiliarForms, LimberDurationsAndOtherWordsAreUntouched) {
  EXPECT_TRUE(parsed("hold cat_cow 30s x3\nrest 45sec\nrest 1min30s\n").ok());
  EXPECT_TRUE(parsed("repeat 3 {\n  rest 5s\n}\nfrequency 3..5 per week\n").ok());
  // Not a unit after the number: the usual error, not this one.
  const ParseResult p = parsed("hold cat_cow 30 secondly\n");
  ASSERT_EQ(p.diagnostics.size(), 1u);
  EXPECT_EQ(p.diagnostics[0].code, "unexpected-after-dose");
}

TEST(FamiliarForms, SaySynonymIsReadAsSay) {
  const ParseResult p = parsed("note \"Breathe out\"\nrest 5s\n");
  ASSERT_EQ(p.diagnostics.size(), 1u);
  EXPECT_EQ(p.diagnostics[0].code, "use-say");
  EXPECT_EQ(p.diagnostics[0].suggestion, "say");
  ASSERT_EQ(p.file.statements.size(), 2u);
  EXPECT_EQ(std::get<ast::Say>(p.file.statements[0].node).text.value, "Breathe out");
  // Without a text after it, the word is not taken for `say`.
  EXPECT_EQ(parsed("note breathe\n").diagnostics.at(0).code, "unknown-statement");
}

TEST(FamiliarForms, HyphenatedReferenceIsReadWholeForTheChecker) {
  const ParseResult p = parsed("hold cat-cow 30s unless flare-up\n");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(std::get<ast::Dose>(p.file.statements[0].node).exercise.text, "cat-cow");
  EXPECT_EQ(p.file.statements[0].unless->text, "flare-up");
}

}  // namespace
}  // namespace limber
