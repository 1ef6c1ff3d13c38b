// The canonical layout of a limber file, as `limber fmt` prints it.
//
// Layout
// - Two spaces of indent per block level; one statement per line (statements joined with `;`
//   are split onto lines); single spaces between tokens.
// - `{` ends the header line; `}` stands on its own line at the header's indent. An empty block
//   with no comment inside prints as `{}` on the header line.
// - `if C then STEP` stays on one line. An `else` joins the closing brace: `} else {`, and an
//   `else if` chain prints `} else if C {` at every link.
// - `optional ` before a statement, ` unless C` after it, when the author wrote them.
// - A progression prints `progress [rounds] +STEP per week until GOAL` (`per N weeks` for N
//   weeks), with `+` written even where the author left it out.
// - Values are printed as written (a number's digits, `x` + digits for a count, `%` after a
//   percent), except that durations take the canonical unit spellings `s`, `min` and `h`
//   (`45sec` becomes `45s`); ranges are `low..high` without spaces; strings are re-quoted with
//   `\"` and `\\` as the only escapes.
// - `exercise NAME ["Display"] {` has one property per line (`key v1, v2`, or the key alone);
//   `screen NAME "Title" {` has one `flag "…"` per line; `condition NAME "Question?" {` one
//   `reason "…"` or `acknowledge "…"` per line (without a block it stays on one line).
//
// Comments are never lost
// - A comment on its own line is printed on its own line at the indent of the statement that
//   follows it; when nothing follows it before a `}`, at the indent of that block's contents;
//   at the end of the file, at top level. Trailing whitespace is trimmed, the rest is kept.
// - A comment on the same line after a statement, a `{` or a `}` stays at the end of that
//   line, one space after it.
// - A comment in a place the layout has no line for (inside a header broken over lines) moves
//   to its own line at the next place that has one, so it is kept and the result is stable.
//
// Blank lines
// - Where the source has one or more blank lines between two consecutive statements or
//   comments of the same block, exactly one is printed. Never right after `{`, right before
//   `}`, or at the start of the file.
//
// The result uses LF line ends and no BOM, ends with exactly one `\n` (an empty file, or one
// with no statements and no comments, formats to empty text) and is idempotent:
// format(parse(format(x))) == format(x).

#include "grammar/format.hpp"

#include <cstdint>
#include <string_view>
#include <variant>

namespace limber {

namespace {

using ast::Statement;

std::string_view verb_text(ast::Verb verb) {
  switch (verb) {
    case ast::Verb::hold:
      return "hold";
    case ast::Verb::reps:
      return "reps";
    case ast::Verb::warmup:
      return "warmup";
  }
  return "hold";
}

std::string_view sides_text(ast::Sides sides) {
  switch (sides) {
    case ast::Sides::each:
      return "each side";
    case ast::Sides::left:
      return "on left";
    case ast::Sides::right:
      return "on right";
    case ast::Sides::unspecified:
      break;
  }
  return "";
}

// The string literal for `value`: the language has exactly two escapes, so only `"` and `\`
// need one.
std::string quote(std::string_view value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

std::string value_text(const ast::Value& value) {
  switch (value.kind) {
    case ast::ValueKind::number:
    case ast::ValueKind::name:
    case ast::ValueKind::duration:
      return value.text;
    case ast::ValueKind::percent:
      return value.text.str() + "%";
    case ast::ValueKind::count:
      return "x" + value.text.str();
    case ast::ValueKind::string:
      return quote(value.text);
    case ast::ValueKind::range: {
      return value_text(value.low()) + ".." + value_text(value.high());
    }
  }
  return value.text;
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// True when a line holding only whitespace lies within [from, to): that is how a therapist
// separates groups of steps, and the one blank line we keep for it.
bool has_blank_line(std::string_view text, std::uint32_t from, std::uint32_t to) {
  bool line_so_far_blank = false;  // only after a line end can a blank line start
  for (std::uint32_t i = from; i < to && i < text.size(); ++i) {
    if (text[i] == '\n') {
      if (line_so_far_blank) return true;
      line_so_far_blank = true;
    } else if (!is_blank(text[i])) {
      line_so_far_blank = false;
    }
  }
  return false;
}

// Where the items of one block stand, to decide whether a blank line goes before the next one.
struct Run {
  bool first = true;
  std::uint32_t last_end = 0;
};

class Printer {
 public:
  Printer(const SourceFile& source, const ast::File& file)
      : text_(source.text()), comments_(file.comments) {}

  std::string print(const ast::File& file) {
    // Everything left after the last statement belongs at top level, so the file's end is the
    // closing point of the outermost "block".
    items(file.statements, static_cast<std::uint32_t>(text_.size()), 0, span_of_statement,
          [this](const Statement& s, int depth) { statement(s, depth); });
    return std::move(out_);
  }

 private:
  static Span span_of_statement(const Statement& s) { return s.span; }

  // ---- lines

  void start_line(int depth) { out_.append(static_cast<std::size_t>(depth) * 2, ' '); }
  void write(std::string_view text) { out_ += text; }

  // Ends the current line, which printed source text up to `source_end`, taking along the
  // comment that followed that text on the same source line.
  void end_line(std::uint32_t source_end) {
    trailing_comment(source_end);
    out_ += '\n';
  }

  std::string_view comment_text(Span comment) const {
    std::string_view text = text_.substr(comment.begin, comment.size());
    while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
    return text;
  }

  // Only spaces and `;` may lie between the end of what the line printed and a comment for the
  // comment to belong to that line: anything else means it follows a later statement.
  void trailing_comment(std::uint32_t after) {
    if (next_ == comments_.size() || comments_[next_].begin < after) return;
    const Span comment = comments_[next_];
    for (std::uint32_t i = after; i < comment.begin; ++i) {
      const char c = text_[i];
      if (c != ' ' && c != '\t' && c != ';') return;
    }
    write(" ");
    write(comment_text(comment));
    ++next_;
  }

  bool comment_before(std::uint32_t offset) const {
    return next_ < comments_.size() && comments_[next_].begin < offset;
  }

  // ---- blocks: statements, or an exercise's properties, or a screen's flags

  void separate(Run& run, std::uint32_t begin) {
    if (!run.first && has_blank_line(text_, run.last_end, begin)) out_ += '\n';
    run.first = false;
  }

  void own_line_comments(std::uint32_t before, int depth, Run& run) {
    while (comment_before(before)) {
      const Span comment = comments_[next_++];
      separate(run, comment.begin);
      start_line(depth);
      write(comment_text(comment));
      out_ += '\n';
      run.last_end = comment.end;
    }
  }

  // The items of one block at `depth`, each after the comments that stand before it, then the
  // comments that stand before `close` (the closing brace, or the end of the file).
  template <typename Item, typename SpanOf, typename PrintItem>
  void items(const std::vector<Item>& list, std::uint32_t close, int depth, SpanOf span_of,
             PrintItem print_item) {
    Run run;
    for (const Item& item : list) {
      const Span span = span_of(item);
      own_line_comments(span.begin, depth, run);
      separate(run, span.begin);
      print_item(item, depth);
      run.last_end = span.end;
    }
    own_line_comments(close, depth, run);
  }

  // ` {`, the items one level deeper, then `}` at `depth`. The line of the `}` is left open for
  // what may follow it (` else {`, ` unless C`, a trailing comment).
  template <typename Item, typename SpanOf, typename PrintItem>
  void braces(Span body, const std::vector<Item>& list, int depth, SpanOf span_of,
              PrintItem print_item) {
    const std::uint32_t close = body.end > body.begin ? body.end - 1 : body.end;
    if (list.empty() && !comment_before(close)) {
      write(" {}");
      return;
    }
    write(" {");
    end_line(body.begin + 1);
    items(list, close, depth + 1, span_of, print_item);
    start_line(depth);
    write("}");
  }

  void block(const ast::Block& body, int depth) {
    braces(body.span, body.statements, depth, span_of_statement,
           [this](const Statement& s, int d) { statement(s, d); });
  }

  // ---- statements

  void statement(const Statement& s, int depth) {
    start_line(depth);
    statement_text(s, depth);
    end_line(s.span.end);
  }

  // The statement without its line: also what follows `then` and `else`.
  void statement_text(const Statement& s, int depth) {
    if (s.optional_keyword) write("optional ");
    std::visit([&](const auto& node) { print_node(node, depth); }, s.node);
    if (s.unless) {
      write(" unless ");
      write(s.unless->text);
    }
  }

  void print_node(const ast::Dose& n, int) {
    write(verb_text(n.verb));
    write(" ");
    write(n.exercise.text);
    write(" ");
    write(value_text(n.amount));
    if (n.rounds) {
      write(" ");
      write(value_text(*n.rounds));
    }
    if (n.sides != ast::Sides::unspecified) {
      write(" ");
      write(sides_text(n.sides));
    }
    if (n.progress) {
      write(" ");
      print_node(*n.progress, 0);
    }
  }

  void print_node(const ast::Progress& n, int) {
    write("progress ");
    if (n.rounds) write("rounds ");
    write(n.shrinks ? "-" : "+");
    write(value_text(n.step));
    write(" per ");
    // `per 1 weeks` says `per week` the long way.
    if (n.weeks && !(n.weeks->kind == ast::ValueKind::number && n.weeks->number == 1)) {
      write(value_text(*n.weeks));
      write(" weeks");
    } else {
      write("week");
    }
    write(" until ");
    write(value_text(n.until));
  }

  void print_node(const ast::Rest& n, int) {
    write("rest ");
    write(value_text(n.duration));
  }

  void print_node(const ast::SwitchSides&, int) { write("switch sides"); }

  void print_node(const ast::Say& n, int) {
    write("say ");
    write(quote(n.text.value));
  }

  void print_node(const ast::Section& n, int depth) {
    write("section ");
    write(quote(n.title.value));
    block(n.body, depth);
  }

  void print_node(const ast::Repeat& n, int depth) {
    write("repeat ");
    write(value_text(n.times));
    block(n.body, depth);
  }

  void print_node(const ast::If& n, int depth) {
    write("if ");
    write(n.condition.text);
    if (n.inline_then) {
      write(" then ");
      inline_steps(n.then_body, depth);
    } else {
      block(n.then_body, depth);
    }
    if (!n.else_body) return;
    if (n.else_if && n.else_body->statements.size() == 1) {
      write(" else ");
      statement_text(n.else_body->statements.front(), depth);
    } else {
      write(" else");
      block(*n.else_body, depth);
    }
  }

  // The step of `if C then STEP`: one by construction; should there be more, `;` keeps them
  // all on the line rather than losing any.
  void inline_steps(const ast::Block& body, int depth) {
    bool first = true;
    for (const Statement& step : body.statements) {
      if (!first) write("; ");
      first = false;
      statement_text(step, depth);
    }
  }

  void print_node(const ast::Scale& n, int) {
    write("scale ");
    write(value_text(n.factor));
  }

  void print_node(const ast::Set& n, int) {
    write("set ");
    write(n.setting.text);
    write(" ");
    write(value_text(n.value));
  }

  void print_node(const ast::Target& n, int) {
    write("target ");
    write(value_text(n.duration));
  }

  void print_node(const ast::Frequency& n, int) {
    if (!n.per_week) {
      write("frequency daily");
      return;
    }
    write("frequency ");
    write(value_text(*n.per_week));
    write(" per week");
  }

  void print_node(const ast::ScreenUse& n, int) {
    write("screen ");
    write(n.screen.text);
  }

  void print_node(const ast::Given& n, int) {
    write("given ");
    write(n.condition.text);
  }

  void print_node(const ast::Use& n, int) {
    write("use ");
    if (n.module) write(n.module->text);
    if (n.path) write(quote(n.path->value));
  }

  void print_node(const ast::ExerciseDef& n, int depth) {
    write("exercise ");
    write(n.name.text);
    if (n.display_name) {
      write(" ");
      write(quote(n.display_name->value));
    }
    braces(
        n.body, n.properties, depth, [](const ast::Property& p) { return p.span; },
        [this](const ast::Property& p, int d) { property(p, d); });
  }

  void property(const ast::Property& p, int depth) {
    start_line(depth);
    write(p.key.text);
    bool first = true;
    for (const ast::Value& value : p.values) {
      write(first ? " " : ", ");
      first = false;
      write(value_text(value));
    }
    end_line(p.span.end);
  }

  void print_node(const ast::ConditionDecl& n, int depth) {
    write("condition ");
    write(n.name.text);
    write(" ");
    write(quote(n.question.value));
    // The one-line form stays one line; a block, once written, is kept (even empty).
    if (n.body.end == n.body.begin) return;
    braces(
        n.body, n.texts, depth, [](const ast::ConditionText& t) { return t.span; },
        [this](const ast::ConditionText& t, int d) {
          start_line(d);
          write(t.key.text);
          write(" ");
          write(quote(t.text.value));
          end_line(t.span.end);
        });
  }

  void print_node(const ast::ScreenDecl& n, int depth) {
    write("screen ");
    write(n.name.text);
    write(" ");
    write(quote(n.title.value));
    braces(
        n.body, n.flags, depth, [](const ast::Flag& f) { return f.span; },
        [this](const ast::Flag& f, int d) {
          start_line(d);
          write("flag ");
          write(quote(f.text.value));
          end_line(f.span.end);
        });
  }

  void print_node(const ast::Routine& n, int depth) {
    write("routine ");
    write(quote(n.title.value));
    block(n.body, depth);
  }

  std::string_view text_;
  const std::vector<Span>& comments_;
  std::size_t next_ = 0;  // the first comment not printed yet
  std::string out_;
};

}  // namespace

std::string format(const SourceFile& source, const ast::File& file) {
  return Printer(source, file).print(file);
}

std::string format_value(const ast::Value& value) {
  return value_text(value);
}

}  // namespace limber
