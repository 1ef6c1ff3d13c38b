// `limber run` from the outside: the golden event stream of every example on a dry run, the
// rules for a run without a terminal, and the screening checklist on a pseudo-terminal.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "../golden_files.hpp"
#include "cli_fixture.hpp"
#include "run_command.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;

const fs::path source_dir = LIMBER_SOURCE_DIR;
const fs::path golden_dir = source_dir / "tests/run/golden";

class RunCli : public testing::CliFixture {};

std::vector<fs::path> examples() {
  return testing::example_files(source_dir);
}

// The golden streams live beside the runner's tests; LIMBER_BLESS=1 rewrites them from what
// the binary prints now (review the diff before committing it).
TEST_F(RunCli, EveryExampleDryRunMatchesItsGoldenEventStream) {
  ASSERT_FALSE(examples().empty());
  for (const fs::path& example : examples()) {
    SCOPED_TRACE(example.filename().string());
    const CommandResult r =
        limber({"run", "--dry-run", "--backend", "json", "--screened", example.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    testing::expect_golden(golden_dir / (example.stem().string() + ".jsonl"), r.out);
  }
}

TEST_F(RunCli, EveryGoldenStreamBelongsToAnExample) {
  for (const auto& entry : fs::directory_iterator(golden_dir)) {
    EXPECT_TRUE(fs::exists(source_dir / "examples" / (entry.path().stem().string() + ".limber")))
        << entry.path() << " has no example";
  }
}

TEST_F(RunCli, GoldenStreamsAreJsonLinesFromStartToDone) {
  for (const fs::path& example : examples()) {
    SCOPED_TRACE(example.filename().string());
    std::istringstream lines(read(golden_dir / (example.stem().string() + ".jsonl")));
    std::vector<nlohmann::json> events;
    for (std::string line; std::getline(lines, line);)
      events.push_back(nlohmann::json::parse(line));
    ASSERT_GE(events.size(), 2u);
    EXPECT_EQ(events.front()["event"], "routine_start");
    EXPECT_EQ(events.back()["event"], "done");
    EXPECT_EQ(events.back()["t_s"], events.front()["total_s"]);
    double last = 0;
    for (const auto& event : events) {
      EXPECT_FALSE(event.contains("late_ms")) << "a dry run has no lateness";
      EXPECT_GE(event["t_s"].get<double>(), last) << event.dump();
      last = event["t_s"].get<double>();
    }
  }
}

constexpr const char* screened_routine =
    "routine \"Screened\" {\n"
    "  screen urgent_care\n"
    "  warmup march_in_place 1min\n"
    "  hold cat_cow 20s x2\n"
    "}\n";

TEST_F(RunCli, WithoutATerminalAScreenNeedsScreened) {
  const auto file = write("r.limber", screened_routine);
  const CommandResult r = limber({"run", "--dry-run", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "limber run: this routine starts with the screening checklist \"Warning signs that "
            "need a doctor first\" (urgent_care), and there is no terminal to ask it on.\n"
            "Go through the checklist with the patient, then run again with --screened.\n");
}

TEST_F(RunCli, WithScreenedItRuns) {
  const auto file = write("r.limber", screened_routine);
  const CommandResult r = limber({"run", "--dry-run", "--plain", "--screened", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "[00:00] Screened — 1min55s");
  EXPECT_NE(r.out.find("[01:05] Next: Cat-Cow, round 1 of 2, 20s — get ready (5s)\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("[01:10] Cat-Cow — round 1 of 2, 20s\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[01:30] rest 5s — Next: Cat-Cow, round 2 of 2, 20s\n"), std::string::npos)
      << r.out;
  EXPECT_TRUE(
      r.out.ends_with("[01:55] done — 1min55s\n"
                      "        If pain lasts more than a few days, see a healthcare "
                      "professional.\n"))
      << r.out;
}

constexpr const char* conditional_routine =
    "warmup march_in_place 1min\n"
    "hold cat_cow 20s x2\n"
    "optional hold childs_pose 30s x2 unless flare_up\n";

TEST_F(RunCli, WithoutATerminalUnansweredConditionsDoNotHold) {
  const auto file = write("r.limber", conditional_routine);
  const CommandResult r = limber({"run", "--dry-run", "--backend", "json", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("\"skipped\""), std::string::npos);
  EXPECT_NE(r.out.find("\"exercise\":\"childs_pose\""), std::string::npos);
}

TEST_F(RunCli, WhenMakesAConditionHold) {
  const auto file = write("r.limber", conditional_routine);
  const CommandResult r =
      limber({"run", "--dry-run", "--backend", "json", "--when", "flare_up", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"({"event":"acknowledge","t_s":0,"condition":"flare_up",)"
                       R"("text":"flare-up: today's session is gentler"})"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(R"({"event":"skipped","t_s":0,"exercise":"childs_pose",)"
                       R"("reason":"unless flare_up","display_name":"Child's Pose",)"
                       R"("condition":"flare_up",)"
                       R"("text":"Child's Pose skipped today: your back is flaring up"})"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("\"exercise\":\"childs_pose\",\"display_name\""), std::string::npos);
}

TEST_F(RunCli, UnknownConditionIsAUsageError) {
  const auto file = write("r.limber", conditional_routine);
  const CommandResult r = limber({"run", "--dry-run", "--when", "flare_upp", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "limber run: --when flare_upp: there is no condition `flare_upp` (did you mean "
            "`flare_up`?)\n");
}

// The checker's findings are the therapist's (`limber check`); the patient reads one plain
// sentence, without a caret, a rule code or a path.
constexpr const char* mistakes =
    "This routine has mistakes your therapist needs to fix before you can use it.\n";

TEST_F(RunCli, ARoutineWithErrorsDoesNotRunAndSaysSoInPlainWords) {
  const auto file = write("r.limber", "hold cat_cow 30\n");
  const CommandResult r = limber({"run", "--dry-run", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, mistakes);
  // The same on a terminal, where the patient sees it.
  const CommandResult on_terminal =
      testing::run_on_terminal(LIMBER_BINARY, {"run", "--dry-run", file});
  EXPECT_EQ(on_terminal.exit_code, 1);
  EXPECT_EQ(on_terminal.out,
            "This routine has mistakes your therapist needs to fix before you "
            "can use it.\r\n");
}

TEST_F(RunCli, AFileWithoutARoutineIsRefusedInPlainWordsToo) {
  const auto file = write("defs.limber", "condition knee_pain \"Does your knee hurt?\"\n");
  const CommandResult r = limber({"run", "--dry-run", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, mistakes);
}

TEST_F(RunCli, TheCheckersWarningsAreNotShownToThePatient) {
  // 60s is above cat_cow's range (a warning for `check`), and knee_pain is never used.
  const auto file = write("r.limber",
                          "condition knee_pain \"Does your knee hurt?\"\n"
                          "hold cat_cow 60s\n");
  EXPECT_NE(limber({"check", file}).err.find("warning["), std::string::npos);
  const CommandResult r = limber({"run", "--dry-run", "--plain", file});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.find("warning"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("r.limber"), std::string::npos) << r.out;
}

TEST_F(RunCli, ARepsStepCountsEachRepAtTheExercisesTempo) {
  // pelvic_tilt's tempo is 3s.
  const auto file = write("r.limber", "reps pelvic_tilt 3\n");
  const CommandResult r = limber({"run", "--dry-run", "--plain", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("[00:05] Pelvic Tilt — set 1 of 1, 3 reps, 9s\n"
                       "[00:05] Rep 1 of 3\n"
                       "[00:08] Rep 2 of 3\n"
                       "[00:11] Rep 3 of 3\n"
                       "[00:14] done — 14s\n"),
            std::string::npos)
      << r.out;
}

TEST_F(RunCli, TheSessionEndsWithTheFrequencyAdvice) {
  const auto file = write("r.limber",
                          "routine \"Daily\" {\n"
                          "  frequency daily\n"
                          "  hold cat_cow 20s\n"
                          "}\n");
  const CommandResult r = limber({"run", "--dry-run", "--plain", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(
      r.out.ends_with("[00:25] done — 25s\n"
                      "        Do this routine every day.\n"
                      "        If pain lasts more than a few days, see a healthcare "
                      "professional.\n"))
      << r.out;
}

TEST_F(RunCli, UnknownBackendAndUnreadableFileAreUsageErrors) {
  const auto file = write("r.limber", conditional_routine);
  EXPECT_EQ(limber({"run", "--backend", "morse", file}).exit_code, 2);
  EXPECT_EQ(limber({"run", (dir_ / "missing.limber").string()}).exit_code, 2);
}

TEST_F(RunCli, JsonAndConsoleTogetherKeepStdoutPureJson) {
  const auto file = write("r.limber", conditional_routine);
  const CommandResult r = limber({"run", "--dry-run", "--backend", "console,json", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_TRUE(nlohmann::json::accept(line)) << line;
  }
  EXPECT_NE(r.err.find("done — 3min5s\n"), std::string::npos) << r.err;
}

TEST_F(RunCli, ARealClockRunStampsLateness) {
  // 3min5s at 2000× is under a tenth of a second of real time.
  const auto file = write("r.limber", conditional_routine);
  const CommandResult r = limber({"run", "--speed", "2000", "--backend", "json", file});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  int events = 0;
  for (std::string line; std::getline(lines, line); ++events) {
    const auto event = nlohmann::json::parse(line);
    EXPECT_TRUE(event.contains("late_ms")) << line;
  }
  EXPECT_GT(events, 10);
}

// ---- on a terminal: the questions are asked

TEST_F(RunCli, ARedFlagStopsTheRunWithExitThree) {
  const auto file = write("r.limber", screened_routine);
  const CommandResult r = testing::run_on_terminal_with_input(
      LIMBER_BINARY, {"run", "--dry-run", "--plain", file}, "n\ny\n");
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_NE(r.out.find("Before you start: Warning signs that need a doctor first."),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("You answered yes to: Have you had any trouble controlling your bladder "
                       "or bowels?"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("healthcare professional promptly"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("done"), std::string::npos) << r.out;
}

TEST_F(RunCli, OnATerminalTheAnswersDecideTheRun) {
  // flare_up: yes (childs_pose is left out); flexion_pain, kneeling_pain and osteoporosis
  // (childs_pose's contraindications): no; then every flag of the checklist: no.
  const auto file = write("r.limber", std::string("screen urgent_care\n") + conditional_routine);
  const CommandResult r = testing::run_on_terminal_with_input(
      LIMBER_BINARY, {"run", "--dry-run", "--plain", file}, "y\nn\nn\nn\nn\nn\nn\nn\nn\n");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Is your back pain worse than usual today (a flare-up)? [y/n]"),
            std::string::npos)
      << r.out;
  // The yes is acknowledged after the questions, and what it leaves out said in the patient's
  // words.
  EXPECT_NE(r.out.find("[00:00] flare-up: today's session is gentler\r\n"
                       "[00:00] Child's Pose skipped today: your back is flaring up\r\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("done — 1min55s"), std::string::npos) << r.out;
}

TEST_F(RunCli, OnATerminalWhenAnswersWithoutAsking) {
  const auto file = write("r.limber", conditional_routine);
  const CommandResult r = testing::run_on_terminal_with_input(
      LIMBER_BINARY,
      {"run", "--dry-run", "--plain", "--unless", "flare_up", "--when", "flexion_pain", "--unless",
       "kneeling_pain", "--unless", "osteoporosis", file},
      "");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out.find("[y/n]"), std::string::npos) << r.out;
}

// ---- the live view on a terminal, and the keys

constexpr const char* short_routine = "hold cat_cow 30s x2\n";  // 70 s; no questions to ask
constexpr const char* keys_line = "space pause";

CommandResult live(const std::string& file, const std::string& keys,
                   const std::string& speed = "1") {
  return testing::run_on_terminal_typing_after(LIMBER_BINARY, {"run", "--speed", speed, file},
                                               keys_line, keys);
}

TEST_F(RunCli, LiveViewShowsTheStepAndTheSession) {
  const auto file = write("r.limber", short_routine);
  const CommandResult r = live(file, "q");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Get ready: Cat-Cow"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  Next: Cat-Cow, round 1 of 2, 30s"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  how: On hands and knees"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  session [---"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("00:00 of 01:10, 1min10s left"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Session stopped before the end."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\x1b[?25h"), std::string::npos) << "the cursor is shown again";
}

// An exercise of its own with a cue far wider than the terminal.
constexpr const char* long_cue_routine =
    "exercise long_reach \"Long Reach\" {\n"
    "  kind stretch\n"
    "  position standing\n"
    "  regions thoracic\n"
    "  mode hold\n"
    "  hold 10s..30s\n"
    "  risk low\n"
    "  cue \"Stand tall with your feet hip width apart, reach both arms up over your head, then "
    "lean slowly to one side while you keep both feet flat and breathe out through your mouth "
    "until the end of the stretch.\"\n"
    "  feel \"A long easy stretch along the whole side of your body, from the hip right up to "
    "the fingertips, and never any pain.\"\n"
    "}\n"
    "warmup march_in_place 1min\n"
    "hold long_reach 20s\n";

// The screen text of a live run: escape sequences and carriage returns taken out.
std::string screen_text(const std::string& out) {
  std::string text;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\x1b') {
      ++i;
      if (i < out.size() && out[i] == '[') {
        while (i + 1 < out.size() && !std::isalpha(static_cast<unsigned char>(out[i + 1]))) ++i;
        ++i;
      }
      continue;
    }
    if (out[i] != '\r') text += out[i];
  }
  return text;
}

TEST_F(RunCli, LiveViewShowsTheWholeCueWrappedToTheTerminal) {
  // Skip the transition and the warm-up: the long cue is then on the screen.
  const auto file = write("r.limber", long_cue_routine);
  const CommandResult r = testing::run_on_terminal_conversation(
      LIMBER_BINARY, {"run", file}, {{keys_line, "nn"}, {"Long Reach", "q"}});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  const std::string text = screen_text(r.out);
  // The pseudo-terminal reports no size, so the view takes 80 columns.
  EXPECT_NE(
      text.find("  how: Stand tall with your feet hip width apart, reach both arms up over your\n"
                "       head, then lean slowly to one side while you keep both feet flat and\n"
                "       breathe out through your mouth until the end of the stretch.\n"
                "  feel: A long easy stretch along the whole side of your body, from the hip\n"
                "        right up to the fingertips, and never any pain.\n"),
      std::string::npos)
      << text;
  EXPECT_EQ(text.find("…"), std::string::npos) << "nothing is cut";
}

TEST_F(RunCli, PainStopsTheRunWithTheGuidesAdviceAndExitFour) {
  const auto file = write("r.limber", short_routine);
  // After the stop the patient is asked how strong the pain is; Enter leaves it unsaid.
  const CommandResult r = testing::run_on_terminal_conversation(
      LIMBER_BINARY, {"run", file}, {{keys_line, "p"}, {"How strong is the pain", "\n"}});
  EXPECT_EQ(r.exit_code, 4) << r.out;
  EXPECT_NE(r.out.find("You reported pain, so the session stops here."), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("consult a healthcare professional"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Well done"), std::string::npos) << r.out;
}

TEST_F(RunCli, ThePainQuestionAndAdviceAreWrappedToTheTerminal) {
  const auto file = write("r.limber", short_routine);
  const CommandResult r = testing::run_on_terminal_conversation(
      LIMBER_BINARY, {"run", "--plain", file},
      // Enter only once the whole question is shown: typed earlier, the terminal's echo of it
      // lands inside the question's second line (seen once in the ASan build).
      {{"Cat-Cow — round 1 of 2", "p"}, {"(Enter to skip) ", "\n"}}, 20, 60);
  EXPECT_EQ(r.exit_code, 4) << r.out;
  const std::string text = screen_text(r.out);
  EXPECT_NE(text.find("How strong is the pain, from 0 (none) to 10 (the worst you\n"
                      "can imagine)? (Enter to skip) "),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("You reported pain, so the session stops here.\n"
                      "Do not push through pain: stretching should never hurt. Rest\n"
                      "and let it settle.\n"
                      "If the pain is new or sharp, or it is still there after a\n"
                      "few days, stop these exercises and consult a healthcare\n"
                      "professional before your next session.\n"),
            std::string::npos)
      << text;
}

TEST_F(RunCli, SkipMovesOnAtOnce) {
  // Four skips: the transition, round 1, the round rest, round 2. At normal speed the session
  // would take 70 s; the harness gives up long before.
  const auto file = write("r.limber", short_routine);
  const CommandResult r = live(file, "nnnn");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Cat-Cow — round 2 of 2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Done — 1min10s. Well done."), std::string::npos) << r.out;
}

TEST_F(RunCli, SpacePausesAndResumes) {
  const auto file = write("r.limber", short_routine);
  const CommandResult r = testing::run_on_terminal_conversation(
      LIMBER_BINARY, {"run", file},
      {{keys_line, " "}, {"PAUSED — space to go on", " "}, {keys_line, "q"}});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  // Paused, then the normal key line again (resumed), then stopped by q.
  const std::size_t paused = r.out.find("PAUSED — space to go on");
  ASSERT_NE(paused, std::string::npos) << r.out;
  EXPECT_NE(r.out.find(keys_line, paused), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Session stopped before the end.", paused), std::string::npos) << r.out;
}

TEST_F(RunCli, CtrlCRestoresTheTerminalAndExits130) {
  const auto file = write("r.limber", short_routine);
  const CommandResult r = live(file, "\x03");
  EXPECT_EQ(r.exit_code, 130) << r.out;
  EXPECT_NE(r.out.find("Interrupted."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\x1b[?25h"), std::string::npos) << "the cursor is shown again";
}

}  // namespace
}  // namespace limber
