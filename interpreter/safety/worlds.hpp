#pragma once

// The worlds a routine is judged in: each combination of the conditions it mentions (in `if`,
// `unless`, and the `avoid_if` of the exercises it uses and of their alternatives), with and
// without its optional steps. The routine's `given` conditions hold in every world and are not
// varied.
//
// The cost is bounded however many conditions a routine mentions: up to six are judged in every
// combination (at most 64); beyond that, the world where none holds, the one where all hold,
// each one alone and then each pair, up to 256 combinations in all. Only the first 64
// conditions mentioned are varied; any further ones never hold. With the optional steps done
// and skipped, that is at most 512 worlds, all planned in one walk over the routine's text
// (plan.hpp), in closed form whatever its `repeat`s.

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "interpreter/check/program.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber::safety {

struct World {
  std::uint64_t holding = 0;   // bit i: the i-th varied condition holds
  bool optional_steps = true;  // the optional steps are done
};

struct Worlds {
  std::vector<std::string> conditions;       // the varied conditions, in order of first mention
  std::set<std::string, std::less<>> given;  // the routine's `given` conditions: always hold
  bool has_optional = false;                 // the routine has optional steps: worlds come in pairs
  // Simplest first: fewer conditions holding before more, optional steps done before skipped.
  // A finding's case is named after the first world it arises in.
  std::vector<World> worlds;

  // The bit of `condition` among the varied ones, or 0 when it is not varied.
  std::uint64_t bit_of(std::string_view condition) const;
  // The worlds as the planner takes them.
  PlanWorlds to_plan() const;
  bool holds(const World& world, std::string_view condition) const;
};

inline constexpr std::size_t every_combination_up_to = 6;
inline constexpr std::size_t max_combinations = 256;
inline constexpr std::size_t max_varied_conditions = 64;

Worlds worlds_of(const Program& program, const RoutineRef& routine);

}  // namespace limber::safety
