#pragma once

// One version of an open document, checked exactly as `limber check` checks a file, with the
// positions of its text: what every request on the document reads.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "interpreter/check/check.hpp"
#include "interpreter/check/program.hpp"
#include "interpreter/lsp/positions.hpp"

namespace limber::lsp {

// The most bytes of publishDiagnostics' array an analysis keeps (about 400 findings): a
// longer one is written again when it is sent (diagnostics.hpp), so that a big document never
// holds its 20 MB of findings.
inline constexpr std::size_t held_diagnostics_bytes = 128 * 1024;

class Analysis {
 public:
  // Checks `text` as the file at the URI's path, so that `use "file.limber"` is found beside it.
  // The routines are judged once here, into the text of the findings; only those a quick fix
  // can mend are kept as diagnostics.
  Analysis(std::string uri, std::string text, const CheckOptions& options,
           std::size_t held_bytes = held_diagnostics_bytes);
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  const std::string& uri() const { return uri_; }
  // The text as the editor holds it (with its byte order mark, if it has one).
  const std::string& text() const { return with_bom_.empty() ? source().text() : with_bom_; }
  // Checked, but its routines not judged: its diagnostics are the checker's own, not the
  // findings of the safety rules on its plans.
  const Program& program() const { return program_; }
  const SourceFile& source() const { return program_.main_source(); }
  const ast::File& file() const { return program_.modules.front()->file; }
  const LineIndex& lines() const { return lines_; }

  // Spans count bytes of the text without its byte order mark; these convert them.
  Position position(std::uint32_t span_offset) const;
  Json range(Span span) const;
  std::uint32_t span_offset(Position position) const;

  // Whether the checker got past parsing: the program has definitions and routines.
  bool checked() const { return !program_.exercises.empty(); }

  // The diagnostics of the document itself that a quick fix can mend (can_mend() of
  // code_actions.hpp).
  const std::vector<LocatedDiagnostic>& fixable() const { return fixable_; }
  // publishDiagnostics' array, as written once the document was checked, and its length in
  // bytes; the text is left empty when it was longer than the analysis keeps.
  const std::string& diagnostics_json() const { return diagnostics_json_; }
  std::size_t diagnostics_json_bytes() const { return diagnostics_json_bytes_; }

 private:
  std::string uri_;
  // The text, kept here only when it starts with a byte order mark: otherwise the program's
  // source holds exactly the editor's text, and a second copy of a big document is waste.
  std::string with_bom_;
  Program program_;
  LineIndex lines_;
  std::uint32_t bom_bytes_ = 0;
  std::vector<LocatedDiagnostic> fixable_;
  std::string diagnostics_json_;
  std::size_t diagnostics_json_bytes_ = 0;
};

// The text of one library or imported file, for positions in a file other than the document.
Json range_in(const SourceFile& source, Span span);

// The module of the program read from `source` (the document, a file it uses or a library
// module), or null.
const Module* module_of(const Program& program, const SourceFile* source);

}  // namespace limber::lsp
