#include "grammar/diagnostic.hpp"

#include <gtest/gtest.h>

#include "grammar/diagnostic_json.hpp"
#include "grammar/suggest.hpp"

namespace limber {
namespace {

Diagnostic unknown_exercise(Span span) {
  return {Severity::error,           "unknown-exercise", span, "unknown exercise `cat_cox`",
          "did you mean `cat_cow`?", "cat_cow"};
}

TEST(Diagnostic, TextFormHasHeaderSourceLineCaretAndHelp) {
  const SourceFile source("r.limber", "routine \"x\" {\n  hold cat_cox 30s\n}\n");
  EXPECT_EQ(render_text(source, unknown_exercise({21, 28})),
            "r.limber:2:8: error[unknown-exercise]: unknown exercise `cat_cox`\n"
            "2 |   hold cat_cox 30s\n"
            "  |        ^^^^^^^\n"
            "  = help: did you mean `cat_cow`?\n");
}

TEST(Diagnostic, CaretCountsCodePointsAndKeepsTabs) {
  const SourceFile source("r.limber", "\tsay \"été\" x\n");
  const Diagnostic d{Severity::warning, "w", {13, 14}, "m"};
  EXPECT_EQ(render_text(source, d),
            "r.limber:1:12: warning[w]: m\n"
            "1 | \tsay \"été\" x\n"
            "  | \t          ^\n");
}

TEST(Diagnostic, SpanAtTheLineEndGetsOneCaret) {
  const SourceFile source("r.limber", "hold cat_cow\n");
  const Diagnostic d{Severity::error, "expected-duration", {12, 12}, "m"};
  EXPECT_EQ(render_text(source, d),
            "r.limber:1:13: error[expected-duration]: m\n"
            "1 | hold cat_cow\n"
            "  |             ^\n");
}

TEST(Diagnostic, WideLineNumbersWidenTheGutter) {
  std::string text(9, '\n');
  text += "rest 5\n";
  const SourceFile source("r.limber", text);
  const Diagnostic d{Severity::error, "c", {14, 15}, "m"};
  EXPECT_EQ(render_text(source, d),
            "r.limber:10:6: error[c]: m\n"
            "10 | rest 5\n"
            "   |      ^\n");
}

TEST(Diagnostic, ControlBytesAndInvalidUtf8AreShownAsReplacementCharacters) {
  const SourceFile source("r.limber", std::string("a\0b\xFF", 4) + "c\n");
  const Diagnostic d{Severity::error, "c", {4, 5}, "m"};
  EXPECT_EQ(render_text(source, d),
            "r.limber:1:5: error[c]: m\n"
            "1 | a\uFFFDb\uFFFDc\n"
            "  |     ^\n");
}

TEST(Diagnostic, LongLinesAreCutToAWindowAroundTheSpan) {
  const std::string before(1000, 'a');
  const std::string after(1000, 'b');
  const SourceFile source("r.limber", before + " rest " + after + "\n");
  const Diagnostic d{Severity::error, "c", {1001, 1005}, "m"};
  const std::string shown = render_text(source, d);
  const std::string expected_line =
      "1 | …" + std::string(239, 'a') + " rest " + std::string(239, 'b') + "…\n";
  EXPECT_NE(shown.find(expected_line), std::string::npos) << shown;
  EXPECT_NE(shown.find("  |  " + std::string(240, ' ') + "^^^^\n"), std::string::npos) << shown;
}

TEST(Diagnostic, AHugeSpanIsUnderlinedByItsBeginning) {
  const SourceFile source("r.limber", std::string(100000, 'a') + "\n");
  const std::string shown = render_text(source, {Severity::error, "c", {0, 100000}, "m"});
  EXPECT_NE(shown.find("  | " + std::string(240, '^') + "\n"), std::string::npos);
  EXPECT_LT(shown.size(), 1200u);
}

TEST(Diagnostic, ColourOnlyWhenAsked) {
  const SourceFile source("r.limber", "x\n");
  const Diagnostic d{Severity::error, "c", {0, 1}, "m"};
  EXPECT_EQ(render_text(source, d).find('\x1b'), std::string::npos);
  EXPECT_NE(render_text(source, d, {true}).find("\x1b[1;31merror[c]\x1b[0m"), std::string::npos);
}

TEST(Diagnostic, JsonFormMatchesCliContract) {
  const SourceFile source("a.limber", "routine \"x\" {\n  hold cat_cox 30s\n}\n");
  const auto j = diagnostic_to_json(source, unknown_exercise({21, 28}));
  EXPECT_EQ(j.dump(),
            R"({"code":"unknown-exercise","column":8,"end_column":15,"end_line":2,)"
            R"("file":"a.limber","help":"did you mean `cat_cow`?","line":2,)"
            R"("message":"unknown exercise `cat_cox`","severity":"error","suggestion":"cat_cow"})");
}

TEST(Diagnostic, JsonSuggestionIsNullWhenThereIsNone) {
  const SourceFile source("a.limber", "x\n");
  const auto j = diagnostic_to_json(source, {Severity::warning, "c", {0, 1}, "m"});
  EXPECT_TRUE(j.at("suggestion").is_null());
  EXPECT_FALSE(j.contains("help"));
  EXPECT_EQ(j.at("severity"), "warning");
}

TEST(Suggest, FindsTyposIncludingSwappedLetters) {
  const std::string_view known[] = {"hold", "reps", "rest", "section"};
  EXPECT_EQ(suggest("hodl", known), "hold");
  EXPECT_EQ(suggest("sectoin", known), "section");
  EXPECT_EQ(suggest("rep", known), "reps");
  EXPECT_EQ(suggest("banana", known), std::nullopt);
  EXPECT_EQ(suggest("hold", known), std::nullopt);  // a known word needs no suggestion
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(Suggest, IgnoringCaseReturnsTheKnownSpelling) {
  const std::string known[] = {"Morning Mobility", "Evening Stretch"};
  EXPECT_EQ(suggest_ignoring_case("morning mobility", known), "Morning Mobility");
  EXPECT_EQ(suggest_ignoring_case("evening strech", known), "Evening Stretch");
  EXPECT_EQ(suggest_ignoring_case("Lunch", known), std::nullopt);
  EXPECT_EQ(suggest_ignoring_case("Evening Stretch", known), std::nullopt);
}

}  // namespace
}  // namespace limber
