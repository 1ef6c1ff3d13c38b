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

// One value as the canonical layout writes it: 30s, 1min30s, x3, 15s..30s, 50%, "text". Also
// how diagnostics quote a value back to the therapist.
std::string format_value(const ast::Value& value);

}  // namespace limber
