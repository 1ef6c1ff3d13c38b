#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "grammar/rules.hpp"

namespace {

// No rule of the grammar can loop without consuming input (PEGTL's static analysis).
TEST(Grammar, HasNoInfiniteLoops) {
  EXPECT_EQ(tao::pegtl::analyze<limber::rules::file>(-1), 0u);
}

}  // namespace
