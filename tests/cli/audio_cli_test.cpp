// `limber run --backend audio` from the outside, on a machine without sound (this container,
// CI): one clear sentence naming `limber render`, exit 2, nothing else printed (ALSA and JACK
// report every device they fail to find on stderr; none of it may reach the patient).

#include <fcntl.h>
#include <gtest/gtest.h>
#include <portaudio.h>
#include <unistd.h>

#include <cstdio>

#include <filesystem>
#include <string>

#include "cli_fixture.hpp"
#include "run_command.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;

const fs::path one_liner = fs::path(LIMBER_SOURCE_DIR) / "examples/one-liner.limber";

class AudioCli : public testing::CliFixture {};

// Asked of PortAudio itself, with its probing noise kept out of the test's log.
bool has_audio_output() {
  std::fflush(stderr);
  const int saved = dup(STDERR_FILENO);
  const int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
  dup2(null, STDERR_FILENO);
  close(null);
  bool found = false;
  if (Pa_Initialize() == paNoError) {
    found = Pa_GetDefaultOutputDevice() != paNoDevice;
    Pa_Terminate();
  }
  dup2(saved, STDERR_FILENO);
  close(saved);
  return found;
}

constexpr const char* no_device =
    "limber run: there is no audio output device here to play the session on; `limber render` "
    "writes the session to a sound file you can play on a phone or another computer instead.\n";

TEST_F(AudioCli, NoOutputDeviceIsOneSentenceNamingRenderAndExit2) {
  if (has_audio_output()) GTEST_SKIP() << "this machine has an audio output device";
  const CommandResult r = limber({"run", "--screened", "--backend", "audio", one_liner.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, no_device);
  EXPECT_EQ(r.out, "");
}

TEST_F(AudioCli, NoOutputDeviceStopsBeforeTheConsoleShowsAnything) {
  if (has_audio_output()) GTEST_SKIP() << "this machine has an audio output device";
  for (const char* backends : {"console,audio", "json,audio"}) {
    SCOPED_TRACE(backends);
    const CommandResult r =
        limber({"run", "--screened", "--backend", backends, one_liner.string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, no_device);
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(AudioCli, NoOutputDeviceIsSaidBeforeTheScreeningIsAsked) {
  if (has_audio_output()) GTEST_SKIP() << "this machine has an audio output device";
  // Without --screened and without a terminal the checklist would be refused; the missing
  // device comes first, so nobody is asked questions for a session that cannot be played.
  const fs::path screened = fs::path(LIMBER_SOURCE_DIR) / "examples/beginner-core.limber";
  const CommandResult r = limber({"run", "--backend", "audio", screened.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, no_device);
}

TEST_F(AudioCli, DryRunIsNotForTheAudioBackend) {
  const CommandResult r =
      limber({"run", "--dry-run", "--backend", "console,audio", one_liner.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "limber run: --backend audio plays the session as it happens and cannot be used with "
            "--dry-run; `limber render` writes the whole session to a sound file.\n");
  EXPECT_EQ(r.out, "");
}

TEST_F(AudioCli, SpeedIsNotForTheAudioBackend) {
  const CommandResult r =
      limber({"run", "--speed", "10", "--backend", "audio", one_liner.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "limber run: --backend audio plays the session in real time and cannot be used with "
            "--speed; `limber render` writes the whole session to a sound file.\n");
}

// ---- --language and --voice: mistakes on the command line, said before anything is asked

const fs::path screened_routine = fs::path(LIMBER_SOURCE_DIR) / "examples/beginner-core.limber";
constexpr const char* no_french =
    "limber run: limber speaks English (en) and Español (es); there is no language \"fr\"\n";

TEST_F(AudioCli, AnUnknownLanguageIsAUsageErrorWhateverTheBackend) {
  for (const char* backends : {"console", "json", "console,json", "audio", "console,audio"}) {
    SCOPED_TRACE(backends);
    // Without --screened and without a terminal the checklist would be refused (and without a
    // device the audio backend would be): the language is the first thing wrong.
    const CommandResult r =
        limber({"run", "--backend", backends, "--language", "fr", screened_routine.string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, no_french);
    EXPECT_EQ(r.out, "");
  }
  // The same words as render's.
  const std::string routine = write("plain.limber", "hold cat_cow 30s x2\n");
  const CommandResult render =
      limber({"render", routine, "--language", "fr", "-o", (dir_ / "out.wav").string()});
  EXPECT_EQ(render.exit_code, 2);
  EXPECT_EQ(render.err, "limber render" + std::string(no_french).substr(10));
}

TEST_F(AudioCli, AnUnknownLanguageIsSaidBeforeAnyQuestionOnATerminal) {
  for (const char* backends : {"console", "audio"}) {
    SCOPED_TRACE(backends);
    const CommandResult r = testing::run_on_terminal_with_input(
        LIMBER_BINARY,
        {"run", "--backend", backends, "--language", "fr", screened_routine.string()}, "");
    EXPECT_EQ(r.exit_code, 2);
    // On the terminal the lines end in \r\n; nothing else is shown: no question was asked.
    EXPECT_EQ(r.out, std::string(no_french).insert(std::string(no_french).size() - 1, "\r"));
  }
}

TEST_F(AudioCli, AVoiceThatIsNotInstalledIsSaidBeforeTheScreeningOrTheDevice) {
  const CommandResult r =
      limber({"run", "--backend", "audio", "--voice", "en-usa", screened_routine.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("limber run: there is no espeak-ng voice \"en-usa\" (did you mean "
                        "\"en-us\"?). The voices for English (en) are: ",
                        0),
            0u)
      << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(AudioCli, AnUnknownBackendIsStillAUsageError) {
  const CommandResult r = limber({"run", "--backend", "speaker", one_liner.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("{console,json,audio}"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace limber
