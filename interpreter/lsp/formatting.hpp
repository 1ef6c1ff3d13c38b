#pragma once

#include "interpreter/lsp/analysis.hpp"

namespace limber::lsp {

// `textDocument/formatting`: one edit replacing the whole document with format()'s layout, as
// `limber fmt` writes it; no edits when it is already so, and null when the file has syntax
// errors (formatting a broken file would have to guess, as fmt refuses to).
Json formatting(const Analysis& analysis);

}  // namespace limber::lsp
