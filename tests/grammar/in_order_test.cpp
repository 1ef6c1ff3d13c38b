#include "grammar/in_order.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

namespace limber {
namespace {

TEST(InOrder, TakesEveryResultInTheOrderOfThePieces) {
  std::vector<std::size_t> taken;
  in_order(
      1000, [] { return [](std::size_t i) { return i * i; }; },
      [&](std::size_t i, std::size_t&& square) {
        EXPECT_EQ(square, i * i);
        taken.push_back(i);
      });
  ASSERT_EQ(taken.size(), 1000u);
  for (std::size_t i = 0; i < taken.size(); ++i) EXPECT_EQ(taken[i], i);
}

TEST(InOrder, EachThreadHasItsOwnWorkerForAllItsPieces) {
  std::atomic<int> workers{0};
  std::atomic<int> pieces{0};
  in_order(
      500,
      [&] {
        ++workers;
        // The count of pieces this worker did, kept from one piece to the next.
        return [&, done = 0](std::size_t) mutable {
          ++pieces;
          return ++done;
        };
      },
      [](std::size_t, int&&) {});
  EXPECT_EQ(pieces, 500);
  EXPECT_GE(workers, 1);
  EXPECT_LE(workers, static_cast<int>(max_work_threads));
}

TEST(InOrder, NoPiecesTakesNothing) {
  int takes = 0;
  in_order(
      0, [] { return [](std::size_t) { return 0; }; }, [&](std::size_t, int&&) { ++takes; });
  EXPECT_EQ(takes, 0);
}

TEST(InOrder, AFailingPieceIsRethrownAfterTheTakesBeforeIt) {
  std::vector<std::size_t> taken;
  try {
    in_order(
        300,
        [] {
          return [](std::size_t i) {
            if (i == 120) throw std::runtime_error("piece 120");
            return i;
          };
        },
        [&](std::size_t i, std::size_t&&) { taken.push_back(i); });
    FAIL() << "the failure was not rethrown";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), "piece 120");
  }
  ASSERT_EQ(taken.size(), 120u);
  for (std::size_t i = 0; i < taken.size(); ++i) EXPECT_EQ(taken[i], i);
}

TEST(InOrder, AFailingTakeStopsTheTakesAfterIt) {
  std::vector<std::size_t> taken;
  EXPECT_THROW(in_order(
                   300, [] { return [](std::size_t i) { return i; }; },
                   [&](std::size_t i, std::size_t&&) {
                     taken.push_back(i);
                     if (i == 40) throw std::runtime_error("take 40");
                   }),
               std::runtime_error);
  EXPECT_EQ(taken.size(), 41u);
  EXPECT_EQ(taken.back(), 40u);
}

}  // namespace
}  // namespace limber
