// Documents written to hurt: the server answers them and stays responsive.

#include <gtest/gtest.h>

#include "lsp_session.hpp"

namespace limber::testing {
namespace {

Json whole_file() {
  return {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 99999}, {"character", 0}}}};
}

TEST_F(LspSession, EnormousRepeatGetsDiagnosticsButNoHints) {
  const std::string text = "repeat 1000000 { repeat 1000000 { hold cat_cow 30s } }\n";
  const Json diagnostics = open(uri("a.limber"), text);
  ASSERT_FALSE(diagnostics.empty());
  const Json params = {{"textDocument", {{"uri", uri("a.limber")}}}, {"range", whole_file()}};
  EXPECT_EQ(request("textDocument/inlayHint", params), Json::array());
  EXPECT_EQ(request("textDocument/codeLens", {{"textDocument", {{"uri", uri("a.limber")}}}}),
            Json::array());
  EXPECT_TRUE(request("textDocument/hover", at(uri("a.limber"), 0, 40)).is_object());
}

TEST_F(LspSession, DeepNestingGetsAnErrorAndTheServerGoesOn) {
  std::string text;
  constexpr int depth = 10'000;
  for (int i = 0; i < depth; ++i) text += "section \"s\" {\n";
  text += "hold cat_cow 30s\n";
  for (int i = 0; i < depth; ++i) text += "}\n";
  const Json diagnostics = open(uri("deep.limber"), text);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics[0]["severity"], 1);
  EXPECT_TRUE(
      request("textDocument/documentSymbol", {{"textDocument", {{"uri", uri("deep.limber")}}}})
          .is_array());
  EXPECT_TRUE(request("textDocument/hover", at(uri("deep.limber"), depth, 6)).is_object());
}

TEST_F(LspSession, InvalidUtf8IsReportedNotThrown) {
  const Json diagnostics = open(uri("a.limber"), "hold cat_cow 30s\n\xFF\xFE\n");
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_TRUE(request("textDocument/hover", at(uri("a.limber"), 0, 6)).is_object());
}

}  // namespace
}  // namespace limber::testing
