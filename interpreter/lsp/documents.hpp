#pragma once

// The documents the editor has open, each with the analysis of its current text and the last
// analysis that got past parsing (while a line is being typed the file rarely parses, and
// completion and hover still want the exercises the file had a moment ago).

#include <map>
#include <memory>
#include <string>

#include "interpreter/lsp/analysis.hpp"

namespace limber::lsp {

struct Document {
  int version = 0;
  std::shared_ptr<const Analysis> current;
  std::shared_ptr<const Analysis> last_checked;  // null until some version got past parsing
};

class Documents {
 public:
  explicit Documents(const CheckOptions& options) : options_(options) {}

  // Opens or replaces the document and checks its text.
  const Document& open(const std::string& uri, std::string text, int version);
  // Applies `contentChanges` of didChange in order: whole-text changes, or ranged ones. A
  // whole text is moved out of `changes`, not copied.
  // Throws std::out_of_range for a document that is not open.
  const Document& change(const std::string& uri, Json& changes, int version);
  void close(const std::string& uri);
  const Document* find(const std::string& uri) const;

 private:
  const CheckOptions& options_;
  std::map<std::string, Document> documents_;
};

}  // namespace limber::lsp
