#include "interpreter/lsp/diagnostics.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <system_error>

namespace limber::lsp {

namespace {

namespace fs = std::filesystem;

int severity(Severity severity) {
  return severity == Severity::error ? 1 : 2;
}

std::string wording(const Diagnostic& d) {
  return d.help.empty() ? d.message : d.message + "\nhelp: " + d.help;
}

// The `use` statement of the document through which `imported` was read.
std::optional<Span> use_line_of(const Analysis& analysis, const SourceFile& imported) {
  const Program& program = analysis.program();
  const Module* module = module_of(program, &imported);
  const fs::path folder = fs::path(analysis.source().name()).parent_path();
  std::optional<Span> first_file_use;
  for (const auto& statement : analysis.file().statements) {
    const auto* use = std::get_if<ast::Use>(&statement.node);
    if (use == nullptr) continue;
    if (use->module && module != nullptr && module->library && use->module->text == module->name) {
      return statement.span;
    }
    if (use->path) {
      if (!first_file_use) first_file_use = statement.span;
      std::error_code ec;
      if (fs::equivalent(folder / use->path->value, imported.name(), ec)) return statement.span;
    }
  }
  return first_file_use;
}

Json diagnostic_json(const Analysis& analysis, Span span, const Diagnostic& d,
                     const std::string& message) {
  Json out = {{"range", analysis.range(span)},
              {"severity", severity(d.severity)},
              {"code", d.code},
              {"source", "limber"},
              {"message", message}};
  return out;
}

}  // namespace

Json document_diagnostic(const Analysis& analysis, const Diagnostic& d) {
  return diagnostic_json(analysis, d.span, d, wording(d));
}

Json diagnostics_json(const Analysis& analysis) {
  Json out = Json::array();
  const SourceFile& main = analysis.source();
  for (const LocatedDiagnostic& located : analysis.program().diagnostics) {
    const Diagnostic& d = located.diagnostic;
    if (located.source == &main || located.source == nullptr) {
      out.push_back(document_diagnostic(analysis, d));
      continue;
    }
    const auto use = use_line_of(analysis, *located.source);
    if (!use) continue;
    const Location where = located.source->location(d.span.begin);
    out.push_back(diagnostic_json(
        analysis, *use, d,
        fmt::format("{}:{}:{}: {}", located.source->name(), where.line, where.column, wording(d))));
  }
  return out;
}

Json publish_diagnostics(const Analysis& analysis, int version) {
  return notification(
      "textDocument/publishDiagnostics",
      {{"uri", analysis.uri()}, {"version", version}, {"diagnostics", diagnostics_json(analysis)}});
}

Json clear_diagnostics(const std::string& uri) {
  return notification("textDocument/publishDiagnostics",
                      {{"uri", uri}, {"diagnostics", Json::array()}});
}

}  // namespace limber::lsp
