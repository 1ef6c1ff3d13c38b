#pragma once

#include "interpreter/lsp/knowledge.hpp"

namespace limber::lsp {

// `textDocument/hover`: on an exercise its documentation from the catalog, on a keyword its
// sentence from the reference, on a condition its question, on a screen its flags, on a module
// after `use` what it holds. Null where there is nothing to say (a comment, a number).
Json hover(const Analysis& analysis, const Knowledge& knowledge, Position position);

}  // namespace limber::lsp
