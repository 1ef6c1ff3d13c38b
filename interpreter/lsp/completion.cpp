#include "interpreter/lsp/completion.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "interpreter/catalog/catalog.hpp"
#include "interpreter/lsp/cursor.hpp"
#include "interpreter/lsp/keywords.hpp"

namespace limber::lsp {

namespace {

// CompletionItemKind of the LSP specification.
namespace item_kind {
constexpr int function = 3;
constexpr int module = 9;
constexpr int unit = 11;
constexpr int keyword = 14;
constexpr int enum_member = 20;
}  // namespace item_kind

class Items {
 public:
  explicit Items(Json range) : range_(std::move(range)) {}

  Json& add(const std::string& label, int kind) {
    items_.push_back(
        {{"label", label}, {"kind", kind}, {"textEdit", {{"range", range_}, {"newText", label}}}});
    return items_.back();
  }
  Json result() { return {{"isIncomplete", false}, {"items", std::move(items_)}}; }

 private:
  Json range_;
  Json items_ = Json::array();
};

void exercises(Items& items, const Knowledge& knowledge) {
  std::set<std::string, std::less<>> seen;
  for (const Program* program : knowledge.programs()) {
    for (const Exercise* exercise : catalog::all_exercises(*program)) {
      if (!seen.insert(exercise->name).second) continue;
      Json& item = items.add(exercise->name, item_kind::function);
      item["detail"] = fmt::format("{} · {}", exercise->display_name, catalog::dose(*exercise));
      item["documentation"] = {{"kind", "markdown"},
                               {"value", catalog::markdown_documentation(*program, *exercise)}};
      // Those the document can name come first; the rest of the library after them.
      item["sortText"] =
          fmt::format("{}{}", program == knowledge.document_program() ? 0 : 1, exercise->name);
    }
  }
}

void conditions(Items& items, const Knowledge& knowledge) {
  std::set<std::string, std::less<>> seen;
  for (const Program* program : knowledge.programs()) {
    for (const auto& [name, condition] : program->conditions) {
      if (!seen.insert(name).second) continue;
      items.add(name, item_kind::enum_member)["detail"] = condition.question;
    }
  }
}

void screens(Items& items, const Knowledge& knowledge) {
  std::set<std::string, std::less<>> seen;
  for (const Program* program : knowledge.programs()) {
    for (const auto& [name, screen] : program->screens) {
      if (!seen.insert(name).second) continue;
      items.add(name, item_kind::enum_member)["detail"] = screen.title;
    }
  }
}

void statement_keywords(Items& items) {
  for (const KeywordDoc& doc : keyword_docs()) {
    if (!doc.starts_statement) continue;
    Json& item = items.add(std::string(doc.word), item_kind::keyword);
    item["detail"] = std::string(doc.synopsis);
    item["documentation"] = std::string(doc.sentence);
  }
}

void units(Items& items) {
  constexpr std::pair<const char*, const char*> all[] = {
      {"s", "seconds"}, {"sec", "seconds"}, {"min", "minutes"}, {"h", "hours"}, {"%", "percent"}};
  for (const auto& [unit, meaning] : all) items.add(unit, item_kind::unit)["detail"] = meaning;
}

void after_amount(Items& items) {
  for (const char* words : {"each side", "on left", "on right", "unless"}) {
    items.add(words, item_kind::keyword);
  }
}

}  // namespace

Json completion(const Analysis& analysis, const Knowledge& knowledge,
                const std::vector<std::string>& modules, Position position) {
  const Cursor cursor = cursor_at(analysis.text(), analysis.lines().offset(position));
  Items items(range_json(analysis.lines().position(cursor.word_begin), position));
  if (cursor.in_comment || cursor.in_string) return items.result();
  if (cursor.after_number) {
    units(items);
    return items.result();
  }
  const std::vector<std::string>& before = cursor.before;
  // Both arms a view: with "" the arms' common type would be a temporary std::string.
  const std::string_view last =
      before.empty() ? std::string_view() : std::string_view(before.back());
  const bool statement_start = before.empty() || (before.size() == 1 && last == "optional");
  if (statement_start || last == "then" || last == "else") {
    statement_keywords(items);
  } else if (is_dose_verb(last) ||
             (before.size() == 2 && before[0] == "optional" && is_dose_verb(before[1]))) {
    exercises(items, knowledge);
  } else if (last == "if" || last == "unless" || last == "given") {
    conditions(items, knowledge);
  } else if (last == "screen") {
    screens(items, knowledge);
  } else if (last == "use") {
    for (const std::string& module : modules) {
      if (module != "prelude") items.add(module, item_kind::module);
    }
  } else if (const auto verb = std::find_if(before.begin(), before.end(), is_dose_verb);
             verb != before.end() && before.end() - verb >= 3) {
    after_amount(items);
  }
  return items.result();
}

}  // namespace limber::lsp
