#pragma once

#include "interpreter/lsp/knowledge.hpp"

namespace limber::lsp {

// `textDocument/definition`: an exercise, condition or screen name → where it is defined (in
// the document, a file it imports, or a library module, whose text is a real file: the --lib
// folder's, or the embedded text written to the cache folder); a module after `use` → the
// module's file. Null when the name is defined nowhere.
Json definition(const Analysis& analysis, const Knowledge& knowledge, const Workspace& workspace,
                Position position);

}  // namespace limber::lsp
