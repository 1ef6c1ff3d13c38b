// Inlay hints and code lenses: what the plan says, in the editor.

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "interpreter/lsp/timing_hints.hpp"
#include "lsp_session.hpp"

namespace limber::testing {
namespace {

std::string example(const std::string& name) {
  std::ifstream in(std::string(LIMBER_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Json whole_file() {
  return {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 9999}, {"character", 0}}}};
}

class TimingHints : public LspSession {
 protected:
  // Each hint as "line:character label".
  std::vector<std::string> hints(const std::string& text) {
    open(uri("a.limber"), text);
    const Json result =
        request("textDocument/inlayHint",
                {{"textDocument", {{"uri", uri("a.limber")}}}, {"range", whole_file()}});
    std::vector<std::string> out;
    for (const Json& hint : result) {
      out.push_back(std::to_string(hint["position"]["line"].get<int>()) + ":" +
                    std::to_string(hint["position"]["character"].get<int>()) + " " +
                    hint["label"].get<std::string>());
    }
    return out;
  }
  Json lenses() {
    return request("textDocument/codeLens", {{"textDocument", {{"uri", uri("a.limber")}}}});
  }
};

TEST(TimingText, ClockAndLength) {
  EXPECT_EQ(lsp::clock_text(0), "0:00");
  EXPECT_EQ(lsp::clock_text(105), "1:45");
  EXPECT_EQ(lsp::clock_text(3723), "1:02:03");
  EXPECT_EQ(lsp::length_text(580), "9 min 40 s");
  EXPECT_EQ(lsp::length_text(600), "10 min");
  EXPECT_EQ(lsp::length_text(45), "45 s");
  EXPECT_EQ(lsp::length_text(3900), "1 h 5 min");
  EXPECT_EQ(lsp::length_text(0), "0 s");
}

// `limber plan examples/one-liner.limber`: the hold from 0:00 to 1:45 (a transition and three
// rounds with rests), then the switch and three more rounds to 3:30.
TEST_F(TimingHints, OneLiner) {
  EXPECT_EQ(hints(example("one-liner.limber")),
            (std::vector<std::string>{"0:19 @0:00 · 1:45", "0:33 @1:45 · 1:45"}));
  const Json lens = lenses();
  ASSERT_EQ(lens.size(), 1u);
  EXPECT_EQ(lens[0]["command"]["title"], "3 min 30 s");
  EXPECT_EQ(lens[0]["range"]["start"], (Json{{"line", 0}, {"character", 0}}));
}

TEST_F(TimingHints, SectionsRepeatsAndSkippedSteps) {
  const std::string text =
      "routine \"Short\" {\n"           // 0
      "  target 4min\n"                 // 1
      "  warmup march_in_place 1min\n"  // 2: 0:00, 5 + 60
      "  section \"Core\" {\n"          // 3: 1:05 … 2:55
      "    repeat 2 {\n"                // 4: 1:05, twice 0:55
      "      hold cat_cow 20s x2\n"     // 5: 5 + 20 + 5 + 20 = 50
      "      rest 5s\n"                 // 6
      "    }\n"
      "    hold sphinx 20s unless extension_pain\n"  // 8: 2:55, 25
      "  }\n"
      "  if flare_up {\n"
      "    hold childs_pose 10s\n"  // 11: not run
      "  } else {\n"
      "    hold childs_pose 20s\n"  // 13: 3:20, 25
      "  }\n"
      "}\n";
  EXPECT_EQ(hints(text), (std::vector<std::string>{
                             "2:28 @0:00 · 1:05",
                             "3:18 @1:05 · 2:15",
                             "4:14 @1:05 · 1:50",
                             "5:25 @1:05 · 0:50",
                             "6:13 @1:55 · 0:05",
                             "8:41 @2:55 · 0:25",
                             "13:24 @3:20 · 0:25",
                         }));
  const Json lens = lenses();
  ASSERT_EQ(lens.size(), 1u);
  EXPECT_EQ(lens[0]["command"]["title"], "3 min 45 s of 4 min target");
  EXPECT_EQ(lens[0]["range"], (Json{{"start", {{"line", 0}, {"character", 8}}},
                                    {"end", {{"line", 0}, {"character", 15}}}}));
}

TEST_F(TimingHints, GivenConditionTakesItsBranch) {
  EXPECT_EQ(hints("routine \"R\" {\n"
                  "  given flare_up\n"
                  "  if flare_up { hold childs_pose 30s } else { hold cat_cow 30s }\n"
                  "}\n"),
            (std::vector<std::string>{"2:36 @0:00 · 0:35"}));
}

TEST_F(TimingHints, NoneWhenTheFileHasErrors) {
  EXPECT_EQ(hints("hold cat_cow 30s x3\nhold cat_cw 30s\n"), std::vector<std::string>{});
  EXPECT_EQ(lenses(), Json::array());
}

TEST_F(TimingHints, OnlyInTheRangeAsked) {
  open(uri("a.limber"), "hold cat_cow 30s\nhold cat_cow 20s\n");
  const Json result = request(
      "textDocument/inlayHint",
      {{"textDocument", {{"uri", uri("a.limber")}}},
       {"range",
        {{"start", {{"line", 1}, {"character", 0}}}, {"end", {{"line", 1}, {"character", 16}}}}}});
  ASSERT_EQ(result.size(), 1u);
  EXPECT_EQ(result[0]["label"], "@0:35 · 0:25");
}

}  // namespace
}  // namespace limber::testing
