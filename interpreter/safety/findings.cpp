#include "interpreter/safety/findings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <functional>
#include <optional>
#include <string_view>

#include "interpreter/check/fill.hpp"
#include "interpreter/check/messages.hpp"

namespace limber::safety {

namespace msg = check_messages;

namespace {

std::uint64_t mixed(std::uint64_t hash, std::uint64_t value) {
  // splitmix64's finalizer over the running hash: cheap, and spreads nearby spans and values.
  std::uint64_t z = hash ^ (value + 0x9E3779B97F4A7C15ull + (hash << 6) + (hash >> 2));
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::uint64_t hash_of(const FindingFacts& facts, Wording wording) {
  std::uint64_t h = mixed(reinterpret_cast<std::uintptr_t>(wording),
                          static_cast<std::uint64_t>(static_cast<unsigned>(facts.what)));
  h = mixed(h, std::uint64_t{facts.span.begin} << 32 | facts.span.end);
  h = mixed(h, reinterpret_cast<std::uintptr_t>(facts.exercise));
  h = mixed(h, reinterpret_cast<std::uintptr_t>(facts.written));
  h = mixed(h, std::bit_cast<std::uint64_t>(facts.first));
  return mixed(h, std::bit_cast<std::uint64_t>(facts.second));
}

// What merges reported findings: their code, span and message, as the diagnostics list them.
std::uint64_t hash_of(const Diagnostic& d) {
  std::uint64_t h = mixed(std::hash<std::string_view>{}(d.message), d.span.begin);
  h = mixed(h, d.span.end);
  return mixed(h, std::hash<std::string_view>{}(d.code));
}

std::uint64_t hash_of(const WorldMask& worlds) {
  std::uint64_t h = 0;
  for (const std::uint64_t word :
       std::bit_cast<std::array<std::uint64_t, WorldMask::capacity / 64>>(worlds)) {
    h = mixed(h, word);
  }
  return h;
}

bool same_finding(const Diagnostic& a, const Diagnostic& b) {
  return a.span == b.span && a.code == b.code && a.message == b.message;
}

}  // namespace

void FlatIndex::clear() {
  // Only the slots in use: after one large routine the table stays large.
  for (std::uint32_t at : used_) slots_[at] = Slot{};
  used_.clear();
}

void FlatIndex::grow() {
  std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint32_t& place : used_) {
    std::size_t at = old[place].hash & mask;
    while (slots_[at].entry != 0) at = (at + 1) & mask;
    slots_[at] = old[place];
    place = static_cast<std::uint32_t>(at);
  }
}

template <typename Equal>
std::size_t FlatIndex::find_or_insert(std::uint64_t hash, std::size_t fresh, Equal equal) {
  if (2 * (used_.size() + 1) > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash & mask;
  for (; slots_[at].entry != 0; at = (at + 1) & mask) {
    if (slots_[at].hash == hash && equal(slots_[at].entry - 1)) return slots_[at].entry - 1;
  }
  slots_[at] = {hash, static_cast<std::uint32_t>(fresh + 1)};
  used_.push_back(static_cast<std::uint32_t>(at));
  return fresh;
}

void Findings::reset(const Worlds& worlds) {
  worlds_ = &worlds;
  entries_.clear();
  worded_.clear();
  index_.clear();
}

void Findings::add(const WorldMask& seen, const FindingFacts& facts, Wording wording,
                   const WorldMask& domain) {
  const std::size_t at =
      index_.find_or_insert(hash_of(facts, wording), entries_.size(), [&](std::size_t entry) {
        return entries_[entry].wording == wording && entries_[entry].facts == facts;
      });
  if (at == entries_.size()) entries_.push_back({facts, wording, 0, {}, domain});
  entries_[at].seen |= seen;
}

void Findings::add(const WorldMask& seen, Diagnostic finding, const WorldMask& domain) {
  // Worded findings come once per kind of session finding: merged when reported.
  entries_.push_back({{}, nullptr, worded_.size(), seen, domain});
  worded_.push_back(std::move(finding));
}

void Findings::report_into(std::vector<LocatedDiagnostic>& out, const SourceFile* source) {
  reported_.clear();
  reported_index_.clear();
  for (Entry& entry : entries_) {
    Diagnostic d = entry.wording ? entry.wording(entry.facts) : std::move(worded_[entry.worded]);
    const std::size_t at = reported_index_.find_or_insert(
        hash_of(d), reported_.size(),
        [&](std::size_t found) { return same_finding(reported_[found].diagnostic, d); });
    if (at == reported_.size()) {
      reported_.push_back({std::move(d), entry.seen, &entry.domain});
    } else {
      reported_[at].seen |= entry.seen;
    }
  }
  cases_.clear();
  cases_index_.clear();
  by_condition_built_ = false;
  for (Reported& r : reported_) {
    // Most findings arise wherever their step runs, and have no case to find.
    if (r.domain->without(r.seen).any()) r.diagnostic.message.insert(0, case_text(r));
    out.push_back({source, std::move(r.diagnostic)});
  }
}

const std::string& Findings::case_text(const Reported& r) {
  const std::size_t at = cases_index_.find_or_insert(
      mixed(hash_of(r.seen), hash_of(*r.domain)), cases_.size(), [&](std::size_t found) {
        return cases_[found].seen == r.seen && cases_[found].domain == *r.domain;
      });
  if (at == cases_.size()) {
    if (!by_condition_built_) by_condition_.build(*worlds_);
    by_condition_built_ = true;
    cases_.push_back({r.seen, *r.domain, case_of(*worlds_, by_condition_, r.seen, *r.domain)});
  }
  return cases_[at].text;
}

namespace {

std::vector<std::string_view> names_of(const Worlds& worlds, std::uint64_t bits) {
  std::vector<std::string_view> names;
  for (; bits != 0; bits &= bits - 1) {
    const auto i = static_cast<std::size_t>(std::countr_zero(bits));
    if (i < worlds.conditions.size()) names.push_back(worlds.conditions[i]);
  }
  return names;
}

// "a", "a and b", "a, b and c" (or "or" for the last).
std::string listed(const std::vector<std::string_view>& names, std::string_view last_joint) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0 && i + 1 == names.size()) {
      out.append(" ").append(last_joint).append(" ");
    } else if (i > 0) {
      out.append(", ");
    }
    out.append(names[i]);
  }
  return out;
}

std::string conditions_phrase(const std::vector<std::string_view>& holding,
                              const std::vector<std::string_view>& not_holding) {
  const std::string holds =
      holding.empty()
          ? ""
          : fill_in(holding.size() == 1 ? msg::case_holds : msg::case_hold, listed(holding, "and"));
  if (not_holding.empty()) return holds;
  if (!holds.empty()) {
    return fill_in(msg::case_but_not, holds, listed(not_holding, "or"));
  }
  if (not_holding.size() == 1) {
    return fill_in(msg::case_holds_not, not_holding.front());
  }
  if (not_holding.size() == 2) {
    return fill_in(msg::case_neither, not_holding[0], not_holding[1]);
  }
  return fill_in(msg::case_none_of, listed(not_holding, "or"));
}

}  // namespace

void WorldsByCondition::build(const Worlds& worlds) {
  std::uint64_t any = 0;
  for (const World& world : worlds.worlds) any |= world.holding;
  holding.assign(static_cast<std::size_t>(std::bit_width(any)), WorldMask{});
  optional_done = {};
  all = WorldMask::first(worlds.worlds.size());
  for (std::size_t w = 0; w < worlds.worlds.size(); ++w) {
    for (std::uint64_t bits = worlds.worlds[w].holding; bits != 0; bits &= bits - 1) {
      holding[static_cast<std::size_t>(std::countr_zero(bits))].set(w);
    }
    if (worlds.worlds[w].optional_steps) optional_done.set(w);
  }
}

std::string case_of(const Worlds& worlds, const WorldMask& seen, const WorldMask& domain) {
  if (domain.without(seen).none()) return "";
  WorldsByCondition by_condition;
  by_condition.build(worlds);
  return case_of(worlds, by_condition, seen, domain);
}

std::string case_of(const Worlds& worlds, const WorldsByCondition& by_condition,
                    const WorldMask& seen, const WorldMask& domain) {
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
  const WorldMask unseen = domain.without(seen);
  const auto describes = [&](std::uint64_t yes, std::uint64_t no, std::optional<bool> optional) {
    WorldMask fits = by_condition.all & unseen;
    for (std::uint64_t bits = yes; bits != 0; bits &= bits - 1) {
      const auto i = static_cast<std::size_t>(std::countr_zero(bits));
      fits = i < by_condition.holding.size() ? fits & by_condition.holding[i] : WorldMask{};
    }
    for (std::uint64_t bits = no; bits != 0; bits &= bits - 1) {
      const auto i = static_cast<std::size_t>(std::countr_zero(bits));
      if (i < by_condition.holding.size()) fits = fits.without(by_condition.holding[i]);
    }
    if (optional) {
      fits =
          *optional ? fits & by_condition.optional_done : fits.without(by_condition.optional_done);
    }
    return fits.none();
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

  const std::string conditions =
      conditions_phrase(names_of(worlds, holding), names_of(worlds, not_holding));
  std::vector<std::string_view> parts;
  if (!conditions.empty()) parts.push_back(conditions);
  if (optional_steps) {
    parts.push_back(*optional_steps ? msg::case_optional_done : msg::case_optional_skipped);
  }
  if (parts.empty()) return "";
  return fill_in(msg::case_when, listed(parts, "and"));
}

}  // namespace limber::safety
