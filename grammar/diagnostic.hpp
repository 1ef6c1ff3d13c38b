#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/source.hpp"
#include "grammar/span.hpp"
#include "grammar/symbol.hpp"

namespace limber {

enum class Severity { error, warning };

std::string_view to_string(Severity severity);

// One finding of any stage, as a value: stages return these and never print.
struct Diagnostic {
  Severity severity = Severity::error;
  Symbol code;                            // stable, kebab-case: tools and tests match on it
  Span span;                              // the token the finding is about
  std::string message;                    // what is wrong, in a therapist's words
  std::string help;                       // optional: what to do about it
  std::optional<std::string> suggestion;  // optional: the replacement text ("did you mean")
};

// The diagnostics of one file, with the file they point into.
struct FileDiagnostics {
  const SourceFile* source = nullptr;
  std::vector<Diagnostic> diagnostics;
};

bool has_errors(const std::vector<Diagnostic>& diagnostics);

struct TextStyle {
  bool color = false;  // ANSI colours: only on a terminal, never with NO_COLOR
};

// `file:line:col: error[code]: message`, the source line with a caret under the span, then
// `= help: …` when there is help. Ends with a newline.
std::string render_text(const SourceFile& source, const Diagnostic& diagnostic,
                        const TextStyle& style = {});
// The same, appended to `out`: for printing many without a text each.
void append_text(std::string& out, const SourceFile& source, const Diagnostic& diagnostic,
                 const TextStyle& style = {});

// A diagnostic about a file that has no text to point into (it could not be read).
std::string render_text_without_source(std::string_view file, std::string_view code,
                                       std::string_view message, const TextStyle& style = {});

}  // namespace limber
