// Many diagnostics are worded on two threads, a piece at a time, and written in order
// (interpreter/cli/report.cpp): the text is the same as rendering one after another.

#include <gtest/gtest.h>

#include <string>

#include "interpreter/cli/report.hpp"
#include "interpreter/safety/judge.hpp"

namespace limber {
namespace {

// Each routine's frequency is outside the guide: one warning per routine, and more from the
// rules of its dose.
std::string many_warnings(int routines) {
  std::string text;
  for (int i = 0; i < routines; ++i) {
    text += "routine \"R" + std::to_string(i) + "\" {\n  frequency " + std::to_string(1 + i % 2) +
            " per week\n  hold cat_cow " + std::to_string(5 + i % 50) + "s\n}\n";
  }
  return text;
}

std::string one_after_another(const Program& program, bool as_errors) {
  std::string out;
  for (const LocatedDiagnostic& located : program.diagnostics) {
    Diagnostic d = located.diagnostic;
    if (as_errors) d.severity = Severity::error;
    out += render_text(*located.source, d) + "\n";
  }
  return out;
}

std::string printed(const Program& program, bool as_errors) {
  testing::internal::CaptureStderr();
  cli::print_diagnostics(program.diagnostics, as_errors);
  return testing::internal::GetCapturedStderr();
}

TEST(PrintDiagnostics, ManyArePrintedAsOneAfterAnother) {
  const Program program = check_file(SourceFile("many.limber", many_warnings(700)));
  ASSERT_GT(program.diagnostics.size(), 1000u);  // several pieces of 256
  const std::string text = printed(program, false);
  EXPECT_EQ(text, one_after_another(program, false));
  EXPECT_NE(text.find("many.limber:2798:13: warning[frequency-outside-guide]"), std::string::npos);
}

TEST(PrintDiagnostics, StrictShowsEachAsAnError) {
  const Program program = check_file(SourceFile("many.limber", many_warnings(300)));
  const std::string text = printed(program, true);
  EXPECT_EQ(text, one_after_another(program, true));
  EXPECT_EQ(text.find("warning["), std::string::npos);
}

TEST(PrintDiagnostics, OneWithoutAFileShowsItsCodeAndMessage) {
  std::vector<LocatedDiagnostic> diagnostics(1);
  diagnostics[0].diagnostic = {Severity::error, "cannot-read", {}, "cannot read `x.limber`"};
  testing::internal::CaptureStderr();
  cli::print_diagnostics(diagnostics);
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "error[cannot-read]: cannot read `x.limber`\n");
}

}  // namespace
}  // namespace limber
