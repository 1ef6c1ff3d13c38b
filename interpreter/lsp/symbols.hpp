#pragma once

#include "interpreter/lsp/analysis.hpp"

namespace limber::lsp {

// `textDocument/documentSymbol`, hierarchical: routines with their sections (sections inside
// sections, repeats and branches nested as written), sections of the implicit routine, and the
// exercises, conditions and screens the file defines. Read from the syntax tree, so a file with
// errors still has an outline of what parsed. Written as the result's JSON text: a big document
// has hundreds of thousands of symbols.
void write_document_symbols(JsonWriter& out, const Analysis& analysis);

}  // namespace limber::lsp
