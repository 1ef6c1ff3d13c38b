// libFuzzer target for the front end: any bytes at all must parse to a tree plus diagnostics,
// and every diagnostic must render as text and as JSON, without a crash, a hang, a leak or a
// sanitizer report. The parser is the first thing that touches untrusted files (and an editor's
// half-typed buffer through the language server), so it gets the same input a fuzzer invents.
//
// Beyond "does not crash", the target checks the invariants later stages rely on: every span
// lies inside the text, and the JSON of a diagnostic can be serialised (nlohmann::json throws on
// invalid UTF-8, so a message that quotes raw source bytes would take `check --format json`
// down). A broken invariant aborts, which libFuzzer reports like a crash.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <type_traits>
#include <variant>

#include "fuzz_support.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/diagnostic_json.hpp"
#include "grammar/parse.hpp"
#include "grammar/source.hpp"
#include "targets.hpp"

namespace {

// Big enough that libFuzzer's inputs (4 KiB by default) can never reach it, so every input is
// also a valid SourceFile; the guard keeps the 32-bit spans honest if someone raises -max_len.
constexpr std::size_t max_input = 1u << 24;

[[noreturn]] void fail(const char* what, limber::Span span, std::size_t size) {
  std::fprintf(stderr, "parse_fuzzer: %s: span [%u, %u) in a text of %zu bytes\n", what, span.begin,
               span.end, size);
  std::abort();
}

class SpanChecker {
 public:
  explicit SpanChecker(std::size_t size) : size_(size) {}

  void check(const char* what, limber::Span span) const {
    if (span.begin > span.end || span.end > size_) fail(what, span, size_);
  }

  void block(const limber::ast::Block& block) const {
    check("block", block.span);
    for (const auto& statement : block.statements) this->statement(statement);
  }

  void statement(const limber::ast::Statement& statement) const {
    check("statement", statement.span);
    if (statement.optional_keyword) check("optional keyword", *statement.optional_keyword);
    if (statement.unless) check("unless condition", statement.unless->span);
    std::visit([this](const auto& node) { this->node(node); }, statement.node);
  }

 private:
  // Only the nodes that hold blocks or spans of their own need a look; the rest are covered by
  // their statement's span.
  template <class Node>
  void node(const Node& node) const {
    namespace ast = limber::ast;
    if constexpr (std::is_same_v<Node, ast::Dose>) {
      check("exercise name", node.exercise.span);
      value(node.amount);
      if (node.rounds) value(*node.rounds);
      check("sides", node.sides_span);
    } else if constexpr (std::is_same_v<Node, ast::Section> || std::is_same_v<Node, ast::Routine>) {
      check("title", node.title.span);
      block(node.body);
    } else if constexpr (std::is_same_v<Node, ast::Repeat>) {
      value(node.times);
      block(node.body);
    } else if constexpr (std::is_same_v<Node, ast::If>) {
      check("condition", node.condition.span);
      block(node.then_body);
      if (node.else_body) block(*node.else_body);
    } else if constexpr (std::is_same_v<Node, ast::ExerciseDef>) {
      check("exercise name", node.name.span);
      check("exercise body", node.body);
      for (const auto& property : node.properties) {
        check("property", property.span);
        for (const auto& v : property.values) value(v);
      }
    } else if constexpr (std::is_same_v<Node, ast::ScreenDecl>) {
      check("screen body", node.body);
      for (const auto& flag : node.flags) check("flag", flag.span);
    }
  }

  void value(const limber::ast::Value& value) const {
    check("value", value.span);
    if (value.bounds) {
      this->value(value.low());
      this->value(value.high());
    }
  }

  std::size_t size_;
};

}  // namespace

int limber::fuzz::parse_one(const std::uint8_t* data, std::size_t size) {
  if (size > max_input) return -1;  // -1 keeps the input out of the corpus.

  const limber::SourceFile source("fuzz.limber",
                                  std::string(reinterpret_cast<const char*>(data), size));
  const limber::ParseResult result = limber::parse(source);

  const SpanChecker spans(source.text().size());
  for (const auto& statement : result.file.statements) spans.statement(statement);
  for (const auto& comment : result.file.comments) spans.check("comment", comment);

  for (const auto& diagnostic : result.diagnostics) {
    spans.check("diagnostic", diagnostic.span);
    // Render both ways, as `limber check` does for a terminal, a pipe and `--format json`.
    // The results are discarded; the point is that building them is safe.
    (void)limber::render_text(source, diagnostic);
    (void)limber::render_text(source, diagnostic, limber::TextStyle{.color = true});
    (void)limber::diagnostic_to_json(source, diagnostic).dump();
  }
  return 0;
}

LIMBER_FUZZ_ENTRY(limber::fuzz::parse_one)
