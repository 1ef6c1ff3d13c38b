#include "interpreter/lsp/definition.hpp"

#include <filesystem>

#include "interpreter/lsp/cursor.hpp"
#include "interpreter/lsp/uri.hpp"

namespace limber::lsp {

namespace {

namespace fs = std::filesystem;

Json location(std::string uri, Json range) {
  return {{"uri", std::move(uri)}, {"range", std::move(range)}};
}

Json origin_location(const Analysis& analysis, const Program& program, const Workspace& workspace,
                     const Origin& origin) {
  if (origin.source == nullptr) return nullptr;
  const Module* module = module_of(program, origin.source);
  if (module == nullptr) return nullptr;
  const Json range = range_in(*origin.source, origin.span);
  if (module == program.modules.front().get()) {
    // The document itself (or the version of it that last got past parsing).
    return location(analysis.uri(),
                    origin.source == &analysis.source() ? analysis.range(origin.span) : range);
  }
  if (module->library) {
    const auto file = workspace.library_file(module->name, origin.source->text());
    return file ? location(uri_of_path(file->string()), range) : Json(nullptr);
  }
  return location(uri_of_path(origin.source->name()), range);
}

Json module_location(const Knowledge& knowledge, const Workspace& workspace,
                     const std::string& name) {
  for (const Program* program : knowledge.programs()) {
    for (const auto& module : program->modules) {
      if (!module->library || module->name != name) continue;
      const auto file = workspace.library_file(name, module->source->text());
      if (file) return location(uri_of_path(file->string()), range_json({0, 0}, {0, 0}));
    }
  }
  return nullptr;
}

}  // namespace

Json definition(const Analysis& analysis, const Knowledge& knowledge, const Workspace& workspace,
                Position position) {
  const Cursor cursor = cursor_at(analysis.text(), analysis.lines().offset(position));
  if (cursor.in_comment || cursor.in_string || cursor.word.empty() || cursor.after_number) {
    return nullptr;
  }
  if (!cursor.before.empty() && cursor.before.back() == "use") {
    return module_location(knowledge, workspace, cursor.word);
  }
  if (auto found = knowledge.exercise(cursor.word); found.definition) {
    return origin_location(analysis, *found.program, workspace, found.definition->origin);
  }
  if (auto found = knowledge.condition(cursor.word); found.definition) {
    return origin_location(analysis, *found.program, workspace, found.definition->origin);
  }
  if (auto found = knowledge.screen(cursor.word); found.definition) {
    return origin_location(analysis, *found.program, workspace, found.definition->origin);
  }
  return nullptr;
}

}  // namespace limber::lsp
