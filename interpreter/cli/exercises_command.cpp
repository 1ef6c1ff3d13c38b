// `limber exercises [QUERY]`: the standard library's exercise catalog, a search in it, one
// exercise's documentation, or what to avoid and what is safe under one condition; as text, JSON or
// the Markdown page of docs/exercises.md. The formatting lives in catalog.cpp; this file only reads
// options, loads the library and prints.

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "interpreter/catalog/catalog.hpp"
#include "interpreter/catalog/condition_catalog.hpp"
#include "interpreter/check/check.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/report.hpp"

namespace limber::cli {

namespace {

struct ExercisesOptions {
  std::string query_text;
  std::optional<std::string> query;  // none: the whole catalog ("" is a search matching all)
  std::string format = "text";
  LibraryOptions library;
};

// A library with errors has no sound catalog (the checker stops at syntax errors), so show
// its errors the way `check` would. Its warnings are about routines, not about the catalog.
bool report_library_errors(const Program& library) {
  std::vector<LocatedDiagnostic> errors;
  std::copy_if(library.diagnostics.begin(), library.diagnostics.end(), std::back_inserter(errors),
               [](const LocatedDiagnostic& d) { return d.diagnostic.severity == Severity::error; });
  print_diagnostics(errors);
  return !errors.empty();
}

int run_exercises(const ExercisesOptions& options) {
  const Program library = load_library(check_options(options.library));
  if (report_library_errors(library)) return exit_errors;

  if (options.query) {
    if (const Exercise* exercise = catalog::find_exercise(library, *options.query)) {
      const std::vector<const Exercise*> one{exercise};
      if (options.format == "json") {
        fmt::print("{}", catalog::json(one));
      } else if (options.format == "markdown") {
        fmt::print("{}", catalog::markdown_documentation(library, *exercise));
      } else {
        fmt::print("{}", catalog::text_documentation(library, *exercise));
      }
      return exit_ok;
    }
    if (const Condition* condition = catalog::find_condition(library, *options.query)) {
      const catalog::ConditionView view = catalog::condition_view(library, *condition);
      if (options.format == "json") {
        fmt::print("{}", catalog::json_condition(library, view));
      } else if (options.format == "markdown") {
        fmt::print("{}", catalog::markdown_condition(library, view));
      } else {
        fmt::print("{}", catalog::text_condition(library, view));
      }
      return exit_ok;
    }
  }
  const std::vector<const Exercise*> shown =
      options.query ? catalog::search(library, *options.query) : catalog::all_exercises(library);
  if (options.query && shown.empty()) {
    fmt::print(stderr, "{}", catalog::no_match(library, *options.query));
    return exit_errors;
  }
  if (options.format == "json") {
    fmt::print("{}", catalog::json(shown));
  } else if (options.format == "markdown") {
    fmt::print("{}", catalog::markdown_page(library, shown));
  } else {
    fmt::print("{}", catalog::text_list(shown));
  }
  return exit_ok;
}

}  // namespace

void add_exercises_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ExercisesOptions>();
  CLI::App* exercises = app.add_subcommand(
      "exercises", "List the exercise catalog, search it, or show one exercise's documentation");
  CLI::Option* query =
      exercises->add_option("query", options->query_text,
                            "An exercise's name (its documentation), a condition's name (what to "
                            "avoid and what is safe), or words to search for in names, modules, "
                            "kinds, positions and regions");
  exercises->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  add_library_option(*exercises, options->library);
  exercises->callback([options, query, &exit_code] {
    if (query->count() > 0) options->query = options->query_text;
    exit_code = run_exercises(*options);
  });
}

}  // namespace limber::cli
