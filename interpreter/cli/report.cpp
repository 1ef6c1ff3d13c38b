#include "interpreter/cli/report.hpp"

#include <fmt/format.h>

#include "interpreter/cli/terminal.hpp"

namespace limber::cli {

void print_diagnostics(const SourceFile& source, const std::vector<Diagnostic>& diagnostics) {
  const TextStyle style{use_color(stderr)};
  for (const Diagnostic& d : diagnostics) fmt::print(stderr, "{}\n", render_text(source, d, style));
}

void print_file_error(std::string_view file, std::string_view code, std::string_view message) {
  fmt::print(stderr, "{}", render_text_without_source(file, code, message, {use_color(stderr)}));
}

}  // namespace limber::cli
