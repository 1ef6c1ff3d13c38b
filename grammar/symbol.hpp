#pragma once

// An interned string: a name or a value's text in the syntax tree, stored once per process and
// referred to by a 4-byte number. A tree of a large file holds hundreds of thousands of names
// and values, nearly all repeats of a few hundred spellings (`cat_cow`, `30s`, `right`); a
// `std::string` each was 32 bytes, plus a heap block for any name over 15 characters, and most
// of a parse's memory (docs/benchmarks.md, "Where the time and memory of `limber check` go").
//
// Interned text is never freed: it is bounded by the distinct spellings a process ever reads
// (docs/limits.md). Reading a symbol takes no lock; interning one takes a mutex, so trees can be
// built on several threads.

#include <fmt/format.h>

#include <compare>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace limber {

class Symbol {
 public:
  Symbol() = default;  // the empty string
  // Implicit, like std::string: a tree built by hand (in tests, in the formatter) reads as
  // `ast::Name{"cat_cow", span}`.
  Symbol(std::string_view text);  // NOLINT(google-explicit-constructor)
  Symbol(const char* text) : Symbol(std::string_view(text)) {}         // NOLINT(google-explicit-*)
  Symbol(const std::string& text) : Symbol(std::string_view(text)) {}  // NOLINT(google-*)

  std::string_view view() const;
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)
  // Also implicit, so that code which took a name's text as a std::string still does.
  operator std::string() const { return std::string(view()); }  // NOLINT(google-explicit-*)
  std::string str() const { return std::string(view()); }

  bool empty() const { return id_ == 0; }
  std::size_t size() const { return view().size(); }
  const char* data() const { return view().data(); }

  // The same text is always the same symbol, so equal numbers are equal texts.
  std::uint32_t id() const { return id_; }
  // How many distinct texts the process keeps (docs/limits.md).
  static std::size_t kept();

  // One exact overload for each kind of text a symbol is compared with: through conversions,
  // a symbol against a symbol would find the same comparison written both ways round.
  friend bool operator==(const Symbol& a, const Symbol& b) { return a.id_ == b.id_; }
  friend bool operator==(const Symbol& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const Symbol& a, const std::string& b) { return a.view() == b; }
  friend bool operator==(const Symbol& a, const char* b) { return a.view() == b; }
  friend auto operator<=>(const Symbol& a, std::string_view b) { return a.view() <=> b; }
  friend std::string operator+(const Symbol& a, std::string_view b) {
    return std::string(a.view()).append(b);
  }
  friend std::string operator+(std::string_view a, const Symbol& b) {
    return std::string(a).append(b.view());
  }

 private:
  std::uint32_t id_ = 0;
};

}  // namespace limber

template <>
struct std::hash<limber::Symbol> {
  std::size_t operator()(const limber::Symbol& symbol) const {
    return std::hash<std::uint32_t>{}(symbol.id());
  }
};

template <>
struct fmt::formatter<limber::Symbol> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const limber::Symbol& symbol, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(symbol.view(), ctx);
  }
};
