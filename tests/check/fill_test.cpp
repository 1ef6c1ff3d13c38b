#include "interpreter/check/fill.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace limber {
namespace {

TEST(FillIn, EachHoleTakesTheNextValue) {
  EXPECT_EQ(fill_in("{}`{}`{} is held {}", "when it rains, ", "cat_cow", "", "60s"),
            "when it rains, `cat_cow` is held 60s");
  EXPECT_EQ(fill_in("no holes at all"), "no holes at all");
  EXPECT_EQ(fill_in("{}{}", "", ""), "");
}

TEST(FillIn, ValuesThatAreNotTextAreWrittenAsFmtWritesThem) {
  const Symbol name("pigeon");
  EXPECT_EQ(fill_in("{} x{} at {} of {}", name, 3, 0.5, std::string_view("a week")),
            "pigeon x3 at 0.5 of a week");
  EXPECT_EQ(fill_in("{} {} {}", 1e21, -0.0, 4294967296ull),
            fmt::format("{} {} {}", 1e21, -0.0, 4294967296ull));
}

TEST(FillIn, AHoleWithoutAValueIsRefusedAsFmtRefusesIt) {
  EXPECT_THROW(fill_in("{} and {}", "one"), fmt::format_error);
  // Values past the last hole are left out, as fmt leaves them.
  EXPECT_EQ(fill_in("{}", "one", "two"), "one");
}

// fill_in() knows only `{}`: a template with any other brace would be filled wrongly, so every
// template of the checker's messages is held to that here, where adding one would fail first.
TEST(FillIn, EveryMessageTemplateHasOnlyPlainHoles) {
  std::ifstream in(std::string(LIMBER_SOURCE_DIR) + "/interpreter/check/messages.hpp");
  ASSERT_TRUE(in);
  std::stringstream text;
  text << in.rdbuf();
  const std::string source = text.str();
  // The string literals, whole, each checked with its holes taken out.
  const std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
  int templates = 0;
  for (auto it = std::sregex_iterator(source.begin(), source.end(), literal);
       it != std::sregex_iterator(); ++it) {
    std::string words = (*it)[1];
    if (words.find("{}") != std::string::npos) ++templates;
    for (std::size_t at; (at = words.find("{}")) != std::string::npos;) words.erase(at, 2);
    EXPECT_EQ(words.find_first_of("{}"), std::string::npos) << (*it)[0];
  }
  EXPECT_GT(templates, 100);  // the scan read the templates
}

}  // namespace
}  // namespace limber
