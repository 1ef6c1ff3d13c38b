#include "interpreter/safety/dose_rules.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "interpreter/check/report.hpp"

namespace limber::safety {

namespace msg = check_messages;

namespace {

// A bound of a range as `{}` writes it; a whole number (nearly every one) without formatting a
// double.
std::string bound_text(double v) {
  if (v == std::floor(v) && std::abs(v) < 1e15 && !std::signbit(v)) {
    return fmt::format_int(static_cast<long long>(v)).str();
  }
  return fmt::format("{}", v);
}

std::string range_text(const Range& range, bool seconds) {
  auto one = [&](double v) { return seconds ? format_seconds(v) : bound_text(v); };
  return range.low == range.high ? one(range.low) : one(range.low) + ".." + one(range.high);
}

std::string rounds_text(double rounds) {
  return fill_in(msg::rounds_count, format_count(rounds), rounds == 1 ? "" : "s");
}

std::string reps_text(double reps) {
  return fill_in(msg::reps_count, format_count(reps), reps == 1 ? "" : "s");
}

// What a dose rule found: FindingFacts::what. The facts' values are, per kind, the amount and
// scale (hold, reps), the amount (warm-up), the rounds and repeats (rounds), the goal and scale
// (a progression's amount), the goal (a progression's rounds), the rounds on the left and on the
// right (uneven sides).
enum What : int {
  warmup_range,
  hold_range,
  reps_range,
  rounds_range,
  progress_hold_range,
  progress_reps_range,
  progress_rounds_range,
  one_side,
  each_side,
  switched,
  only_left,
  only_right,
  uneven,
  cold,
};

// " (in place of `pigeon`)" when the alternative runs.
std::string instead(const FindingFacts& f) {
  return f.exercise == f.written ? "" : fill_in(msg::in_place_of, f.written->name);
}

std::string scaled(double scale) {
  return scale == 1 ? "" : fill_in(msg::with_scale, format_factor(scale));
}

// The value outside its range, worded with the help that names the range.
template <typename... Values>
Diagnostic outside(const msg::Text& text, const FindingFacts& f, double value, const Range& range,
                   bool seconds, const Values&... values) {
  const std::string shown = range_text(range, seconds);
  const std::string_view side = value > range.high ? msg::above : msg::below;
  Diagnostic d =
      diagnostic_of(text, f.span, "", f.exercise->name, instead(f), values..., side, shown);
  d.help = fill_in(text.help, shown);
  return d;
}

Diagnostic out_of_range(const FindingFacts& f) {
  const Exercise& e = *f.exercise;
  switch (f.what) {
    case warmup_range:
      return outside(msg::warmup_out_of_range, f, f.first, *e.hold, true, format_seconds(f.first));
    case hold_range:
      return outside(msg::hold_out_of_range, f, f.first, *e.hold, true, format_seconds(f.first),
                     scaled(f.second));
    case reps_range:
      return outside(msg::reps_out_of_range, f, f.first, *e.reps, false, reps_text(f.first),
                     scaled(f.second));
    case rounds_range: {
      const int written = static_cast<int>(f.first);
      const double repeats = f.second;
      const double rounds = written * repeats;
      const std::string how =
          repeats == 1 ? "" : fill_in(msg::rounds_in_repeats, written, format_count(repeats));
      return outside(msg::rounds_out_of_range, f, rounds, *e.rounds, false, rounds_text(rounds),
                     how);
    }
    case progress_hold_range:
      return outside(msg::progress_out_of_range, f, f.first, *e.hold, true,
                     fill_in(msg::progress_hold, format_seconds(f.first)), scaled(f.second));
    case progress_reps_range:
      return outside(msg::progress_out_of_range, f, f.first, *e.reps, false,
                     reps_text(f.first) + " a set", scaled(f.second));
    default:
      return outside(msg::progress_out_of_range, f, f.first, *e.rounds, false, rounds_text(f.first),
                     "");
  }
}

Diagnostic sided(const FindingFacts& f) {
  const std::string& name = f.exercise->name;
  switch (f.what) {
    case one_side:
      return diagnostic_of(msg::one_side_only, f.span, "", name, instead(f));
    case each_side:
      return diagnostic_of(msg::each_side_not_sided, f.span, "", name, instead(f));
    case switched:
      return diagnostic_of(msg::switch_not_sided, f.span, "", name, instead(f));
    case only_left:
    case only_right: {
      const Side more = f.what == only_left ? Side::left : Side::right;
      Diagnostic d = diagnostic_of(msg::unbalanced_sides, f.span, "", name, to_string(more));
      d.help = fill_in(msg::unbalanced_sides.help,
                       to_string(more == Side::left ? Side::right : Side::left));
      return d;
    }
    case uneven:
      return diagnostic_of(msg::uneven_sides, f.span, "", name, rounds_text(f.first),
                           rounds_text(f.second));
    default:
      return diagnostic_of(msg::cold_stretch, f.span, "", name, instead(f));
  }
}

class DoseJudge {
 public:
  DoseJudge(const PlanSummary& summary, const WorldMask& flare_up, const StepRuns& runs,
            Findings& findings)
      : summary_(summary), flare_up_(flare_up), runs_(runs), findings_(findings) {}

  void run() {
    for (const PlannedDose& dose : summary_.doses) {
      ranges(dose);
      progression_goals(dose);
      sides(dose);
      warm_up_first(dose);
    }
    balance();
  }

 private:
  void add(const PlannedDose& d, const WorldMask& worlds, Wording wording, int what, Span span,
           double first = 0, double second = 0) {
    findings_.add(worlds, {what, span, d.exercise, d.written, first, second}, wording,
                  runs_.of(d.dose));
  }

  // The value outside its range. A hold or a set of repetitions below its range is fine on a
  // flare-up day down to half the range's low end.
  void outside(const PlannedDose& d, What what, Span span, double value, const Range& range,
               double first, double second) {
    if (value >= range.low && value <= range.high) return;
    WorldMask worlds = d.worlds;
    const bool gentler = what == hold_range || what == reps_range;
    if (value < range.low && gentler && value >= range.low / 2) worlds = worlds.without(flare_up_);
    if (worlds.none()) return;
    add(d, worlds, out_of_range, what, span, first, second);
  }

  void ranges(const PlannedDose& d) {
    const Exercise& e = *d.exercise;
    const ast::Dose& dose = *d.dose;
    if (dose.verb == ast::Verb::warmup) {
      // A warm-up's length is its hold: `warmup easy_walk 20min` is as far off as a hold would be.
      if (e.hold && e.mode == Mode::hold) {
        outside(d, warmup_range, dose.amount.span, d.amount, *e.hold, d.amount, 0);
      }
      return;
    }
    if (dose.verb == ast::Verb::hold && e.hold && e.mode == Mode::hold) {
      outside(d, hold_range, dose.amount.span, d.amount, *e.hold, d.amount, d.scale);
    }
    if (dose.verb == ast::Verb::reps && e.reps && e.mode == Mode::reps) {
      outside(d, reps_range, dose.amount.span, d.amount, *e.reps, d.amount, d.scale);
    }
    if (e.rounds) {
      // Rounds inside `repeat 2 { … }` are done twice: the recommendation is for the session.
      const double rounds = d.rounds * d.repeats;
      outside(d, rounds_range, dose.rounds ? dose.rounds->span : dose.exercise.span, rounds,
              *e.rounds, d.rounds, d.repeats);
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
        outside(d, hold ? progress_hold_range : progress_reps_range, d.amount_progress->until.span,
                goal, *range, goal, d.scale);
      }
    }
    if (d.rounds_goal && d.rounds_progress && e.rounds) {
      const double goal = *d.rounds_goal * d.repeats;
      outside(d, progress_rounds_range, d.rounds_progress->until.span, goal, *e.rounds, goal, 0);
    }
  }

  void sides(const PlannedDose& d) {
    const Exercise& e = *d.exercise;
    const ast::Dose& dose = *d.dose;
    if (dose.verb == ast::Verb::warmup) return;
    if (e.sided && d.sides == 1 && dose.sides == ast::Sides::unspecified) {
      add(d, d.worlds, sided, one_side, dose.exercise.span);
    }
    if (!e.sided && dose.sides == ast::Sides::each) {
      add(d, d.worlds, sided, each_side, dose.sides_span);
    }
    if (!e.sided && d.switched_by != nullptr) {
      add(d, d.worlds, sided, switched, d.switched_by->span);
    }
    if (d.sides == 1 && d.side != Side::none) one_sided(e).push_back(&d);
  }

  std::vector<const PlannedDose*>& one_sided(const Exercise& e) {
    for (auto& [exercise, doses] : one_sided_) {
      if (exercise == &e) return doses;
    }
    return one_sided_.emplace_back(&e, std::vector<const PlannedDose*>{}).second;
  }

  // Rounds done on one side only, per exercise, across the whole session: `on left` in one
  // section and `on right` in another is balanced. Exercises in the order of their names.
  void balance() {
    std::sort(one_sided_.begin(), one_sided_.end(),
              [](const auto& a, const auto& b) { return a.first->name < b.first->name; });
    for (const auto& entry : one_sided_) balance(entry.second);
  }

  void balance(const std::vector<const PlannedDose*>& doses) {
    WorldMask worlds;
    for (const PlannedDose* d : doses) worlds |= d->worlds;
    worlds.for_each([&](std::size_t w) {
      double left = 0;
      double right = 0;
      const PlannedDose* first_left = nullptr;
      const PlannedDose* first_right = nullptr;
      for (const PlannedDose* d : doses) {
        if (!d->worlds.test(w)) continue;
        const bool on_left = d->side == Side::left;
        (on_left ? left : right) += d->rounds * d->repeats;
        const PlannedDose*& first = on_left ? first_left : first_right;
        if (first == nullptr) first = d;
      }
      if (left == right) return;
      const bool more_left = left > right;
      const PlannedDose* first = more_left ? first_left : first_right;
      WorldMask here;
      here.set(w);
      const Span where = first->dose->sides_span;
      if (left == 0 || right == 0) {
        add(*first, here, sided, more_left ? only_left : only_right, where);
      } else {
        add(*first, here, sided, uneven, where, left, right);
      }
    });
  }

  // The first stretch of each world that comes before any warm-up of that world.
  void warm_up_first(const PlannedDose& d) {
    if (d.exercise->kind == Kind::warmup || d.dose->verb == ast::Verb::warmup) {
      warm_ |= d.worlds;
    } else if (d.exercise->kind == Kind::stretch) {
      const WorldMask cold_worlds = d.worlds.without(warm_).without(cold_reported_);
      if (cold_worlds.none()) return;
      cold_reported_ |= cold_worlds;
      add(d, cold_worlds, sided, cold, d.dose->exercise.span);
    }
  }

  const PlanSummary& summary_;
  const WorldMask flare_up_;
  const StepRuns& runs_;
  Findings& findings_;
  // The one-sided doses of each exercise, in the order the exercises are first met.
  std::vector<std::pair<const Exercise*, std::vector<const PlannedDose*>>> one_sided_;
  WorldMask warm_;
  WorldMask cold_reported_;
};

}  // namespace

void StepRuns::reset(const PlanSummary& summary) {
  order_.clear();
  for (std::size_t i = 0; i < summary.doses.size(); ++i) {
    order_.emplace_back(summary.doses[i].dose, i);
  }
  std::sort(order_.begin(), order_.end(), [](const auto& a, const auto& b) {
    return std::less<const ast::Dose*>{}(a.first, b.first);
  });
  runs_.clear();
  for (const auto& [dose, record] : order_) {
    if (runs_.empty() || runs_.back().first != dose) runs_.emplace_back(dose, WorldMask{});
    runs_.back().second |= summary.doses[record].worlds;
  }
}

const WorldMask& StepRuns::of(const ast::Dose* dose) const {
  const auto found =
      std::lower_bound(runs_.begin(), runs_.end(), dose, [](const auto& run, const ast::Dose* d) {
        return std::less<const ast::Dose*>{}(run.first, d);
      });
  return found->second;
}

void judge_doses(const PlanSummary& summary, const WorldMask& flare_up, const StepRuns& runs,
                 Findings& findings) {
  DoseJudge(summary, flare_up, runs, findings).run();
}

}  // namespace limber::safety
