#include "interpreter/lsp/positions.hpp"

#include <gtest/gtest.h>

namespace limber::lsp {
namespace {

TEST(Positions, AsciiIsOneUnitPerByte) {
  const LineIndex lines("hold cat_cow 30s\nrest 10s\n");
  EXPECT_EQ(lines.position(5), (Position{0, 5}));
  EXPECT_EQ(lines.position(17), (Position{1, 0}));
  EXPECT_EQ(lines.offset({1, 5}), 22u);
}

TEST(Positions, AccentedLetterIsOneUnitOfTwoBytes) {
  // "é" is two bytes in UTF-8 and one UTF-16 unit.
  const std::string text = "say \"café\" x";
  const LineIndex lines(text);
  const auto x = static_cast<std::uint32_t>(text.find('x'));
  EXPECT_EQ(lines.position(x), (Position{0, 11}));
  EXPECT_EQ(lines.offset({0, 11}), x);
}

TEST(Positions, EmojiCountsTwoUnits) {
  // U+1F4AA (flexed biceps) is four bytes in UTF-8 and a surrogate pair in UTF-16.
  const std::string text = "say \"\xF0\x9F\x92\xAA\" # go\nhold cat_cow 30s";
  const LineIndex lines(text);
  const auto hash = static_cast<std::uint32_t>(text.find('#'));
  EXPECT_EQ(lines.position(hash), (Position{0, 9}));
  EXPECT_EQ(lines.offset({0, 9}), hash);
  // Inside the surrogate pair: the character's start.
  EXPECT_EQ(lines.offset({0, 6}), 5u);
  EXPECT_EQ(lines.position(static_cast<std::uint32_t>(text.find("cat"))), (Position{1, 5}));
}

TEST(Positions, CrlfLineEndsAreNotCharacters) {
  const std::string text = "rest 5s\r\nrest 10s\r\n";
  const LineIndex lines(text);
  EXPECT_EQ(lines.position(7), (Position{0, 7}));  // the CR
  EXPECT_EQ(lines.position(8), (Position{0, 7}));  // the LF
  EXPECT_EQ(lines.position(9), (Position{1, 0}));
  EXPECT_EQ(lines.offset({0, 40}), 7u);  // past the end of a line: its end, before the CR
  EXPECT_EQ(lines.offset({1, 4}), 13u);
  EXPECT_EQ(lines.end(), (Position{2, 0}));
}

TEST(Positions, LinePastTheLastIsTheEnd) {
  const LineIndex lines("rest 5s");
  EXPECT_EQ(lines.offset({9, 0}), 7u);
  EXPECT_EQ(lines.end(), (Position{0, 7}));
}

}  // namespace
}  // namespace limber::lsp
