// The limits of docs/limits.md that need files made on the spot to reach: a routine file
// larger than limber reads (a sparse file: its size costs no disk), a chain of files using
// each other one longer than allowed, and more files than one check reads. Each is tested to
// the letter of what the therapist sees, and each beside the largest case that is still fine,
// so that the limit is where the documentation says.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_fixture.hpp"
#include "run_command.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;

// The numbers of the documentation (the use depth, 16, is counted out in the files below),
// repeated here on purpose: a change to a limit must show up as a failing test and be
// documented, not slip through with the constant.
constexpr std::uintmax_t max_source_bytes = 256u * 1024u * 1024u;
constexpr int max_files_read = 256;

class Limits : public testing::CliFixture {
 protected:
  // limber run with `folder` as its working folder, so that paths print as a therapist's would.
  static CommandResult limber_in(const fs::path& folder, const std::vector<std::string>& args) {
    std::vector<std::string> command{"-C", folder.string(), LIMBER_BINARY};
    command.insert(command.end(), args.begin(), args.end());
    return testing::run_command("/usr/bin/env", command);
  }
  // A file of `size` bytes that takes no space on the disk (all of it a hole).
  std::string sparse(const std::string& name, std::uintmax_t size) {
    const std::string path = write(name, "");
    fs::resize_file(path, size);
    return path;
  }
  // chain/01.limber uses 02.limber, which uses 03.limber, …, up to `last`, which uses nothing.
  void write_chain(int last) {
    for (int i = 1; i <= last; ++i) {
      write("chain/" + numbered(i) + ".limber",
            i < last ? "use \"" + numbered(i + 1) + ".limber\"\n" : std::string(shared_exercise));
    }
  }
  static std::string numbered(int i) { return (i < 10 ? "0" : "") + std::to_string(i); }

  static constexpr const char* shared_exercise =
      "exercise wall_sit \"Wall Sit\" {\n"
      "  kind strength\n"
      "  position standing\n"
      "  regions quadriceps\n"
      "  hold 20s..45s\n"
      "  rounds 2..3\n"
      "  equipment wall\n"
      "  feel \"Your thighs working hard.\"\n"
      "}\n";
};

// ---- file size

TEST_F(Limits, ARoutineFileLargerThan256MiBIsNotRead) {
  const std::string file = sparse("huge.limber", max_source_bytes + 1);
  const CommandResult r = limber({"check", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(
      r.err,
      file + ": error[cannot-read]: cannot read '" + file +
          "': the file is larger than 256 MiB, the most limber reads (is it the right file?)\n");
  // Every command reads a routine the same way.
  const CommandResult plan = limber({"plan", file});
  EXPECT_EQ(plan.exit_code, 2);
  EXPECT_EQ(plan.err, r.err);
}

TEST_F(Limits, AUsedFileLargerThan256MiBIsAnErrorAtTheUse) {
  sparse("huge.limber", max_source_bytes + 1);
  write("routine.limber", "use \"huge.limber\"\nwarmup march_in_place 1min\n");
  const CommandResult r = limber_in(dir_, {"check", "routine.limber"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "routine.limber:1:5: error[import-not-found]: cannot read the imported file: "
            "huge.limber\n"
            "1 | use \"huge.limber\"\n"
            "  |     ^^^^^^^^^^^^^\n"
            "  = help: the file is larger than 256 MiB, the most limber reads: check that `use` "
            "names the right file\n\n"
            "1 error, 0 warnings\n");
}

// ---- the chain of files using each other

TEST_F(Limits, AChainOfSixteenFilesIsReadAndASeventeenthIsAnError) {
  write_chain(20);
  // routine.limber, then chain/06.limber to chain/20.limber: 16 files.
  write("sixteen.limber", "use \"chain/06.limber\"\nhold wall_sit 30s x2\n");
  const CommandResult sixteen = limber_in(dir_, {"check", "sixteen.limber"});
  EXPECT_EQ(sixteen.exit_code, 0) << sixteen.err;
  EXPECT_EQ(sixteen.out, "sixteen.limber: ok\n");

  // From chain/05.limber, chain/20.limber would be the 17th.
  write("seventeen.limber", "use \"chain/05.limber\"\nhold wall_sit 30s x2\n");
  const CommandResult seventeen = limber_in(dir_, {"check", "seventeen.limber"});
  EXPECT_EQ(seventeen.exit_code, 1);
  EXPECT_EQ(seventeen.out, "");
  EXPECT_EQ(seventeen.err,
            "chain/19.limber:1:5: error[import-too-deep]: using `chain/20.limber` here makes a "
            "chain of 17 files, each using the next, starting at seventeen.limber; a chain may be "
            "at most 16 files long\n"
            "1 | use \"20.limber\"\n"
            "  |     ^^^^^^^^^^^\n"
            "  = help: use what this file needs from a file nearer the start of the chain, or "
            "combine some of the files into one\n\n"
            "1 error, 0 warnings\n");
}

TEST_F(Limits, AChainOfAThousandFilesStopsAtTheSeventeenth) {
  // The case the limit is for: generated files that would otherwise exhaust the stack.
  for (int i = 1; i <= 1000; ++i) {
    write("long/" + std::to_string(i) + ".limber",
          "use \"" + std::to_string(i + 1) + ".limber\"\n");
  }
  write("routine.limber", "use \"long/1.limber\"\nwarmup march_in_place 1min\n");
  const CommandResult r = limber_in(dir_, {"check", "routine.limber"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "long/15.limber:1:5: error[import-too-deep]: using `long/16.limber` here makes a "
            "chain of 17 files, each using the next, starting at routine.limber; a chain may be "
            "at most 16 files long\n"
            "1 | use \"16.limber\"\n"
            "  |     ^^^^^^^^^^^\n"
            "  = help: use what this file needs from a file nearer the start of the chain, or "
            "combine some of the files into one\n\n"
            "1 error, 0 warnings\n");
}

TEST_F(Limits, ALibraryModuleAtTheEndOfTheChainCountsAsAFile) {
  write_chain(16);
  write("chain/16.limber", "use neck\n");
  // routine.limber and chain/02.limber to chain/16.limber are 16 files; `neck` the 17th.
  write("routine.limber", "use \"chain/02.limber\"\nwarmup march_in_place 1min\n");
  const CommandResult r = limber_in(dir_, {"check", "routine.limber"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "chain/16.limber:1:5: error[import-too-deep]: using `neck` here makes a chain of 17 "
            "files, each using the next, starting at routine.limber; a chain may be at most 16 "
            "files long\n"
            "1 | use neck\n"
            "  |     ^^^^\n"
            "  = help: use what this file needs from a file nearer the start of the chain, or "
            "combine some of the files into one\n\n"
            "1 error, 0 warnings\n");
}

// ---- the files one check reads

// routine.limber uses shared/1.limber … shared/N.limber, each of which uses
// shared/common.limber (read once): N + 3 files with the routine and the prelude.
std::string using_shared_files(int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) text += "use \"shared/" + std::to_string(i) + ".limber\"\n";
  return text + "hold wall_sit 30s x2\n";
}

TEST_F(Limits, TwoHundredFiftySixFilesAreReadAndOneMoreIsAnError) {
  write("shared/common.limber", shared_exercise);
  for (int i = 1; i <= 300; ++i) {
    write("shared/" + std::to_string(i) + ".limber", "use \"common.limber\"\n");
  }
  write("fits.limber", using_shared_files(max_files_read - 3));
  const CommandResult fits = limber_in(dir_, {"check", "fits.limber"});
  EXPECT_EQ(fits.exit_code, 0) << fits.err;
  EXPECT_EQ(fits.out, "fits.limber: ok\n");

  // Said once, at the first `use` beyond the limit, however many follow.
  write("routine.limber", using_shared_files(300));
  const CommandResult r = limber_in(dir_, {"check", "routine.limber"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "routine.limber:254:5: error[import-too-many-files]: using `shared/254.limber` here "
            "would make this check read more than 256 files (counting the routine, the prelude "
            "and every file and library module used)\n"
            "254 | use \"shared/254.limber\"\n"
            "    |     ^^^^^^^^^^^^^^^^^^^\n"
            "    = help: use only the files that hold what the routine needs, or combine small "
            "files into one\n\n"
            "1 error, 0 warnings\n");
}

}  // namespace
}  // namespace limber
