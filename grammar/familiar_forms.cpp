#include "grammar/familiar_forms.hpp"

#include <fmt/format.h>

#include <charconv>

#include "grammar/messages.hpp"

namespace limber {

namespace {

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || c == '.';
}

// The grammar only lets through the words of its `long_unit` and `unit` rules, so the first
// letter tells them apart: seconds, sec, s / minutes, mins, min / hours, hrs, h.
ast::Unit unit_of(std::string_view word) {
  if (word.starts_with('m')) return ast::Unit::minutes;
  if (word.starts_with('h')) return ast::Unit::hours;
  return ast::Unit::seconds;
}

}  // namespace

SpelledDuration read_spelled_duration(std::string_view text, Span span) {
  SpelledDuration read{{ast::ValueKind::duration, span}, {}};
  std::string written;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_number_char(text[i])) ++i;
    const std::size_t number_start = i;
    while (i < text.size() && is_number_char(text[i])) ++i;
    const std::string_view amount = text.substr(number_start, i - number_start);
    while (i < text.size() && !is_letter(text[i])) ++i;
    const std::size_t word_start = i;
    while (i < text.size() && is_letter(text[i])) ++i;
    if (amount.empty()) break;
    const ast::Unit unit = unit_of(text.substr(word_start, i - word_start));
    double number = 0;
    std::from_chars(amount.data(), amount.data() + amount.size(), number);
    read.value.number += number * ast::unit_seconds(unit);
    written += fmt::format("{}{}", amount, ast::unit_text(unit));
  }
  read.value.text = written;
  const ErrorText& text_of = messages::spelled_out_unit;
  read.error = {Severity::error,
                Symbol(text_of.code),
                span,
                fmt::format(fmt::runtime(text_of.message), text, written),
                std::string(text_of.help),
                written};
  return read;
}

Diagnostic say_synonym_error(std::string_view word, Span span) {
  const ErrorText& text = messages::say_synonym;
  return {Severity::error,
          Symbol(text.code),
          span,
          fmt::format(fmt::runtime(text.message), word),
          std::string(text.help),
          std::string("say")};
}

}  // namespace limber
