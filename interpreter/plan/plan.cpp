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
//
// The walk never unrolls anything: a repeat's body is walked once and its time and step count
// multiplied; when the steps are kept, the body's steps are then copied for the other passes.

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

double PlannedDose::work_s() const {
  if (dose->verb == ast::Verb::warmup) return 0;
  return seconds_per_round * rounds * sides * repeats;
}

const RoutineRef* chosen_routine(const Program& program, const std::string& title) {
  for (const RoutineRef& routine : program.routines) {
    if (title.empty() || routine.title == title) return &routine;
  }
  return nullptr;
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
  // The block's `progress` statements, innermost block first: of holds, of reps, of rounds.
  const ast::Progress* hold_progress = nullptr;
  const ast::Progress* reps_progress = nullptr;
  const ast::Progress* rounds_progress = nullptr;
};

// One dose as this week has it, before scale: the amount (seconds or repetitions) and rounds,
// and the progressions that apply to it.
struct Dosage {
  double amount = 0;
  double rounds = 1;
  const ast::Progress* amount_progress = nullptr;
  const ast::Progress* rounds_progress = nullptr;
  bool held_back = false;  // flare_up holds: no progression
};

// How many weeks each step up takes: `per week` is 1 (the checker refuses anything but a whole
// number of 1 or more; the guard keeps a summary of a broken routine finite).
double weeks_per_step(const ast::Progress& progress) {
  return progress.weeks ? std::max(1.0, progress.weeks->number) : 1;
}

// The number of steps up `weeks` of progression has earned.
double steps_earned(const ast::Progress& progress, int weeks) {
  return std::floor(std::max(weeks, 0) / weeks_per_step(progress));
}

// The written dose grown by `steps` steps, never past the goal.
double grown(double written, const ast::Progress& progress, double steps) {
  return std::min(progress.until.number, written + progress.step.number * steps);
}

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

// `times` passes of something that takes `once`: zero stays zero even for a count so large it
// is infinite, where the product would be NaN.
double times(double count, double once) {
  return once == 0 ? 0 : count * once;
}

Frequency frequency_of(const ast::Frequency& frequency) {
  if (!frequency.per_week) return {7, 7, true};
  const ast::Value& value = *frequency.per_week;
  const bool range = value.kind == ast::ValueKind::range;
  return {static_cast<int>((range ? value.low() : value).number),
          static_cast<int>((range ? value.high() : value).number), false};
}

// What a dose planned on one side needs to be done again after `switch sides`, in the worlds
// where that dose was the last one planned in its block.
struct LastDose {
  const ast::Dose* dose = nullptr;
  const Exercise* exercise = nullptr;
  Side side = Side::none;
  Settings settings;
  const std::string* section = nullptr;
  std::size_t record = 0;  // its PlannedDose in the summary
  WorldMask worlds;
  Dosage dosage;
};
using LastDoses = std::vector<LastDose>;

// Disjoint sets of worlds, each with the settings its statements run with.
using SettingsByWorlds = std::vector<std::pair<WorldMask, Settings>>;

class Planner {
 public:
  // With `steps`, the one world of `worlds` is planned step by step into it (after the caller
  // has made sure the plan is not too long); without, the planner only keeps time and doses.
  Planner(const Program& program, const RoutineRef& routine, const PlanWorlds& worlds,
          Plan* steps = nullptr)
      : program_(program),
        routine_(routine),
        worlds_(worlds),
        plan_(steps),
        all_(WorldMask::first(worlds.count)),
        skipping_optional_(worlds.skipping_optional) {
    summary_.total_s.assign(worlds.count, 0);
    summary_.steps.assign(worlds.count, 0);
    for (const auto& statement : *routine_.statements) {
      if (const auto* given = std::get_if<ast::Given>(&statement.node)) {
        given_.insert(given->condition.text);
      } else if (const auto* target = std::get_if<ast::Target>(&statement.node)) {
        summary_.target_s = target->duration.number;
      } else if (const auto* frequency = std::get_if<ast::Frequency>(&statement.node)) {
        if (plan_) plan_->frequency = frequency_of(*frequency);
      } else if (const auto* set = std::get_if<ast::Set>(&statement.node)) {
        if (plan_ && set->setting.text == "language") plan_->language = set->value.text;
      }
    }
  }

  PlanSummary run() {
    block(*routine_.statements, {{all_, Settings{}}}, no_section_);
    settle_clocks();
    if (plan_) {
      plan_->routine = routine_.title;
      plan_->total_s = summary_.total_s.front();
      plan_->target_s = summary_.target_s;
    }
    return std::move(summary_);
  }

 private:
  // The worlds where `condition` holds. A routine mentions few conditions: a list searched in
  // order is quicker than a map of strings.
  const WorldMask& holds(std::string_view condition) {
    for (const auto& [name, worlds] : condition_worlds_) {
      if (name == condition) return worlds;
    }
    WorldMask worlds;
    const auto deciding = std::find_if(worlds_.deciding.begin(), worlds_.deciding.end(),
                                       [&](const auto& entry) { return entry.first == condition; });
    if (deciding != worlds_.deciding.end()) {
      worlds = deciding->second;
    } else if (given_.count(condition)) {
      worlds = all_;
    }
    return condition_worlds_.emplace_back(condition, worlds).second;
  }

  // The worlds where any of `conditions` holds.
  WorldMask holds_any(const std::vector<std::string>& conditions) {
    WorldMask out;
    for (const std::string& condition : conditions) out |= holds(condition);
    return out;
  }

  // The worlds that leave a statement out without a word: optional ones when the optional steps
  // are skipped, and those where its `unless` condition holds.
  WorldMask skipping(const ast::Statement& statement) {
    WorldMask out;
    if (statement.optional_keyword) out |= skipping_optional_;
    if (statement.unless) out |= holds(statement.unless->text);
    return out;
  }

  // The worlds of `worlds` that run the statement; the plan says why it is skipped in its world.
  WorldMask running(const ast::Statement& statement, const WorldMask& worlds,
                    const std::string& section) {
    const WorldMask optional =
        statement.optional_keyword ? worlds & skipping_optional_ : WorldMask{};
    const WorldMask unless =
        statement.unless ? worlds.without(optional) & holds(statement.unless->text) : WorldMask{};
    if (plan_ && (optional | unless).test(0)) {
      const std::string condition = optional.test(0) ? "" : statement.unless->text;
      const std::string reason = optional.test(0) ? "optional" : "unless " + condition;
      if (const auto* dose = std::get_if<ast::Dose>(&statement.node)) {
        plan_->skipped.push_back({dose->exercise.text, reason, condition});
      } else if (const auto* inner = std::get_if<ast::Section>(&statement.node)) {
        plan_->skipped.push_back({"section " + inner->title.value, reason, condition});
      } else if (std::holds_alternative<ast::Repeat>(statement.node) ||
                 std::holds_alternative<ast::If>(statement.node)) {
        plan_->skipped.push_back(
            {section.empty() ? "block" : "block in " + section, reason, condition});
      }
    }
    return worlds.without(optional | unless);
  }

  // The settings and scale a block's statements run with: the enclosing block's, changed by
  // the block's own `set` and `scale` statements wherever they stand in it, in the worlds where
  // those run.
  SettingsByWorlds settings_of(const std::vector<ast::Statement>& statements,
                               SettingsByWorlds parts) {
    for (const auto& statement : statements) {
      WorldMask applies = all_.without(skipping(statement));
      const ast::Statement* modifier = &statement;
      // `if COND then scale F` modifies the block holding the `if`.
      if (const auto* branch = std::get_if<ast::If>(&statement.node);
          branch && branch->inline_then) {
        modifier = &branch->then_body.statements.front();
        applies = (applies & holds(branch->condition.text)).without(skipping(*modifier));
      }
      const auto* scale = std::get_if<ast::Scale>(&modifier->node);
      const auto* set = std::get_if<ast::Set>(&modifier->node);
      const auto* progress = std::get_if<ast::Progress>(&modifier->node);
      if (scale == nullptr && set == nullptr && progress == nullptr) continue;
      const std::size_t count = parts.size();
      for (std::size_t i = 0; i < count; ++i) {
        const WorldMask changed = parts[i].first & applies;
        if (changed.none()) continue;
        if (changed != parts[i].first) {
          parts.emplace_back(parts[i].first.without(changed), parts[i].second);
          parts[i].first = changed;
        }
        Settings& settings = parts[i].second;
        if (scale) {
          settings.scale *= factor_of(scale->factor);
        } else if (progress) {
          (progress->rounds                                  ? settings.rounds_progress
           : progress->step.kind == ast::ValueKind::duration ? settings.hold_progress
                                                             : settings.reps_progress) = progress;
        } else {
          apply(*set, settings);
        }
      }
    }
    return parts;
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

  void block(const std::vector<ast::Statement>& statements, const SettingsByWorlds& outer,
             const std::string& section) {
    for (const auto& [worlds, settings] : settings_of(statements, outer)) {
      LastDoses last;
      for (std::size_t i = 0; i < statements.size(); ++i) {
        const ast::Statement* next = i + 1 < statements.size() ? &statements[i + 1] : nullptr;
        statement(statements[i], next, settings, worlds, section, last);
      }
    }
  }

  void statement(const ast::Statement& statement, const ast::Statement* next,
                 const Settings& settings, const WorldMask& outer, const std::string& section,
                 LastDoses& last) {
    const WorldMask worlds = running(statement, outer, section);
    if (worlds.none()) return;
    // The steps emitted from here on are this statement's until it is done, when the enclosing
    // one (a section whose body this is) takes them again.
    const Span enclosing = statement_;
    statement_ = statement.span;
    walk(statement, next, settings, worlds, section, last);
    statement_ = enclosing;
  }

  void walk(const ast::Statement& statement, const ast::Statement* next, const Settings& settings,
            const WorldMask& worlds, const std::string& section, LastDoses& last) {
    if (const auto* dose = std::get_if<ast::Dose>(&statement.node)) {
      const bool switch_follows =
          next != nullptr && std::holds_alternative<ast::SwitchSides>(next->node);
      planned_dose(*dose, settings, section, switch_follows, worlds, last);
    } else if (std::holds_alternative<ast::SwitchSides>(statement.node)) {
      switch_sides(statement, section, worlds, last);
    } else if (const auto* rest = std::get_if<ast::Rest>(&statement.node)) {
      emit(worlds, StepKind::rest, rest->duration.number, section);
    } else if (const auto* say = std::get_if<ast::Say>(&statement.node)) {
      emit(worlds, StepKind::say, 0, section, nullptr, Side::none, 0, 0, say->text.value);
    } else if (const auto* inner = std::get_if<ast::Section>(&statement.node)) {
      const std::string& title = inner->title.value;
      emit(worlds, StepKind::section, 0, title, nullptr, Side::none, 0, 0, title);
      block(inner->body.statements, {{worlds, settings}}, title);
    } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
      repeated(*repeat, settings, worlds, section);
    } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
      const WorldMask then_worlds = worlds & holds(branch->condition.text);
      const WorldMask else_worlds = worlds.without(then_worlds);
      const auto taken = [&](const ast::Block& body, const WorldMask& where, bool inline_body) {
        if (where.none()) return;
        if (inline_body) {
          // One step standing for itself: it shares the settings of the block around the `if`.
          this->statement(body.statements.front(), nullptr, settings, where, section, last);
        } else {
          block(body.statements, {{where, settings}}, section);
        }
      };
      taken(branch->then_body, then_worlds, branch->inline_then);
      if (branch->else_body) taken(*branch->else_body, else_worlds, branch->else_if);
    }
  }

  // The body once, then each world's time and steps multiplied; kept steps are copied for each
  // pass.
  void repeated(const ast::Repeat& repeat, const Settings& settings, const WorldMask& worlds,
                const std::string& section) {
    const double count = repeat.times.number;
    settle_clocks();
    const double bound_before = clock_bound_;
    const std::vector<double> start = summary_.total_s;
    const std::vector<double> steps_before = summary_.steps;
    const std::size_t first_kept = plan_ ? plan_->steps.size() : 0;
    const double outer_repeats = repeats_;
    repeats_ *= count;
    block(repeat.body.statements, {{worlds, settings}}, section);
    repeats_ = outer_repeats;
    settle_clocks();
    clock_bound_ = bound_before + count * (clock_bound_ - bound_before);
    if (!(clock_bound_ < exact_below)) whole_ = false;
    const double once = summary_.total_s[0] - start[0];  // world 0's pass, for the kept steps
    worlds.for_each([&](std::size_t w) {
      summary_.total_s[w] = start[w] + times(count, summary_.total_s[w] - start[w]);
      summary_.steps[w] = steps_before[w] + times(count, summary_.steps[w] - steps_before[w]);
    });
    if (plan_ == nullptr) return;
    const std::size_t last_kept = plan_->steps.size();
    for (int pass = 1; pass < static_cast<int>(count); ++pass) {
      for (std::size_t i = first_kept; i < last_kept; ++i) {
        PlanStep step = plan_->steps[i];
        step.start_s += pass * once;
        plan_->steps.push_back(std::move(step));
      }
    }
  }

  // A dose in the worlds that run it: its own exercise, its `alt` where a condition that holds
  // rules the exercise out, or nothing where the alt is ruled out too.
  void planned_dose(const ast::Dose& dose, const Settings& settings, const std::string& section,
                    bool switch_follows, const WorldMask& worlds, LastDoses& last) {
    // In these worlds this dose is now the last one, whatever it was before.
    for (LastDose& previous : last) previous.worlds = previous.worlds.without(worlds);
    std::erase_if(last, [](const LastDose& d) { return d.worlds.none(); });

    const Exercise& written = *program_.find_exercise(dose.exercise);
    WorldMask ruled_out = worlds & holds_any(written.avoid_if);
    const WorldMask own = worlds.without(ruled_out);
    if (own.any()) dose_in(dose, written, written, settings, section, switch_follows, own, last);
    if (ruled_out.none()) return;
    if (written.alt) {
      const Exercise& alt = *program_.find_exercise(*written.alt);
      const WorldMask replaced = ruled_out.without(holds_any(alt.avoid_if));
      if (replaced.any()) {
        dose_in(dose, alt, written, settings, section, switch_follows, replaced, last);
      }
      if (plan_ && replaced.test(0)) {
        plan_->replaced.push_back({written.name, alt.name, reason_in_plan(written)});
      }
      ruled_out = ruled_out.without(replaced);
    }
    if (plan_ && ruled_out.test(0)) {
      const std::string reason = reason_in_plan(written);
      plan_->skipped.push_back({dose.exercise.text, "avoid_if " + reason, reason});
    }
  }

  // The first condition of the exercise's `avoid_if` that holds in the plan's world.
  std::string reason_in_plan(const Exercise& exercise) {
    const auto reason = std::find_if(exercise.avoid_if.begin(), exercise.avoid_if.end(),
                                     [&](const std::string& c) { return holds(c).test(0); });
    return reason == exercise.avoid_if.end() ? std::string() : *reason;
  }

  // The progressions that apply to a hold or reps dose: its own, or its blocks'.
  static Dosage written_dosage(const ast::Dose& dose, const Settings& settings) {
    Dosage d{dose.amount.number, dose.rounds ? dose.rounds->number : 1};
    if (dose.verb == ast::Verb::warmup) return d;
    const ast::Progress* own = dose.progress ? &*dose.progress : nullptr;
    d.amount_progress = own && !own->rounds            ? own
                        : dose.verb == ast::Verb::reps ? settings.reps_progress
                                                       : settings.hold_progress;
    d.rounds_progress = own && own->rounds ? own : settings.rounds_progress;
    return d;
  }

  // A dose that progresses grows in the worlds without a flare-up and stays as written in
  // those with one, since flare-ups reduce intensity.
  void dose_in(const ast::Dose& dose, const Exercise& exercise, const Exercise& written,
               const Settings& settings, const std::string& section, bool switch_follows,
               const WorldMask& worlds, LastDoses& last) {
    Dosage dosage = written_dosage(dose, settings);
    if (dosage.amount_progress == nullptr && dosage.rounds_progress == nullptr) {
      dose_as(dose, exercise, written, settings, section, switch_follows, worlds, last, dosage);
      return;
    }
    const WorldMask flaring = worlds & holds("flare_up");
    if (flaring.any()) {
      Dosage held = dosage;
      held.held_back = true;
      dose_as(dose, exercise, written, settings, section, switch_follows, flaring, last, held);
    }
    const WorldMask growing = worlds.without(flaring);
    if (growing.none()) return;
    if (dosage.amount_progress) {
      dosage.amount = grown(dosage.amount, *dosage.amount_progress,
                            steps_earned(*dosage.amount_progress, worlds_.progress_weeks));
    }
    if (dosage.rounds_progress) {
      dosage.rounds = grown(dosage.rounds, *dosage.rounds_progress,
                            steps_earned(*dosage.rounds_progress, worlds_.progress_weeks));
    }
    dose_as(dose, exercise, written, settings, section, switch_follows, growing, last, dosage);
  }

  // Where a progression stands this week, as the plan shows it.
  StepProgress progress_of(StepProgress::Of of, double written, const ast::Progress& progress,
                           bool held_back, double scale) const {
    const auto shown = [&](double value) {
      return of == StepProgress::Of::hold   ? scaled_seconds(value, scale)
             : of == StepProgress::Of::reps ? scaled_count(value, scale)
                                            : value;
    };
    const int weeks = std::max(worlds_.progress_weeks, 0);
    const double steps = steps_earned(progress, weeks);
    StepProgress out{of, weeks + 1, shown(grown(written, progress, steps)),
                     shown(progress.until.number)};
    out.held_back = held_back;
    if (held_back) {
      out.dose = shown(written);
    } else if (grown(written, progress, steps) < progress.until.number) {
      out.next = shown(grown(written, progress, steps + 1));
      out.next_week = static_cast<int>((steps + 1) * weeks_per_step(progress)) + 1;
    }
    return out;
  }

  std::vector<StepProgress> progress_shown(const ast::Dose& dose, const Dosage& dosage,
                                           double scale) const {
    // Made for summaries too: the handout reads a dose's progressions from the summary.
    std::vector<StepProgress> out;
    if (dosage.amount_progress) {
      out.push_back(progress_of(
          dose.verb == ast::Verb::reps ? StepProgress::Of::reps : StepProgress::Of::hold,
          dose.amount.number, *dosage.amount_progress, dosage.held_back, scale));
    }
    if (dosage.rounds_progress) {
      out.push_back(progress_of(StepProgress::Of::rounds, dose.rounds ? dose.rounds->number : 1,
                                *dosage.rounds_progress, dosage.held_back, 1));
    }
    return out;
  }

  void dose_as(const ast::Dose& dose, const Exercise& exercise, const Exercise& written,
               const Settings& settings, const std::string& section, bool switch_follows,
               const WorldMask& worlds, LastDoses& last, const Dosage& dosage) {
    emit(worlds, StepKind::transition, settings.transition, section, &exercise);
    PlannedDose record{&dose, &exercise, &written, dose.amount.number, settings.scale};
    record.repeats = repeats_;
    record.worlds = worlds;
    if (dose.verb == ast::Verb::warmup) {
      record.seconds_per_round = dose.amount.number;
      summary_.doses.push_back(std::move(record));
      emit(worlds, StepKind::warmup, dose.amount.number, section, &exercise);
      return;
    }
    const Side side = dose.sides == ast::Sides::left                     ? Side::left
                      : dose.sides == ast::Sides::right                  ? Side::right
                      : dose.sides == ast::Sides::each || switch_follows ? settings.first_side
                                                                         : Side::none;
    record.rounds = static_cast<int>(dosage.rounds);
    record.side = side;
    const bool reps = dose.verb == ast::Verb::reps;
    if (reps) {
      record.amount = scaled_count(dosage.amount, settings.scale);
      record.seconds_per_round = record.amount * tempo(settings, exercise);
    } else {
      record.amount = record.seconds_per_round = scaled_seconds(dosage.amount, settings.scale);
    }
    record.amount_progress = dosage.amount_progress;
    record.rounds_progress = dosage.rounds_progress;
    if (!dosage.held_back && dosage.amount_progress) {
      const double goal = dosage.amount_progress->until.number;
      record.amount_goal =
          reps ? scaled_count(goal, settings.scale) : scaled_seconds(goal, settings.scale);
    }
    if (!dosage.held_back && dosage.rounds_progress) {
      record.rounds_goal = static_cast<int>(dosage.rounds_progress->until.number);
    }
    record.progress = progress_shown(dose, dosage, settings.scale);
    summary_.doses.push_back(std::move(record));
    if (plan_ && worlds.test(0)) {
      for (const StepProgress& p : summary_.doses.back().progress)
        plan_->progressions.push_back({exercise.name, p});
    }
    LastDose& now = last.emplace_back(LastDose{&dose, &exercise, side, settings, &section,
                                               summary_.doses.size() - 1, worlds, dosage});
    rounds_of(dose, exercise, side, settings, section, worlds, dosage);
    if (dose.sides == ast::Sides::each) {
      summary_.doses.back().sides = 2;
      emit(worlds, StepKind::switch_sides, settings.switch_time, section, &exercise);
      now.side = other(side);
      rounds_of(dose, exercise, now.side, settings, section, worlds, dosage);
    }
  }

  // The previous dose again on the other side, in each world where there is one.
  void switch_sides(const ast::Statement& statement, const std::string& section,
                    const WorldMask& worlds, LastDoses& last) {
    const std::size_t count = last.size();
    for (std::size_t i = 0; i < count; ++i) {
      const WorldMask switching = last[i].worlds & worlds;
      if (switching.none()) continue;
      if (switching != last[i].worlds) {
        // Where the switch is skipped, the dose stays as it was.
        last.push_back(last[i]);
        last.back().worlds = last[i].worlds.without(switching);
        last[i].worlds = switching;
      }
      LastDose& d = last[i];
      emit(switching, StepKind::switch_sides, d.settings.switch_time, section, d.exercise);
      d.side = other(d.side);
      d.record = record_in(d.record, switching);
      summary_.doses[d.record].sides += 1;
      summary_.doses[d.record].switched_by = &statement;
      rounds_of(*d.dose, *d.exercise, d.side, d.settings, *d.section, switching, d.dosage);
    }
  }

  // The record of a dose for just `worlds` of it, split from the rest when it covers more.
  std::size_t record_in(std::size_t record, const WorldMask& worlds) {
    if (summary_.doses[record].worlds == worlds) return record;
    PlannedDose part = summary_.doses[record];
    summary_.doses[record].worlds = summary_.doses[record].worlds.without(worlds);
    part.worlds = worlds;
    summary_.doses.push_back(part);
    return summary_.doses.size() - 1;
  }

  static double tempo(const Settings& settings, const Exercise& exercise) {
    return settings.tempo.value_or(exercise.tempo.value_or(default_tempo));
  }

  // N rounds of the dose on one side, with round rests between them: N·D + (N−1)·round_rest.
  void rounds_of(const ast::Dose& dose, const Exercise& exercise, Side side,
                 const Settings& settings, const std::string& section, const WorldMask& worlds,
                 const Dosage& dosage) {
    const double rounds = dosage.rounds;
    const bool reps = dose.verb == ast::Verb::reps;
    const double count = reps ? scaled_count(dosage.amount, settings.scale) : 0;
    const double length =
        reps ? count * tempo(settings, exercise) : scaled_seconds(dosage.amount, settings.scale);
    if (plan_ == nullptr) {
      // Closed form: a summary never unrolls a `x1000000`.
      const double time = rounds * length + (rounds - 1) * settings.round_rest;
      add_to_clocks(worlds, time, 2 * rounds - 1);
      return;
    }
    const std::string text = reps ? fmt::format("{}", count) : std::string();
    const int whole = static_cast<int>(rounds);
    const std::vector<StepProgress> progress = progress_shown(dose, dosage, settings.scale);
    for (int round = 1; round <= whole; ++round) {
      if (round > 1) emit(worlds, StepKind::rest, settings.round_rest, section);
      emit(worlds, reps ? StepKind::reps : StepKind::hold, length, section, &exercise, side, round,
           whole, text);
      if (worlds.test(0)) plan_->steps.back().progress = progress;
    }
  }

  void emit(const WorldMask& worlds, StepKind kind, double duration, const std::string& section,
            const Exercise* exercise = nullptr, Side side = Side::none, int round = 0,
            int rounds = 0, std::string_view text = {}) {
    if (plan_) {
      plan_->steps.push_back({kind, exercise ? exercise->name : std::string(), side, round, rounds,
                              summary_.total_s[0], duration, section, std::string(text)});
      plan_->steps.back().statement = statement_;
    }
    add_to_clocks(worlds, duration, 1);
  }

  // Adds to each world's clock and count of steps. Steps in a row that run in the same worlds
  // are summed first and added to those worlds' clocks at once (a routine of 64 worlds otherwise
  // spends a tenth of its check adding to clocks), as long as every duration so far is a whole
  // number of seconds: sums of whole numbers this small are exact in any order, so the clocks
  // come out the same to the bit. A plan being written reads the clock at every step.
  void add_to_clocks(const WorldMask& worlds, double duration, double steps) {
    // Steps are always a whole number; the bound covers both the seconds and the steps.
    clock_bound_ += std::max(duration, steps);
    const bool whole = duration >= 0 && duration < exact_below &&
                       duration == static_cast<double>(static_cast<std::int64_t>(duration));
    if (plan_ == nullptr && whole_ && whole && clock_bound_ < exact_below) {
      if (pending_ && pending_worlds_ == worlds) {
        pending_s_ += duration;
        pending_steps_ += steps;
        return;
      }
      settle_clocks();
      pending_ = true;
      pending_worlds_ = worlds;
      pending_s_ = duration;
      pending_steps_ = steps;
      return;
    }
    settle_clocks();
    whole_ = false;
    add_now(worlds, duration, steps);
  }

  // Adds what is pending to the clocks: before they are read.
  void settle_clocks() {
    if (!pending_) return;
    pending_ = false;
    add_now(pending_worlds_, pending_s_, pending_steps_);
  }

  void add_now(const WorldMask& worlds, double duration, double steps) {
    double* const total = summary_.total_s.data();
    double* const count = summary_.steps.data();
    worlds.for_each_dense(
        [&](std::size_t begin, std::size_t end) {
          for (std::size_t w = begin; w < end; ++w) total[w] += duration;
          for (std::size_t w = begin; w < end; ++w) count[w] += steps;
        },
        [&](std::size_t w) {
          total[w] += duration;
          count[w] += steps;
        });
  }

  const Program& program_;
  const RoutineRef& routine_;
  const PlanWorlds& worlds_;
  Plan* plan_;
  const WorldMask all_;
  const WorldMask skipping_optional_;
  std::set<std::string, std::less<>> given_;
  // The worlds of each condition looked up so far. The names point into the program, which
  // outlives the planner.
  std::vector<std::pair<std::string_view, WorldMask>> condition_worlds_;
  const std::string no_section_;
  PlanSummary summary_;
  double repeats_ = 1;  // the product of the enclosing `repeat` counts
  // Clock additions not made yet (add_to_clocks), and whether every clock is still a whole
  // number below `exact_below`, where sums are exact in any order: `clock_bound_` is at least
  // every clock's seconds and steps.
  static constexpr double exact_below = 0x1p50;
  bool whole_ = true;
  double clock_bound_ = 0;
  bool pending_ = false;
  WorldMask pending_worlds_;
  double pending_s_ = 0;
  double pending_steps_ = 0;
  Span statement_;  // the statement being walked, for PlanStep::statement
};

}  // namespace

PlanWorlds PlanWorlds::of(const PlanOptions& options) {
  PlanWorlds world;
  WorldMask only;
  only.set(0);
  for (const std::string& name : options.when) world.deciding.emplace_back(name, only);
  for (const std::string& name : options.unless) {
    std::erase_if(world.deciding, [&](const auto& entry) { return entry.first == name; });
    world.deciding.emplace_back(name, WorldMask{});
  }
  if (options.skip_optional) world.skipping_optional = only;
  world.progress_weeks = options.progress_weeks;
  return world;
}

PlanSummary summarize(const Program& program, const RoutineRef& routine, const PlanWorlds& worlds) {
  if (worlds.count > WorldMask::capacity) {
    throw std::length_error("too many worlds to plan at once");
  }
  return Planner(program, routine, worlds).run();
}

std::optional<std::string> plan_refusal(const Program& program, const PlanOptions& options) {
  const RoutineRef* routine = chosen_routine(program, options.routine);
  if (routine == nullptr) return std::nullopt;
  const PlanSummary summary = summarize(program, *routine, PlanWorlds::of(options));
  if (summary.total_s.front() > max_session_s) {
    return fill_in(msg::session_too_long.message, "", format_seconds(summary.total_s.front()),
                   format_seconds(max_session_s));
  }
  if (summary.steps.front() > max_plan_steps) {
    return fill_in(msg::plan_too_long.message, "", format_count(summary.steps.front()),
                   format_count(max_plan_steps));
  }
  return std::nullopt;
}

std::optional<Frequency> routine_frequency(const Program& program, const std::string& title) {
  const RoutineRef* routine = chosen_routine(program, title);
  if (routine == nullptr) return std::nullopt;
  std::optional<Frequency> found;
  for (const auto& statement : *routine->statements) {
    if (const auto* frequency = std::get_if<ast::Frequency>(&statement.node)) {
      found = frequency_of(*frequency);
    }
  }
  return found;
}

std::string routine_language(const Program& program, const std::string& title) {
  const RoutineRef* routine = chosen_routine(program, title);
  if (routine == nullptr || routine->statements == nullptr) return {};
  std::string language;
  for (const auto& statement : *routine->statements) {
    const auto* set = std::get_if<ast::Set>(&statement.node);
    if (set != nullptr && set->setting.text == "language") language = set->value.text;
  }
  return language;
}

Plan plan(const Program& program, const PlanOptions& options) {
  Plan result;
  const RoutineRef* routine = chosen_routine(program, options.routine);
  if (routine == nullptr) return result;
  if (auto refusal = plan_refusal(program, options)) throw PlanRefused(*refusal);
  const PlanWorlds world = PlanWorlds::of(options);
  Planner(program, *routine, world, &result).run();
  return result;
}

}  // namespace limber
