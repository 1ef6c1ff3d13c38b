// The handout follows the routine as written (sections, says, doses in order) and keeps only
// what the plan's world does, read from summarize(): a dose's amount after `scale`, its rounds,
// sides and repeats, and whether its `alt` runs in its place. A second world, the same one with
// a flare-up, gives the flare-up dose of each exercise.

#include "interpreter/plan/handout.hpp"

#include <algorithm>
#include <set>

#include "interpreter/plan/handout_words.hpp"

namespace limber {

namespace {

constexpr const char* flare_up = "flare_up";
constexpr std::size_t plan_world = 0;
constexpr std::size_t flare_up_world = 1;

bool routine_is_given(const RoutineRef& routine, std::string_view condition) {
  return std::any_of(routine.statements->begin(), routine.statements->end(), [&](const auto& s) {
    const auto* given = std::get_if<ast::Given>(&s.node);
    return given != nullptr && given->condition.text == condition;
  });
}

// Whether the options (--when or --unless) or the routine (`given`) decide the flare-up.
bool flare_up_settled(const PlanWorlds& worlds, const RoutineRef& routine) {
  return std::any_of(worlds.deciding.begin(), worlds.deciding.end(),
                     [](const auto& entry) { return entry.first == flare_up; }) ||
         routine_is_given(routine, flare_up);
}

// The plan's world (0) and, beside it, the same world on a flare-up day (1). When the plan's
// options or the routine already settle the flare-up, both worlds are the same.
PlanWorlds plan_and_flare_up(const PlanOptions& options, const RoutineRef& routine) {
  // The plan's own world, widened to two identical worlds, keeps whatever else of the options
  // PlanWorlds::of() carries over.
  PlanWorlds worlds = PlanWorlds::of(options);
  worlds.count = 2;
  const WorldMask both = WorldMask::first(2);
  for (auto& entry : worlds.deciding) entry.second = entry.second.test(0) ? both : WorldMask{};
  if (worlds.skipping_optional.test(0)) worlds.skipping_optional = both;
  if (!flare_up_settled(worlds, routine)) {
    WorldMask flaring;
    flaring.set(flare_up_world);
    worlds.deciding.emplace_back(flare_up, flaring);
  }
  return worlds;
}

class HandoutBuilder {
 public:
  HandoutBuilder(const Program& program, const Plan& plan, const PlanOptions& options)
      : program_(program), plan_(plan) {
    const RoutineRef* routine = chosen_routine(program, options.routine);
    handout_.plan = &plan;
    if (routine == nullptr) return;
    summary_ = summarize(program, *routine, plan_and_flare_up(options, *routine));
    for (const PlanStep& step : plan.steps) {
      if (step.kind == StepKind::say) says_.insert(step.text);
    }
    handout_.flare_up_day =
        options.unless.count(flare_up) == 0 &&
        (options.when.count(flare_up) != 0 || routine_is_given(*routine, flare_up));
    flare_up_differs_ = !flare_up_settled(PlanWorlds::of(options), *routine);
    walk(*routine->statements, {}, false, {});
  }

  Handout take() {
    handout_.title = plan_.routine.empty() ? "Your exercise routine" : plan_.routine;
    handout_.length = duration_words(plan_.total_s);
    if (plan_.frequency) {
      handout_.how_often = frequency_phrase(*plan_.frequency);
      handout_.sessions_per_week = plan_.frequency->high;
    }
    for (const SkippedStep& skipped : plan_.skipped) {
      handout_.left_out.push_back(
          fmt_left_out(skipped_name(skipped.exercise),
                       skipped.condition.empty() ? "it is optional" : reason(skipped.condition)));
    }
    return std::move(handout_);
  }

 private:
  void walk(const std::vector<ast::Statement>& statements, const std::string& section,
            bool optional, std::vector<std::string> skip_when) {
    for (const ast::Statement& statement : statements) {
      const bool is_optional = optional || statement.optional_keyword.has_value();
      std::vector<std::string> skips = skip_when;
      if (statement.unless) skips.push_back(statement.unless->text);
      if (const auto* dose = std::get_if<ast::Dose>(&statement.node)) {
        add_dose(*dose, section, is_optional, skips);
      } else if (const auto* say = std::get_if<ast::Say>(&statement.node)) {
        if (says_.count(say->text.value)) {
          group(section).entries.emplace_back(say->text.value);
        } else if (in_flare_up_ && flare_up_differs_) {
          // What a flare-up day adds is told on the normal day's handout too, marked as such.
          group(section).entries.emplace_back(std::string(flare_up_only_label) + ": " +
                                              say->text.value);
        }
      } else if (const auto* inner = std::get_if<ast::Section>(&statement.node)) {
        boundary_ = true;
        walk(inner->body.statements, inner->title.value, is_optional, skips);
        boundary_ = true;
      } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
        // The plan runs the body's steps once per pass (plan.cpp), so its blocks repeat too.
        const std::size_t first = handout_.timeline_numbers.size();
        walk(repeat->body.statements, section, is_optional, skips);
        const std::size_t last = handout_.timeline_numbers.size();
        for (int pass = 1; pass < static_cast<int>(repeat->times.number); ++pass) {
          for (std::size_t i = first; i < last; ++i) {
            handout_.timeline_numbers.push_back(handout_.timeline_numbers[i]);
          }
        }
      } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
        const bool was_in_flare_up = in_flare_up_;
        if (branch->condition.text == flare_up) in_flare_up_ = true;
        walk(branch->then_body.statements, section, is_optional, skips);
        in_flare_up_ = was_in_flare_up;
        // What the `else` does is left out when the `if`'s condition holds.
        skips.push_back(branch->condition.text);
        if (branch->else_body) walk(branch->else_body->statements, section, is_optional, skips);
      } else if (const auto* screen = std::get_if<ast::ScreenUse>(&statement.node)) {
        add_screen(screen->screen.text);
      }
    }
  }

  void add_screen(const std::string& name) {
    const auto found = program_.screens.find(name);
    if (found == program_.screens.end()) return;
    handout_.screens.push_back({found->second.title, found->second.flags});
  }

  // The dose as it is in `world`, or null when that world leaves it out.
  const PlannedDose* planned(const ast::Dose& dose, std::size_t world) const {
    for (const PlannedDose& planned : summary_.doses) {
      if (planned.dose == &dose && planned.worlds.test(world)) return &planned;
    }
    return nullptr;
  }

  void add_dose(const ast::Dose& dose, const std::string& section, bool optional,
                const std::vector<std::string>& skip_when) {
    const PlannedDose* today = planned(dose, plan_world);
    // Only a flare-up runs it: the patient still reads it, in its place, with the flare-up dose.
    // (When the plan's world settles the flare-up, both worlds are the same and this never
    // happens.)
    const PlannedDose* flaring = today == nullptr ? planned(dose, flare_up_world) : nullptr;
    if (today == nullptr && flaring == nullptr) return;
    const bool flare_up_only = today == nullptr;
    if (flare_up_only) today = flaring;
    const Exercise& exercise = *today->exercise;
    HandoutExercise item;
    item.flare_up_only = flare_up_only;
    item.number = flare_up_only ? 0 : ++count_;
    item.name = exercise.display_name;
    item.dose = dose_words(*today);
    item.cue = exercise.cue;
    item.feel = exercise.feel;
    std::vector<std::string> conditions = exercise.avoid_if;
    conditions.insert(conditions.end(), skip_when.begin(), skip_when.end());
    for (const std::string& condition : conditions) {
      const std::string words = reason(condition);
      if (std::find(item.skip_when.begin(), item.skip_when.end(), words) == item.skip_when.end()) {
        item.skip_when.push_back(words);
      }
    }
    item.optional = optional;
    if (exercise.alt && *exercise.alt != exercise.name)
      item.alternative = display_name(*exercise.alt);
    if (today->written != today->exercise) {
      item.instead_of = today->written->display_name;
      item.instead_reason = replaced_reason(today->written->name);
    }
    if (!flare_up_only) item.flare_up = flare_up_words(*today, planned(dose, flare_up_world));
    for (const StepProgress& progress : today->progress) {
      item.progress.push_back(progress_words(progress, dose.verb == ast::Verb::reps));
    }
    // Each dose the plan runs starts one block of the timeline (its transition).
    if (!flare_up_only) handout_.timeline_numbers.push_back(item.number);
    handout_.display_names.emplace(exercise.name, exercise.display_name);
    group(section).entries.emplace_back(std::move(item));
  }

  static std::string flare_up_words(const PlannedDose& today, const PlannedDose* flaring) {
    if (flaring == nullptr) return "leave it out";
    if (flaring->exercise != today.exercise) {
      return "do " + flaring->exercise->display_name + " instead";
    }
    if (flaring->amount != today.amount) return amount_words(*flaring);
    return "";
  }

  std::string replaced_reason(const std::string& written) const {
    for (const ReplacedStep& replaced : plan_.replaced) {
      if (replaced.exercise == written) return reason(replaced.condition);
    }
    return "";
  }

  HandoutGroup& group(const std::string& title) {
    if (boundary_ || handout_.groups.empty()) handout_.groups.push_back({title, {}});
    boundary_ = false;
    return handout_.groups.back();
  }

  std::string reason(const std::string& condition) const {
    return condition_reason(program_, condition);
  }

  // An exercise's display name.
  std::string display_name(const std::string& name) const {
    const Exercise* exercise = program_.find_exercise(name);
    return exercise == nullptr ? name : exercise->display_name;
  }

  std::string skipped_name(const std::string& what) const { return skipped_what(program_, what); }

  static std::string fmt_left_out(const std::string& name, const std::string& why) {
    return name + " (" + why + ")";
  }

  const Program& program_;
  const Plan& plan_;
  PlanSummary summary_;
  std::set<std::string> says_;
  Handout handout_;
  int count_ = 0;
  bool boundary_ = false;
  bool flare_up_differs_ = false;  // the handout is not settled on a flare-up day or not
  bool in_flare_up_ = false;       // walking the body of an `if flare_up`
};

}  // namespace

Handout make_handout(const Program& program, const Plan& plan, const PlanOptions& options) {
  return HandoutBuilder(program, plan, options).take();
}

}  // namespace limber
