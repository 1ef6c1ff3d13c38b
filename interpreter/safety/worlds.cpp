#include "interpreter/safety/worlds.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <set>

namespace limber::safety {

namespace {

// The conditions a routine's plans depend on, in the order the text first mentions them.
class Mentions {
 public:
  explicit Mentions(const Program& program) : program_(program) {}

  void block(const std::vector<ast::Statement>& statements) {
    for (const ast::Statement& statement : statements) {
      if (statement.optional_keyword) has_optional = true;
      if (statement.unless) add(statement.unless->text);
      if (const auto* given = std::get_if<ast::Given>(&statement.node)) {
        given_.emplace(std::string_view(given->condition.text));
      } else if (const auto* dose = std::get_if<ast::Dose>(&statement.node)) {
        exercise(program_.find_exercise(dose->exercise), true);
      } else if (const auto* section = std::get_if<ast::Section>(&statement.node)) {
        block(section->body.statements);
      } else if (const auto* repeat = std::get_if<ast::Repeat>(&statement.node)) {
        block(repeat->body.statements);
      } else if (const auto* branch = std::get_if<ast::If>(&statement.node)) {
        add(branch->condition.text);
        block(branch->then_body.statements);
        if (branch->else_body) block(branch->else_body->statements);
      }
    }
  }

  std::set<std::string, std::less<>> given() const { return given_; }

  std::vector<std::string> varied() const {
    std::vector<std::string> out;
    for (std::string_view name : order_) {
      if (!given_.count(name) && out.size() < max_varied_conditions) {
        out.emplace_back(name);
      }
    }
    return out;
  }

  bool has_optional = false;

 private:
  void exercise(const Exercise* found, bool with_alt) {
    if (found == nullptr) return;
    for (const std::string& condition : found->avoid_if) add(condition);
    if (with_alt && found->alt) exercise(program_.find_exercise(*found->alt), false);
  }

  void add(std::string_view condition) {
    if (std::find(order_.begin(), order_.end(), condition) == order_.end()) {
      order_.push_back(condition);
    }
  }

  const Program& program_;
  std::set<std::string, std::less<>> given_;
  std::vector<std::string_view> order_;  // few: a routine mentions a handful of conditions
};

std::vector<std::uint64_t> combinations(std::size_t count) {
  std::vector<std::uint64_t> out;
  if (count <= every_combination_up_to) {
    for (std::uint64_t holding = 0; holding < (std::uint64_t{1} << count); ++holding) {
      out.push_back(holding);
    }
    return out;
  }
  const std::uint64_t all = count == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
  out = {0, all};
  for (std::size_t i = 0; i < count && out.size() < max_combinations; ++i) {
    out.push_back(std::uint64_t{1} << i);
  }
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t j = i + 1; j < count && out.size() < max_combinations; ++j) {
      out.push_back((std::uint64_t{1} << i) | (std::uint64_t{1} << j));
    }
  }
  return out;
}

// The combinations with fewer conditions holding first, in their order otherwise: a stable
// counting sort, as there are only 65 possible counts.
std::vector<std::uint64_t> fewest_first(const std::vector<std::uint64_t>& holdings) {
  std::array<std::size_t, 66> starts{};
  for (std::uint64_t holding : holdings) ++starts[std::popcount(holding) + 1];
  for (std::size_t i = 1; i < starts.size(); ++i) starts[i] += starts[i - 1];
  std::vector<std::uint64_t> out(holdings.size());
  for (std::uint64_t holding : holdings) out[starts[std::popcount(holding)]++] = holding;
  return out;
}

}  // namespace

std::uint64_t Worlds::bit_of(std::string_view condition) const {
  const auto found = std::find(conditions.begin(), conditions.end(), condition);
  return found == conditions.end() ? 0 : std::uint64_t{1} << (found - conditions.begin());
}

bool Worlds::holds(const World& world, std::string_view condition) const {
  return (world.holding & bit_of(condition)) != 0 || given.find(condition) != given.end();
}

PlanWorlds Worlds::to_plan() const {
  PlanWorlds out;
  out.count = worlds.size();
  out.deciding.resize(conditions.size());
  for (std::size_t i = 0; i < conditions.size(); ++i) out.deciding[i].first = conditions[i];
  for (std::size_t w = 0; w < worlds.size(); ++w) {
    for (std::uint64_t bits = worlds[w].holding; bits != 0; bits &= bits - 1) {
      out.deciding[static_cast<std::size_t>(std::countr_zero(bits))].second.set(w);
    }
    if (!worlds[w].optional_steps) out.skipping_optional.set(w);
  }
  return out;
}

Worlds worlds_of(const Program& program, const RoutineRef& routine) {
  Mentions mentions(program);
  mentions.block(*routine.statements);
  Worlds out;
  out.conditions = mentions.varied();
  out.given = mentions.given();
  out.has_optional = mentions.has_optional;
  const std::vector<std::uint64_t> holdings = fewest_first(combinations(out.conditions.size()));
  out.worlds.reserve(holdings.size() * (out.has_optional ? 2 : 1));
  for (std::uint64_t holding : holdings) {
    out.worlds.push_back({holding, true});
    if (out.has_optional) out.worlds.push_back({holding, false});
  }
  return out;
}

}  // namespace limber::safety
