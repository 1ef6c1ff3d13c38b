// Word wrapping for the live view: lines never longer than the width (in code points), words
// kept whole where they fit, hanging indents, and nothing ever lost.

#include "interpreter/backends/console/wrap.hpp"

#include <gtest/gtest.h>

namespace limber {
namespace {

using Lines = std::vector<std::string>;

TEST(CodePoints, CountsCharactersNotBytes) {
  EXPECT_EQ(code_points(""), 0u);
  EXPECT_EQ(code_points("cat"), 3u);
  EXPECT_EQ(code_points("Épaule"), 6u);  // É is two bytes
  EXPECT_EQ(code_points("—"), 1u);       // three bytes
  EXPECT_EQ(code_points("🙂"), 1u);    // four bytes
}

TEST(Wrap, ShortTextIsOneLine) {
  EXPECT_EQ(wrap("Flow slowly.", 20), Lines{"Flow slowly."});
  EXPECT_EQ(wrap("", 20, "  how: "), Lines{"  how: "});
}

TEST(Wrap, BreaksAtSpacesWithinTheWidth) {
  EXPECT_EQ(wrap("Lie on your back with both knees bent.", 12),
            (Lines{"Lie on your", "back with", "both knees", "bent."}));
  // Exactly the width fits.
  EXPECT_EQ(wrap("abcd efgh", 4), (Lines{"abcd", "efgh"}));
  EXPECT_EQ(wrap("abcd efgh", 9), Lines{"abcd efgh"});
}

TEST(Wrap, RunsOfSpacesAreOneBreak) {
  EXPECT_EQ(wrap("  a   b  ", 10), Lines{"a b"});
  EXPECT_EQ(wrap("aaaa    bbbb", 6), (Lines{"aaaa", "bbbb"}));
}

TEST(Wrap, PrefixAndHangingIndentCountTowardsTheWidth) {
  EXPECT_EQ(wrap("Breathe out as you arch your back.", 20, "  how: ", "       "),
            (Lines{"  how: Breathe out", "       as you arch", "       your back."}));
}

TEST(Wrap, CountsCodePointsNotBytes) {
  // Each "é" is two bytes: by bytes "éééé ééé" would not fit in 8, by code points it does.
  EXPECT_EQ(wrap("éééé ééé", 8), Lines{"éééé ééé"});
  EXPECT_EQ(wrap("Épaule — étirement doux", 10), (Lines{"Épaule —", "étirement", "doux"}));
}

TEST(Wrap, AWordLongerThanALineIsBrokenBetweenCodePoints) {
  EXPECT_EQ(wrap("ab ééééééé", 4), (Lines{"ab", "éééé", "ééé"}));
  EXPECT_EQ(wrap("abcdefghij", 4, "> ", "  "), (Lines{"> ab", "  cd", "  ef", "  gh", "  ij"}));
}

TEST(Wrap, NothingIsLostEvenWhenThePrefixFillsTheWidth) {
  EXPECT_EQ(wrap("abc", 2, "wide: ", "    "), (Lines{"wide: a", "    b", "    c"}));
  EXPECT_EQ(wrap("ab", 0), (Lines{"a", "b"}));
}

TEST(Wrap, ALineEndStartsANewLine) {
  EXPECT_EQ(wrap("one\ntwo three", 20, "", "  "), (Lines{"one", "  two three"}));
}

TEST(Wrap, WrapLinesWrapsEachLineAndKeepsItsEnd) {
  EXPECT_EQ(wrap_lines("one two three\nfour\n", 8), "one two\nthree\nfour\n");
  EXPECT_EQ(wrap_lines("one two three", 8), "one two\nthree");
  EXPECT_EQ(wrap_lines("one two three\n", 0), "one two three\n");
}

}  // namespace
}  // namespace limber
