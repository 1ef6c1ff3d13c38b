#pragma once

// A message template filled with its values: what `fmt::format(fmt::runtime(pattern), values…)`
// makes of limber's templates, whose only replacement fields are `{}` (tests/check/fill_test.cpp
// holds every template to that). Checking a large file words tens of thousands of findings, and
// fmt's run-time formatting, which parses each template for every message, was most of it.

#include <fmt/format.h>

#include <array>
#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

#include "grammar/symbol.hpp"

namespace limber {

// One value as `{}` shows it: a text as it is, anything else as fmt writes it.
class Shown {
 public:
  Shown(std::string_view text) : view_(text) {}          // NOLINT(google-explicit-constructor)
  Shown(const std::string& text) : view_(text) {}        // NOLINT(google-explicit-constructor)
  Shown(const char* text) : view_(text) {}               // NOLINT(google-explicit-constructor)
  Shown(const Symbol& symbol) : view_(symbol.view()) {}  // NOLINT(google-explicit-constructor)
  template <typename T>
  requires(!std::is_convertible_v<const T&, std::string_view> &&
           !std::same_as<std::remove_cvref_t<T>, Symbol>)
      Shown(const T& value)  // NOLINT(google-explicit-constructor)
      : owned_(fmt::format("{}", value)), owns_(true) {}
  Shown(const Shown&) = delete;
  Shown& operator=(const Shown&) = delete;

  // Read from the value's own text when it owns one, so that where it was made does not matter.
  std::string_view view() const { return owns_ ? std::string_view(owned_) : view_; }

 private:
  std::string_view view_;
  std::string owned_;
  bool owns_ = false;
};

// `pattern` with each `{}` replaced by the next of `values`. Throws fmt::format_error when a
// `{}` has no value left, as fmt does; values past the last `{}` are left out.
std::string fill_in_shown(std::string_view pattern, const Shown* values, std::size_t count);

template <typename... Values>
std::string fill_in(std::string_view pattern, const Values&... values) {
  if constexpr (sizeof...(Values) == 0) {
    return fill_in_shown(pattern, nullptr, 0);
  } else {
    const std::array<Shown, sizeof...(Values)> shown{Shown(values)...};
    return fill_in_shown(pattern, shown.data(), shown.size());
  }
}

}  // namespace limber
