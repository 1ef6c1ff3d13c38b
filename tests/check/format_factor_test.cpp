#include <fmt/format.h>
#include <gtest/gtest.h>

#include "interpreter/check/report.hpp"

namespace limber {
namespace {

TEST(FormatFactor, WritesWhatFmtsGeneralFormatWrites) {
  EXPECT_EQ(format_factor(0.5), "0.5");
  EXPECT_EQ(format_factor(0.375), "0.375");
  EXPECT_EQ(format_factor(2), "2");
  EXPECT_EQ(format_factor(0.1 + 0.2), "0.3");
  EXPECT_EQ(format_factor(1e-5), "1e-05");
  EXPECT_EQ(format_factor(1234567), "1.23457e+06");
  // Every factor of whole thousandths it writes itself, and a sample of those it leaves to fmt.
  for (int k = 0; k <= 1'000'000; ++k) {
    const double factor = k / 1000.0;
    ASSERT_EQ(format_factor(factor), fmt::format("{:g}", factor)) << k;
  }
  for (const double factor : {0.0005, 0.0015, 0.3333333, 0.5 * 0.75 * 0.75, 999.9995, 1000.0,
                              2.0 / 3, 1e300, -0.5, 0.7 * 0.7}) {
    EXPECT_EQ(format_factor(factor), fmt::format("{:g}", factor)) << factor;
  }
}

}  // namespace
}  // namespace limber
