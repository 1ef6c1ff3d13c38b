// `limber export ics` from the outside: bad options are usage errors naming the option, the
// calendar goes to stdout or whole into -o FILE, and a failed write leaves nothing behind.

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

#include "../cli/cli_fixture.hpp"

namespace fs = std::filesystem;
using limber::testing::CliFixture;
using limber::testing::CommandResult;

namespace {

const fs::path source_dir = LIMBER_SOURCE_DIR;

std::string example(const std::string& name) {
  return (source_dir / "examples" / (name + ".limber")).string();
}

}  // namespace

class ExportIcs : public CliFixture {
 protected:
  void SetUp() override {
    CliFixture::SetUp();
    setenv("SOURCE_DATE_EPOCH", "1764547200", 1);
  }
  void TearDown() override {
    unsetenv("SOURCE_DATE_EPOCH");
    CliFixture::TearDown();
  }
  static CommandResult ics(std::vector<std::string> args) {
    args.insert(args.begin(), {"export", "ics"});
    return limber(args);
  }
};

TEST_F(ExportIcs, BadOptionsAreUsageErrorsThatNameTheOption) {
  const std::string spine = example("spine-mobility");
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{spine, "--start", "2026-02-30"},
       "limber export ics: --start 2026-02-30: not a date; write it as YYYY-MM-DD\n"},
      {{spine, "--start", "2026-12-07", "--time", "9:00"},
       "limber export ics: --time 9:00: not a time of day; write it as HH:MM (00:00 to 23:59)\n"},
      {{spine, "--start", "2026-12-07", "--weeks", "0"},
       "limber export ics: --weeks 0: give 1 to 52 weeks\n"},
      {{spine, "--start", "2026-12-07", "--weeks", "53"},
       "limber export ics: --weeks 53: give 1 to 52 weeks\n"},
      {{spine, "--start", "2026-12-07", "--days", "mon,thurs"},
       "limber export ics: --days mon,thurs: \"thurs\" is not a day; use mon, tue, wed, thu, "
       "fri, sat, sun\n"},
      {{example("flare-up-day"), "--start", "2026-12-07"},
       "limber export ics: " + example("flare-up-day") +
           ": the routine has no `frequency`; say on which days with --days (as in --days "
           "mon,wed,fri)\n"},
  };
  for (const auto& [args, message] : cases) {
    const CommandResult r = ics(args);
    EXPECT_EQ(r.exit_code, 2) << message;
    EXPECT_EQ(r.err, message);
    EXPECT_EQ(r.out, "");
  }
  EXPECT_EQ(ics({spine}).exit_code, 2);  // --start is required
}

TEST_F(ExportIcs, ARoutineWithoutFrequencyTakesTheDaysGiven) {
  const CommandResult r =
      ics({example("flare-up-day"), "--start", "2026-12-07", "--days", "tue,thu", "--weeks", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t events = 0;
  for (auto at = r.out.find("BEGIN:VEVENT\r\n"); at != std::string::npos;
       at = r.out.find("BEGIN:VEVENT\r\n", at + 1)) {
    ++events;
  }
  EXPECT_EQ(events, 6u);
  EXPECT_NE(r.out.find("DTSTART:20261208T090000\r\n"), std::string::npos);
}

TEST_F(ExportIcs, WritesTheWholeCalendarIntoTheOutputFile) {
  const fs::path out = dir_ / "spine.ics";
  const CommandResult r =
      ics({example("spine-mobility"), "--start", "2026-12-07", "-o", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  const CommandResult to_stdout = ics({example("spine-mobility"), "--start", "2026-12-07"});
  EXPECT_EQ(read(out), to_stdout.out);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(ExportIcs, AFailedWriteLeavesNothing) {
  fs::create_directories(dir_ / "taken.ics");  // a folder where the file should go
  const CommandResult r = ics(
      {example("spine-mobility"), "--start", "2026-12-07", "-o", (dir_ / "taken.ics").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(
      r.err.rfind("limber export ics: -o " + (dir_ / "taken.ics").string() + ": cannot write it: ",
                  0),
      0u)
      << r.err;
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
  const CommandResult missing = ics({example("spine-mobility"), "--start", "2026-12-07", "-o",
                                     (dir_ / "no/such/folder.ics").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(ExportIcs, ABadSourceDateEpochIsAnError) {
  setenv("SOURCE_DATE_EPOCH", "yesterday", 1);
  const CommandResult r = ics({example("spine-mobility"), "--start", "2026-12-07"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "limber export ics: SOURCE_DATE_EPOCH must be a whole number of seconds\n");
}
