#pragma once

#include <fmt/format.h>

#include <span>
#include <string>

#include "grammar/format.hpp"
#include "interpreter/check/fill.hpp"
#include "interpreter/check/messages.hpp"
#include "interpreter/check/program.hpp"

namespace limber {

// A diagnostic of `text` at `span`, its message filled from `args`. Help that takes no values is
// filled in too; the caller sets the rest (help values, suggestion).
template <typename... Args>
Diagnostic diagnostic_of(const check_messages::Text& text, Span span, const Args&... args) {
  Diagnostic d{text.severity, Symbol(text.code), span, fill_in(text.message, args...)};
  if (text.help.find("{}") == std::string_view::npos) d.help = std::string(text.help);
  return d;
}

// Adds diagnostic_of(text, span, args…) to the program, in `source`, and returns it.
template <typename... Args>
Diagnostic& report(Program& program, const SourceFile* source, const check_messages::Text& text,
                   Span span, const Args&... args) {
  program.diagnostics.push_back({source, diagnostic_of(text, span, args...)});
  return program.diagnostics.back().diagnostic;
}

// "a duration such as 30s", "a percent", … : what a value is, in a therapist's words.
std::string describe(const ast::Value& value);

// Seconds as a therapist reads them: 45s, 2min, 1min30s, 1h5min; past four days, "347 days".
std::string format_seconds(double seconds);

// A factor as fmt's `{:g}` writes it: "0.5", "0.375", "2", "1e-05".
std::string format_factor(double factor);

// A whole number of things, however large: "1200", "more than a billion".
std::string format_count(double count);

bool is_whole(double number);

// Adds "did you mean" to `d` when a known word is close to `word`: help and suggestion both.
void suggest_into(Diagnostic& d, std::string_view word, std::span<const std::string_view> known);

// The same for a name, which may have been written with hyphens (`cat-cow`): then the help says
// names join their words with `_` and offers the joined name when it is known.
void suggest_name_into(Diagnostic& d, std::string_view word,
                       std::span<const std::string_view> known);

}  // namespace limber
