// `limber check FILE…`: parse (and, as the pipeline grows, check) each file and report every
// diagnostic: text on stderr, or one JSON document on stdout with --format json.

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "grammar/diagnostic_json.hpp"
#include "grammar/parse.hpp"
#include "interpreter/cli/commands.hpp"
#include "interpreter/cli/exit_codes.hpp"
#include "interpreter/cli/report.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/safety/judge.hpp"

namespace limber::cli {

namespace {

struct CheckCommandOptions {
  std::vector<std::string> files;
  std::string format = "text";
  bool strict = false;
  bool syntax_only = false;
  LibraryOptions library;
};

struct Tally {
  int errors = 0;
  int warnings = 0;
  bool unreadable = false;
};

std::string plural(int n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// Only the parser's findings: what an editor wants on every keystroke, and the parse-only
// figure of the benchmark.
Program syntax_only(SourceFile source) {
  Program program;
  auto module = std::make_unique<Module>();
  module->source = std::make_unique<SourceFile>(std::move(source));
  ParseResult parsed = parse(*module->source);
  for (auto& d : parsed.diagnostics) program.diagnostics.push_back({module->source.get(), d});
  program.modules.push_back(std::move(module));
  return program;
}

// A checked program stays until the next file's is made, and the last one until the process
// ends, which takes all its memory back at once: freeing the tree of a large file node by node
// was a tenth of checking it. (Compilers leave their trees to the exit the same way.)
Program& kept(Program program) {
  static Program* last = nullptr;  // reachable to the end: no leak is reported
  delete last;
  last = new Program(std::move(program));
  return *last;
}

int run_check(const CheckCommandOptions& options) {
  const bool json = options.format == "json";
  nlohmann::json report = {{"diagnostics", nlohmann::json::array()}};
  Tally tally;

  for (const std::string& path : options.files) {
    LoadResult loaded = load_source(path);
    if (!loaded.source) {
      tally.unreadable = true;
      if (json) {
        report["diagnostics"].push_back(
            unreadable_file_to_json(path, "cannot-read", loaded.failure->message));
      } else {
        print_file_error(path, "cannot-read", loaded.failure->message);
      }
      continue;
    }
    const auto count = [&](const LocatedDiagnostic& located) {
      const bool error = options.strict || located.diagnostic.severity == Severity::error;
      (error ? tally.errors : tally.warnings)++;
      return error;
    };
    std::size_t shown = 0;
    if (json) {
      const Program& program =
          kept(options.syntax_only
                   ? syntax_only(std::move(*loaded.source))
                   : check_file(std::move(*loaded.source), check_options(options.library)));
      for (const LocatedDiagnostic& located : program.diagnostics) {
        Diagnostic d = located.diagnostic;
        if (count(located)) d.severity = Severity::error;
        report["diagnostics"].push_back(diagnostic_to_json(*located.source, d));
      }
      continue;
    }
    // As text, the plans' findings are printed as they are judged rather than all kept: a large
    // file has tens of thousands of them, a quarter of what checking it holds in memory.
    const auto print = [&](std::vector<LocatedDiagnostic>&& batch) {
      for (const LocatedDiagnostic& located : batch) count(located);
      print_diagnostics(batch, options.strict);
      shown += batch.size();
    };
    if (options.syntax_only) {
      print(std::move(kept(syntax_only(std::move(*loaded.source))).diagnostics));
    } else {
      judge_plans(kept(check(std::move(*loaded.source), check_options(options.library))), print);
    }
    if (shown == 0) fmt::print("{}: ok\n", path);
  }

  if (json) {
    fmt::print("{}\n", report.dump(2));
  } else if (tally.errors + tally.warnings > 0) {
    fmt::print(stderr, "{}, {}\n", plural(tally.errors, "error"),
               plural(tally.warnings, "warning"));
  }
  if (tally.unreadable) return exit_usage;
  return tally.errors > 0 ? exit_errors : exit_ok;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<CheckCommandOptions>();
  CLI::App* check = app.add_subcommand("check", "Check routine files for errors and safety issues");
  check->add_option("files", options->files, "Routine files (.limber)")->required();
  check->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  check->add_flag("--strict", options->strict, "Treat warnings as errors");
  check->add_flag("--syntax-only", options->syntax_only,
                  "Only parse: report syntax errors, not meaning or safety");
  add_library_option(*check, options->library);
  check->callback([options, &exit_code] { exit_code = run_check(*options); });
}

}  // namespace limber::cli
