// RFC 5545's text rules to the octet: CRLF line ends, folding at 75 octets (never inside a
// UTF-8 sequence), TEXT escaping.

#include <gtest/gtest.h>

#include <string>

#include "interpreter/plan/ics_text.hpp"

using limber::ics_escape;
using limber::ics_fold;
using limber::ics_line;

TEST(IcsText, ShortLinesEndInCrlf) {
  EXPECT_EQ(ics_line("VERSION", "2.0"), "VERSION:2.0\r\n");
  EXPECT_EQ(ics_fold(std::string(75, 'a')), std::string(75, 'a') + "\r\n");
}

TEST(IcsText, FoldsAt75OctetsCountingTheLeadingSpace) {
  const std::string line = std::string(75, 'a') + std::string(74, 'b') + "cd";
  EXPECT_EQ(ics_fold(line), std::string(75, 'a') + "\r\n " + std::string(74, 'b') + "\r\n cd\r\n");
}

TEST(IcsText, NeverFoldsInsideAUtf8Sequence) {
  // 74 ASCII octets, then "é" (two octets) would straddle octet 75: the fold comes before it.
  const std::string line = std::string(74, 'a') + "\xC3\xA9" + "z";
  EXPECT_EQ(ics_fold(line), std::string(74, 'a') + "\r\n \xC3\xA9z\r\n");
  // A four-octet character split anywhere moves whole to the next line.
  const std::string emoji = "\xF0\x9F\x98\x80";
  EXPECT_EQ(ics_fold(std::string(73, 'a') + emoji),
            std::string(73, 'a') + "\r\n " + emoji + "\r\n");
  EXPECT_EQ(ics_fold(std::string(71, 'a') + emoji), std::string(71, 'a') + emoji + "\r\n");
}

TEST(IcsText, EveryFoldedLineIsAtMost75Octets) {
  std::string line = "DESCRIPTION:";
  for (int i = 0; i < 100; ++i) line += "Kat\xC3\xA9-K\xC3\xBC";
  const std::string folded = ics_fold(line);
  std::size_t start = 0;
  std::string unfolded;
  while (start < folded.size()) {
    const std::size_t end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75u);
    unfolded += folded.substr(start == 0 ? start : start + 1, end - start - (start == 0 ? 0 : 1));
    start = end + 2;
  }
  EXPECT_EQ(unfolded, line);
}

TEST(IcsText, EscapesText) {
  EXPECT_EQ(ics_escape("a\\b;c,d\ne\r\nf\rg"), "a\\\\b\\;c\\,d\\ne\\nf\\ng");
  EXPECT_EQ(ics_escape("Cat-Cow: 30 s"), "Cat-Cow: 30 s");
}
