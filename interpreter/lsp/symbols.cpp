#include "interpreter/lsp/symbols.hpp"

#include <string_view>

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

struct Symbol {
  std::string_view name;
  std::string_view detail;  // none when empty
  int kind = 0;
  Span range;
  Span selection;
};

// One DocumentSymbol, its keys in the order nlohmann::json keeps them (sorted), so its
// children come first: `children` writes them.
template <typename Children>
void write_symbol(JsonWriter& out, const Analysis& analysis, const Symbol& symbol,
                  Children&& children) {
  out.begin_object();
  out.key("children");
  out.begin_array();
  children();
  out.end_array();
  if (!symbol.detail.empty()) {
    out.key("detail");
    out.string(symbol.detail);
  }
  out.key("kind");
  out.number(symbol.kind);
  out.key("name");
  out.string(symbol.name.empty() ? std::string_view("(untitled)") : symbol.name);
  out.key("range");
  write_range(out, analysis.position(symbol.range.begin), analysis.position(symbol.range.end));
  out.key("selectionRange");
  write_range(out, analysis.position(symbol.selection.begin),
              analysis.position(symbol.selection.end));
  out.end_object();
}

void write_leaf(JsonWriter& out, const Analysis& analysis, const Symbol& symbol) {
  write_symbol(out, analysis, symbol, [] {});
}

void sections_in(JsonWriter& out, const Analysis& analysis,
                 const std::vector<ast::Statement>& statements);

// The sections of one statement: itself, or those inside its blocks.
void sections_of(JsonWriter& out, const Analysis& analysis, const ast::Statement& statement) {
  if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
    write_symbol(
        out, analysis,
        {section->title.value, {}, symbol_kind::namespace_, statement.span, section->title.span},
        [&] { sections_in(out, analysis, section->body.statements); });
  } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
    sections_in(out, analysis, repeat->body.statements);
  } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
    sections_in(out, analysis, branch->then_body.statements);
    if (branch->else_body) sections_in(out, analysis, branch->else_body->statements);
  }
}

void sections_in(JsonWriter& out, const Analysis& analysis,
                 const std::vector<ast::Statement>& statements) {
  for (const ast::Statement& statement : statements) sections_of(out, analysis, statement);
}

}  // namespace

void write_document_symbols(JsonWriter& out, const Analysis& analysis) {
  out.begin_array();
  for (const ast::Statement& statement : analysis.file().statements) {
    if (const auto* routine = std::get_if<ast::Routine>(&statement.node)) {
      write_symbol(out, analysis,
                   {routine->title.value, "routine", symbol_kind::function, statement.span,
                    routine->title.span},
                   [&] { sections_in(out, analysis, routine->body.statements); });
    } else if (const auto* exercise = std::get_if<ast::ExerciseDef>(&statement.node)) {
      const std::string_view display =
          exercise->display_name ? std::string_view(exercise->display_name->value) : "";
      write_leaf(
          out, analysis,
          {exercise->name.text, display, symbol_kind::class_, statement.span, exercise->name.span});
    } else if (const auto* condition = std::get_if<ast::ConditionDecl>(&statement.node)) {
      write_leaf(out, analysis,
                 {condition->name.text, condition->question.value, symbol_kind::boolean,
                  statement.span, condition->name.span});
    } else if (const auto* screen = std::get_if<ast::ScreenDecl>(&statement.node)) {
      write_leaf(out, analysis,
                 {screen->name.text, screen->title.value, symbol_kind::event, statement.span,
                  screen->name.span});
    } else {
      sections_of(out, analysis, statement);
    }
  }
  out.end_array();
}

}  // namespace limber::lsp
