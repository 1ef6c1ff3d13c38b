// A condition's patient texts: `condition NAME "Question?" { reason "…"  acknowledge "…" }`
// parses into its lines, keeps the one-line form valid, and formats back to itself.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "grammar/format.hpp"
#include "grammar/parse.hpp"
#include "grammar/source.hpp"

namespace limber {
namespace {

const ast::ConditionDecl& only_condition(const ParseResult& result) {
  EXPECT_EQ(result.file.statements.size(), 1u);
  return std::get<ast::ConditionDecl>(result.file.statements.front().node);
}

TEST(ConditionTexts, TheBlockHoldsTheReasonAndTheAcknowledgementInOrder) {
  const SourceFile source("t.limber",
                          "condition knee_pain \"Does kneeling hurt?\" {\n"
                          "  reason \"kneeling hurts\"  # why a step is left out\n"
                          "  acknowledge \"kneeling hurts: no kneeling today\"\n"
                          "}\n");
  const ParseResult result = parse(source);
  ASSERT_TRUE(result.ok());
  const ast::ConditionDecl& c = only_condition(result);
  EXPECT_EQ(c.name.text, "knee_pain");
  EXPECT_EQ(c.question.value, "Does kneeling hurt?");
  ASSERT_EQ(c.texts.size(), 2u);
  EXPECT_EQ(c.texts[0].key.text, "reason");
  EXPECT_EQ(c.texts[0].text.value, "kneeling hurts");
  EXPECT_EQ(
      source.text().substr(c.texts[0].span.begin, c.texts[0].span.end - c.texts[0].span.begin),
      "reason \"kneeling hurts\"");
  EXPECT_EQ(c.texts[1].key.text, "acknowledge");
  EXPECT_EQ(c.texts[1].text.value, "kneeling hurts: no kneeling today");
}

TEST(ConditionTexts, TheOneLineFormHasNoTexts) {
  const SourceFile source("t.limber", "condition knee_pain \"Does kneeling hurt?\"\n");
  const ParseResult result = parse(source);
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(only_condition(result).texts.empty());
}

TEST(ConditionTexts, ABrokenLineIsReportedAndLeavesNothingHalfBuilt) {
  const SourceFile source("t.limber",
                          "condition knee_pain \"Q?\" {\n"
                          "  reason kneeling\n"
                          "  acknowledge \"noted\"\n"
                          "}\n");
  const ParseResult result = parse(source);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].code, "expected-text");
  const ast::ConditionDecl& c = only_condition(result);
  ASSERT_EQ(c.texts.size(), 1u);
  EXPECT_EQ(c.texts[0].key.text, "acknowledge");
}

std::string formatted(std::string_view text) {
  const SourceFile source("t.limber", std::string(text));
  const ParseResult result = parse(source);
  EXPECT_TRUE(result.ok()) << text;
  return format(source, result.file);
}

void expect_format(std::string_view input, std::string_view expected) {
  EXPECT_EQ(formatted(input), expected) << "input:\n" << input;
  EXPECT_EQ(formatted(expected), expected) << "not idempotent";
}

TEST(ConditionTexts, FormatPrintsOneTextPerLineAndKeepsTheOneLineForm) {
  expect_format("condition  knee_pain   \"Q?\"\n", "condition knee_pain \"Q?\"\n");
  expect_format("condition knee_pain \"Q?\" { reason \"it hurts\"; acknowledge \"noted\" }\n",
                "condition knee_pain \"Q?\" {\n"
                "  reason \"it hurts\"\n"
                "  acknowledge \"noted\"\n"
                "}\n");
  expect_format("condition knee_pain \"Q?\" {\n}\n", "condition knee_pain \"Q?\" {}\n");
}

TEST(ConditionTexts, FormatKeepsCommentsInsideTheBlock) {
  expect_format(
      "condition knee_pain \"Q?\" {\n"
      "# the patient reads these\n"
      "  reason \"it hurts\"\t# short\n"
      "}\n",
      "condition knee_pain \"Q?\" {\n"
      "  # the patient reads these\n"
      "  reason \"it hurts\" # short\n"
      "}\n");
}

}  // namespace
}  // namespace limber
