#pragma once

// Whether two checked programs mean the same session: the comparison behind the format
// fuzzer's "formatting keeps the meaning", in a file of its own so that a normal test can show
// it is able to tell two programs apart (tests/fuzz/gtest/plan_equivalence_test.cpp). A
// comparison that could never fail would let the fuzzer pass whatever the formatter did.

#include <cstddef>
#include <optional>
#include <string>

#include "interpreter/check/program.hpp"

namespace limber::fuzz {

// The first world in which the two programs' plans differ.
struct PlanDifference {
  std::string world;   // in words: "routine \"A\", flare_up, optional steps skipped"
  std::string before;  // the first program's plan there (JSON), or why it was refused
  std::string after;   // the second's
};

// The most worlds compared per call: a routine that mentions many conditions has up to 512
// (interpreter/safety/worlds.hpp), and each is a full plan, so the fuzzer takes the simplest
// ones (fewest conditions holding first), which is where a formatter's slip shows up anyway.
inline constexpr std::size_t max_compared_worlds = 24;

// Both programs must check without errors. Their routines are paired in order (a different
// number or title of routines is a difference in itself) and each routine is planned in every
// world either program's routine varies: each combination of the conditions it mentions, with
// and without its optional steps (up to max_compared_worlds in all). None when every plan is
// the same JSON, or both are refused for the same reason.
std::optional<PlanDifference> plan_difference(const Program& before, const Program& after);

}  // namespace limber::fuzz
