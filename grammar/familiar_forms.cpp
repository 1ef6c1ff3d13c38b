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

std::string_view short_unit(ast::Unit unit) {
  switch (unit) {
    case ast::Unit::minutes:
      return "min";
    case ast::Unit::hours:
      return "h";
    case ast::Unit::seconds:
      break;
  }
  return "s";
}

double seconds_in(ast::Unit unit) {
  return unit == ast::Unit::hours ? 3600 : unit == ast::Unit::minutes ? 60 : 1;
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
    read.value.number += number * seconds_in(unit);
    read.value.parts.push_back({std::string(amount), unit});
    written += fmt::format("{}{}", amount, short_unit(unit));
  }
  const ErrorText& text_of = messages::spelled_out_unit;
  read.error = {Severity::error,
                std::string(text_of.code),
                span,
                fmt::format(fmt::runtime(text_of.message), text, written),
                std::string(text_of.help),
                written};
  return read;
}

Diagnostic say_synonym_error(std::string_view word, Span span) {
  const ErrorText& text = messages::say_synonym;
  return {Severity::error,
          std::string(text.code),
          span,
          fmt::format(fmt::runtime(text.message), word),
          std::string(text.help),
          std::string("say")};
}

}  // namespace limber
