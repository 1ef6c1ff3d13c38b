#include "interpreter/lsp/analysis.hpp"

#include "interpreter/lsp/code_actions.hpp"
#include "interpreter/lsp/diagnostics.hpp"
#include "interpreter/lsp/uri.hpp"

namespace limber::lsp {

namespace {

// What SourceFile drops from the start of a text (and notes in had_bom()).
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace

Analysis::Analysis(std::string uri, std::string text, const CheckOptions& options,
                   std::size_t held_bytes)
    : uri_(std::move(uri)),
      with_bom_(text.starts_with(utf8_bom) ? text : std::string()),
      program_(check(SourceFile(path_of_uri(uri_), std::move(text)), options)),
      // The program's source has the line starts of the text, unless a byte order mark was
      // dropped from it.
      lines_(with_bom_.empty() ? LineIndex(source().text(), source().line_starts())
                               : LineIndex(with_bom_)) {
  if (source().had_bom()) bom_bytes_ = 3;
  write_diagnostics_array(
      *this,
      [&](std::string_view piece) {
        diagnostics_json_bytes_ += piece.size();
        if (diagnostics_json_bytes_ <= held_bytes) {
          diagnostics_json_ += piece;
        } else if (!diagnostics_json_.empty()) {
          std::string().swap(diagnostics_json_);  // too long to keep: its room goes back
        }
      },
      [&](LocatedDiagnostic&& located) {
        if (located.source == &source() && can_mend(located.diagnostic)) {
          fixable_.push_back(std::move(located));
        }
      });
}

Position Analysis::position(std::uint32_t span_offset) const {
  return lines_.position(span_offset + bom_bytes_);
}

Json Analysis::range(Span span) const {
  return range_json(position(span.begin), position(span.end));
}

std::uint32_t Analysis::span_offset(Position position) const {
  const std::uint32_t offset = lines_.offset(position);
  return offset < bom_bytes_ ? 0 : offset - bom_bytes_;
}

Json range_in(const SourceFile& source, Span span) {
  const LineIndex lines(source.text(), source.line_starts());
  return range_json(lines.position(span.begin), lines.position(span.end));
}

const Module* module_of(const Program& program, const SourceFile* source) {
  for (const auto& module : program.modules) {
    if (module->source.get() == source) return module.get();
  }
  return nullptr;
}

}  // namespace limber::lsp
