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

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "grammar/diagnostic.hpp"
#include "interpreter/check/program.hpp"
#include "interpreter/safety/worlds.hpp"

namespace limber::safety {

class Findings {
 public:
  explicit Findings(const Worlds& worlds) : worlds_(worlds) {}

  // A finding in `seen`, its message without the case, about something that exists in the
  // worlds of `domain`.
  void add(const WorldMask& seen, Diagnostic finding, const WorldMask& domain);

  // Every finding, in the order first seen, with its case, into the program.
  void report_into(Program& program, const SourceFile* source) const;

 private:
  struct Entry {
    Diagnostic diagnostic;
    WorldMask seen;
    WorldMask domain;
  };
  using Key = std::tuple<std::string, std::uint32_t, std::uint32_t, std::string>;

  const Worlds& worlds_;
  std::vector<Entry> entries_;
  std::map<Key, std::size_t> index_;
};

// The case of a finding seen in `seen` among the worlds of `domain`: "when flare_up holds, ",
// or empty when it arises wherever its subject exists.
std::string case_of(const Worlds& worlds, const WorldMask& seen, const WorldMask& domain);

}  // namespace limber::safety
