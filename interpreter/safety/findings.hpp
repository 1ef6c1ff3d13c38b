#pragma once

// What the rules find in each world, merged into one diagnostic per finding, its message
// prefixed with the case it arises in: "when flare_up holds, `cat_cow` is held 60s (scale 2):
// above its 15s..30s range".
//
// The case is the shortest description of where the finding arises, among the worlds where what
// it is about exists at all (its domain: the worlds in which its step runs). A finding in every
// such world gets no case; one that arises only when a condition holds names the condition.
// Worlds outside the domain say nothing, so a step under `unless flare_up` is never described as
// "when flare_up does not hold".
//
// A rule finds the same thing in many worlds (a routine is judged in up to 512), so a finding is
// kept as the facts its message is made of and worded once, when it is reported: findings with
// equal facts are merged as they come, and those whose words turn out equal when reported.

#include <bit>
#include <cstdint>
#include <string>
#include <vector>

#include "grammar/diagnostic.hpp"
#include "interpreter/check/program.hpp"
#include "interpreter/safety/worlds.hpp"

namespace limber::safety {

// What a finding says before it is worded: the rule's own number for what it found, where, and
// the values its message is made of (what they mean is up to the rule's wording).
struct FindingFacts {
  int what = 0;
  Span span;
  const Exercise* exercise = nullptr;
  const Exercise* written = nullptr;
  double first = 0;
  double second = 0;

  // Bit for bit, so that facts equal here are always worded alike (0 and -0 are not).
  friend bool operator==(const FindingFacts& a, const FindingFacts& b) {
    return a.what == b.what && a.span == b.span && a.exercise == b.exercise &&
           a.written == b.written &&
           std::bit_cast<std::uint64_t>(a.first) == std::bit_cast<std::uint64_t>(b.first) &&
           std::bit_cast<std::uint64_t>(a.second) == std::bit_cast<std::uint64_t>(b.second);
  }
};

// The diagnostic of a finding, its message without the case: the same facts always give the
// same diagnostic.
using Wording = Diagnostic (*)(const FindingFacts&);

// Slots of entries by hash, for merging without a map of strings. Grows to stay half empty.
class FlatIndex {
 public:
  void clear();
  // The entry `equal` recognizes among those of this hash, or `fresh` (recorded as the new one).
  template <typename Equal>
  std::size_t find_or_insert(std::uint64_t hash, std::size_t fresh, Equal equal);

 private:
  void grow();

  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = 0;  // the entry + 1, or 0 for an empty slot
  };
  std::vector<Slot> slots_;
  std::vector<std::uint32_t> used_;  // the slots in use
};

// The worlds where each varied condition holds and where the optional steps are done: what
// case_of() describes a set of worlds with, made once per routine.
struct WorldsByCondition {
  std::vector<WorldMask> holding;  // per bit of World::holding that some world has
  WorldMask optional_done;
  WorldMask all;

  void build(const Worlds& worlds);
};

class Findings {
 public:
  Findings() = default;
  explicit Findings(const Worlds& worlds) : worlds_(&worlds) {}

  // Empty again, for the next routine: the buffers are kept.
  void reset(const Worlds& worlds);

  // A finding in `seen`, worded by `wording` from `facts`, about something that exists in the
  // worlds of `domain`.
  void add(const WorldMask& seen, const FindingFacts& facts, Wording wording,
           const WorldMask& domain);
  // The same, worded already (its message without the case).
  void add(const WorldMask& seen, Diagnostic finding, const WorldMask& domain);

  // Every finding, in the order first seen, with its case, into `out`.
  void report_into(std::vector<LocatedDiagnostic>& out, const SourceFile* source);

 private:
  struct Entry {
    FindingFacts facts;
    Wording wording = nullptr;  // null: worded_[worded] holds its diagnostic
    std::size_t worded = 0;
    WorldMask seen;
    WorldMask domain;
  };
  // A finding as reported: its words, and where it was seen across the entries that say them.
  struct Reported {
    Diagnostic diagnostic;
    WorldMask seen;
    const WorldMask* domain = nullptr;
  };

  // A case as worded for the findings of one set of worlds in one domain.
  struct Case {
    WorldMask seen;
    WorldMask domain;
    std::string text;
  };
  // The case of `r`, worded once for all the findings of its worlds and domain: a routine's
  // findings mostly share a few.
  const std::string& case_text(const Reported& r);

  const Worlds* worlds_ = nullptr;
  std::vector<Entry> entries_;
  std::vector<Diagnostic> worded_;
  FlatIndex index_;
  // Reused by report_into().
  std::vector<Reported> reported_;
  FlatIndex reported_index_;
  WorldsByCondition by_condition_;  // built for the routine's first case
  bool by_condition_built_ = false;
  std::vector<Case> cases_;
  FlatIndex cases_index_;
};

// The case of a finding seen in `seen` among the worlds of `domain`: "when flare_up holds, ",
// or empty when it arises wherever its subject exists.
std::string case_of(const Worlds& worlds, const WorldMask& seen, const WorldMask& domain);
std::string case_of(const Worlds& worlds, const WorldsByCondition& by_condition,
                    const WorldMask& seen, const WorldMask& domain);

}  // namespace limber::safety
