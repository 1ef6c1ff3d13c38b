// The routine's rules as written: every name resolved, every argument of the right type and
// unit, and the safety rules that hold whatever the conditions (a flare-up never scales up, a
// `given` contraindication, a high-risk exercise made optional), checked in one walk over the
// routine's steps. The walk carries what holds where a step stands: which conditions keep it
// from running (`unless`, the `else` of an `if`), whether it is optional, and whether it runs
// during a flare-up. The dose rules (ranges, sides, warm-up first, target) judge the plans the
// routine can produce instead, after scale and alternatives: interpreter/safety/.

#include <algorithm>
#include <iterator>
#include <set>

#include "grammar/in_order.hpp"
#include "grammar/suggest.hpp"
#include "interpreter/backends/audio/phrases.hpp"
#include "interpreter/check/check.hpp"
#include "interpreter/check/report.hpp"

namespace limber {

namespace msg = check_messages;

namespace {

constexpr std::string_view flare_up = "flare_up";

// A condition under which a step does not run (its `unless`, the `else` it stands in), and those
// of the blocks around: a chain from the innermost out, each link on the stack of the walk, so
// that the context of a step is copied without a heap block.
struct Guard {
  Symbol condition;
  const Guard* outer = nullptr;
};

bool guards(const Guard* guard, std::string_view condition) {
  for (; guard != nullptr; guard = guard->outer) {
    if (guard->condition == condition) return true;
  }
  return false;
}

struct Context {
  bool routine_level = true;       // directly in the routine, not in a section or other block
  const Guard* guarded = nullptr;  // conditions under which this step does not run
  bool optional = false;           // the step or a block around it is optional
  bool during_flare_up = false;    // the step runs when the patient has a flare-up
  bool conditional = false;        // in the body of an `if` or its `else`
  // The progressions of the blocks around the step, innermost first: of holds, reps, rounds.
  const ast::Progress* hold_progress = nullptr;
  const ast::Progress* reps_progress = nullptr;
  const ast::Progress* rounds_progress = nullptr;
};

enum class Grows { hold, reps, rounds };

// What a progression grows: its rounds, or the holds (a duration) or reps (anything else) —
// for a step's own progression the verb decides, for a block's the unit of its step.
Grows grows(const ast::Progress& progress, std::optional<ast::Verb> verb = std::nullopt) {
  if (progress.rounds) return Grows::rounds;
  if (verb) return *verb == ast::Verb::reps ? Grows::reps : Grows::hold;
  return progress.step.kind == ast::ValueKind::duration ? Grows::hold : Grows::reps;
}

// The progression of the blocks around a step that grows `what`.
const ast::Progress*& block_progress(Context& context, Grows what) {
  return what == Grows::hold   ? context.hold_progress
         : what == Grows::reps ? context.reps_progress
                               : context.rounds_progress;
}
const ast::Progress* block_progress(const Context& context, Grows what) {
  return what == Grows::hold   ? context.hold_progress
         : what == Grows::reps ? context.reps_progress
                               : context.rounds_progress;
}

bool is_step(const ast::Statement& statement) {
  return !std::holds_alternative<ast::Use>(statement.node) &&
         !std::holds_alternative<ast::ExerciseDef>(statement.node) &&
         !std::holds_alternative<ast::ConditionDecl>(statement.node) &&
         !std::holds_alternative<ast::ScreenDecl>(statement.node) &&
         !std::holds_alternative<ast::Routine>(statement.node);
}

// The file's routines: its `routine` blocks, or the steps at its top level.
void find_routines(Program& program) {
  const auto& statements = program.modules.front()->file.statements;
  const ast::Statement* first_step = nullptr;
  const ast::Routine* first_routine = nullptr;
  for (const auto& statement : statements) {
    if (const auto* routine = std::get_if<ast::Routine>(&statement.node)) {
      program.routines.push_back(
          {routine->title.value, &routine->body.statements, routine->title.span});
      if (first_routine == nullptr) first_routine = routine;
    } else if (is_step(statement) && first_step == nullptr) {
      first_step = &statement;
    }
  }
  if (first_step == nullptr) return;
  if (first_routine != nullptr) {
    // Loose steps beside routine blocks belong to no routine the therapist named.
    report(program, &program.main_source(), msg::steps_outside_routine, first_step->span);
    return;
  }
  program.routines.push_back({"", &statements, first_step->span});
}

// What checking some of the routines found: its diagnostics in order, and the conditions and
// screens they use (for the warnings about those declared and never used).
struct RoutineFindings {
  std::vector<LocatedDiagnostic> diagnostics;
  std::vector<Symbol> used_conditions;
  std::vector<Symbol> used_screens;
};

// Walks one routine after another. Only reads the program, so that threads can share it; what
// it finds goes into the RoutineFindings it is given.
class RoutineChecker {
 public:
  explicit RoutineChecker(const Program& program)
      : program_(program), source_(&program.main_source()) {
    for (const auto& [name, _] : program.exercises) exercise_names_.push_back(name);
    for (const auto& [name, _] : program.conditions) condition_names_.push_back(name);
    for (const auto& [name, _] : program.screens) screen_names_.push_back(name);
  }

  void check(const RoutineRef& routine, RoutineFindings& into) {
    into_ = &into;
    // Each routine is its own session, with its own `given`.
    given_.clear();
    Context context;
    for (const auto& statement : *routine.statements) {
      if (const auto* given = std::get_if<ast::Given>(&statement.node)) {
        given_.push_back(given->condition.text);
      }
    }
    context.during_flare_up = is_given(flare_up);
    walk(*routine.statements, context);
  }

 private:
  // Adds diagnostic_of(text, span, args…) to what this walk found, and returns it.
  template <typename... Args>
  Diagnostic& report(const msg::Text& text, Span span, const Args&... args) {
    into_->diagnostics.push_back({source_, diagnostic_of(text, span, args...)});
    return into_->diagnostics.back().diagnostic;
  }

  bool is_given(std::string_view condition) const {
    return std::find(given_.begin(), given_.end(), condition) != given_.end();
  }

  // ---- names

  template <typename Table>
  const typename Table::mapped_type* resolve(const Table& table, const ast::Name& name,
                                             const msg::Text& unknown,
                                             const std::vector<std::string_view>& known) {
    if (auto it = table.find(name.text); it != table.end()) return &it->second;
    Diagnostic& d = report(unknown, name.span, name.text);
    if (unknown.help.find("{}") != std::string_view::npos) {
      d.help = fill_in(unknown.help, name.text);
    }
    suggest_name_into(d, name.text, known);
    return nullptr;
  }

  const Condition* condition(const ast::Name& name) {
    into_->used_conditions.push_back(name.text);
    return resolve(program_.conditions, name, msg::unknown_condition, condition_names_);
  }

  // ---- values

  // A range where a step takes one value (`hold cat_cow 15s..30s`). The fix offered is the low
  // end: the guide has patients start gently and "progress gradually by increasing stretch
  // duration or rounds as comfort allows"; a step's dose is one session's, so the range's
  // upper end is where to progress to, said in the help of a hold, reps or warm-up (`dose`).
  void range_in_step(const ast::Value& range, std::string_view what, std::string_view one,
                     bool dose) {
    const bool ordered = range.low().number <= range.high().number;
    const ast::Value& low = ordered ? range.low() : range.high();
    const ast::Value& high = ordered ? range.high() : range.low();
    const bool wants_unit = one == msg::one_duration_word;
    auto shown = [&](const ast::Value& bound) {
      return format_value(bound) + (wants_unit && bound.kind == ast::ValueKind::number ? "s" : "");
    };
    Diagnostic& d = report(msg::range_in_step, range.span, what, one, format_value(range));
    d.help = dose ? fill_in(msg::range_in_dose_help, shown(low), shown(high))
                  : fill_in(msg::range_in_step.help, one, shown(low));
    d.suggestion = shown(low);
  }

  // A duration of more than zero; a bare number gets "needs a unit" with the fix.
  std::optional<double> duration(const ast::Value& value, std::string_view what,
                                 bool dose = false) {
    if (value.kind == ast::ValueKind::range) {
      range_in_step(value, what, msg::one_duration_word, dose);
      return std::nullopt;
    }
    if (value.kind == ast::ValueKind::number) {
      report(msg::needs_unit, value.span, format_value(value), value.text + "s").suggestion =
          value.text + "s";
      return std::nullopt;
    }
    if (value.kind != ast::ValueKind::duration) {
      report(msg::wrong_type, value.span, what, msg::a_duration, describe(value)).help =
          msg::durations_carry_units;
      return std::nullopt;
    }
    if (value.number <= 0) {
      report(msg::zero_duration, value.span);
      return std::nullopt;
    }
    return value.number;
  }

  // A whole number of at least one, written as `10` or `x3`.
  std::optional<double> count(const ast::Value& value, std::string_view what, bool dose = false) {
    if (value.kind == ast::ValueKind::range) {
      range_in_step(value, what, msg::one_number, dose);
      return std::nullopt;
    }
    const bool numeric =
        value.kind == ast::ValueKind::number || value.kind == ast::ValueKind::count;
    if (!numeric) {
      report(msg::wrong_type, value.span, what, msg::a_count, describe(value)).help =
          value.kind == ast::ValueKind::duration ? msg::reps_are_counted
                                                 : msg::write_a_whole_number;
      return std::nullopt;
    }
    if (!is_whole(value.number) || value.number < 1) {
      report(msg::invalid_count, value.span, what);
      return std::nullopt;
    }
    return value.number;
  }

  // ---- the walk

  // A block's `progress` statements apply to all of its steps, wherever they stand in it (like
  // `scale`), and replace those of the blocks around it.
  Context with_block_progressions(const std::vector<ast::Statement>& block, const Context& outer) {
    Context context = outer;
    std::set<Grows> seen;
    for (const ast::Statement& statement : block) {
      const auto* progress = std::get_if<ast::Progress>(&statement.node);
      if (progress == nullptr) continue;
      const Grows what = grows(*progress);
      if (!seen.insert(what).second) {
        report(msg::progress_twice, progress->span, "block", grows_word(what));
      }
      block_progress(context, what) = progress;
    }
    return context;
  }

  static std::string_view dose_word(Grows what) {
    return what == Grows::hold ? "hold" : what == Grows::reps ? "reps" : "number of rounds";
  }

  static std::string_view grows_word(Grows what) {
    return what == Grows::hold ? "holds" : what == Grows::reps ? "reps" : "rounds";
  }

  void walk(const std::vector<ast::Statement>& block, const Context& outer_block) {
    const Context outer = with_block_progressions(block, outer_block);
    for (std::size_t i = 0; i < block.size(); ++i) {
      const ast::Statement& statement = block[i];
      Context context = outer;
      if (statement.optional_keyword) context.optional = true;
      Guard unless;
      if (statement.unless && condition(*statement.unless)) {
        unless = {statement.unless->text, context.guarded};
        context.guarded = &unless;
      }
      const ast::Statement* previous = i > 0 ? &block[i - 1] : nullptr;
      const ast::Statement* next = i + 1 < block.size() ? &block[i + 1] : nullptr;
      std::visit([&](const auto& node) { step(node, statement, previous, next, context); },
                 statement.node);
    }
  }

  void step(const ast::Dose& dose, const ast::Statement&, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    const Exercise* exercise =
        resolve(program_.exercises, dose.exercise, msg::unknown_exercise, exercise_names_);
    if (dose.verb == ast::Verb::reps) {
      count(dose.amount, "`reps`", true);
    } else {
      duration(dose.amount, dose.verb == ast::Verb::hold ? "`hold`" : "`warmup`", true);
    }
    if (dose.rounds) count(*dose.rounds, msg::the_rounds);
    if (dose.progress) progression_values(*dose.progress, grows(*dose.progress, dose.verb));
    if (dose.verb != ast::Verb::warmup) progression_goals(dose, context);
    if (exercise == nullptr) return;
    if (dose.verb != ast::Verb::warmup) check_verb(dose, *exercise);
    safety(dose, *exercise, context);
  }

  // ---- progressions

  // Its step and goal in the unit of what it grows, a whole number of weeks, and a step up.
  bool progression_values(const ast::Progress& progress, Grows what) {
    bool ok = true;
    if (what == Grows::hold) {
      ok = duration(progress.step, msg::progress_step_word).has_value();
      ok = duration(progress.until, msg::progress_goal_word).has_value() && ok;
    } else {
      ok = count(progress.step, msg::progress_step_word).has_value();
      ok = count(progress.until, msg::progress_goal_word).has_value() && ok;
    }
    if (progress.weeks) ok = count(*progress.weeks, msg::progress_weeks_word).has_value() && ok;
    if (progress.shrinks) {
      const std::string step = format_value(progress.step);
      report(msg::progress_shrinks, progress.step.span, step).help =
          fill_in(msg::progress_shrinks.help, step);
      ok = false;
    }
    return ok;
  }

  // The goal of each progression that applies to the dose is above the dose as written.
  void progression_goals(const ast::Dose& dose, const Context& context) {
    const Grows amount = dose.verb == ast::Verb::reps ? Grows::reps : Grows::hold;
    for (const Grows what : {amount, Grows::rounds}) {
      const ast::Progress* progress = dose.progress && grows(*dose.progress, dose.verb) == what
                                          ? &*dose.progress
                                          : block_progress(context, what);
      if (progress == nullptr || !well_typed(*progress, what)) continue;
      const bool rounds = what == Grows::rounds;
      const double written = rounds ? (dose.rounds ? dose.rounds->number : 1) : dose.amount.number;
      if (!rounds && !well_typed_amount(dose.amount, what)) continue;
      if (progress->until.number > written) continue;
      const std::string shown_written = rounds
                                            ? (dose.rounds ? format_value(*dose.rounds) : "1 round")
                                            : format_value(dose.amount);
      const std::string whose = fmt::format("the {} of `{}`", dose_word(what), dose.exercise.text);
      report(msg::progress_goal_not_above, progress->until.span, whose,
             format_value(progress->until), shown_written);
    }
  }

  static bool well_typed_amount(const ast::Value& value, Grows what) {
    if (what == Grows::hold) return value.kind == ast::ValueKind::duration && value.number > 0;
    return (value.kind == ast::ValueKind::number || value.kind == ast::ValueKind::count) &&
           is_whole(value.number) && value.number >= 1;
  }

  static bool well_typed(const ast::Progress& progress, Grows what) {
    return !progress.shrinks && well_typed_amount(progress.step, what) &&
           well_typed_amount(progress.until, what);
  }

  // A block's progression: rounds, or a duration for the holds or a number for the reps.
  void step(const ast::Progress& progress, const ast::Statement&, const ast::Statement*,
            const ast::Statement*, const Context&) {
    const ast::ValueKind kind = progress.step.kind;
    if (!progress.rounds && kind != ast::ValueKind::duration && kind != ast::ValueKind::number &&
        kind != ast::ValueKind::count) {
      report(msg::wrong_type, progress.step.span, "`progress`", msg::a_block_progression,
             describe(progress.step))
          .help = msg::block_progress_help;
      return;
    }
    progression_values(progress, grows(progress));
  }

  void check_verb(const ast::Dose& dose, const Exercise& exercise) {
    const bool holds = dose.verb == ast::Verb::hold;
    if (holds == (exercise.mode == Mode::hold)) return;
    const std::string_view right = holds ? "reps" : "hold";
    report(msg::wrong_verb, dose.exercise.span, exercise.name, to_string(exercise.mode), right,
           holds ? "hold" : "reps")
        .help = fill_in(msg::verb_example, right, exercise.name, holds ? "10 x2" : "30s x2");
  }

  void safety(const ast::Dose& dose, const Exercise& exercise, const Context& context) {
    if (exercise.risk == Risk::high && !context.optional) {
      report(msg::high_risk_not_optional, dose.exercise.span, exercise.name);
    }
    // The guide offers pigeon and the rotation stretches as optional: the patient may leave them.
    if (exercise.optional_only && !context.optional) {
      report(msg::optional_only_mandatory, dose.exercise.span, exercise.name);
    }
    for (const std::string& avoid : exercise.avoid_if) {
      if (!is_given(avoid) || guards(context.guarded, avoid)) continue;
      report(msg::contraindicated, dose.exercise.span, exercise.name, avoid, avoid).help =
          exercise.alt ? fill_in(msg::use_the_alt, *exercise.alt, avoid)
                       : fill_in(msg::remove_or_guard, avoid);
    }
  }

  void step(const ast::Rest& rest, const ast::Statement&, const ast::Statement*,
            const ast::Statement*, const Context&) {
    duration(rest.duration, "`rest`");
  }

  void step(const ast::SwitchSides&, const ast::Statement& statement,
            const ast::Statement* previous, const ast::Statement*, const Context&) {
    const auto* dose = previous ? std::get_if<ast::Dose>(&previous->node) : nullptr;
    if (dose == nullptr || dose->verb == ast::Verb::warmup) {
      report(msg::switch_without_step, statement.span);
    }
  }

  void step(const ast::Say&, const ast::Statement&, const ast::Statement*, const ast::Statement*,
            const Context&) {}

  void step(const ast::Section& section, const ast::Statement&, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    Context inner = context;
    inner.routine_level = false;
    walk(section.body.statements, inner);
  }

  void step(const ast::Repeat& repeat, const ast::Statement&, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    Context inner = context;
    inner.routine_level = false;
    count(repeat.times, "`repeat`");
    walk(repeat.body.statements, inner);
  }

  void step(const ast::If& branch, const ast::Statement&, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    condition(branch.condition);
    Context then_context = context;
    then_context.routine_level = branch.inline_then && context.routine_level;
    then_context.conditional = true;
    if (branch.condition.text == flare_up) then_context.during_flare_up = true;
    walk(branch.then_body.statements, then_context);
    if (branch.else_body) {
      Context else_context = context;
      else_context.routine_level = false;
      else_context.conditional = true;
      const Guard guard{branch.condition.text, context.guarded};
      else_context.guarded = &guard;
      walk(branch.else_body->statements, else_context);
    }
  }

  void step(const ast::Scale& scale, const ast::Statement&, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    const ast::Value& value = scale.factor;
    if (value.kind != ast::ValueKind::number && value.kind != ast::ValueKind::percent) {
      report(msg::wrong_type, value.span, "`scale`", msg::a_factor, describe(value)).help =
          msg::scale_multiplies;
      return;
    }
    const double factor = value.kind == ast::ValueKind::percent ? value.number / 100 : value.number;
    if (factor <= 0 || factor > 2) {
      report(msg::scale_out_of_range, value.span, format_value(value));
    } else if (factor > 1 && context.during_flare_up) {
      report(msg::flare_up_scale_up, value.span, format_value(value));
    }
  }

  void step(const ast::Set& set, const ast::Statement& statement, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    const std::string& name = set.setting.text;
    static const std::vector<std::string_view> settings = {"first_side",  "language", "round_rest",
                                                           "switch_time", "tempo",    "transition"};
    if (!std::binary_search(settings.begin(), settings.end(), std::string_view(name))) {
      Diagnostic& d = report(msg::unknown_setting, set.setting.span, name);
      suggest_into(d, name, settings);
      return;
    }
    if (name == "language") {
      language(set.value, statement, context);
      return;
    }
    if (name == "first_side") {
      if (set.value.kind != ast::ValueKind::name ||
          (set.value.text != "left" && set.value.text != "right")) {
        report(msg::invalid_setting_value, set.value.span, name, msg::left_or_right).help =
            msg::first_side_example;
      }
      return;
    }
    // A zero transition, rest or switch time is allowed (no pause); a tempo is not.
    if (set.value.kind == ast::ValueKind::duration && set.value.number == 0 && name != "tempo") {
      return;
    }
    duration(set.value, "`" + name + "`");
  }

  // `set language "es"`: one session speaks one language, so it is set once for the whole
  // routine, whatever the conditions, to a language limber has phrases for.
  void language(const ast::Value& value, const ast::Statement& statement, const Context& context) {
    if (context.conditional || statement.unless || statement.optional_keyword) {
      report(msg::conditional_language, statement.span);
    } else {
      routine_setting("set language", statement, context);
    }
    const auto known = audio::phrase_languages();
    if (value.kind != ast::ValueKind::string) {
      Diagnostic& d =
          report(msg::invalid_setting_value, value.span, "language", msg::a_language_code);
      // `set language es`: the code is right, the quotes are missing.
      const auto meant =
          value.kind == ast::ValueKind::name ? audio::language_meant(value.text) : std::nullopt;
      d.help = fill_in(msg::language_example, meant ? *meant : known.front());
      if (meant) d.suggestion = fmt::format("\"{}\"", *meant);
      return;
    }
    if (audio::phrases_for(value.text)) return;
    Diagnostic& d = report(msg::unknown_language, value.span, value.text);
    const std::vector<std::string_view> codes(known.begin(), known.end());
    std::optional<std::string> meant;
    if (const auto code = audio::language_meant(value.text)) {
      meant = std::string(*code);
    } else {
      meant = suggest(value.text, codes);
    }
    d.help = fill_in(msg::the_languages, audio::phrase_languages_in_words());
    if (meant) {
      d.help = fill_in(msg::did_you_mean_language, *meant, d.help);
      d.suggestion = fmt::format("\"{}\"", *meant);
    }
  }

  void routine_setting(std::string_view keyword, const ast::Statement& statement,
                       const Context& context) {
    if (!context.routine_level) {
      report(msg::routine_setting_in_block, statement.span, keyword);
    }
  }

  void step(const ast::Target& target, const ast::Statement& statement, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    routine_setting("target", statement, context);
    duration(target.duration, "`target`");
  }

  void step(const ast::Frequency& frequency, const ast::Statement& statement, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    routine_setting("frequency", statement, context);
    if (!frequency.per_week) return;
    const ast::Value& value = *frequency.per_week;
    if (value.kind == ast::ValueKind::range) {
      const auto low = count(value.low(), msg::a_frequency);
      const auto high = count(value.high(), msg::a_frequency);
      if (value.low().number > value.high().number) {
        report(msg::range_out_of_order, value.span, format_value(value)).help =
            fill_in(msg::range_out_of_order.help,
                    format_value(value.high()) + ".." + format_value(value.low()));
      } else if (low && high) {
        guide_frequency(value, *low, *high);
      }
    } else if (const auto days = count(value, msg::a_frequency)) {
      guide_frequency(value, *days, *days);
    }
  }

  // The guide: "many people do well with stretching 3–5 days per week. Daily stretching is fine
  // if it feels good". More than 7 days a week cannot be; each end of the range is 3, 4, 5 or 7.
  void guide_frequency(const ast::Value& value, double low, double high) {
    const auto in_guide = [](double days) { return (days >= 3 && days <= 5) || days == 7; };
    if (high > 7) {
      report(msg::frequency_above_daily, value.span, format_value(value));
    } else if (!in_guide(low) || !in_guide(high)) {
      report(msg::frequency_outside_guide, value.span, format_value(value));
    }
  }

  void step(const ast::ScreenUse& use, const ast::Statement& statement, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    routine_setting("screen", statement, context);
    into_->used_screens.push_back(use.screen.text);
    resolve(program_.screens, use.screen, msg::unknown_screen, screen_names_);
  }

  void step(const ast::Given& given, const ast::Statement& statement, const ast::Statement*,
            const ast::Statement*, const Context& context) {
    routine_setting("given", statement, context);
    condition(given.condition);
  }

  // Definitions never stand inside a routine (the grammar keeps them at top level).
  template <typename Definition>
  void step(const Definition&, const ast::Statement&, const ast::Statement*, const ast::Statement*,
            const Context&) {}

  const Program& program_;
  const SourceFile* source_;
  std::vector<std::string_view> exercise_names_;
  std::vector<std::string_view> condition_names_;
  std::vector<std::string_view> screen_names_;
  std::vector<Symbol> given_;  // few: a routine gives a condition or two
  RoutineFindings* into_ = nullptr;
};

// Conditions and screens the file declares and no routine, and no exercise's `avoid_if`, uses.
void report_unused(Program& program, const std::set<std::string_view>& used_conditions,
                   const std::set<std::string_view>& used_screens) {
  const SourceFile* source = &program.main_source();
  std::set<std::string_view> avoided = used_conditions;
  const auto& statements = program.modules.front()->file.statements;
  for (const auto& statement : statements) {
    if (const auto* def = std::get_if<ast::ExerciseDef>(&statement.node)) {
      for (const auto& property : def->properties) {
        if (property.key.text != "avoid_if") continue;
        for (const auto& value : property.values) avoided.insert(value.text);
      }
    }
  }
  for (const auto& statement : statements) {
    if (const auto* c = std::get_if<ast::ConditionDecl>(&statement.node)) {
      if (!avoided.count(c->name.text)) {
        report(program, source, msg::unused_condition, c->name.span, c->name.text);
      }
    } else if (const auto* s = std::get_if<ast::ScreenDecl>(&statement.node)) {
      if (!used_screens.count(s->name.text)) {
        report(program, source, msg::unused_screen, s->name.span, s->name.text).help =
            fill_in(msg::unused_screen.help, s->name.text);
      }
    }
  }
}

// Routines checked at a time on each thread (grammar/in_order.hpp).
constexpr std::size_t routines_per_piece = 32;

}  // namespace

void check_routine(Program& program) {
  find_routines(program);
  std::set<std::string_view> used_conditions;
  std::set<std::string_view> used_screens;
  const std::vector<RoutineRef>& routines = program.routines;
  // The diagnostics of each piece follow those before it: the order of one routine after another.
  in_order((routines.size() + routines_per_piece - 1) / routines_per_piece,
           [&] {
             return [&, checker = RoutineChecker(program)](std::size_t piece) mutable {
               RoutineFindings found;
               const std::size_t end = std::min(routines.size(), (piece + 1) * routines_per_piece);
               for (std::size_t i = piece * routines_per_piece; i < end; ++i) {
                 checker.check(routines[i], found);
               }
               return found;
             };
           },
           [&](std::size_t, RoutineFindings&& found) {
             program.diagnostics.insert(program.diagnostics.end(),
                                        std::make_move_iterator(found.diagnostics.begin()),
                                        std::make_move_iterator(found.diagnostics.end()));
             used_conditions.insert(found.used_conditions.begin(), found.used_conditions.end());
             used_screens.insert(found.used_screens.begin(), found.used_screens.end());
           });
  // A file without a routine is a library of definitions for others to use.
  if (!routines.empty()) report_unused(program, used_conditions, used_screens);
}

}  // namespace limber
