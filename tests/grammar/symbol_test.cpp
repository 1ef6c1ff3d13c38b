#include "grammar/symbol.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace limber {
namespace {

TEST(Symbol, TheSameTextIsTheSameSymbol) {
  const Symbol a("cat_cow");
  const Symbol b(std::string("cat") + "_cow");
  EXPECT_EQ(a.id(), b.id());
  EXPECT_NE(a.id(), Symbol("cat_cows").id());
  EXPECT_EQ(a.view(), "cat_cow");
  EXPECT_TRUE(a == "cat_cow");
  EXPECT_FALSE(a == "cat");
}

TEST(Symbol, ANewTextIsKeptOnceAndAnOldOneIsNotKeptAgain) {
  const std::size_t before = Symbol::kept();
  const Symbol first("a text no other test interns");
  EXPECT_EQ(Symbol::kept(), before + 1);
  const Symbol again("a text no other test interns");
  const Symbol empty("");
  EXPECT_EQ(Symbol::kept(), before + 1);
}

TEST(Symbol, TheEmptyTextIsTheDefault) {
  const Symbol empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.view(), "");
  EXPECT_EQ(Symbol("").id(), empty.id());
  EXPECT_FALSE(Symbol("x").empty());
}

TEST(Symbol, ReadsLikeAString) {
  const Symbol name("hip");
  const std::string copy = name;
  EXPECT_EQ(copy, "hip");
  EXPECT_EQ("`" + name + "`", "`hip`");
  EXPECT_EQ(fmt::format("[{:>5}]", name), "[  hip]");
  EXPECT_LT(Symbol("a"), "b");
}

TEST(Symbol, TextsOfAnySizeAndBytesSurvive) {
  const std::string long_text(100'000, 'x');
  const std::string with_nul("a\0b", 3);
  EXPECT_EQ(Symbol(long_text).view(), long_text);
  EXPECT_EQ(Symbol(with_nul).view(), with_nul);
  EXPECT_EQ(Symbol("after the long one").view(), "after the long one");
}

// Each thread remembers the texts it interned lately, a few thousand slots by hash: a text
// pushed out of its slot by others is still the same symbol when it comes back.
TEST(Symbol, ATextComesBackAsTheSameSymbolAfterManyOthers) {
  const std::uint32_t first = Symbol("comes_back").id();
  for (int i = 0; i < 10'000; ++i) {
    const std::string text = fmt::format("in_between_{}", i);
    ASSERT_EQ(Symbol(text).view(), text);
  }
  EXPECT_EQ(Symbol("comes_back").id(), first);
  EXPECT_EQ(Symbol("comes_back").view(), "comes_back");
}

// Trees are built on more than one thread (the language server, the tests): interning from
// several at once gives each text one symbol, whose text reads back whole.
TEST(Symbol, ThreadsInterningTogetherAgree) {
  constexpr int threads = 4;
  constexpr int texts = 20'000;
  std::vector<std::vector<std::uint32_t>> ids(threads, std::vector<std::uint32_t>(texts));
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&ids, t] {
      for (int i = 0; i < texts; ++i) ids[t][i] = Symbol(fmt::format("name_{}", i)).id();
    });
  }
  for (std::thread& worker : workers) worker.join();
  for (int i = 0; i < texts; ++i) {
    for (int t = 1; t < threads; ++t) ASSERT_EQ(ids[t][i], ids[0][i]) << i;
    ASSERT_EQ(Symbol(fmt::format("name_{}", i)).view(), fmt::format("name_{}", i));
  }
}

}  // namespace
}  // namespace limber
