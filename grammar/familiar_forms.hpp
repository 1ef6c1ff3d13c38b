#pragma once

// Forms people write from habit that limber does not: `30 seconds` for `30s`, `note "…"` for
// `say "…"`. The grammar reads them (grammar/rules.hpp: spelled_duration, say_synonym) so that
// the rest of the file is still parsed and checked; the error reported here names the fix.

#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/diagnostic.hpp"

namespace limber {

// A duration read from `30 seconds`, `1 minute 30s` or `1min 30s`: the value meant, and the
// error that says how limber writes it (`30s`, `1min30s`), with that as its suggestion.
struct SpelledDuration {
  ast::Value value;
  Diagnostic error;
};
SpelledDuration read_spelled_duration(std::string_view text, Span span);

// The error for `note "…"` (or `print`, `cue`, …) at the word `word`: use `say`.
Diagnostic say_synonym_error(std::string_view word, Span span);

}  // namespace limber
