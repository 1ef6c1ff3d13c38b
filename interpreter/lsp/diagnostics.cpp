#include "interpreter/lsp/diagnostics.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <string_view>
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
      if (fs::equivalent(folder / use->path->value.str(), imported.name(), ec)) return statement.span;
    }
  }
  return first_file_use;
}

// One diagnostic, its keys in the order nlohmann::json keeps them (sorted).
void write_diagnostic(JsonWriter& out, const Analysis& analysis, Span span, const Diagnostic& d,
                      std::string_view message) {
  out.begin_object();
  out.key("code");
  out.string(d.code);
  out.key("message");
  out.string(message);
  out.key("range");
  write_range(out, analysis.position(span.begin), analysis.position(span.end));
  out.key("severity");
  out.number(severity(d.severity));
  out.key("source");
  out.string("limber");
  out.end_object();
}

// A little more than the bytes of the published text, so that it is allocated once: a string
// that outgrows its room doubles, and for a moment holds both the old text and twice its room.
// Around the words of each finding go about 150 bytes (the keys, the range's four numbers, the
// "\nhelp: "); one from another file also names the file and its line.
std::size_t expected_size(const Analysis& analysis) {
  std::size_t bytes = 256 + analysis.uri().size();
  for (const LocatedDiagnostic& located : analysis.program().diagnostics) {
    const Diagnostic& d = located.diagnostic;
    bytes += 160 + d.code.size() + d.message.size() + d.help.size();
    if (located.source != nullptr && located.source != &analysis.source()) {
      bytes += located.source->name().size() + 24;
    }
  }
  return bytes;
}

// Writes every finding the document shows, in the checker's order.
void write_diagnostics(JsonWriter& out, const Analysis& analysis) {
  const SourceFile& main = analysis.source();
  for (const LocatedDiagnostic& located : analysis.program().diagnostics) {
    const Diagnostic& d = located.diagnostic;
    if (located.source == &main || located.source == nullptr) {
      write_diagnostic(out, analysis, d.span, d, wording(d));
      continue;
    }
    const auto use = use_line_of(analysis, *located.source);
    if (!use) continue;
    const Location where = located.source->location(d.span.begin);
    write_diagnostic(
        out, analysis, *use, d,
        fmt::format("{}:{}:{}: {}", located.source->name(), where.line, where.column, wording(d)));
  }
}

}  // namespace

Json document_diagnostic(const Analysis& analysis, const Diagnostic& d) {
  // Through the same writer as the published ones, so that a code action names its diagnostic
  // exactly as it was published.
  JsonWriter out;
  write_diagnostic(out, analysis, d.span, d, wording(d));
  return Json::parse(std::move(out).take());
}

Message publish_diagnostics(const Analysis& analysis, int version) {
  JsonWriter out = Message::writer();
  out.reserve(expected_size(analysis));
  // The envelope of notification(), its keys sorted as nlohmann::json sorts them.
  out.begin_object();
  out.key("jsonrpc");
  out.string("2.0");
  out.key("method");
  out.string("textDocument/publishDiagnostics");
  out.key("params");
  out.begin_object();
  out.key("diagnostics");
  out.begin_array();
  write_diagnostics(out, analysis);
  out.end_array();
  out.key("uri");
  out.string(analysis.uri());
  out.key("version");
  out.number(version);
  out.end_object();
  out.end_object();
  return Message(std::move(out));
}

Json clear_diagnostics(const std::string& uri) {
  return notification("textDocument/publishDiagnostics",
                      {{"uri", uri}, {"diagnostics", Json::array()}});
}

}  // namespace limber::lsp
