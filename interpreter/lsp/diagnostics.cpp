#include "interpreter/lsp/diagnostics.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <string_view>
#include <system_error>

#include "interpreter/safety/judge.hpp"

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
      if (fs::equivalent(folder / use->path->value.str(), imported.name(), ec)) {
        return statement.span;
      }
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

// The pieces handed to a sink: big enough that a sink writing to a pipe makes few writes.
constexpr std::size_t piece_bytes = 64 * 1024;

}  // namespace

void write_diagnostics_array(const Analysis& analysis, const Sink& sink,
                             const std::function<void(LocatedDiagnostic&&)>& each) {
  const SourceFile& main = analysis.source();
  JsonWriter out;
  out.begin_array();
  show_judged(analysis.program(), [&](std::vector<LocatedDiagnostic>&& batch) {
    for (LocatedDiagnostic& located : batch) {
      const Diagnostic& d = located.diagnostic;
      if (located.source == &main || located.source == nullptr) {
        write_diagnostic(out, analysis, d.span, d, wording(d));
      } else if (const auto use = use_line_of(analysis, *located.source)) {
        const Location where = located.source->location(d.span.begin);
        write_diagnostic(out, analysis, *use, d,
                         fmt::format("{}:{}:{}: {}", located.source->name(), where.line,
                                     where.column, wording(d)));
      }
      if (out.size() >= piece_bytes) out.hand_over(sink);
      if (each) each(std::move(located));
    }
  });
  out.end_array();
  out.hand_over(sink);
}

Json document_diagnostic(const Analysis& analysis, const Diagnostic& d) {
  // Through the same writer as the published ones, so that a code action names its diagnostic
  // exactly as it was published.
  JsonWriter out;
  write_diagnostic(out, analysis, d.span, d, wording(d));
  return Json::parse(std::move(out).take());
}

Message publish_diagnostics(std::shared_ptr<const Analysis> analysis, int version) {
  const std::string& held = analysis->diagnostics_json();
  const bool streamed = held.size() != analysis->diagnostics_json_bytes();
  JsonWriter out = Message::writer();
  // The envelope of notification(), its keys sorted as nlohmann::json sorts them.
  out.begin_object();
  out.key("jsonrpc");
  out.string("2.0");
  out.key("method");
  out.string("textDocument/publishDiagnostics");
  out.key("params");
  out.begin_object();
  out.key("diagnostics");
  const std::size_t at = out.size();
  if (!streamed) out.reserve(held.size() + 64 + analysis->uri().size());
  out.raw(streamed ? std::string_view() : std::string_view(held));
  out.key("uri");
  out.string(analysis->uri());
  out.key("version");
  out.number(version);
  out.end_object();
  out.end_object();
  if (!streamed) return Message(std::move(out));
  // Too big to have kept: judged again as it is sent, the same findings in the same order.
  const std::size_t bytes = analysis->diagnostics_json_bytes();
  return Message(std::move(out), at, bytes, [analysis = std::move(analysis)](const Sink& sink) {
    write_diagnostics_array(*analysis, sink);
  });
}

Json clear_diagnostics(const std::string& uri) {
  return notification("textDocument/publishDiagnostics",
                      {{"uri", uri}, {"diagnostics", Json::array()}});
}

}  // namespace limber::lsp
