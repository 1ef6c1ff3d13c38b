#include <gtest/gtest.h>

#include "lsp_session.hpp"

namespace limber::testing {
namespace {

Json range(unsigned line, unsigned begin, unsigned end) {
  return {{"start", {{"line", line}, {"character", begin}}},
          {"end", {{"line", line}, {"character", end}}}};
}

class CodeActions : public LspSession {
 protected:
  Json actions_on(const std::string& text, const Json& where) {
    open(uri("a.limber"), text);
    return request("textDocument/codeAction", {{"textDocument", {{"uri", uri("a.limber")}}},
                                               {"range", where},
                                               {"context", {{"diagnostics", Json::array()}}}});
  }
  Json edit(const Json& action) { return action["edit"]["changes"][uri("a.limber")]; }
};

TEST_F(CodeActions, MissingUnitIsAdded) {
  const Json actions = actions_on("hold cat_cow 30 x3\n", range(0, 14, 14));
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]["title"], "Change `30` to `30s`");
  EXPECT_EQ(actions[0]["kind"], "quickfix");
  EXPECT_EQ(actions[0]["isPreferred"], true);
  EXPECT_EQ(actions[0]["diagnostics"][0]["code"], "needs-unit");
  EXPECT_EQ(edit(actions[0]), Json::array({{{"range", range(0, 13, 15)}, {"newText", "30s"}}}));
}

TEST_F(CodeActions, DidYouMeanReplacesTheName) {
  const Json actions = actions_on("hold cat_cw 30s\n", range(0, 0, 0));
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]["title"], "Change `cat_cw` to `cat_cow`");
  EXPECT_EQ(edit(actions[0]), Json::array({{{"range", range(0, 5, 11)}, {"newText", "cat_cow"}}}));
}

TEST_F(CodeActions, ExerciseOfAnUnusedModuleAddsTheUseBeforeTheFirstStatement) {
  const Json actions = actions_on("# Desk break\n\nhold chin_tuck 10s x2\n", range(2, 7, 7));
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]["title"], "Add `use neck`");
  EXPECT_EQ(edit(actions[0]),
            Json::array({{{"range", range(2, 0, 0)}, {"newText", "use neck\n"}}}));
}

TEST_F(CodeActions, NameTheirDiagnosticAsItWasPublished) {
  const Json published = open(uri("a.limber"), "hold cat_cw 30s\n");
  ASSERT_EQ(published.size(), 1u);
  const Json actions =
      request("textDocument/codeAction", {{"textDocument", {{"uri", uri("a.limber")}}},
                                          {"range", range(0, 0, 0)},
                                          {"context", {{"diagnostics", Json::array()}}}});
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]["diagnostics"], published);
}

TEST_F(CodeActions, OnlyDiagnosticsInTheRange) {
  const Json actions = actions_on("hold cat_cw 30s\nhold cat_cow 30 x3\n", range(1, 0, 1));
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]["title"], "Change `30` to `30s`");
  EXPECT_EQ(actions_on("hold cat_cow 30s\n", range(0, 0, 20)), Json::array());
}

}  // namespace
}  // namespace limber::testing
