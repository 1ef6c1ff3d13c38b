#pragma once

#include <string_view>
#include <vector>

#include "grammar/diagnostic.hpp"
#include "interpreter/check/program.hpp"

namespace limber::cli {

// How every command shows diagnostics on stderr: each in the text form of grammar/diagnostic,
// followed by a blank line; colour only when stderr is a terminal (and NO_COLOR is unset).
void print_diagnostics(const SourceFile& source, const std::vector<Diagnostic>& diagnostics);
// The same for the diagnostics of a check, each with its own file, in their order; every one
// shown as an error when `as_errors` (--strict). One with no file shows `error[code]: message`.
void print_diagnostics(const std::vector<LocatedDiagnostic>& diagnostics, bool as_errors = false);

// A file that could not be read or written at all: `file: error[code]: message`.
void print_file_error(std::string_view file, std::string_view code, std::string_view message);

}  // namespace limber::cli
