#pragma once

// The actions that build the AST while the grammar matches: no second pass over the text.
//
// How nodes are built: a statement's keyword action appends the new Statement to the innermost
// open body, and the actions of its parts fill `body().back()` in. A statement with a block
// names that block in `next_block`; `{` opens it (pushing it as the innermost body) and `}`
// closes it. Values (numbers, durations, names used as values) go on a small stack that the
// part which takes them pops. Once a statement's keyword has matched, the grammar commits to it
// (`if_must`), so no action here is ever undone by backtracking; after a syntax error, recovery
// restores the state to the checkpoint taken before the statement.

#include <charconv>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/familiar_forms.hpp"
#include "grammar/messages.hpp"
#include "grammar/rules.hpp"

namespace limber {

class ParseState {
 public:
  explicit ParseState(const SourceFile& source);

  ast::File file;
  std::vector<Diagnostic> diagnostics;
  std::vector<ast::Value> values;        // values matched and not yet taken
  ast::Block* next_block = nullptr;      // the block the next `{` opens
  std::optional<Span> pending_optional;  // an `optional` waiting for its step
  std::uint32_t last_string_open = 0;    // offset of the latest opening quote

  // Offsets are into the whole text, whichever piece of it is being parsed.
  std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - begin_); }
  const char* at(std::uint32_t offset) const { return begin_ + offset; }
  template <typename ActionInput>
  Span span(const ActionInput& in) const {
    return {offset(in.begin()), offset(in.end())};
  }

  // The statements of the innermost open body so far: the file's own at the top level; in a
  // block, a list kept for its depth, moved into the block in one piece when it closes.
  const std::vector<ast::Statement>& body() const {
    return frames_.size() == 1 ? file.statements : open_bodies_[frames_.size() - 1];
  }
  std::vector<ast::Statement>& body() {
    return const_cast<std::vector<ast::Statement>&>(std::as_const(*this).body());
  }
  ast::Statement& current() { return body().back(); }
  template <typename Node>
  Node& current_node() {
    return std::get<Node>(current().node);
  }

  // Appends a statement that starts at `at`, taking a pending `optional` with it.
  template <typename Node>
  Node& start(Node node, std::uint32_t at);

  // Makes `statements` the innermost body (a block after `{`, or the inline step of
  // `if … then`); throws a syntax error at `at` when that nests deeper than the limit.
  void enter(std::vector<ast::Statement>& statements, std::uint32_t at);
  // Closes the innermost body: its statements go into its block, which is made at their number.
  // Grown in the block itself, every block was copied over as it doubled, and once more to give
  // back what doubling reserved; the list of each depth keeps its room for the next block.
  void leave();
  // Closes every body still open: once parsing ends, even when it stopped early.
  void finish() {
    while (frames_.size() > 1) leave();
  }
  // Remembers the `{` of a block or definition, for the message if it is never closed.
  void open_brace(std::uint32_t at) { open_braces_.push_back(at); }
  void close_brace() { open_braces_.pop_back(); }
  std::uint32_t open_braces_back() const { return open_braces_.back(); }

  ast::Value take_value();

  // Recovery (see grammar/recover.hpp).
  struct Checkpoint {
    std::size_t frames;
    std::size_t statements;
    std::size_t open_braces;
  };
  Checkpoint checkpoint() const;
  void restore(const Checkpoint& checkpoint);
  // A syntax error as a diagnostic (empty when it repeats one already reported).
  std::optional<Diagnostic> describe(const SyntaxError& error) const;
  // Adds it; throws TooManyErrors past the limit.
  void report(std::optional<Diagnostic> diagnostic);
  void add(const ErrorText& text, Span span, Severity severity = Severity::error);

 private:
  struct Frame {
    std::vector<ast::Statement>* block;  // where its statements go when it closes
  };
  Span error_span(const SyntaxError& error) const;

  const SourceFile& source_;
  const char* begin_;
  std::vector<Frame> frames_;
  std::vector<std::vector<ast::Statement>> open_bodies_;  // by depth; [0] is unused
  std::vector<std::uint32_t> open_braces_;
};

template <typename Node>
Node& ParseState::start(Node node, std::uint32_t at) {
  ast::Statement statement{std::move(node), {at, at}, pending_optional, std::nullopt};
  pending_optional.reset();
  body().push_back(std::move(statement));
  return std::get<Node>(body().back().node);
}

// Builds the Value of a matched number, percent or duration, or a count `xN`.
ast::Value scalar_value(std::string_view text, Span span, ParseState& state);
ast::Value count_value(std::string_view text, Span span, ParseState& state);
// The content of a string literal with its escapes resolved.
ast::Text text_value(std::string_view quoted, Span span);

namespace actions {

namespace r = rules;

template <typename Rule>
struct action : tao::pegtl::nothing<Rule> {};

// ---- values

struct push_scalar {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.values.push_back(scalar_value(in.string_view(), s.span(in), s));
  }
};
template <>
struct action<r::scalar> : push_scalar {};

// `30 seconds`: the duration meant, and an error with the fix (grammar/familiar_forms.hpp).
template <>
struct action<r::spelled_duration> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    SpelledDuration read = read_spelled_duration(in.string_view(), s.span(in));
    s.values.push_back(std::move(read.value));
    s.report(std::move(read.error));
  }
};

struct push_count {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.values.push_back(count_value(in.string_view(), s.span(in), s));
  }
};
template <>
struct action<r::count> : push_count {};
template <>
struct action<r::rounds_clause> : push_count {};

template <>
struct action<r::range_tail> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    ast::Value high = s.take_value();
    ast::Value low = s.take_value();
    ast::Value range{ast::ValueKind::range, {low.span.begin, s.offset(in.end())}};
    range.bounds = ast::Bounds{std::move(low), std::move(high)};
    s.values.push_back(std::move(range));
  }
};

struct push_name {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.values.push_back({ast::ValueKind::name, s.span(in), in.string()});
  }
};
template <>
struct action<r::name_value> : push_name {};
template <>
struct action<r::kind_value> : push_name {};
template <>
struct action<r::position_value> : push_name {};
template <>
struct action<r::mode_value> : push_name {};
template <>
struct action<r::risk_value> : push_name {};
template <>
struct action<r::region_value> : push_name {};
template <>
struct action<r::condition_value> : push_name {};
template <>
struct action<r::equipment_value> : push_name {};
template <>
struct action<r::exercise_value> : push_name {};

struct push_string {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    ast::Text text = text_value(in.string_view(), s.span(in));
    s.values.push_back({ast::ValueKind::string, text.span, std::move(text.value)});
  }
};
template <>
struct action<r::string_value> : push_string {};
template <>
struct action<r::text_value> : push_string {};

template <>
struct action<r::string_open> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.last_string_open = s.offset(in.begin());
  }
};

template <>
struct action<r::comment> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.file.comments.push_back(s.span(in));
  }
};

// ---- helpers for the actions below

inline ast::Name name_of(const auto& in, ParseState& s) {
  return {in.string(), s.span(in)};
}

// An action that starts a statement of type Node at its keyword.
template <typename Node>
struct starts {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.start(Node{}, s.offset(in.begin()));
  }
};

template <typename>
struct member_of;
template <typename Class, typename Member>
struct member_of<Member Class::*> {
  using type = Class;
};

// Actions that fill one field of the statement being built, named by a member pointer:
// with the matched name, the matched string literal, or the value the part just pushed.
template <auto Field>
struct sets_name {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.current_node<typename member_of<decltype(Field)>::type>().*Field = name_of(in, s);
  }
};
template <auto Field>
struct sets_text {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.current_node<typename member_of<decltype(Field)>::type>().*Field =
        text_value(in.string_view(), s.span(in));
  }
};
template <auto Field>
struct takes_value {
  template <typename ActionInput>
  static void apply(const ActionInput&, ParseState& s) {
    s.current_node<typename member_of<decltype(Field)>::type>().*Field = s.take_value();
  }
};

// ---- steps

template <>
struct action<r::kw_optional> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.pending_optional = s.span(in);
  }
};

template <ast::Verb verb>
struct starts_dose {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.start(ast::Dose{verb}, s.offset(in.begin()));
  }
};
template <>
struct action<r::kw_hold> : starts_dose<ast::Verb::hold> {};
template <>
struct action<r::kw_reps> : starts_dose<ast::Verb::reps> {};
template <>
struct action<r::kw_warmup> : starts_dose<ast::Verb::warmup> {};

template <>
struct action<r::exercise_ref> : sets_name<&ast::Dose::exercise> {};

template <>
struct action<r::hold_amount> : takes_value<&ast::Dose::amount> {};
template <>
struct action<r::reps_amount> : takes_value<&ast::Dose::amount> {};
template <>
struct action<r::warmup_amount> : takes_value<&ast::Dose::amount> {};

template <>
struct action<r::dose_options> {
  template <typename ActionInput>
  static void apply(const ActionInput&, ParseState& s) {
    // The rounds clause pushed the only value still waiting, if there was one.
    if (!s.values.empty()) s.current_node<ast::Dose>().rounds = ast::Count(s.take_value());
  }
};

template <>
struct action<r::each_side> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    auto& dose = s.current_node<ast::Dose>();
    dose.sides = ast::Sides::each;
    dose.sides_span = s.span(in);
  }
};
template <>
struct action<r::on_side> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    auto& dose = s.current_node<ast::Dose>();
    dose.sides = in.string_view().ends_with("left") ? ast::Sides::left : ast::Sides::right;
    dose.sides_span = s.span(in);
  }
};

template <>
struct action<r::kw_rest> : starts<ast::Rest> {};
template <>
struct action<r::rest_amount> : takes_value<&ast::Rest::duration> {};
template <>
struct action<r::kw_switch> : starts<ast::SwitchSides> {};
template <>
struct action<r::kw_say> : starts<ast::Say> {};
// `note "…"`: a `say`, and an error that says so (grammar/familiar_forms.hpp).
template <>
struct action<r::say_synonym> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.start(ast::Say{}, s.offset(in.begin()));
    s.report(say_synonym_error(in.string_view(), s.span(in)));
  }
};
template <>
struct action<r::say_text> : sets_text<&ast::Say::text> {};

template <>
struct action<r::kw_section> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.next_block = &s.start(ast::Section{}, s.offset(in.begin())).body;
  }
};
template <>
struct action<r::section_title> : sets_text<&ast::Section::title> {};
template <>
struct action<r::kw_repeat> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.next_block = &s.start(ast::Repeat{}, s.offset(in.begin())).body;
  }
};
template <>
struct action<r::repeat_times> : takes_value<&ast::Repeat::times> {};

template <>
struct action<r::block_open> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    ast::Block* block = s.next_block;
    s.next_block = nullptr;
    block->span.begin = s.offset(in.begin());
    s.open_brace(block->span.begin);
    s.enter(block->statements, block->span.begin);
  }
};
template <>
struct action<r::block_close> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.leave();
    s.close_brace();
    // The block just closed belongs to the statement now innermost in the enclosing body.
    ast::Statement& owner = s.current();
    const std::uint32_t end = s.offset(in.end());
    std::visit(
        [end](auto& node) {
          using Node = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<Node, ast::If>) {
            (node.else_body ? *node.else_body : node.then_body).span.end = end;
          } else if constexpr (requires { node.body.span; }) {
            node.body.span.end = end;
          }
        },
        owner.node);
  }
};

template <>
struct action<r::kw_if> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.next_block = &s.start(ast::If{}, s.offset(in.begin())).then_body;
  }
};
template <>
struct action<r::if_condition> : sets_name<&ast::If::condition> {};
template <>
struct action<r::kw_then> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    auto& node = s.current_node<ast::If>();
    node.inline_then = true;
    s.next_block = nullptr;
    s.enter(node.then_body.statements, s.offset(in.begin()));
  }
};
// Closes the inline body of `then` or `else if`, whose span is that of its one statement.
struct leaves_inline_body {
  template <typename ActionInput>
  static void apply(const ActionInput&, ParseState& s) {
    const Span inner = s.current().span;
    s.leave();
    auto& node = s.current_node<ast::If>();
    (node.else_body ? *node.else_body : node.then_body).span = inner;
  }
};
template <>
struct action<r::then_clause> : leaves_inline_body {};
template <>
struct action<r::kw_else> {
  template <typename ActionInput>
  static void apply(const ActionInput&, ParseState& s) {
    s.next_block = &s.current_node<ast::If>().else_body.emplace();
  }
};
template <>
struct action<r::else_if_start> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    auto& node = s.current_node<ast::If>();
    node.else_if = true;
    s.next_block = nullptr;
    s.enter(node.else_body->statements, s.offset(in.begin()));
  }
};
template <>
struct action<r::else_if> : leaves_inline_body {};

template <>
struct action<r::kw_scale> : starts<ast::Scale> {};
template <>
struct action<r::scale_amount> : takes_value<&ast::Scale::factor> {};
// ---- progressions: after a dose (`kw_dose_progress`) or as a statement (`kw_progress`); the
// parts fill in whichever is being built.

inline ast::Progress& progress_being_built(ParseState& s) {
  if (auto* dose = std::get_if<ast::Dose>(&s.current().node)) return *dose->progress;
  return s.current_node<ast::Progress>();
}
template <>
struct action<r::kw_progress> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.start(ast::Progress{}, s.offset(in.begin())).span = s.span(in);
  }
};
template <>
struct action<r::kw_dose_progress> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.current_node<ast::Dose>().progress.emplace().span = s.span(in);
  }
};
template <>
struct action<r::progress_rounds> {
  template <typename ActionInput>
  static void apply(const ActionInput&, ParseState& s) {
    progress_being_built(s).rounds = true;
  }
};
template <>
struct action<r::progress_sign> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    progress_being_built(s).shrinks = in.peek_char() == '-';
  }
};
template <>
struct action<r::progress_amount> {
  template <typename ActionInput>
  static void apply(const ActionInput&, ParseState& s) {
    progress_being_built(s).step = s.take_value();
  }
};
template <>
struct action<r::progress_weeks> {
  template <typename ActionInput>
  static void apply(const ActionInput&, ParseState& s) {
    progress_being_built(s).weeks = s.take_value();
  }
};
template <>
struct action<r::progress_goal> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    ast::Progress& progress = progress_being_built(s);
    progress.until = s.take_value();
    progress.span.end = s.offset(in.end());
  }
};

template <>
struct action<r::kw_set> : starts<ast::Set> {};
template <>
struct action<r::setting_name> : sets_name<&ast::Set::setting> {};
template <>
struct action<r::setting_value> : takes_value<&ast::Set::value> {};
template <>
struct action<r::kw_target> : starts<ast::Target> {};
template <>
struct action<r::target_amount> : takes_value<&ast::Target::duration> {};
template <>
struct action<r::kw_frequency> : starts<ast::Frequency> {};
template <>
struct action<r::frequency_times> : takes_value<&ast::Frequency::per_week> {};
template <>
struct action<r::kw_screen> : starts<ast::ScreenUse> {};
template <>
struct action<r::screen_ref> : sets_name<&ast::ScreenUse::screen> {};
template <>
struct action<r::kw_given> : starts<ast::Given> {};
template <>
struct action<r::given_condition> : sets_name<&ast::Given::condition> {};
template <>
struct action<r::unless_condition> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.current().unless = name_of(in, s);
  }
};

// A whole step (with `optional` and `unless`), including the inline step of `then`/`else if`.
struct sets_statement_span {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.current().span = s.span(in);
  }
};
template <>
struct action<r::step_main> : sets_statement_span {};
template <>
struct action<r::then_step> : sets_statement_span {};
template <>
struct action<r::nested_step> : sets_statement_span {};
template <>
struct action<r::definition> : sets_statement_span {};

// ---- definitions

template <>
struct action<r::kw_use> : starts<ast::Use> {};
template <>
struct action<r::module_name> : sets_name<&ast::Use::module> {};
template <>
struct action<r::use_path> : sets_text<&ast::Use::path> {};

template <>
struct action<r::kw_exercise> : starts<ast::ExerciseDef> {};
template <>
struct action<r::kw_condition> : starts<ast::ConditionDecl> {};
template <>
struct action<r::kw_screen_declaration> : starts<ast::ScreenDecl> {};
template <>
struct action<r::definition_name> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    std::visit(
        [&](auto& node) {
          if constexpr (requires { node.name = ast::Name{}; }) node.name = name_of(in, s);
        },
        s.current().node);
  }
};
template <>
struct action<r::display_name> : sets_text<&ast::ExerciseDef::display_name> {};
template <>
struct action<r::question> : sets_text<&ast::ConditionDecl::question> {};
template <>
struct action<r::screen_title> : sets_text<&ast::ScreenDecl::title> {};
// A condition's text line is added only once all of it matched, so a broken line leaves nothing
// half-built behind when the parse recovers.
template <>
struct action<r::condition_text_line> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    const std::string_view line = in.string_view();
    const std::size_t key_length = line.find_first_of(" \t");
    const std::size_t quote = line.find('"');
    const std::uint32_t begin = s.offset(in.begin());
    const auto at = [&](std::size_t i) { return begin + static_cast<std::uint32_t>(i); };
    s.current_node<ast::ConditionDecl>().texts.push_back(
        {{std::string(line.substr(0, key_length)), {begin, at(key_length)}},
         text_value(line.substr(quote), {at(quote), at(line.size())}),
         s.span(in)});
  }
};
template <>
struct action<r::flag_text> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    ast::Text text = text_value(in.string_view(), s.span(in));
    s.current_node<ast::ScreenDecl>().flags.push_back({text, text.span});
  }
};
template <>
struct action<r::flag_required> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    // The flag's span runs from `flag` to its text; a trailing comment is not part of it.
    auto& flag = s.current_node<ast::ScreenDecl>().flags.back();
    flag.span = {s.offset(in.begin()), flag.text.span.end};
  }
};

// The braces of an exercise, condition or screen definition: no statements inside, only
// properties, the condition's texts or flags.
template <>
struct action<r::definition_open> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.open_brace(s.offset(in.begin()));
  }
};
template <>
struct action<r::definition_close> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    const Span braces{s.open_braces_back(), s.offset(in.end())};
    s.close_brace();
    std::visit(
        [&](auto& node) {
          if constexpr (requires { node.body = Span{}; }) node.body = braces;
        },
        s.current().node);
  }
};

template <>
struct action<r::property_key_and_values> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    const std::string_view text = in.string_view();
    const std::size_t key_length = text.find_first_of(" \t");
    const std::uint32_t begin = s.offset(in.begin());
    ast::Property property{
        {std::string(text.substr(0, key_length)),
         {begin, begin + static_cast<std::uint32_t>(std::min(key_length, text.size()))}},
        std::move(s.values),
        s.span(in)};
    s.values.clear();
    s.current_node<ast::ExerciseDef>().properties.push_back(std::move(property));
  }
};

template <>
struct action<r::kw_routine> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, ParseState& s) {
    s.next_block = &s.start(ast::Routine{}, s.offset(in.begin())).body;
  }
};
template <>
struct action<r::routine_title> : sets_text<&ast::Routine::title> {};

}  // namespace actions
}  // namespace limber
