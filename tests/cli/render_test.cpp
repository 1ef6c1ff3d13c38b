// `limber render` measured on the samples it writes: the length against the plan, speech where
// the plan announces something, silence and tones inside holds, each countdown beep on time,
// another language sounding different, and outputs that cannot be written.

#include <gtest/gtest.h>
#include <sndfile.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_fixture.hpp"
#include "run_command.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;

constexpr const char* measured_routine =
    "routine \"Measured\" {\n"
    "  warmup march_in_place 1min\n"
    "  hold cat_cow 15s x3\n"
    "  rest 5s\n"
    "  hold figure_four 15s x2 each side\n"
    "}\n";

struct Sound {
  int rate = 0;
  std::vector<float> samples;

  double seconds() const { return static_cast<double>(samples.size()) / rate; }
  // The loudest sample in [from, to) seconds.
  float peak(double from, double to) const {
    float loudest = 0;
    for (auto i = index(from); i < index(to) && i < samples.size(); ++i) {
      loudest = std::max(loudest, std::abs(samples[i]));
    }
    return loudest;
  }
  // The first time in [from, to) louder than `level`, or -1.
  double onset(double from, double to, float level) const {
    for (auto i = index(from); i < index(to) && i < samples.size(); ++i) {
      if (std::abs(samples[i]) > level) return static_cast<double>(i) / rate;
    }
    return -1;
  }
  std::size_t index(double t) const {
    return static_cast<std::size_t>(std::max(0.0, std::round(t * rate)));
  }
};

Sound read_sound(const fs::path& path) {
  SF_INFO info{};
  SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
  Sound sound;
  if (file == nullptr) return sound;
  sound.rate = info.samplerate;
  sound.samples.resize(static_cast<std::size_t>(info.frames * info.channels));
  sf_readf_float(file, sound.samples.data(), info.frames);
  sf_close(file);
  return sound;
}

class Render : public testing::CliFixture {
 protected:
  Sound rendered(const std::vector<std::string>& extra = {}, const std::string& name = "out.wav") {
    const std::string routine = write("measured.limber", measured_routine);
    std::vector<std::string> args{"render", routine, "-o", (dir_ / name).string()};
    args.insert(args.end(), extra.begin(), extra.end());
    const CommandResult r = limber(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return read_sound(dir_ / name);
  }
  nlohmann::json planned() {
    const std::string routine = write("measured.limber", measured_routine);
    return nlohmann::json::parse(limber({"plan", "--format", "json", routine}).out);
  }
};

TEST_F(Render, TheFileIsAsLongAsThePlan) {
  const Sound sound = rendered();
  ASSERT_GT(sound.rate, 0);
  EXPECT_NEAR(sound.seconds(), planned()["total_s"].get<double>(), 0.05);
}

// The holds to listen inside: later rounds (the first may still hear the introduction, which
// may run on into it) that are followed by another round, after a rest or a switch (the last
// round of an exercise hears "next: …", the session's last one the closing words). Holds of
// 15 s have no "halfway".
std::vector<nlohmann::json> quiet_holds(const nlohmann::json& plan) {
  std::vector<nlohmann::json> holds;
  const auto& steps = plan["steps"];
  for (std::size_t i = 0; i + 1 < steps.size(); ++i) {
    const auto& step = steps[i];
    const std::string following = steps[i + 1]["kind"];
    if (step["kind"] != "hold" || step["round"].get<int>() < 2) continue;
    const bool more_rounds = step["round"].get<int>() < step["rounds"].get<int>();
    if ((following == "rest" && more_rounds) || following == "switch") {
      holds.push_back(step);
    }
  }
  return holds;
}

TEST_F(Render, SpeechWhereThePlanAnnouncesAndOnlyTonesOrSilenceInsideHolds) {
  const Sound sound = rendered();
  const nlohmann::json plan = planned();
  const auto holds = quiet_holds(plan);
  ASSERT_EQ(holds.size(), 2u);  // cat_cow round 2, figure_four round 2 on the left
  for (const auto& hold : holds) {
    const double start = hold["start_s"];
    const double end = start + hold["duration_s"].get<double>();
    // "round n of N" as it starts, then nothing until the 3-2-1 beeps 3 s before its end.
    EXPECT_GT(sound.peak(start + 0.3, start + 0.8), 0.05) << "no speech at " << start;
    EXPECT_LT(sound.peak(start + 2.5, end - 3.01), 0.001) << "sound inside the hold at " << start;
    // Between the beeps (each 0.12 s), silence: only tones sound there.
    for (const double beep : {end - 3, end - 2}) {
      EXPECT_LT(sound.peak(beep + 0.15, beep + 0.99), 0.001) << "after the beep at " << beep;
    }
  }
  for (const auto& step : plan["steps"]) {
    if (step["kind"] == "rest" || step["kind"] == "switch") {
      const double start = step["start_s"];
      EXPECT_GT(sound.peak(start + 0.1, start + 0.5), 0.05) << "no speech at " << start;
    }
  }
}

TEST_F(Render, EachCountdownBeepWithinTenMillisecondsOfItsTime) {
  const Sound sound = rendered();
  int beeps = 0;
  for (const auto& hold : quiet_holds(planned())) {
    const double end = hold["start_s"].get<double>() + hold["duration_s"].get<double>();
    for (const double beep : {end - 3, end - 2, end - 1}) {
      const double heard = sound.onset(beep - 0.05, beep + 0.05, 0.02);
      EXPECT_NEAR(heard, beep, 0.010) << "the beep due at " << beep;
      ++beeps;
    }
  }
  EXPECT_EQ(beeps, 6);
}

TEST_F(Render, SpanishSoundsDifferentFromEnglish) {
  const Sound english = rendered({}, "en.wav");
  const Sound spanish = rendered({"--language", "es"}, "es.wav");
  ASSERT_EQ(english.samples.size(), spanish.samples.size());  // the same plan
  EXPECT_NE(english.samples, spanish.samples);
}

TEST_F(Render, EveryFormatTheMachineCanEncodeOrAClearError) {
  for (const std::string extension : {"flac", "ogg", "opus", "mp3"}) {
    const std::string routine = write("short.limber", "warmup march_in_place 1min\n");
    const fs::path out = dir_ / ("short." + extension);
    const CommandResult r = limber({"render", routine, "-o", out.string()});
    if (r.exit_code == 0) {
      const Sound sound = read_sound(out);
      EXPECT_NEAR(sound.seconds(), 65, 0.1) << extension;
    } else {
      EXPECT_EQ(r.exit_code, 2) << extension;
      EXPECT_NE(r.err.find("cannot encode ." + extension + " files"), std::string::npos) << r.err;
      EXPECT_FALSE(fs::exists(out));
    }
  }
}

TEST_F(Render, AnOutputThatCannotBeWrittenIsAClearErrorAndLeavesNoFile) {
  const std::string routine = write("short.limber", "warmup march_in_place 1min\n");
  const fs::path nowhere = dir_ / "missing" / "out.wav";
  CommandResult r = limber({"render", routine, "-o", nowhere.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "limber render: cannot write " + nowhere.string() + ": there is no folder " +
                       (dir_ / "missing").string() + "\n");

  const fs::path unknown = dir_ / "out.xyz";
  r = limber({"render", routine, "-o", unknown.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("limber render: cannot write " + unknown.string() +
                       ": name the file with the format's extension: .wav, .flac"),
            std::string::npos)
      << r.err;

  // A folder in the way of the file.
  fs::create_directories(dir_ / "taken.wav");
  r = limber({"render", routine, "-o", (dir_ / "taken.wav").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("it is a folder"), std::string::npos) << r.err;

  // Nothing half-written is left behind.
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().string().find(".partial"), std::string::npos) << entry.path();
  }
}

TEST_F(Render, ARoutineWithErrorsWritesNothing) {
  const std::string routine = write("broken.limber", "hold cat_cow 30\n");
  const CommandResult r = limber({"render", routine, "-o", (dir_ / "out.wav").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(fs::exists(dir_ / "out.wav"));
}

}  // namespace
}  // namespace limber
