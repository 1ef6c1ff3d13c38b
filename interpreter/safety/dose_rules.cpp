#include "interpreter/safety/dose_rules.hpp"

#include <map>
#include <tuple>

#include "interpreter/check/report.hpp"

namespace limber::safety {

namespace msg = check_messages;

namespace {

std::string range_text(const Range& range, bool seconds) {
  auto one = [&](double v) { return seconds ? format_seconds(v) : fmt::format("{}", v); };
  return range.low == range.high ? one(range.low) : one(range.low) + ".." + one(range.high);
}

std::string rounds_text(double rounds) {
  return fmt::format(fmt::runtime(msg::rounds_count), format_count(rounds), rounds == 1 ? "" : "s");
}

std::string reps_text(double reps) {
  return fmt::format(fmt::runtime(msg::reps_count), format_count(reps), reps == 1 ? "" : "s");
}

class DoseJudge {
 public:
  DoseJudge(const PlanSummary& summary, const WorldMask& flare_up)
      : summary_(summary), flare_up_(flare_up) {}

  std::vector<DoseFinding> run() {
    for (const PlannedDose& dose : summary_.doses) {
      ranges(dose);
      progression_goals(dose);
      sides(dose);
      warm_up_first(dose);
    }
    balance();
    return std::move(findings_);
  }

 private:
  // " (in place of `pigeon`)" when the alternative runs.
  static std::string instead(const PlannedDose& d) {
    return d.exercise == d.written ? ""
                                   : fmt::format(fmt::runtime(msg::in_place_of), d.written->name);
  }

  static std::string scaled(const PlannedDose& d) {
    return d.scale == 1 ? ""
                        : fmt::format(fmt::runtime(msg::with_scale), fmt::format("{:g}", d.scale));
  }

  Diagnostic& add(const PlannedDose& d, const WorldMask& worlds, Diagnostic diagnostic) {
    findings_.push_back({std::move(diagnostic), d.dose, worlds});
    return findings_.back().diagnostic;
  }

  // The value outside its range, reported with the help that names the range. A hold or a set
  // of repetitions below its range is fine on a flare-up day down to half the range's low end.
  // The message's values are only worded when there is a finding.
  template <typename Values>
  void outside(const PlannedDose& d, const msg::Text& text, Span span, double value,
               const Range& range, bool seconds, Values values) {
    if (value >= range.low && value <= range.high) return;
    WorldMask worlds = d.worlds;
    const bool gentler = &text == &msg::hold_out_of_range || &text == &msg::reps_out_of_range;
    if (value < range.low && gentler && value >= range.low / 2) worlds = worlds.without(flare_up_);
    if (worlds.none()) return;
    const std::string shown = range_text(range, seconds);
    const std::string_view side = value > range.high ? msg::above : msg::below;
    add(d, worlds,
        std::apply(
            [&](const auto&... v) { return diagnostic_of(text, span, "", v..., side, shown); },
            values()))
        .help = fmt::format(fmt::runtime(text.help), shown);
  }

  void ranges(const PlannedDose& d) {
    const Exercise& e = *d.exercise;
    const ast::Dose& dose = *d.dose;
    const std::string& name = e.name;
    if (dose.verb == ast::Verb::warmup) {
      // A warm-up's length is its hold: `warmup easy_walk 20min` is as far off as a hold would be.
      if (e.hold && e.mode == Mode::hold) {
        outside(d, msg::warmup_out_of_range, dose.amount.span, d.amount, *e.hold, true,
                [&] { return std::tuple(name, instead(d), format_seconds(d.amount)); });
      }
      return;
    }
    if (dose.verb == ast::Verb::hold && e.hold && e.mode == Mode::hold) {
      outside(d, msg::hold_out_of_range, dose.amount.span, d.amount, *e.hold, true,
              [&] { return std::tuple(name, instead(d), format_seconds(d.amount), scaled(d)); });
    }
    if (dose.verb == ast::Verb::reps && e.reps && e.mode == Mode::reps) {
      outside(d, msg::reps_out_of_range, dose.amount.span, d.amount, *e.reps, false,
              [&] { return std::tuple(name, instead(d), reps_text(d.amount), scaled(d)); });
    }
    if (e.rounds) {
      // Rounds inside `repeat 2 { … }` are done twice: the recommendation is for the session.
      const double rounds = d.rounds * d.repeats;
      outside(d, msg::rounds_out_of_range, dose.rounds ? dose.rounds->span : dose.exercise.span,
              rounds, *e.rounds, false, [&] {
                const std::string how = d.repeats == 1
                                            ? ""
                                            : fmt::format(fmt::runtime(msg::rounds_in_repeats),
                                                          d.rounds, format_count(d.repeats));
                return std::tuple(name, instead(d), rounds_text(rounds), how);
              });
    }
  }

  // Where a progression ends against the exercise's ranges: the dose it grows to is one the
  // patient will be given, so it is judged like the written one (without the flare-up leeway,
  // since a flare-up holds the progression back).
  void progression_goals(const PlannedDose& d) {
    const Exercise& e = *d.exercise;
    const ast::Dose& dose = *d.dose;
    if (d.amount_goal && d.amount_progress) {
      const bool hold = dose.verb == ast::Verb::hold;
      const std::optional<Range>& range = hold ? e.hold : e.reps;
      if (range && e.mode == (hold ? Mode::hold : Mode::reps)) {
        const double goal = *d.amount_goal;
        outside(d, msg::progress_out_of_range, d.amount_progress->until.span, goal, *range, hold,
                [&] {
                  const std::string shown =
                      hold ? fmt::format(fmt::runtime(msg::progress_hold), format_seconds(goal))
                           : reps_text(goal) + " a set";
                  return std::tuple(e.name, instead(d), shown, scaled(d));
                });
      }
    }
    if (d.rounds_goal && d.rounds_progress && e.rounds) {
      const double goal = *d.rounds_goal * d.repeats;
      outside(d, msg::progress_out_of_range, d.rounds_progress->until.span, goal, *e.rounds, false,
              [&] { return std::tuple(e.name, instead(d), rounds_text(goal), ""); });
    }
  }

  void sides(const PlannedDose& d) {
    const Exercise& e = *d.exercise;
    const ast::Dose& dose = *d.dose;
    if (dose.verb == ast::Verb::warmup) return;
    if (e.sided && d.sides == 1 && dose.sides == ast::Sides::unspecified) {
      add(d, d.worlds,
          diagnostic_of(msg::one_side_only, dose.exercise.span, "", e.name, instead(d)));
    }
    if (!e.sided && dose.sides == ast::Sides::each) {
      add(d, d.worlds,
          diagnostic_of(msg::each_side_not_sided, dose.sides_span, "", e.name, instead(d)));
    }
    if (!e.sided && d.switched_by != nullptr) {
      add(d, d.worlds,
          diagnostic_of(msg::switch_not_sided, d.switched_by->span, "", e.name, instead(d)));
    }
    if (d.sides == 1 && d.side != Side::none) one_sided_[e.name].push_back(&d);
  }

  // Rounds done on one side only, per exercise, across the whole session: `on left` in one
  // section and `on right` in another is balanced.
  void balance() {
    for (const auto& entry : one_sided_) {
      // Named, not a structured binding: clang 14 cannot capture bindings in the lambda below.
      const std::string& name = entry.first;
      const std::vector<const PlannedDose*>& doses = entry.second;
      WorldMask worlds;
      for (const PlannedDose* d : doses) worlds |= d->worlds;
      worlds.for_each([&](std::size_t w) {
        double left = 0;
        double right = 0;
        for (const PlannedDose* d : doses) {
          if (d->worlds.test(w)) (d->side == Side::left ? left : right) += d->rounds * d->repeats;
        }
        if (left == right) return;
        const Side more = left > right ? Side::left : Side::right;
        const PlannedDose* first = nullptr;
        for (const PlannedDose* d : doses) {
          if (first == nullptr && d->worlds.test(w) && d->side == more) first = d;
        }
        WorldMask here;
        here.set(w);
        const Span where = first->dose->sides_span;
        if (left == 0 || right == 0) {
          add(*first, here, diagnostic_of(msg::unbalanced_sides, where, "", name, to_string(more)))
              .help = fmt::format(fmt::runtime(msg::unbalanced_sides.help),
                                  to_string(more == Side::left ? Side::right : Side::left));
        } else {
          add(*first, here,
              diagnostic_of(msg::uneven_sides, where, "", name, rounds_text(left),
                            rounds_text(right)));
        }
      });
    }
  }

  // The first stretch of each world that comes before any warm-up of that world.
  void warm_up_first(const PlannedDose& d) {
    if (d.exercise->kind == Kind::warmup || d.dose->verb == ast::Verb::warmup) {
      warm_ |= d.worlds;
    } else if (d.exercise->kind == Kind::stretch) {
      const WorldMask cold = d.worlds.without(warm_).without(cold_reported_);
      if (cold.none()) return;
      cold_reported_ |= cold;
      add(d, cold,
          diagnostic_of(msg::cold_stretch, d.dose->exercise.span, "", d.exercise->name,
                        instead(d)));
    }
  }

  const PlanSummary& summary_;
  const WorldMask flare_up_;
  std::vector<DoseFinding> findings_;
  std::map<std::string, std::vector<const PlannedDose*>> one_sided_;
  WorldMask warm_;
  WorldMask cold_reported_;
};

}  // namespace

std::vector<DoseFinding> judge_doses(const PlanSummary& summary, const WorldMask& flare_up) {
  return DoseJudge(summary, flare_up).run();
}

}  // namespace limber::safety
