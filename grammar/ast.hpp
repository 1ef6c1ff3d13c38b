#pragma once

// The syntax tree of one limber file, built by the parser's actions (grammar/actions.hpp).
// Every node carries the byte span it was parsed from; nothing here knows about lines or
// columns. The tree keeps what was written (a number's digits, a duration's parts) so that the
// formatter can print it back and later stages can say precisely what is wrong with it.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "grammar/boxed.hpp"
#include "grammar/span.hpp"
#include "grammar/symbol.hpp"

namespace limber::ast {

struct Name {
  Symbol text;
  Span span;
};

// A string literal; `value` has its escapes resolved.
struct Text {
  Symbol value;  // interned like names: a large file repeats a few titles and cues many times
  Span span;
};

enum class Unit : std::uint8_t { seconds, minutes, hours };

// How the canonical layout spells a unit after its amount, and the seconds it stands for.
constexpr std::string_view unit_text(Unit unit) {
  return unit == Unit::hours ? "h" : unit == Unit::minutes ? "min" : "s";
}
constexpr double unit_seconds(Unit unit) {
  return unit == Unit::hours ? 3600 : unit == Unit::minutes ? 60 : 1;
}

enum class ValueKind : std::uint8_t {
  number,    // 10, 0.5
  percent,   // 50%
  duration,  // 30s, 1min30s
  count,     // x3
  name,      // right, hip
  string,    // "…"
  range,     // 15s..30s, 2..3
};

struct Value;
using Bounds = std::array<Value, 2>;

// A literal argument. The grammar decides where a value may stand; whether it has the right
// type and unit there (a duration for `hold`, a count for `reps`) is the checker's job, so that
// `hold cat_cow 30` gets a type error that can say what was meant.
struct Value {
  ValueKind kind = ValueKind::number;
  Span span;
  // number and percent: the digits as written ("0.5", "50"); count: the digits after `x`;
  // name: the name; string: the unescaped text; duration: its amounts as written, each with its
  // unit in canonical spelling ("1min30s" for `1 min 30 sec`), which is all the formatter needs.
  Symbol text;
  // number: its value; percent: the number before `%`; count: N; duration: total seconds.
  double number = 0;
  Boxed<Bounds> bounds;  // range only: low then high

  const Value& low() const { return (*bounds)[0]; }
  const Value& high() const { return (*bounds)[1]; }
};

// Something a statement may leave out, kept in the space of the thing alone: whatever is
// written covers at least one character, so an empty span stands for "not written". A tree of
// a large file holds hundreds of thousands of these, and std::optional would add 8 bytes to
// each (a dose's rounds, a statement's `optional` keyword). Reads like std::optional.
// A dose's rounds, `xN`: always a count, so kept without what other values need (a range's
// bounds, a kind), which makes every statement 8 bytes smaller. Reads as the Value it stands for.
struct Count {
  static constexpr ValueKind kind = ValueKind::count;
  Span span;
  Symbol text;  // the digits after `x`
  double number = 0;

  Count() = default;
  Count(const Value& value)  // NOLINT(google-explicit-constructor): from the parser's value
      : span(value.span), text(value.text), number(value.number) {}
  operator Value() const {  // NOLINT(google-explicit-constructor)
    return {kind, span, text, number};
  }
};

inline Span span_of(const Span& span) {
  return span;
}
inline Span span_of(const Value& value) {
  return value.span;
}
inline Span span_of(const Count& count) {
  return count.span;
}

template <typename T>
class Written {
 public:
  Written() = default;
  Written(T value) : value_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Written(std::nullopt_t) {}                      // NOLINT(google-explicit-constructor)
  Written(const std::optional<T>& value) {        // NOLINT(google-explicit-constructor)
    if (value) value_ = *value;
  }

  bool has_value() const { return span_of(value_).size() != 0; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return value_; }
  T& operator*() { return value_; }
  const T* operator->() const { return &value_; }
  T* operator->() { return &value_; }

 private:
  T value_{};
};

struct Statement;

// `{ … }` with the statements inside; span covers both braces. For the inline form
// `if COND then STEP`, the block holds that one step and its span is the step's.
struct Block {
  std::vector<Statement> statements;
  Span span;
};

// ---- steps (inside a routine, section, repeat, if; or at top level: the implicit routine)

enum class Verb : std::uint8_t { hold, reps, warmup };
enum class Sides : std::uint8_t { unspecified, each, left, right };

// `progress [rounds] +STEP per [N] week[s] until GOAL`: how a dose grows week by week, after a
// hold or reps step, or as a statement of a block (it then applies to the block's steps).
struct Progress {
  bool rounds = false;   // `progress rounds …`: the rounds grow, not the hold or the reps
  bool shrinks = false;  // written with `-`: the checker says a progression only grows
  Value step;
  Boxed<Value> weeks;  // `per 2 weeks`; empty for `per week`
  Value until;
  Span span;  // from `progress` to the goal
};

// `hold EX DUR [xN] [sides]`, `reps EX COUNT [xN] [sides]`, `warmup EX DUR`.
struct Dose {
  Verb verb = Verb::hold;
  Sides sides = Sides::unspecified;
  Name exercise;
  Value amount;
  Written<Count> rounds;     // the `xN` count
  Span sides_span;           // `each side`, `on left`, `on right`; empty when unspecified
  Boxed<Progress> progress;  // `… progress +5s per week until 30s`
};

struct Rest {
  Value duration;
};
struct SwitchSides {};
struct Say {
  Text text;
};
struct Section {
  Text title;
  Block body;
};
struct Repeat {
  Value times;  // `repeat 3` or `repeat x3`
  Block body;
};
struct If {
  Name condition;
  Block then_body;
  Boxed<Block> else_body;
  bool inline_then = false;  // `if COND then STEP`
  bool else_if = false;      // `else if …`: else_body holds exactly that one `if`
};
struct Scale {
  Value factor;
};
struct Set {
  Name setting;
  Value value;
};
struct Target {
  Value duration;
};
// `frequency 3..5 per week` or `frequency daily`.
struct Frequency {
  std::optional<Value> per_week;  // empty for `daily`
};
struct ScreenUse {
  Name screen;
};
struct Given {
  Name condition;
};

// ---- definitions (top level only)

struct Use {
  std::optional<Name> module;  // `use neck`
  std::optional<Text> path;    // `use "my_exercises.limber"`
};

// One line of an exercise definition: `kind stretch`, `regions hip, glutes`, `sided`, …
struct Property {
  Name key;
  std::vector<Value> values;
  Span span;
};

struct ExerciseDef {
  Name name;
  std::optional<Text> display_name;
  std::vector<Property> properties;
  Span body;  // the braces
};

// One line of a condition's block: `reason "…"` or `acknowledge "…"`.
struct ConditionText {
  Name key;
  Text text;
  Span span;  // from the key to the text
};

struct ConditionDecl {
  Name name;
  Text question;
  std::vector<ConditionText> texts;  // in the order written; none without a block
  Span body;                         // the braces, when there are any
};

struct Flag {
  Text text;
  Span span;
};

struct ScreenDecl {
  Name name;
  Text title;
  std::vector<Flag> flags;
  Span body;  // the braces
};

struct Routine {
  Text title;
  Block body;
};

using Node =
    std::variant<Dose, Rest, SwitchSides, Say, Section, Repeat, If, Scale, Progress, Set, Target,
                 Frequency, ScreenUse, Given, Use, ExerciseDef, ConditionDecl, ScreenDecl, Routine>;

struct Statement {
  Node node;
  // From the first token (`optional` when present) to the last (the `unless` condition when
  // present); a trailing comment is not part of it.
  Span span;
  Written<Span> optional_keyword;  // `optional STEP`
  Boxed<Name> unless;              // `STEP unless COND`
};

struct File {
  std::vector<Statement> statements;
  std::vector<Span> comments;  // every `# …` comment, in source order, without its line end
};

}  // namespace limber::ast
