#include "interpreter/cli/report.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "grammar/in_order.hpp"
#include "interpreter/cli/terminal.hpp"

namespace limber::cli {

namespace {

// Diagnostics worded at a time on each thread: a piece of some tens of kilobytes of text.
constexpr std::size_t diagnostics_per_piece = 256;

void write_stderr(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace

void print_diagnostics(const SourceFile& source, const std::vector<Diagnostic>& diagnostics) {
  std::vector<LocatedDiagnostic> located;
  located.reserve(diagnostics.size());
  for (const Diagnostic& d : diagnostics) located.push_back({&source, d});
  print_diagnostics(located);
}

void print_diagnostics(const std::vector<LocatedDiagnostic>& diagnostics, bool as_errors) {
  const TextStyle style{use_color(stderr)};
  // Wording tens of thousands of warnings is a sixth of checking a large file, so pieces of them
  // are worded on two threads, and each piece is written whole, in order: the same text as one
  // after another, without holding all of it at once.
  const std::size_t pieces =
      (diagnostics.size() + diagnostics_per_piece - 1) / diagnostics_per_piece;
  in_order(
      pieces,
      [&] {
        return [&](std::size_t piece) {
          std::string text;
          const std::size_t end = std::min(diagnostics.size(), (piece + 1) * diagnostics_per_piece);
          for (std::size_t i = piece * diagnostics_per_piece; i < end; ++i) {
            const LocatedDiagnostic& located = diagnostics[i];
            if (located.source == nullptr) {
              const Severity severity = as_errors ? Severity::error : located.diagnostic.severity;
              text += fmt::format("{}[{}]: {}\n", to_string(severity), located.diagnostic.code,
                                  located.diagnostic.message);
              continue;
            }
            if (as_errors && located.diagnostic.severity != Severity::error) {
              Diagnostic as_error = located.diagnostic;
              as_error.severity = Severity::error;
              append_text(text, *located.source, as_error, style);
            } else {
              append_text(text, *located.source, located.diagnostic, style);
            }
            text += '\n';
          }
          return text;
        };
      },
      [](std::size_t, std::string&& text) { write_stderr(text); });
}

void print_file_error(std::string_view file, std::string_view code, std::string_view message) {
  fmt::print(stderr, "{}", render_text_without_source(file, code, message, {use_color(stderr)}));
}

}  // namespace limber::cli
