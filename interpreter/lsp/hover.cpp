#include "interpreter/lsp/hover.hpp"

#include <fmt/format.h>

#include "interpreter/catalog/catalog.hpp"
#include "interpreter/lsp/cursor.hpp"
#include "interpreter/lsp/keywords.hpp"

namespace limber::lsp {

namespace {

std::string keyword_markdown(const KeywordDoc& doc) {
  return fmt::format("`{}`\n\n{}", doc.synopsis, doc.sentence);
}

std::string condition_markdown(const Condition& condition) {
  return fmt::format("**{}** (condition)\n\n{}", condition.name, condition.question);
}

std::string screen_markdown(const Screen& screen) {
  std::string out = fmt::format("**{}** (screen): {}\n", screen.name, screen.title);
  for (const std::string& flag : screen.flags) out += fmt::format("\n- {}", flag);
  return out;
}

std::string module_markdown(const Program& library, const std::string& module) {
  std::vector<std::string> names;
  for (const Exercise* exercise : catalog::all_exercises(library)) {
    if (exercise->origin.module == module) names.push_back("`" + exercise->name + "`");
  }
  if (names.empty()) return {};
  std::string listed;
  for (const std::string& name : names) listed += (listed.empty() ? "" : ", ") + name;
  return fmt::format("**{}** (library module): {} exercises\n\n{}", module, names.size(), listed);
}

std::string markdown_for(const Cursor& cursor, const Knowledge& knowledge) {
  // Both arms a view: with "" the arms' common type would be a temporary std::string.
  const std::string_view previous =
      cursor.before.empty() ? std::string_view() : std::string_view(cursor.before.back());
  const KeywordDoc* keyword = keyword_doc(cursor.word);
  if (keyword != nullptr && !is_dose_verb(previous)) return keyword_markdown(*keyword);
  if (previous == "use") return module_markdown(*knowledge.programs().back(), cursor.word);
  if (auto found = knowledge.exercise(cursor.word); found.definition) {
    return catalog::markdown_documentation(*found.program, *found.definition);
  }
  if (auto found = knowledge.condition(cursor.word); found.definition) {
    return condition_markdown(*found.definition);
  }
  if (auto found = knowledge.screen(cursor.word); found.definition) {
    return screen_markdown(*found.definition);
  }
  return {};
}

}  // namespace

Json hover(const Analysis& analysis, const Knowledge& knowledge, Position position) {
  const Cursor cursor = cursor_at(analysis.text(), analysis.lines().offset(position));
  if (cursor.in_comment || cursor.in_string || cursor.word.empty() || cursor.after_number) {
    return nullptr;
  }
  const std::string markdown = markdown_for(cursor, knowledge);
  if (markdown.empty()) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", markdown}}},
          {"range", range_json(analysis.lines().position(cursor.word_begin),
                               analysis.lines().position(cursor.word_end))}};
}

}  // namespace limber::lsp
