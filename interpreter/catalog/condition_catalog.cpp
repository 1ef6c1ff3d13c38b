#include "interpreter/catalog/condition_catalog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "interpreter/catalog/catalog.hpp"

namespace limber::catalog {

namespace {

bool avoids(const Exercise& exercise, const std::string& condition) {
  return std::find(exercise.avoid_if.begin(), exercise.avoid_if.end(), condition) !=
         exercise.avoid_if.end();
}

// The exercise run in place of `exercise` when it is avoided: its alt, unless the alt is itself
// avoided under the same condition (then the step is skipped, as the planner does).
const Exercise* replacement(const Program& program, const Exercise& exercise,
                            const std::string& condition) {
  if (!exercise.alt) return nullptr;
  const Exercise* alt = program.find_exercise(*exercise.alt);
  return alt != nullptr && !avoids(*alt, condition) ? alt : nullptr;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

const Condition* find_condition(const Program& program, std::string_view query) {
  const auto found = program.conditions.find(lower(query));
  return found == program.conditions.end() ? nullptr : &found->second;
}

ConditionView condition_view(const Program& program, const Condition& condition) {
  ConditionView view{&condition, {}, {}};
  for (const Exercise* exercise : all_exercises(program)) {
    (avoids(*exercise, condition.name) ? view.avoid : view.safe).push_back(exercise);
  }
  return view;
}

std::string text_condition(const Program& program, const ConditionView& view) {
  const std::string& name = view.condition->name;
  std::string out = fmt::format("{}: {}\n\n", name, view.condition->question);
  if (view.avoid.empty()) {
    out += fmt::format("Avoid: no exercise of the library is ruled out by {}.\n", name);
  } else {
    out += fmt::format("Avoid ({}): limber leaves these out when the answer is yes.\n",
                       view.avoid.size());
    out += text_list(view.avoid);
    std::string instead;
    for (const Exercise* exercise : view.avoid) {
      if (const Exercise* alt = replacement(program, *exercise, name)) {
        instead += fmt::format("  {} → {} ({})\n", exercise->name, alt->name, alt->display_name);
      }
    }
    if (!instead.empty()) out += "\nIn their place limber runs:\n" + instead;
  }
  out += fmt::format("\nSafe ({}): not ruled out by {}.\n", view.safe.size(), name);
  out += text_list(view.safe);
  return out;
}

std::string markdown_condition(const Program& program, const ConditionView& view) {
  const std::string& name = view.condition->name;
  std::string out =
      fmt::format("## Exercises under `{}`\n\n{}\n\n### Avoid\n\n", name, view.condition->question);
  if (view.avoid.empty()) out += "No exercise of the library is ruled out.\n";
  for (const Exercise* exercise : view.avoid) {
    out += fmt::format("- {} (`{}`, {})", exercise->display_name, exercise->name,
                       exercise->origin.module);
    if (const Exercise* alt = replacement(program, *exercise, name)) {
      out += fmt::format(": limber runs {} (`{}`) instead", alt->display_name, alt->name);
    }
    out += "\n";
  }
  out += "\n### Safe\n\n";
  for (const Exercise* exercise : view.safe) {
    out += fmt::format("- {} (`{}`, {})\n", exercise->display_name, exercise->name,
                       exercise->origin.module);
  }
  return out;
}

std::string json_condition(const Program& program, const ConditionView& view) {
  const std::string& name = view.condition->name;
  nlohmann::ordered_json avoid = nlohmann::ordered_json::array();
  for (const Exercise* exercise : view.avoid) {
    nlohmann::ordered_json entry = exercise_json(*exercise);
    const Exercise* alt = replacement(program, *exercise, name);
    entry["instead"] = alt ? nlohmann::ordered_json(alt->name) : nlohmann::ordered_json(nullptr);
    avoid.push_back(std::move(entry));
  }
  nlohmann::ordered_json safe = nlohmann::ordered_json::array();
  for (const Exercise* exercise : view.safe) safe.push_back(exercise_json(*exercise));
  const nlohmann::ordered_json document = {
      {"condition", {{"name", name}, {"question", view.condition->question}}},
      {"avoid", std::move(avoid)},
      {"safe", std::move(safe)},
  };
  return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace limber::catalog
