#include "interpreter/lsp/code_actions.hpp"

#include <fmt/format.h>

#include <regex>

#include "interpreter/lsp/diagnostics.hpp"

namespace limber::lsp {

namespace {

// Whether the diagnostic is on one of the lines of the request: editors ask with the cursor's
// position, which need not lie inside the span itself.
bool touches(const Analysis& analysis, Span span, Position start, Position end) {
  return analysis.position(span.begin).line <= end.line &&
         analysis.position(span.end).line >= start.line;
}

Json quickfix(const Analysis& analysis, std::string title, Json edit, const Json& diagnostic,
              bool preferred) {
  return {{"title", std::move(title)},
          {"kind", "quickfix"},
          {"diagnostics", Json::array({diagnostic})},
          {"isPreferred", preferred},
          {"edit", {{"changes", {{analysis.uri(), Json::array({std::move(edit)})}}}}}};
}

// The modules a diagnostic's help asks to `use`: "add `use neck` at the top of the file" or
// "… `use neck` or `use shoulder` …".
std::vector<std::string> modules_to_use(const Diagnostic& d) {
  std::vector<std::string> modules;
  static const std::regex use_module("`use ([a-z_][a-z0-9_]*)`");
  for (auto it = std::sregex_iterator(d.help.begin(), d.help.end(), use_module);
       it != std::sregex_iterator(); ++it) {
    modules.push_back((*it)[1]);
  }
  return modules;
}

// Before the first statement, so that a file's heading comment stays on top.
Position use_insertion_point(const Analysis& analysis) {
  const auto& statements = analysis.file().statements;
  if (statements.empty()) return {0, 0};
  return {analysis.position(statements.front().span.begin).line, 0};
}

}  // namespace

bool asks_for_use(const Diagnostic& diagnostic) {
  return diagnostic.code == "unknown-exercise";
}

bool can_mend(const Diagnostic& diagnostic) {
  return diagnostic.suggestion || asks_for_use(diagnostic);
}

Json code_actions(const Analysis& analysis, const Json& range) {
  const Position start = position_from_json(range.at("start"));
  const Position end = position_from_json(range.at("end"));
  Json actions = Json::array();
  for (const LocatedDiagnostic& located : analysis.fixable()) {
    const Diagnostic& d = located.diagnostic;
    if (!touches(analysis, d.span, start, end)) continue;
    const std::vector<std::string> modules =
        asks_for_use(d) ? modules_to_use(d) : std::vector<std::string>();
    if (d.suggestion) {
      const std::string written = analysis.source().text().substr(d.span.begin, d.span.size());
      actions.push_back(quickfix(analysis,
                                 fmt::format("Change `{}` to `{}`", written, *d.suggestion),
                                 {{"range", analysis.range(d.span)}, {"newText", *d.suggestion}},
                                 document_diagnostic(analysis, d), modules.empty()));
    }
    for (const std::string& module : modules) {
      const Position at = use_insertion_point(analysis);
      actions.push_back(
          quickfix(analysis, fmt::format("Add `use {}`", module),
                   {{"range", range_json(at, at)}, {"newText", fmt::format("use {}\n", module)}},
                   document_diagnostic(analysis, d), modules.size() == 1));
    }
  }
  return actions;
}

}  // namespace limber::lsp
