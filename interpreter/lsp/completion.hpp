#pragma once

#include "interpreter/lsp/knowledge.hpp"

namespace limber::lsp {

// `textDocument/completion`, by what stands before the cursor in the statement: exercises
// after `hold`, `reps` and `warmup`; keywords at the start of a statement (and after `then`);
// conditions after `if`, `unless` and `given`; screens after `screen`; modules after `use`;
// units right after a number; the side words after a dose's amount. Each item's textEdit
// replaces the name being typed.
Json completion(const Analysis& analysis, const Knowledge& knowledge,
                const std::vector<std::string>& modules, Position position);

}  // namespace limber::lsp
