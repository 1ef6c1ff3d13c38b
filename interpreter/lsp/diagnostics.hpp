#pragma once

// The checker's findings as LSP diagnostics: the same codes and wording as `limber check`.

#include <functional>
#include <memory>
#include <string>

#include "interpreter/lsp/analysis.hpp"
#include "interpreter/lsp/framing.hpp"

namespace limber::lsp {

// `textDocument/publishDiagnostics` for the document (its version included): code, source
// "limber", severity 1 (error) or 2 (warning), the message with its help on a second line, the
// range of the span. A finding inside an imported file or library module is shown on the
// document's `use` line that brings that file in (or the first `use` of a file, for one
// imported by an import), prefixed with where it is.
//
// Written as text, not built as nlohmann::json: a big document has tens of thousands of
// findings, and their tree took ten times the memory of the text. The text the analysis kept
// is put in; when it was too long to keep, the message is streamed (framing.hpp) and the
// document's routines are judged again as it is sent, the findings written out as they come.
Message publish_diagnostics(std::shared_ptr<const Analysis> analysis, int version);

// publishDiagnostics' array of the document's diagnostics (the routines judged, show_judged()),
// written through `sink` a piece at a time in the checker's order; `each` then gets each
// diagnostic in turn.
void write_diagnostics_array(const Analysis& analysis, const Sink& sink,
                             const std::function<void(LocatedDiagnostic&&)>& each = {});

// One diagnostic of the document itself, as publish_diagnostics() shows it.
Json document_diagnostic(const Analysis& analysis, const Diagnostic& diagnostic);

// What closing a document publishes: no diagnostics.
Json clear_diagnostics(const std::string& uri);

}  // namespace limber::lsp
