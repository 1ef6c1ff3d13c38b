// Timing per language.md §5, one walk over the routine:
// - settings (`transition`, `round_rest`, `switch_time`, `tempo`, `first_side`) and `scale` are
//   modifiers of the block they stand in, wherever they stand in it; nested scales multiply;
//   `if COND then scale F` scales the block holding the `if` when COND holds;
// - hold EX D xN = transition + N·D + (N−1)·round_rest; reps uses D = C·tempo; warmup EX D =
//   transition + D; switch sides = switch_time, then the previous step again on the other side
//   without its transition; `each side` ≡ the step then `switch sides`; rest D = D; say = 0;
// - a scaled duration rounds to the nearest second (halves up), at least 1s; a scaled count to
//   the nearest whole number, at least 1; scale never touches warm-ups, rests, transitions or
//   the number of rounds;
// - skipped steps (optional with --skip-optional, `unless` a condition that holds, a
//   contraindication without a usable `alt`) take no time.

#include "interpreter/plan/plan.hpp"

#include <algorithm>
#include <cmath>

#include "interpreter/check/check.hpp"
#include "interpreter/check/report.hpp"

namespace limber {

namespace msg = check_messages;

std::string_view to_string(StepKind kind) {
  switch (kind) {
    case StepKind::transition:
      return "transition";
    case StepKind::hold:
      return "hold";
    case StepKind::reps:
      return "reps";
    case StepKind::rest:
      return "rest";
    case StepKind::switch_sides:
      return "switch";
    case StepKind::warmup:
      return "warmup";
    case StepKind::say:
      return "say";
    case StepKind::section:
      return "section";
  }
  return "";
}

std::string_view to_string(Side side) {
  return side == Side::left ? "left" : side == Side::right ? "right" : "";
}

namespace {

constexpr double default_seconds = 5;  // transition, round_rest and switch_time (§5)
constexpr double default_tempo = 3;    // seconds per rep when nothing else says

struct Settings {
  double transition = default_seconds;
  double round_rest = default_seconds;
  double switch_time = default_seconds;
  std::optional<double> tempo;  // an explicit `set tempo` wins over the exercise's own
  Side first_side = Side::left;
  double scale = 1;
};

Side other(Side side) {
  return side == Side::left ? Side::right : Side::left;
}

double scaled_seconds(double seconds, double scale) {
  if (scale == 1) return seconds;
  return std::max(1.0, std::floor(seconds * scale + 0.5));
}

double scaled_count(double count, double scale) {
  if (scale == 1) return count;
  return std::max(1.0, std::floor(count * scale + 0.5));
}

double factor_of(const ast::Value& value) {
  return value.kind == ast::ValueKind::percent ? value.number / 100 : value.number;
}

Frequency frequency_of(const ast::Frequency& frequency) {
  if (!frequency.per_week) return {7, 7, true};
  const ast::Value& value = *frequency.per_week;
  const bool range = value.kind == ast::ValueKind::range;
  return {static_cast<int>((range ? value.bounds[0] : value).number),
          static_cast<int>((range ? value.bounds[1] : value).number), false};
}

// What a dose planned on one side needs to be done again after `switch sides`.
struct LastDose {
  const ast::Dose* dose = nullptr;
  const Exercise* exercise = nullptr;
  Side side = Side::none;
  Settings settings;
  std::string section;
};

class Planner {
 public:
  // Without `keep_steps` the planner only keeps time: what the timing rules need, for every
  // routine of a file, without storing each step.
  Planner(const Program& program, const PlanOptions& options, bool keep_steps = true)
      : program_(program), options_(options), keep_steps_(keep_steps) {}

  Plan run() {
    const RoutineRef* routine = chosen_routine();
    if (routine == nullptr) return std::move(plan_);
    plan_.routine = routine->title;
    for (const auto& statement : *routine->statements) {
      if (const auto* given = std::get_if<ast::Given>(&statement.node)) {
        holding_.insert(given->condition.text);
      } else if (const auto* target = std::get_if<ast::Target>(&statement.node)) {
        plan_.target_s = target->duration.number;
      } else if (const auto* frequency = std::get_if<ast::Frequency>(&statement.node)) {
        plan_.frequency = frequency_of(*frequency);
      }
    }
    holding_.insert(options_.when.begin(), options_.when.end());
    for (const auto& name : options_.unless) holding_.erase(name);
    block(*routine->statements, Settings{}, "");
    plan_.total_s = clock_;
    return std::move(plan_);
  }

 private:
  const RoutineRef* chosen_routine() const {
    for (const RoutineRef& routine : program_.routines) {
      if (options_.routine.empty() || routine.title == options_.routine) return &routine;
    }
    return nullptr;
  }

  bool holds(const std::string& condition) const { return holding_.count(condition) > 0; }

  // Whether a statement is left out, and if so, says why in the plan.
  bool skipped(const ast::Statement& statement, const std::string& section) {
    std::string reason;
    std::string condition;
    if (statement.optional_keyword && options_.skip_optional) {
      reason = "optional";
    } else if (statement.unless && holds(statement.unless->text)) {
      condition = statement.unless->text;
      reason = "unless " + condition;
    } else {
      return false;
    }
    if (const auto* dose = std::get_if<ast::Dose>(&statement.node)) {
      plan_.skipped.push_back({dose->exercise.text, reason, condition});
    } else if (const auto* inner = std::get_if<ast::Section>(&statement.node)) {
      plan_.skipped.push_back({"section " + inner->title.value, reason, condition});
    } else if (std::holds_alternative<ast::Repeat>(statement.node) ||
               std::holds_alternative<ast::If>(statement.node)) {
      plan_.skipped.push_back(
          {section.empty() ? "block" : "block in " + section, reason, condition});
    }
    return true;
  }

  // The settings and scale a block's statements run with: the enclosing block's, changed by
  // the block's own `set` and `scale` statements wherever they stand in it.
  Settings settings_of(const std::vector<ast::Statement>& statements, Settings settings) {
    for (const auto& statement : statements) {
      if (skipped_quietly(statement)) continue;
      const ast::Statement* modifier = &statement;
      // `if COND then scale F` modifies the block holding the `if`.
      if (const auto* branch = std::get_if<ast::If>(&statement.node);
          branch && branch->inline_then && holds(branch->condition.text)) {
        modifier = &branch->then_body.statements.front();
        if (skipped_quietly(*modifier)) continue;
      }
      if (const auto* scale = std::get_if<ast::Scale>(&modifier->node)) {
        settings.scale *= factor_of(scale->factor);
      } else if (const auto* set = std::get_if<ast::Set>(&modifier->node)) {
        apply(*set, settings);
      }
    }
    return settings;
  }

  bool skipped_quietly(const ast::Statement& statement) const {
    return (statement.optional_keyword && options_.skip_optional) ||
           (statement.unless && holds(statement.unless->text));
  }

  static void apply(const ast::Set& set, Settings& settings) {
    const std::string& name = set.setting.text;
    if (name == "first_side") {
      settings.first_side = set.value.text == "right" ? Side::right : Side::left;
    } else if (name == "transition") {
      settings.transition = set.value.number;
    } else if (name == "round_rest") {
      settings.round_rest = set.value.number;
    } else if (name == "switch_time") {
      settings.switch_time = set.value.number;
    } else if (name == "tempo") {
      settings.tempo = set.value.number;
    }
  }

  void block(const std::vector<ast::Statement>& statements, const Settings& outer,
             const std::string& section) {
    const Settings settings = settings_of(statements, outer);
    LastDose last;
    for (std::size_t i = 0; i < statements.size(); ++i) {
      const ast::Statement* next = i + 1 < statements.size() ? &statements[i + 1] : nullptr;
      statement(statements[i], next, settings, section, last);
    }
  }

  void statement(const ast::Statement& statement, const ast::Statement* next,
                 const Settings& settings, const std::string& section, LastDose& last) {
    if (skipped(statement, section)) return;
    if (const auto* dose = std::get_if<ast::Dose>(&statement.node)) {
      const bool switch_follows =
          next != nullptr && std::holds_alternative<ast::SwitchSides>(next->node);
      planned_dose(*dose, settings, section, switch_follows, last);
    } else if (std::holds_alternative<ast::SwitchSides>(statement.node)) {
      if (last.dose == nullptr) return;
      emit({StepKind::switch_sides, last.exercise->name, Side::none, 0, 0, 0,
            last.settings.switch_time, section});
      last.side = other(last.side);
      rounds_of(*last.dose, *last.exercise, last.side, last.settings, last.section);
    } else if (const auto* rest = std::get_if<ast::Rest>(&statement.node)) {
      emit({StepKind::rest, "", Side::none, 0, 0, 0, rest->duration.number, section});
    } else if (const auto* say = std::get_if<ast::Say>(&statement.node)) {
      emit({StepKind::say, "", Side::none, 0, 0, 0, 0, section, say->text.value});
    } else if (const auto* inner = std::get_if<ast::Section>(&statement.node)) {
      emit({StepKind::section, "", Side::none, 0, 0, 0, 0, inner->title.value, inner->title.value});
      block(inner->body.statements, settings, inner->title.value);
    } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
      for (int n = 0; n < static_cast<int>(repeat->times.number); ++n) {
        block(repeat->body.statements, settings, section);
      }
    } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
      const ast::Block* taken = holds(branch->condition.text) ? &branch->then_body
                                : branch->else_body           ? &*branch->else_body
                                                              : nullptr;
      if (taken == nullptr) return;
      const bool inline_body = (taken == &branch->then_body && branch->inline_then) ||
                               (taken != &branch->then_body && branch->else_if);
      if (inline_body) {
        // One step standing for itself: it shares the settings of the block around the `if`.
        this->statement(taken->statements.front(), nullptr, settings, section, last);
      } else {
        block(taken->statements, settings, section);
      }
    }
  }

  // The exercise a dose runs: its own, or its `alt` when a condition that holds rules it out.
  const Exercise* exercise_for(const ast::Dose& dose) {
    const Exercise& exercise = program_.exercises.at(dose.exercise.text);
    const auto ruled_out = [&](const Exercise& e) {
      return std::find_if(e.avoid_if.begin(), e.avoid_if.end(),
                          [&](const std::string& c) { return holds(c); });
    };
    const auto reason = ruled_out(exercise);
    if (reason == exercise.avoid_if.end()) return &exercise;
    if (exercise.alt) {
      const Exercise& alt = program_.exercises.at(*exercise.alt);
      if (ruled_out(alt) == alt.avoid_if.end()) return &alt;
    }
    plan_.skipped.push_back({exercise.name, "avoid_if " + *reason, *reason});
    return nullptr;
  }

  void planned_dose(const ast::Dose& dose, const Settings& settings, const std::string& section,
                    bool switch_follows, LastDose& last) {
    const Exercise* exercise = exercise_for(dose);
    last = {};
    if (exercise == nullptr) return;
    emit({StepKind::transition, exercise->name, Side::none, 0, 0, 0, settings.transition, section});
    if (dose.verb == ast::Verb::warmup) {
      emit({StepKind::warmup, exercise->name, Side::none, 0, 0, 0, dose.amount.number, section});
      return;
    }
    Side side = dose.sides == ast::Sides::left                     ? Side::left
                : dose.sides == ast::Sides::right                  ? Side::right
                : dose.sides == ast::Sides::each || switch_follows ? settings.first_side
                                                                   : Side::none;
    rounds_of(dose, *exercise, side, settings, section);
    last = {&dose, exercise, side, settings, section};
    if (dose.sides == ast::Sides::each) {
      emit({StepKind::switch_sides, exercise->name, Side::none, 0, 0, 0, settings.switch_time,
            section});
      last.side = other(side);
      rounds_of(dose, *exercise, last.side, settings, section);
    }
  }

  // N rounds of the dose on one side, with round rests between them.
  void rounds_of(const ast::Dose& dose, const Exercise& exercise, Side side,
                 const Settings& settings, const std::string& section) {
    const int rounds = dose.rounds ? static_cast<int>(dose.rounds->number) : 1;
    PlanStep step{dose.verb == ast::Verb::reps ? StepKind::reps : StepKind::hold,
                  exercise.name,
                  side,
                  0,
                  rounds,
                  0,
                  0,
                  section};
    if (dose.verb == ast::Verb::reps) {
      const double count = scaled_count(dose.amount.number, settings.scale);
      step.duration_s = count * settings.tempo.value_or(exercise.tempo.value_or(default_tempo));
      step.text = fmt::format("{}", count);
    } else {
      step.duration_s = scaled_seconds(dose.amount.number, settings.scale);
    }
    for (int round = 1; round <= rounds; ++round) {
      if (round > 1) {
        emit({StepKind::rest, "", Side::none, 0, 0, 0, settings.round_rest, section});
      }
      step.round = round;
      emit(step);
    }
  }

  void emit(PlanStep step) {
    step.start_s = clock_;
    clock_ += step.duration_s;
    if (keep_steps_) plan_.steps.push_back(std::move(step));
  }

  const Program& program_;
  const PlanOptions& options_;
  const bool keep_steps_;
  std::set<std::string> holding_;
  Plan plan_;
  double clock_ = 0;
};

}  // namespace

Plan plan(const Program& program, const PlanOptions& options) {
  return Planner(program, options).run();
}

void check_timing(Program& program) {
  if (!program.ok()) return;
  const SourceFile* source = &program.main_source();
  for (const RoutineRef& routine : program.routines) {
    // Optional steps are the therapist's room to adjust: the target is met when the routine
    // fits it with them or without them.
    const PlanOptions with_optional{.routine = routine.title};
    const PlanOptions without_optional{.skip_optional = true, .routine = routine.title};
    const Plan longest = Planner(program, with_optional, false).run();
    const Plan shortest = Planner(program, without_optional, false).run();
    if (longest.target_s && *longest.target_s > 0) {
      const double target = *longest.target_s;
      const double nearest = shortest.total_s > target  ? shortest.total_s
                             : longest.total_s < target ? longest.total_s
                                                        : target;
      const double off = nearest / target - 1;
      if (std::abs(off) > 0.2) {
        const std::string takes =
            shortest.total_s == longest.total_s
                ? format_seconds(longest.total_s)
                : fmt::format(fmt::runtime(msg::with_and_without_optional),
                              format_seconds(shortest.total_s), format_seconds(longest.total_s));
        const auto percent = static_cast<long>(std::lround(std::abs(off) * 100));
        for (const auto& statement : *routine.statements) {
          if (const auto* target_statement = std::get_if<ast::Target>(&statement.node)) {
            report(program, source, msg::off_target, target_statement->duration.span, takes,
                   fmt::format(fmt::runtime(msg::percent_off), percent,
                               off > 0 ? msg::longer : msg::shorter),
                   format_seconds(target));
            break;
          }
        }
      }
    }
    if (shortest.total_s > 3600) {
      report(program, source, msg::long_session, routine.title_span,
             format_seconds(shortest.total_s));
    }
  }
  sort_diagnostics(program);
}

}  // namespace limber

namespace limber {

Program check_file(SourceFile main, const CheckOptions& options) {
  Program program = check(std::move(main), options);
  check_timing(program);
  return program;
}

}  // namespace limber
