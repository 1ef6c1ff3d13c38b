#include "interpreter/safety/findings.hpp"

#include <fmt/format.h>

#include <optional>

#include "interpreter/check/messages.hpp"

namespace limber::safety {

namespace msg = check_messages;

void Findings::add(const WorldMask& seen, Diagnostic finding, const WorldMask& domain) {
  Key key{finding.code, finding.span.begin, finding.span.end, finding.message};
  auto [it, inserted] = index_.emplace(std::move(key), entries_.size());
  if (inserted) entries_.push_back({std::move(finding), {}, domain});
  entries_[it->second].seen |= seen;
}

void Findings::report_into(Program& program, const SourceFile* source) const {
  for (const Entry& entry : entries_) {
    Diagnostic d = entry.diagnostic;
    d.message = case_of(worlds_, entry.seen, entry.domain) + d.message;
    program.diagnostics.push_back({source, std::move(d)});
  }
}

namespace {

std::vector<std::string> names_of(const Worlds& worlds, std::uint64_t bits) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < worlds.conditions.size(); ++i) {
    if (bits >> i & 1) names.push_back(worlds.conditions[i]);
  }
  return names;
}

// "a", "a and b", "a, b and c" (or "or" for the last).
std::string listed(const std::vector<std::string>& names, std::string_view last_joint) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? fmt::format(" {} ", last_joint) : ", ";
    out += names[i];
  }
  return out;
}

std::string conditions_phrase(const std::vector<std::string>& holding,
                              const std::vector<std::string>& not_holding) {
  const std::string holds =
      holding.empty()
          ? ""
          : fmt::format(fmt::runtime(holding.size() == 1 ? msg::case_holds : msg::case_hold),
                        listed(holding, "and"));
  if (not_holding.empty()) return holds;
  if (!holds.empty()) {
    return fmt::format(fmt::runtime(msg::case_but_not), holds, listed(not_holding, "or"));
  }
  if (not_holding.size() == 1) {
    return fmt::format(fmt::runtime(msg::case_holds_not), not_holding.front());
  }
  if (not_holding.size() == 2) {
    return fmt::format(fmt::runtime(msg::case_neither), not_holding[0], not_holding[1]);
  }
  return fmt::format(fmt::runtime(msg::case_none_of), listed(not_holding, "or"));
}

}  // namespace

std::string case_of(const Worlds& worlds, const WorldMask& seen, const WorldMask& domain) {
  if (domain.without(seen).none()) return "";
  std::size_t first = 0;
  while (first < worlds.worlds.size() && !seen.test(first)) ++first;
  if (first == worlds.worlds.size()) return "";
  // Start from everything the simplest world says, then drop what the finding does not need:
  // first the conditions that do not hold, then the optional steps, then those that hold.
  const World& simplest = worlds.worlds[first];
  const std::size_t count = worlds.conditions.size();
  const std::uint64_t all = count == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
  std::uint64_t holding = simplest.holding;
  std::uint64_t not_holding = ~simplest.holding & all;
  std::optional<bool> optional_steps;
  if (worlds.has_optional) optional_steps = simplest.optional_steps;

  // Whether the finding arises in every world of its domain that fits the description.
  const auto describes = [&](std::uint64_t yes, std::uint64_t no, std::optional<bool> optional) {
    for (std::size_t i = 0; i < worlds.worlds.size(); ++i) {
      const World& w = worlds.worlds[i];
      const bool fits = (w.holding & yes) == yes && (w.holding & no) == 0 &&
                        (!optional || w.optional_steps == *optional);
      if (fits && domain.test(i) && !seen.test(i)) return false;
    }
    return true;
  };
  // A condition may be dropped from the description only when every combination was judged:
  // among a sample of them, "does not matter" would be a guess about the cases not planned. Then
  // the case names the conditions that hold in the world where it arises (or that none does).
  const bool every_combination = count <= every_combination_up_to;
  if (!every_combination && holding != 0) not_holding = 0;
  for (std::size_t i = 0; every_combination && i < count; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    if ((not_holding & bit) && describes(holding, not_holding & ~bit, optional_steps)) {
      not_holding &= ~bit;
    }
  }
  if (optional_steps && describes(holding, not_holding, std::nullopt)) optional_steps.reset();
  for (std::size_t i = 0; every_combination && i < count; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    if ((holding & bit) && describes(holding & ~bit, not_holding, optional_steps)) {
      holding &= ~bit;
    }
  }

  std::vector<std::string> parts;
  if (std::string conditions =
          conditions_phrase(names_of(worlds, holding), names_of(worlds, not_holding));
      !conditions.empty()) {
    parts.push_back(std::move(conditions));
  }
  if (optional_steps) {
    parts.emplace_back(*optional_steps ? msg::case_optional_done : msg::case_optional_skipped);
  }
  if (parts.empty()) return "";
  return fmt::format(fmt::runtime(msg::case_when), listed(parts, "and"));
}

}  // namespace limber::safety
