#include "plan_equivalence.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "interpreter/plan/plan.hpp"
#include "interpreter/plan/plan_output.hpp"
#include "interpreter/safety/worlds.hpp"

namespace limber::fuzz {

namespace {

// One world to plan in: the conditions that hold, and whether the optional steps are left out.
struct World {
  std::set<std::string> holding;
  bool skip_optional = false;
  bool operator<(const World& other) const {
    return std::tie(holding, skip_optional) < std::tie(other.holding, other.skip_optional);
  }
};

// The worlds safety::worlds_of judges the routine in, simplest first, as sets of names (so
// that two programs that mention their conditions in another order still meet in one world).
std::vector<World> worlds_of(const Program& program, const RoutineRef& routine) {
  const safety::Worlds worlds = safety::worlds_of(program, routine);
  std::vector<World> out;
  for (const safety::World& world : worlds.worlds) {
    World w;
    for (std::size_t i = 0; i < worlds.conditions.size(); ++i) {
      if (world.holding >> i & 1) w.holding.insert(worlds.conditions[i]);
    }
    w.skip_optional = !world.optional_steps;
    out.push_back(std::move(w));
  }
  return out;
}

std::string words(const std::string& routine, const World& world) {
  std::string out = "routine \"" + routine + "\"";
  for (const std::string& condition : world.holding) out += ", " + condition;
  if (world.holding.empty()) out += ", no condition holding";
  if (world.skip_optional) out += ", optional steps skipped";
  return out;
}

// The plan for `options`: the refusal's reason, or the plan's JSON.
std::string planned(const Program& program, const PlanOptions& options) {
  if (const std::optional<std::string> refused = plan_refusal(program, options)) {
    return "refused: " + *refused;
  }
  return plan_to_json(plan(program, options)).dump(1);
}

std::string titles(const Program& program) {
  std::string out;
  for (const RoutineRef& routine : program.routines) out += "\"" + routine.title + "\"\n";
  return out;
}

}  // namespace

std::optional<PlanDifference> plan_difference(const Program& before, const Program& after) {
  if (before.routines.size() != after.routines.size()) {
    return PlanDifference{"the routines", titles(before), titles(after)};
  }
  std::size_t compared = 0;
  for (std::size_t r = 0; r < before.routines.size(); ++r) {
    const std::string& title = before.routines[r].title;
    if (after.routines[r].title != title) {
      return PlanDifference{"the routines", titles(before), titles(after)};
    }
    // Interleaved, so that the cap leaves out the most complicated worlds of both programs
    // rather than all of the second's.
    const std::vector<World> of_before = worlds_of(before, before.routines[r]);
    const std::vector<World> of_after = worlds_of(after, after.routines[r]);
    std::vector<World> worlds;
    std::set<World> seen;
    for (std::size_t i = 0; i < std::max(of_before.size(), of_after.size()); ++i) {
      for (const std::vector<World>* list : {&of_before, &of_after}) {
        if (i < list->size() && seen.insert((*list)[i]).second) worlds.push_back((*list)[i]);
      }
    }
    for (const World& world : worlds) {
      if (compared++ == max_compared_worlds) return std::nullopt;
      PlanOptions options;
      options.routine = title;
      options.when = world.holding;
      options.skip_optional = world.skip_optional;
      std::string plan_before = planned(before, options);
      std::string plan_after = planned(after, options);
      if (plan_before != plan_after) {
        return PlanDifference{words(title, world), std::move(plan_before), std::move(plan_after)};
      }
    }
  }
  return std::nullopt;
}

}  // namespace limber::fuzz
