#pragma once

// Where hover, completion and definition look names up: the document's own checked program
// (its definitions and the modules it uses), else the last version of it that got past
// parsing, then the whole standard library.

#include <string_view>
#include <vector>

#include "interpreter/lsp/documents.hpp"
#include "interpreter/lsp/workspace.hpp"

namespace limber::lsp {

template <typename Definition>
struct Found {
  const Definition* definition = nullptr;
  const Program* program = nullptr;  // the program it was found in
};

class Knowledge {
 public:
  Knowledge(const Document& document, Workspace& workspace);

  // The programs in the order they are asked.
  const std::vector<const Program*>& programs() const { return programs_; }
  // The document's program that has definitions (current or last checked); null when none.
  const Program* document_program() const { return document_; }

  Found<Exercise> exercise(std::string_view name) const;
  Found<Condition> condition(std::string_view name) const;
  Found<Screen> screen(std::string_view name) const;

 private:
  const Program* document_ = nullptr;
  std::vector<const Program*> programs_;
};

}  // namespace limber::lsp
