#include <gtest/gtest.h>

#include "interpreter/catalog/catalog.hpp"
#include "interpreter/check/check.hpp"
#include "lsp_session.hpp"

namespace limber::testing {
namespace {

const std::string routine =
    "routine \"Morning\" {\n"
    "  hold cat_cow 30s x2 each side\n"
    "  if flare_up then scale 0.5\n"
    "  screen urgent_care\n"
    "}\n";

Json markdown(const std::string& value) {
  return {{"kind", "markdown"}, {"value", value}};
}

TEST_F(LspSession, HoverOnAnExerciseShowsItsCatalogPage) {
  open(uri("a.limber"), routine);
  const Json hover = request("textDocument/hover", at(uri("a.limber"), 1, 9));
  const Program library = load_library();
  EXPECT_EQ(hover["contents"],
            markdown(catalog::markdown_documentation(library, *library.find_exercise("cat_cow"))));
  EXPECT_EQ(hover["range"], (Json{{"start", {{"line", 1}, {"character", 7}}},
                                  {"end", {{"line", 1}, {"character", 14}}}}));
  EXPECT_EQ(hover["contents"]["value"].get<std::string>().rfind("### Cat-Cow (`cat_cow`)", 0), 0u);
}

TEST_F(LspSession, HoverOnAKeywordShowsItsSentence) {
  open(uri("a.limber"), routine);
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 1, 3))["contents"],
            markdown("`hold EX DUR [xN] [each side | on left | on right]`\n\n"
                     "N rounds of a timed hold of exercise EX, each lasting DUR, with a short rest "
                     "between rounds."));
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 1, 28))["contents"],
            markdown("`each side`\n\nDoes the step on the first side, then switches and does it "
                     "on the other side."));
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 2, 20))["contents"]["value"],
            "`scale F`\n\nMultiplies every hold duration and rep count of its enclosing block by F "
            "(0.5 or 50%).");
}

TEST_F(LspSession, HoverOnAProgressionSaysHowItGrows) {
  open(uri("a.limber"), "hold cat_cow 20s x2 progress +5s per week until 30s\n");
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 0, 22))["contents"]["value"]
                .get<std::string>()
                .rfind("`STEP progress +AMOUNT per [N] week[s] until GOAL", 0),
            0u);
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 0, 45))["contents"]["value"],
            "`progress … until GOAL`\n\nThe goal a progression grows to and never passes.");
}

TEST_F(LspSession, HoverOnAConditionShowsItsQuestion) {
  open(uri("a.limber"), routine);
  const Program library = load_library();
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 2, 8))["contents"]["value"],
            "**flare_up** (condition)\n\n" + library.conditions.at("flare_up").question);
}

TEST_F(LspSession, HoverOnAScreenShowsItsFlags) {
  open(uri("a.limber"), routine);
  const std::string value =
      request("textDocument/hover", at(uri("a.limber"), 3, 12))["contents"]["value"];
  EXPECT_EQ(value.rfind("**urgent_care** (screen): ", 0), 0u) << value;
  EXPECT_NE(value.find("\n- "), std::string::npos) << value;
}

TEST_F(LspSession, HoverWorksWhileTheLineDoesNotParse) {
  open(uri("a.limber"), "hold cat_cow\n");
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 0, 6))["contents"]["value"]
                .get<std::string>()
                .rfind("### Cat-Cow", 0),
            0u);
}

TEST_F(LspSession, NoHoverInACommentOrOnANumber) {
  open(uri("a.limber"), "hold cat_cow 30s # hold\n");
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 0, 20)), nullptr);
  EXPECT_EQ(request("textDocument/hover", at(uri("a.limber"), 0, 14)), nullptr);
}

}  // namespace
}  // namespace limber::testing
