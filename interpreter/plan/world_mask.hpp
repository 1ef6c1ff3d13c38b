#pragma once

// A set of worlds (combinations of conditions) that the planner plans at once: bit i stands for
// the i-th world the planner was given. Small and fixed in size, so it is copied freely.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace limber {

class WorldMask {
 public:
  static constexpr std::size_t capacity = 512;

  // Worlds 0 … count−1.
  static WorldMask first(std::size_t count) {
    WorldMask mask;
    for (std::size_t i = 0; i < count; ++i) mask.set(i);
    return mask;
  }

  bool test(std::size_t i) const { return (words_[i / 64] >> (i % 64) & 1) != 0; }
  void set(std::size_t i) { words_[i / 64] |= std::uint64_t{1} << (i % 64); }

  bool any() const {
    for (std::uint64_t word : words_) {
      if (word != 0) return true;
    }
    return false;
  }
  bool none() const { return !any(); }

  WorldMask operator&(const WorldMask& other) const {
    WorldMask out;
    for (std::size_t i = 0; i < words; ++i) out.words_[i] = words_[i] & other.words_[i];
    return out;
  }
  WorldMask operator|(const WorldMask& other) const {
    WorldMask out;
    for (std::size_t i = 0; i < words; ++i) out.words_[i] = words_[i] | other.words_[i];
    return out;
  }
  // The worlds of this set that are not in `other`.
  WorldMask without(const WorldMask& other) const {
    WorldMask out;
    for (std::size_t i = 0; i < words; ++i) out.words_[i] = words_[i] & ~other.words_[i];
    return out;
  }
  WorldMask& operator|=(const WorldMask& other) { return *this = *this | other; }
  friend bool operator==(const WorldMask&, const WorldMask&) = default;

  // Calls f(begin, end) or f(i) for the worlds of the set, in order: f(begin, end) for the
  // worlds [begin, end) of a word that holds no others (often all the worlds of a routine), so
  // that a caller's loop over them is a plain loop over an array, which the compiler vectorizes.
  template <typename Range, typename One>
  void for_each_dense(Range range, One one) const {
    for (std::size_t w = 0; w < words; ++w) {
      std::uint64_t word = words_[w];
      if (word == 0) continue;
      const std::size_t base = w * 64;
      if ((word & (word + 1)) == 0) {  // the lowest bits, up to a point
        range(base, base + static_cast<std::size_t>(std::countr_one(word)));
        continue;
      }
      for (; word != 0; word &= word - 1) {
        one(base + static_cast<std::size_t>(std::countr_zero(word)));
      }
    }
  }

  // Calls f(i) for every world i of the set, in order.
  template <typename F>
  void for_each(F f) const {
    for (std::size_t w = 0; w < words; ++w) {
      for (std::uint64_t word = words_[w]; word != 0; word &= word - 1) {
        f(w * 64 + static_cast<std::size_t>(std::countr_zero(word)));
      }
    }
  }

 private:
  static constexpr std::size_t words = capacity / 64;
  std::array<std::uint64_t, words> words_{};
};

}  // namespace limber
