#include "interpreter/safety/session_rules.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

#include "interpreter/check/report.hpp"

namespace limber::safety {

namespace msg = check_messages;

namespace {

constexpr double long_session_s = 3600;
// A finding about the length or the work of a session is reported for the simplest world it
// arises in: each world has its own numbers, and one finding per kind is what a therapist can
// act on (fixing it shows the next).
constexpr double target_tolerance = 0.2;

const ast::Target* find_target(const RoutineRef& routine) {
  for (const auto& statement : *routine.statements) {
    if (const auto* target = std::get_if<ast::Target>(&statement.node)) return target;
  }
  return nullptr;
}

// Whether a block holds a hold, reps or warm-up anywhere inside it.
bool has_dose(const std::vector<ast::Statement>& statements) {
  for (const auto& statement : statements) {
    if (std::holds_alternative<ast::Dose>(statement.node)) return true;
    if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
      if (has_dose(branch->then_body.statements)) return true;
      if (branch->else_body && has_dose(branch->else_body->statements)) return true;
    } else if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
      if (has_dose(section->body.statements)) return true;
    } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
      if (has_dose(repeat->body.statements)) return true;
    }
  }
  return false;
}

// The first `if flare_up` of the routine whose branch has steps of exercise (where a flare-up's
// extra work is written), or with `any_branch` the first `if flare_up` whatever it holds.
const ast::Statement* find_flare_branch(const std::vector<ast::Statement>& statements,
                                        std::string_view flare_up, bool any_branch) {
  for (const auto& statement : statements) {
    const std::vector<ast::Statement>* inner = nullptr;
    if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
      if (branch->condition.text == flare_up &&
          (any_branch || has_dose(branch->then_body.statements))) {
        return &statement;
      }
      if (auto* found = find_flare_branch(branch->then_body.statements, flare_up, any_branch)) {
        return found;
      }
      if (branch->else_body) inner = &branch->else_body->statements;
    } else if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
      inner = &section->body.statements;
    } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
      inner = &repeat->body.statements;
    }
    if (inner != nullptr) {
      if (auto* found = find_flare_branch(*inner, flare_up, any_branch)) return found;
    }
  }
  return nullptr;
}

class SessionJudge {
 public:
  SessionJudge(const RoutineRef& routine, const Worlds& worlds,
               const std::vector<WorldTotals>& totals, const WorldMask& flare_up,
               Findings& findings)
      : routine_(routine),
        worlds_(worlds),
        totals_(totals),
        flare_up_(flare_up),
        findings_(findings) {}

  void run(std::optional<double> target_s) {
    limits();
    if (target_s && *target_s > 0) target(*target_s);
    flare_up_reduces();
  }

 private:
  // The other world of a pair: the same conditions with the optional steps skipped (or done).
  std::size_t partner(std::size_t i) const {
    if (!worlds_.has_optional) return i;
    return worlds_.worlds[i].optional_steps ? i + 1 : i - 1;
  }

  // The numbers a session finding is made of in one world; none when it does not arise there.
  using Numbers = std::optional<std::array<double, 2>>;

  // Reports one finding, worded with the numbers of the first world where `arises` finds one,
  // with the case of every world where it finds one. A session's totals differ with every
  // condition that leaves a step out, so keeping only the worlds of equal numbers would name
  // conditions that have nothing to do with the finding ("when hip_replacement does not hold,
  // with a flare-up the routine does more work") when it arises whatever they are.
  template <typename Arises, typename Words>
  bool first_case(Arises arises, Words words) {
    return first_case(WorldMask::first(worlds_.worlds.size()), arises, words);
  }

  template <typename Arises, typename Words>
  bool first_case(const WorldMask& domain, Arises arises, Words words) {
    Numbers first;
    WorldMask seen;
    for (std::size_t i = 0; i < worlds_.worlds.size(); ++i) {
      const Numbers numbers = arises(i);
      if (!numbers) continue;
      if (!first) first = numbers;
      seen.set(i);
    }
    if (first) findings_.add(seen, words(*first), domain);
    return first.has_value();
  }

  void limits() {
    const Span where = routine_.title_span;
    const bool too_long = first_case(
        [&](std::size_t i) -> Numbers {
          if (totals_[i].total_s <= max_session_s) return std::nullopt;
          return std::array{totals_[i].total_s, 0.0};
        },
        [&](const auto& numbers) {
          return diagnostic_of(msg::session_too_long, where, "", format_seconds(numbers[0]),
                               format_seconds(max_session_s));
        });
    // A session too long has too many steps as well: one finding says it.
    if (too_long) return;
    const bool too_many = first_case(
        [&](std::size_t i) -> Numbers {
          if (totals_[i].steps <= max_plan_steps) return std::nullopt;
          return std::array{totals_[i].steps, 0.0};
        },
        [&](const auto& numbers) {
          return diagnostic_of(msg::plan_too_long, where, "", format_count(numbers[0]),
                               format_count(max_plan_steps));
        });
    if (too_many) return;
    // Optional steps are the therapist's room to adjust: a session is long when it is long
    // even without them.
    first_case(
        [&](std::size_t i) -> Numbers {
          const double shortest = std::min(totals_[i].total_s, totals_[partner(i)].total_s);
          if (shortest <= long_session_s) return std::nullopt;
          return std::array{shortest, 0.0};
        },
        [&](const auto& numbers) {
          return diagnostic_of(msg::long_session, where, "", format_seconds(numbers[0]));
        });
  }

  // The routine meets its target when it fits it with or without its optional steps. A day of
  // flare-up is meant to be lighter: it may fall short of the target.
  void target(double target) {
    const Span where = find_target(routine_)->duration.span;
    const WorldMask& flare_up = flare_up_;
    for (const bool longer : {true, false}) {
      first_case(
          [&](std::size_t i) -> Numbers {
            const double a = totals_[i].total_s;
            const double b = totals_[partner(i)].total_s;
            const double shortest = std::min(a, b);
            const double longest = std::max(a, b);
            const double nearest = shortest > target  ? shortest
                                   : longest < target ? longest
                                                      : target;
            const double off = nearest / target - 1;
            if (std::abs(off) <= target_tolerance || (off > 0) != longer) return std::nullopt;
            if (!longer && flare_up.test(i)) return std::nullopt;
            return std::array{shortest, longest};
          },
          [&](const auto& numbers) {
            const auto [shortest, longest] = numbers;
            const double nearest = longer ? shortest : longest;
            const std::string takes =
                shortest == longest ? format_seconds(longest)
                                    : fill_in(msg::with_and_without_optional,
                                              format_seconds(shortest), format_seconds(longest));
            const auto percent =
                static_cast<long>(std::lround(std::abs(nearest / target - 1) * 100));
            return diagnostic_of(
                msg::off_target, where, "", takes,
                fill_in(msg::percent_off, percent, longer ? msg::longer : msg::shorter),
                format_seconds(target));
          });
    }
  }

  // In every world with a flare-up, the same world without one must not do less work.
  void flare_up_reduces() {
    const std::uint64_t flare_up = worlds_.bit_of("flare_up");
    if (flare_up == 0) return;
    // Where the extra work is: a branch with exercise in it, rather than an `if flare_up then
    // say` before it; failing that (the work comes from an `unless flare_up` elsewhere), the
    // first mention.
    const ast::Statement* branch = find_flare_branch(*routine_.statements, "flare_up", false);
    if (branch == nullptr) branch = find_flare_branch(*routine_.statements, "flare_up", true);
    const Span where = branch != nullptr ? branch->span : routine_.title_span;
    // Each world by its conditions and optional steps, to find a flare-up world's calm twin.
    using Key = std::pair<std::uint64_t, bool>;
    std::vector<std::pair<Key, std::size_t>> index;
    index.reserve(worlds_.worlds.size());
    for (std::size_t i = 0; i < worlds_.worlds.size(); ++i) {
      index.emplace_back(Key(worlds_.worlds[i].holding, worlds_.worlds[i].optional_steps), i);
    }
    std::sort(index.begin(), index.end());
    const auto world_of = [&](const Key& key) -> std::optional<std::size_t> {
      const auto found =
          std::lower_bound(index.begin(), index.end(), std::pair(key, std::size_t{0}));
      if (found == index.end() || found->first != key) return std::nullopt;
      return found->second;
    };
    // Judged in the flare-up worlds only, so the case never needs to say "flare_up holds".
    WorldMask flare_worlds;
    for (std::size_t i = 0; i < worlds_.worlds.size(); ++i) {
      if (worlds_.worlds[i].holding & flare_up) flare_worlds.set(i);
    }
    first_case(
        flare_worlds,
        [&](std::size_t i) -> Numbers {
          const World& flare = worlds_.worlds[i];
          if (!(flare.holding & flare_up)) return std::nullopt;
          const auto calm = world_of(Key(flare.holding & ~flare_up, flare.optional_steps));
          if (!calm) return std::nullopt;
          const double more = totals_[i].work_s;
          const double less = totals_[*calm].work_s;
          if (more <= less) return std::nullopt;
          return std::array{more, less};
        },
        [&](const auto& numbers) {
          return diagnostic_of(msg::flare_up_more_work, where, "", format_seconds(numbers[0]),
                               format_seconds(numbers[1]));
        });
  }

  const RoutineRef& routine_;
  const Worlds& worlds_;
  const std::vector<WorldTotals>& totals_;
  const WorldMask& flare_up_;  // the worlds where flare_up holds
  Findings& findings_;
};

}  // namespace

void judge_session(const RoutineRef& routine, const Worlds& worlds,
                   const std::vector<WorldTotals>& totals, const WorldMask& flare_up,
                   std::optional<double> target_s, Findings& findings) {
  SessionJudge(routine, worlds, totals, flare_up, findings).run(target_s);
}

}  // namespace limber::safety
