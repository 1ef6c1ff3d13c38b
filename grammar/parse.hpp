#pragma once

#include <vector>

#include "grammar/ast.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/source.hpp"

namespace limber {

struct ParseResult {
  ast::File file;
  // Syntax errors (every one found: the parser recovers at the next statement), plus the
  // file-level findings: not UTF-8, binary, empty.
  std::vector<Diagnostic> diagnostics;

  bool ok() const { return !has_errors(diagnostics); }
};

// Whether a large file may be parsed in two pieces side by side (parse.cpp, parse_pieces): the
// tree and the diagnostics are the same either way, which the tests check by comparing the two.
enum class ParseThreads { up_to_two, one };

// The front end's one entry point: every command that reads a routine goes through it.
ParseResult parse(const SourceFile& source, ParseThreads threads = ParseThreads::up_to_two);

// Deepest nesting of blocks (and of `if … then` steps) the parser accepts; deeper input gets a
// clear error instead of exhausting the stack.
inline constexpr std::size_t max_nesting_depth = 64;

// After this many syntax errors in one file the parser stops and says so.
inline constexpr std::size_t max_syntax_errors = 50;

}  // namespace limber
