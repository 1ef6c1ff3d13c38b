#include "interpreter/cli/report.hpp"

#include <fmt/format.h>

#include "interpreter/cli/terminal.hpp"

namespace limber::cli {

void print_diagnostics(const SourceFile& source, const std::vector<Diagnostic>& diagnostics) {
  const TextStyle style{use_color(stderr)};
  // Written in large pieces: stderr is unbuffered, and one write per diagnostic was a tenth of
  // checking a file with many warnings.
  std::string pending;
  for (const Diagnostic& d : diagnostics) {
    append_text(pending, source, d, style);
    pending += '\n';
    if (pending.size() >= 64 * 1024) {
      fmt::print(stderr, "{}", pending);
      pending.clear();
    }
  }
  if (!pending.empty()) fmt::print(stderr, "{}", pending);
}

void print_file_error(std::string_view file, std::string_view code, std::string_view message) {
  fmt::print(stderr, "{}", render_text_without_source(file, code, message, {use_color(stderr)}));
}

}  // namespace limber::cli
