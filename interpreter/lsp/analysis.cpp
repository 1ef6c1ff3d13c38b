#include "interpreter/lsp/analysis.hpp"

#include "interpreter/lsp/uri.hpp"
#include "interpreter/safety/judge.hpp"

namespace limber::lsp {

namespace {

// What SourceFile drops from the start of a text (and notes in had_bom()).
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace

Analysis::Analysis(std::string uri, std::string text, const CheckOptions& options)
    : uri_(std::move(uri)),
      with_bom_(text.starts_with(utf8_bom) ? text : std::string()),
      program_(check_file(SourceFile(path_of_uri(uri_), std::move(text)), options)),
      lines_(this->text()) {
  if (source().had_bom()) bom_bytes_ = 3;
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
  const LineIndex lines(source.text());
  return range_json(lines.position(span.begin), lines.position(span.end));
}

const Module* module_of(const Program& program, const SourceFile* source) {
  for (const auto& module : program.modules) {
    if (module->source.get() == source) return module.get();
  }
  return nullptr;
}

}  // namespace limber::lsp
