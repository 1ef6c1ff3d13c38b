#pragma once

#include <iosfwd>

#include "interpreter/lsp/workspace.hpp"

namespace limber::lsp {

// Reads framed messages from `in` and writes every answer to `out` until `exit` or the end of
// the input. Returns the exit code: 0 after `shutdown` (then `exit` or the end of the input), 1
// otherwise.
int serve(std::istream& in, std::ostream& out, ServerOptions options);

}  // namespace limber::lsp
