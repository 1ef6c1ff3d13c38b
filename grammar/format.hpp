#pragma once

#include <string>

#include "grammar/ast.hpp"
#include "grammar/source.hpp"

namespace limber {

// The canonical layout of a parsed file (the rules are listed at the top of format.cpp). Only
// meaningful for a file that parsed without syntax errors: `file` must be the tree parsed from
// `source`, whose text supplies the comments and the blank lines. Every comment of the file is
// kept, the result uses LF line ends and no BOM, and formatting is idempotent.
std::string format(const SourceFile& source, const ast::File& file);

}  // namespace limber
