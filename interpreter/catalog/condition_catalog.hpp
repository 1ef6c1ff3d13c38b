#pragma once

// `limber exercises CONDITION`: what the library leaves out when the patient answers yes to a
// condition (the exercises whose `avoid_if` names it, and the alternatives that take their
// place) and what stays safe to do. Pure functions, like the rest of the catalog.

#include <string>
#include <vector>

#include "interpreter/check/program.hpp"

namespace limber::catalog {

struct ConditionView {
  const Condition* condition = nullptr;
  std::vector<const Exercise*> avoid;  // catalog order
  std::vector<const Exercise*> safe;   // catalog order
};

// The condition named exactly `query` (in any letter case), or null.
const Condition* find_condition(const Program& program, std::string_view query);

ConditionView condition_view(const Program& program, const Condition& condition);

// The condition and its question, then "Avoid" and "Safe" listings grouped by module, and which
// alternative limber runs in place of each avoided exercise that has one.
std::string text_condition(const Program& program, const ConditionView& view);

// The same as a Markdown section: a heading, the question, and a bulleted list for each part.
std::string markdown_condition(const Program& program, const ConditionView& view);

// `{"condition": {...}, "avoid": [...], "safe": [...]}`: exercise objects as in `json()`, each
// avoided one with `instead`, the exercise run in its place (or null).
std::string json_condition(const Program& program, const ConditionView& view);

}  // namespace limber::catalog
