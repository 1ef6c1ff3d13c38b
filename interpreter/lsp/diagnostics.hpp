#pragma once

// The checker's findings as LSP diagnostics: the same codes and wording as `limber check`.

#include "interpreter/lsp/analysis.hpp"

namespace limber::lsp {

// The document's diagnostics: code, source "limber", severity 1 (error) or 2 (warning), the
// message with its help on a second line, the range of the span. A finding inside an imported
// file or library module is shown on the document's `use` line that brings that file in (or
// the first `use` of a file, for one imported by an import), prefixed with where it is.
Json diagnostics_json(const Analysis& analysis);

// One diagnostic of the document itself, as diagnostics_json() lists it.
Json document_diagnostic(const Analysis& analysis, const Diagnostic& diagnostic);

// `textDocument/publishDiagnostics` for the document (its version included).
Json publish_diagnostics(const Analysis& analysis, int version);

// What closing a document publishes: no diagnostics.
Json clear_diagnostics(const std::string& uri);

}  // namespace limber::lsp
