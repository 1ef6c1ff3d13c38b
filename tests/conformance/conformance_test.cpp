// The conformance suite: every `.limber` file under tests/conformance/ has beside it a `.diag`
// file holding exactly what `limber check` prints for it (text form, no colour; empty when the
// file is clean). One data-driven test per file. Set LIMBER_BLESS=1 to write the expectations
// from the current output — then read the diff before committing it.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <regex>
#include <set>
#include <sstream>
#include <vector>

#include "interpreter/cli/checked_routine.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/plan/plan_output.hpp"
#include "interpreter/safety/judge.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;

const fs::path suite_root = fs::path(LIMBER_SOURCE_DIR) / "tests" / "conformance";

std::vector<std::string> suite_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(suite_root)) {
    if (entry.path().extension() == ".limber") {
      files.push_back(fs::relative(entry.path(), suite_root).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// What `limber check` prints for the file, run from the suite's folder so that imports and
// file names read as they would for a therapist in that folder.
// (The program owns the files its diagnostics point into, so it is returned whole.)
Program checked(const std::string& relative) {
  fs::current_path(suite_root);
  return check_file(SourceFile(relative, read_file(suite_root / relative)));
}

std::string check_output(const std::string& relative) {
  std::string out;
  const Program program = checked(relative);
  for (const auto& d : program.diagnostics) out += render_text(*d.source, d.diagnostic);
  return out;
}

class Conformance : public testing::TestWithParam<std::string> {};

TEST_P(Conformance, DiagnosticsMatchExpectation) {
  const std::string& relative = GetParam();
  const fs::path expected_path = (suite_root / relative).replace_extension(".diag");
  const std::string actual = check_output(relative);
  if (std::getenv("LIMBER_BLESS") != nullptr) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(expected_path))
      << relative << " has no .diag beside it (run with LIMBER_BLESS=1 to create it)";
  EXPECT_EQ(actual, read_file(expected_path)) << "for " << relative;
}

std::string test_name(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param.substr(0, info.param.size() - std::string(".limber").size());
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, Conformance, testing::ValuesIn(suite_files()), test_name);

// ---- expected plans: tests/conformance/plans/NAME.limber starts with `# plan: OPTIONS` (the
// options of `limber plan`: --when C, --unless C, --skip-optional, --routine "TITLE", --week N)
// and has NAME.plan.json beside it, exactly what `limber plan --format json` prints for it; or,
// for a --routine the file does not have, NAME.plan.txt: what `limber plan` says instead.

std::vector<std::string> plan_files() {
  std::vector<std::string> files;
  for (const std::string& file : suite_files()) {
    if (file.starts_with("plans/")) files.push_back(file);
  }
  return files;
}

PlanOptions options_of(const std::string& text) {
  PlanOptions options;
  std::istringstream words(text.substr(0, text.find('\n')));
  std::string word;
  words >> word >> word;  // "#" and "plan:"
  while (words >> word) {
    if (word == "--skip-optional") {
      options.skip_optional = true;
    } else if (std::string name; word == "--when" && words >> name) {
      options.when.insert(name);
    } else if (word == "--unless" && words >> name) {
      options.unless.insert(name);
    } else if (word == "--routine" && words >> std::quoted(name)) {
      options.routine = name;
    } else if (int week = 0; word == "--week" && words >> week && week >= 1) {
      options.progress_weeks = week - 1;
    } else {
      ADD_FAILURE() << "unknown plan option " << word;
    }
  }
  return options;
}

class ConformancePlan : public testing::TestWithParam<std::string> {};

TEST_P(ConformancePlan, PlanMatchesExpectation) {
  const std::string& relative = GetParam();
  const std::string text = read_file(suite_root / relative);
  ASSERT_TRUE(text.starts_with("# plan:")) << relative << " must start with `# plan: OPTIONS`";
  const Program program = checked(relative);
  ASSERT_TRUE(program.ok()) << check_output(relative);
  const PlanOptions options = options_of(text);
  fs::path expected_path = suite_root / relative;
  std::string actual;
  if (options.routine.empty() ||
      std::any_of(program.routines.begin(), program.routines.end(),
                  [&](const RoutineRef& r) { return r.title == options.routine; })) {
    actual = plan_to_json(plan(program, options)).dump(2) + "\n";
    expected_path.replace_extension(".plan.json");
  } else {
    // A `--routine` the file does not have: what `limber plan` says instead of a plan.
    actual = cli::no_such_routine(relative, options.routine, program.routines);
    expected_path.replace_extension(".plan.txt");
  }
  if (std::getenv("LIMBER_BLESS") != nullptr) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(expected_path))
      << relative << " has no " << expected_path.filename() << " beside it";
  EXPECT_EQ(actual, read_file(expected_path)) << "for " << relative;
}

INSTANTIATE_TEST_SUITE_P(Plans, ConformancePlan, testing::ValuesIn(plan_files()), test_name);

// Every diagnostic code the front end and the checker can emit.
const std::vector<std::string>& every_code() {
  static const std::vector<std::string> codes = {
      "bad-escape", "unterminated-string", "missing-unit", "expected-range-end",
      "expected-end-of-step", "expected-exercise", "expected-duration", "expected-count",
      "unexpected-after-dose", "expected-side", "expected-sides", "expected-text", "expected-title",
      "expected-block", "expected-condition", "expected-then", "expected-step", "expected-scale",
      "expected-setting", "expected-value", "expected-frequency", "expected-per-week",
      "expected-screen", "missing-brace", "unknown-step", "definition-not-at-top-level",
      "expected-module", "expected-name", "expected-question", "expected-end-of-line",
      "expected-flag", "expected-condition-text", "expected-kind", "expected-position",
      "expected-mode", "expected-risk", "unknown-property", "unmatched-brace", "unknown-statement",
      "binary-file", "invalid-utf8", "empty-file", "nesting-too-deep", "number-too-large",
      "too-many-errors",
      // the checker and the timing rules
      "unknown-exercise", "unknown-condition", "unknown-screen", "unknown-module",
      "unknown-setting", "import-not-found", "import-outside-folder", "import-cycle",
      "duplicate-definition", "missing-property", "duplicate-property", "property-mode-mismatch",
      "needs-unit", "wrong-type", "invalid-count", "zero-duration", "scale-out-of-range",
      "range-out-of-order", "invalid-setting-value", "wrong-verb", "routine-setting-in-block",
      "steps-outside-routine", "switch-without-step", "flare-up-scale-up", "contraindicated",
      "hold-out-of-range", "reps-out-of-range", "rounds-out-of-range", "one-side-only",
      "switch-not-sided", "cold-stretch", "high-risk-not-optional", "unused-condition",
      "unused-screen", "unbalanced-sides", "off-target", "long-session",
      // the safety rules on effective plans
      "each-side-not-sided", "flare-up-more-work", "session-too-long", "plan-too-long",
      // diagnostics that name the fix
      "spelled-out-unit", "use-say", "range-in-step",
      // the library says what the guide says
      "alt-mode-mismatch", "missing-feel", "missing-range", "optional-only-mandatory",
      "frequency-above-daily", "frequency-outside-guide", "import-not-a-file",
      // the language spoken
      "unknown-language", "conditional-language",
      // progressions
      "expected-progress-step", "expected-progress-period", "expected-progress-goal",
      "progress-shrinks", "progress-goal-not-above", "progress-twice", "progress-out-of-range",
      // the limits on `use` (docs/limits.md)
      "import-too-deep", "import-too-many-files"};
  return codes;
}

// Codes whose case takes more files than belong in the suite (17 files using each other, 257
// files read): tests/cli/limits_test.cpp makes the files and tests each to the letter.
const std::set<std::string> made_by_a_test = {"import-too-deep", "import-too-many-files"};

std::string read_source_file(const char* relative) {
  std::ifstream in(fs::path(LIMBER_SOURCE_DIR) / relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every code has at least one conformance file.
TEST(ConformanceCoverage, EveryCodeHasAFile) {
  std::set<std::string> covered;
  for (const std::string& relative : suite_files()) {
    for (const auto& d : checked(relative).diagnostics) covered.insert(d.diagnostic.code);
  }
  for (const std::string& code : every_code()) {
    if (made_by_a_test.count(code)) continue;
    EXPECT_TRUE(covered.count(code)) << "no conformance file for " << code;
  }
}

// Every code has its row in the language reference's table of codes.
TEST(ConformanceCoverage, EveryCodeHasARowInTheReference) {
  const std::string reference = read_source_file("docs/language.md");
  for (const std::string& code : every_code()) {
    EXPECT_NE(reference.find("| `" + code + "` |"), std::string::npos)
        << "docs/language.md has no row for " << code;
  }
}

// The list above misses no code of the checker: every message of check/messages.hpp is in it.
TEST(ConformanceCoverage, EveryCheckerCodeIsListed) {
  const std::string messages = read_source_file("interpreter/check/messages.hpp");
  const std::regex text_code(R"re(inline constexpr Text \w+\{\s*"([a-z0-9-]+)")re");
  std::size_t found = 0;
  for (auto it = std::sregex_iterator(messages.begin(), messages.end(), text_code);
       it != std::sregex_iterator(); ++it, ++found) {
    const std::string code = (*it)[1];
    EXPECT_NE(std::find(every_code().begin(), every_code().end(), code), every_code().end())
        << code << " (interpreter/check/messages.hpp) is not in every_code()";
  }
  EXPECT_GT(found, 40u);
}

}  // namespace
}  // namespace limber
