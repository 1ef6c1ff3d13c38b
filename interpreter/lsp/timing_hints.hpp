#pragma once

// What the plan says, shown in the editor: an inlay hint after each step with its planned start
// and length (`@1:45 · 1:45`), and a code lens on each routine's title with its total against
// its target (`9 min 40 s of 10 min target`). Nothing for a file with errors or a routine whose
// plan is refused.

#include <string>

#include "interpreter/lsp/analysis.hpp"

namespace limber::lsp {

// `0:05`, `12:40`, `1:02:03`: a clock, as `limber plan` shows starts.
std::string clock_text(double seconds);
// `9 min 40 s`, `10 min`, `45 s`, `1 h 5 min`.
std::string length_text(double seconds);

// `textDocument/inlayHint` for the lines of `range`, written as the result's JSON text: a whole
// big document has a hint for each of hundreds of thousands of steps.
void write_inlay_hints(JsonWriter& out, const Analysis& analysis, const Json& range);

// `textDocument/codeLens`.
Json code_lenses(const Analysis& analysis);

}  // namespace limber::lsp
