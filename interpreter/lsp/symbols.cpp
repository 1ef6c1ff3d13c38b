#include "interpreter/lsp/symbols.hpp"

namespace limber::lsp {

namespace {

// SymbolKind of the LSP specification.
namespace symbol_kind {
constexpr int namespace_ = 3;
constexpr int class_ = 5;
constexpr int function = 12;
constexpr int boolean = 17;
constexpr int event = 24;
}  // namespace symbol_kind

Json symbol(const Analysis& analysis, const std::string& name, const std::string& detail, int kind,
            Span range, Span selection) {
  Json out = {{"name", name.empty() ? std::string("(untitled)") : name},
              {"kind", kind},
              {"range", analysis.range(range)},
              {"selectionRange", analysis.range(selection)},
              {"children", Json::array()}};
  if (!detail.empty()) out["detail"] = detail;
  return out;
}

void sections_in(const Analysis& analysis, const std::vector<ast::Statement>& statements,
                 Json& into);

// The sections of one statement: itself, or those inside its blocks.
void sections_of(const Analysis& analysis, const ast::Statement& statement, Json& into) {
  if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
    Json child = symbol(analysis, section->title.value, {}, symbol_kind::namespace_, statement.span,
                        section->title.span);
    sections_in(analysis, section->body.statements, child["children"]);
    into.push_back(std::move(child));
  } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
    sections_in(analysis, repeat->body.statements, into);
  } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
    sections_in(analysis, branch->then_body.statements, into);
    if (branch->else_body) sections_in(analysis, branch->else_body->statements, into);
  }
}

void sections_in(const Analysis& analysis, const std::vector<ast::Statement>& statements,
                 Json& into) {
  for (const ast::Statement& statement : statements) sections_of(analysis, statement, into);
}

}  // namespace

Json document_symbols(const Analysis& analysis) {
  Json out = Json::array();
  for (const ast::Statement& statement : analysis.file().statements) {
    if (const auto* routine = std::get_if<ast::Routine>(&statement.node)) {
      Json item = symbol(analysis, routine->title.value, "routine", symbol_kind::function,
                         statement.span, routine->title.span);
      sections_in(analysis, routine->body.statements, item["children"]);
      out.push_back(std::move(item));
    } else if (const auto* exercise = std::get_if<ast::ExerciseDef>(&statement.node)) {
      out.push_back(symbol(analysis, exercise->name.text,
                           exercise->display_name ? exercise->display_name->value : "",
                           symbol_kind::class_, statement.span, exercise->name.span));
    } else if (const auto* condition = std::get_if<ast::ConditionDecl>(&statement.node)) {
      out.push_back(symbol(analysis, condition->name.text, condition->question.value,
                           symbol_kind::boolean, statement.span, condition->name.span));
    } else if (const auto* screen = std::get_if<ast::ScreenDecl>(&statement.node)) {
      out.push_back(symbol(analysis, screen->name.text, screen->title.value, symbol_kind::event,
                           statement.span, screen->name.span));
    } else {
      sections_of(analysis, statement, out);
    }
  }
  return out;
}

}  // namespace limber::lsp
