#pragma once

#include <cstdint>

namespace limber {

// A half-open byte range [begin, end) into a SourceFile's text. Spans stay byte offsets
// everywhere; they become lines and columns only when a diagnostic is shown.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace limber
