#pragma once

#include "interpreter/lsp/analysis.hpp"

namespace limber::lsp {

// `textDocument/codeAction`: for each of the document's diagnostics on the lines of `range`, a
// quickfix that replaces its span with its suggestion ("did you mean", a missing unit), and
// for an exercise of a module the file does not use, one that inserts `use MODULE` before the
// file's first statement. Each carries the diagnostic it fixes.
Json code_actions(const Analysis& analysis, const Json& range);

// Whether code_actions() has a fix for the diagnostic: it has a suggestion, or it is an unknown
// exercise (which may ask for a `use`; other helps may quote one in passing). The analysis keeps
// only these (Analysis::fixable()).
bool asks_for_use(const Diagnostic& diagnostic);
bool can_mend(const Diagnostic& diagnostic);

}  // namespace limber::lsp
