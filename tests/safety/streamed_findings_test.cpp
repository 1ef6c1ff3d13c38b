// `limber check` shows the plans' findings as they are judged (judge_plans with a `show`), and the
// language server writes them out so (show_judged): the diagnostics shown, batch after batch,
// are those check_file() keeps, in the same order.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <fstream>
#include <string>
#include <vector>

#include "interpreter/safety/judge.hpp"
#include "tests/temp_folder.hpp"

namespace limber {
namespace {

// Each diagnostic as "file:offset code: message", one per line.
std::string listed(const std::vector<LocatedDiagnostic>& diagnostics) {
  std::string out;
  for (const LocatedDiagnostic& d : diagnostics) {
    out += (d.source ? d.source->name() : "-") + ":" + std::to_string(d.diagnostic.span.begin) +
           " " + d.diagnostic.code + ": " + d.diagnostic.message + "\n";
  }
  return out;
}

// What judge_plans() shows for the file at `path`, and how many batches it took.
std::pair<std::string, int> streamed(const std::string& path) {
  Program program = check(*load_source(path).source);
  std::vector<LocatedDiagnostic> shown;
  int batches = 0;
  judge_plans(program, [&](std::vector<LocatedDiagnostic>&& batch) {
    EXPECT_FALSE(batch.empty());
    shown.insert(shown.end(), batch.begin(), batch.end());
    ++batches;
  });
  EXPECT_TRUE(program.diagnostics.empty());  // shown, not kept
  return {listed(shown), batches};
}

std::string kept(const std::string& path) {
  return listed(check_file(*load_source(path).source).diagnostics);
}

class StreamedFindings : public testing::TempFolderTest {
 protected:
  std::string write(const std::string& name, const std::string& text) {
    const auto path = dir_ / name;
    std::ofstream(path) << text;
    return path.string();
  }
};

// Routines whose findings interleave with the checker's own warnings (frequencies outside the
// guide, conditions never used) at the same and at nearby positions.
std::string many_routines(int count) {
  std::string text = "condition never_used \"Used by none?\"\n";
  for (int i = 0; i < count; ++i) {
    text += fmt::format(
        "routine \"R{}\" {{\n  frequency {} per week\n  hold cat_cow {}s x{}\n"
        "  if extension_pain then scale 0.5\n  hold figure_four 30s x2 on left\n}}\n",
        i, 1 + i % 7, 5 + i % 40, 1 + i % 4);
  }
  return text;
}

TEST_F(StreamedFindings, ManyRoutinesAreShownInTheOrderKept) {
  const std::string path = write("many.limber", many_routines(400));
  const auto [shown, batches] = streamed(path);
  EXPECT_EQ(shown, kept(path));
  EXPECT_GT(batches, 10);  // shown as judged, not all at the end
  EXPECT_NE(shown.find("unbalanced-sides"), std::string::npos);
  EXPECT_NE(shown.find("frequency-outside-guide"), std::string::npos);
}

// A show may keep what it is shown by moving it out of the batch (the language server keeps what
// a quick fix can mend), and what it keeps is whole, whichever thread judged it.
TEST_F(StreamedFindings, WhatAShowMovesOutIsWhole) {
  const std::string path = write("many.limber", many_routines(400));
  Program program = check(*load_source(path).source);
  std::vector<LocatedDiagnostic> moved_out;
  bool take = false;
  judge_plans(program, [&](std::vector<LocatedDiagnostic>&& batch) {
    for (LocatedDiagnostic& d : batch) {
      take = !take;
      if (take) moved_out.push_back(std::move(d));
    }
  });
  const Program judged = check_file(*load_source(path).source);
  std::vector<LocatedDiagnostic> every_other;
  for (std::size_t i = 0; i < judged.diagnostics.size(); i += 2) {
    every_other.push_back(judged.diagnostics[i]);
  }
  EXPECT_GT(every_other.size(), 400u);
  EXPECT_EQ(listed(moved_out), listed(every_other));
}

TEST_F(StreamedFindings, TheFilesUsedComeAfterTheCheckedFile) {
  write("lib.limber",
        "exercise no_range \"No Range\" {\n  kind stretch\n  regions hip\n  cue \"Go.\"\n"
        "  feel \"A stretch.\"\n}\n");
  const std::string path = write("main.limber", "use \"lib.limber\"\n" + many_routines(100));
  const auto [shown, batches] = streamed(path);
  EXPECT_EQ(shown, kept(path));
  EXPECT_NE(shown.find("lib.limber:"), std::string::npos) << shown;
  EXPECT_GT(shown.rfind("lib.limber:"), shown.rfind("main.limber:"));
}

// show_judged() shows the same, and leaves the program as check() left it: the language server
// goes through a big document's findings twice, counting their bytes and then writing them.
TEST_F(StreamedFindings, ShownAgainWithTheProgramLeftAsItWas) {
  write("lib.limber",
        "exercise no_range \"No Range\" {\n  kind stretch\n  regions hip\n  cue \"Go.\"\n"
        "  feel \"A stretch.\"\n}\n");
  const std::string path = write("main.limber", "use \"lib.limber\"\n" + many_routines(100));
  const Program program = check(*load_source(path).source);
  const std::string own = listed(program.diagnostics);
  for (int pass = 1; pass <= 2; ++pass) {
    std::vector<LocatedDiagnostic> shown;
    show_judged(program, [&](std::vector<LocatedDiagnostic>&& batch) {
      shown.insert(shown.end(), batch.begin(), batch.end());
    });
    EXPECT_EQ(listed(shown), kept(path)) << "pass " << pass;
  }
  EXPECT_EQ(listed(program.diagnostics), own);
  EXPECT_NE(own.find("lib.limber:"), std::string::npos) << own;
}

TEST_F(StreamedFindings, AFileWithErrorsShowsTheErrorsOnly) {
  const std::string path = write("errors.limber", many_routines(100) + "hold no_such 30s\n");
  const auto [shown, batches] = streamed(path);
  EXPECT_EQ(shown, kept(path));
  EXPECT_EQ(batches, 1);
  EXPECT_NE(shown.find("steps-outside-routine"), std::string::npos) << shown;
}

TEST_F(StreamedFindings, StepsWithoutARoutineAreOneRoutine) {
  const std::string path = write(
      "steps.limber", "hold cat_cow 5s\nfrequency 1 per week\nhold figure_four 30s x2 on left\n");
  EXPECT_EQ(streamed(path).first, kept(path));
  EXPECT_NE(kept(path).find("hold-out-of-range"), std::string::npos);
}

TEST_F(StreamedFindings, NothingToShowShowsNothing) {
  const std::string path = write(
      "clean.limber", "routine \"R\" {\n  warmup march_in_place 2min\n  hold cat_cow 20s x2\n}\n");
  EXPECT_EQ(streamed(path), std::make_pair(std::string(), 0));
  EXPECT_EQ(kept(path), "");
}

}  // namespace
}  // namespace limber
