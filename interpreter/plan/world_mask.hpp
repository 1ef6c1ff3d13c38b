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
