#include <gtest/gtest.h>

#include <algorithm>

#include "interpreter/catalog/catalog.hpp"
#include "interpreter/check/check.hpp"
#include "lsp_session.hpp"

namespace limber::testing {
namespace {

std::vector<std::string> labels(const Json& completion) {
  std::vector<std::string> out;
  for (const Json& item : completion["items"]) out.push_back(item["label"]);
  return out;
}

const Json* item(const Json& completion, const std::string& label) {
  for (const Json& candidate : completion["items"]) {
    if (candidate["label"] == label) return &candidate;
  }
  return nullptr;
}

bool has(const std::vector<std::string>& all, const std::string& label) {
  return std::find(all.begin(), all.end(), label) != all.end();
}

class Completion : public LspSession {
 protected:
  // Completion at the end of `line`, the last line of a document that ends there.
  Json complete_after(const std::string& line) {
    open(uri("a.limber"), line);
    return request("textDocument/completion",
                   at(uri("a.limber"), 0, static_cast<unsigned>(line.size())));
  }
};

TEST_F(Completion, ExercisesAfterHoldWithDisplayNameAndDose) {
  const Json completion = complete_after("hold cat");
  const Json* cat_cow = item(completion, "cat_cow");
  ASSERT_NE(cat_cow, nullptr);
  const Program library = load_library();
  const Exercise& exercise = *library.find_exercise("cat_cow");
  EXPECT_EQ((*cat_cow)["detail"], "Cat-Cow · " + catalog::dose(exercise));
  EXPECT_EQ((*cat_cow)["documentation"]["value"],
            catalog::markdown_documentation(library, exercise));
  // The name being typed is what the item replaces.
  EXPECT_EQ((*cat_cow)["textEdit"], (Json{{"range",
                                           {{"start", {{"line", 0}, {"character", 5}}},
                                            {"end", {{"line", 0}, {"character", 8}}}}},
                                          {"newText", "cat_cow"}}));
  // Exercises of modules the file does not use yet are offered too, after the rest.
  EXPECT_NE(item(completion, "chin_tuck"), nullptr);
}

TEST_F(Completion, KeywordsAtTheStartOfAStatement) {
  const auto all = labels(complete_after("routine \"R\" { hold cat_cow 30s; "));
  for (const char* keyword : {"hold", "reps", "warmup", "rest", "section", "repeat", "if", "scale",
                              "set", "target", "switch sides"}) {
    EXPECT_TRUE(has(all, keyword)) << keyword;
  }
  EXPECT_FALSE(has(all, "cat_cow"));
  EXPECT_FALSE(has(all, "then"));
}

TEST_F(Completion, ConditionsAfterIfUnlessAndGiven) {
  for (const char* line : {"if fl", "hold cat_cow 30s unless ", "given "}) {
    const Json completion = complete_after(line);
    const Json* flare_up = item(completion, "flare_up");
    ASSERT_NE(flare_up, nullptr) << line;
    EXPECT_EQ((*flare_up)["detail"], load_library().conditions.at("flare_up").question);
    EXPECT_FALSE(has(labels(completion), "cat_cow")) << line;
  }
}

TEST_F(Completion, ScreensAfterScreen) {
  const auto all = labels(complete_after("screen "));
  EXPECT_TRUE(has(all, "urgent_care"));
  EXPECT_FALSE(has(all, "flare_up"));
}

TEST_F(Completion, ModulesAfterUse) {
  const auto all = labels(complete_after("use "));
  EXPECT_TRUE(has(all, "neck"));
  EXPECT_FALSE(has(all, "prelude"));  // always there: never named
  EXPECT_FALSE(has(all, "hold"));
}

TEST_F(Completion, UnitsRightAfterANumber) {
  EXPECT_EQ(labels(complete_after("hold cat_cow 30")),
            (std::vector<std::string>{"s", "sec", "min", "h", "%"}));
  const Json completion = complete_after("hold cat_cow 30m");
  EXPECT_EQ((*item(completion, "min"))["textEdit"]["range"],
            (Json{{"start", {{"line", 0}, {"character", 15}}},
                  {"end", {{"line", 0}, {"character", 16}}}}));
}

TEST_F(Completion, SidesAfterADosesAmount) {
  EXPECT_EQ(labels(complete_after("hold figure_four 30s x2 ")),
            (std::vector<std::string>{"each side", "on left", "on right", "unless"}));
}

TEST_F(Completion, NothingInACommentOrString) {
  EXPECT_EQ(labels(complete_after("rest 5s # hold ")), std::vector<std::string>{});
  EXPECT_EQ(labels(complete_after("say \"hold ")), std::vector<std::string>{});
}

}  // namespace
}  // namespace limber::testing
