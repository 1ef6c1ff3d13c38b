#pragma once

// The exercise catalog of `limber exercises`: finding exercises in the standard library and
// showing them as text, JSON or the Markdown page of docs/exercises.md. Every function is pure
// (a Program in, a string out) so that tests and the docs page see exactly what the command
// prints.

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "interpreter/check/program.hpp"

namespace limber::catalog {

// Every exercise in catalog order: the prelude first, then the modules alphabetically, and
// within a module in the order the library writes them (which keeps related ones together).
std::vector<const Exercise*> all_exercises(const Program& program);

// The exercise named exactly `query` (in any letter case), or null.
const Exercise* find_exercise(const Program& program, std::string_view query);

// The exercises whose name, display name, module, kind, position or one of whose regions
// contains `query`, ignoring letter case (and treating `_`, `-` and a space alike, so that
// "side lying" finds side_lying), in catalog order.
std::vector<const Exercise*> search(const Program& program, std::string_view query);

// `prelude (always available)`, `neck (use neck)`.
std::string module_heading(std::string_view module);

// The recommended dose at a glance: `hold 15s..30s x2..3, each side`, `reps 8..12 x2..3, 4s/rep`.
std::string dose(const Exercise& exercise);

// A step that uses the exercise as the library recommends: `hold figure_four 30s x2 each side`
// (the longest recommended hold or the fewest recommended reps, the fewest rounds).
std::string example_step(const Exercise& exercise);

// One aligned line per exercise, grouped under a heading per module.
std::string text_list(std::span<const Exercise* const> exercises);

// One exercise's whole documentation, for a terminal (wrapped at 80 columns).
std::string text_documentation(const Program& program, const Exercise& exercise);

// One exercise as the JSON object of `limber exercises --format json`.
nlohmann::ordered_json exercise_json(const Exercise& exercise);

// `{"exercises": [...]}`, one object per exercise.
std::string json(std::span<const Exercise* const> exercises);

// The exercise-library page: title, introduction, then per module a table and each exercise's
// documentation.
std::string markdown_page(const Program& program, std::span<const Exercise* const> exercises);

// One exercise's documentation as a Markdown section (the page's subsection for it).
std::string markdown_documentation(const Program& program, const Exercise& exercise);

// What to say when nothing matches: `no exercise matches "QUERY"` and, when a name (or else a
// module, kind, position or region) is close, a did-you-mean.
std::string no_match(const Program& program, std::string_view query);

}  // namespace limber::catalog
