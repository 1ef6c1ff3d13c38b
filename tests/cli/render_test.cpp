// `limber render` measured on the samples it writes: the length against the plan, speech where
// the plan announces something, silence and tones inside holds, each countdown beep on time,
// another language sounding different, and outputs that cannot be written.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sndfile.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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
  // The sound of `routine` rendered, and its plan.
  std::pair<Sound, nlohmann::json> render_and_plan(const std::string& routine) {
    const fs::path out = fs::path(routine).replace_extension(".wav");
    const CommandResult r = limber({"render", routine, "-o", out.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return {read_sound(out),
            nlohmann::json::parse(limber({"plan", "--format", "json", routine}).out)};
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

// ---- the options change the render as they change the plan

constexpr const char* options_routine =
    "routine \"Options\" {\n"
    "  given flare_up\n"
    "  warmup march_in_place 1min\n"
    "  hold cat_cow 20s x2\n"
    "  optional hold childs_pose 20s\n"
    "  hold sphinx 20s unless extension_pain\n"
    "  if flare_up then scale 0.5\n"
    "}\n"
    "routine \"Second\" {\n"
    "  hold cat_cow 15s x2\n"
    "}\n";

TEST_F(Render, EachPlanOptionChangesTheRenderAsItChangesThePlan) {
  const std::string routine = write("options.limber", options_routine);
  const auto total_of = [&](const std::vector<std::string>& options) {
    std::vector<std::string> args{"plan", "--format", "json", routine};
    args.insert(args.end(), options.begin(), options.end());
    const CommandResult r = limber(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out)["total_s"].get<double>();
  };
  const double usual = total_of({});
  for (const std::vector<std::string>& options : std::vector<std::vector<std::string>>{
           {"--when", "extension_pain"},
           {"--unless", "flare_up"},
           {"--skip-optional"},
           {"--routine", "Second"},
       }) {
    SCOPED_TRACE(options.front());
    const double total = total_of(options);
    EXPECT_NE(total, usual);  // the option matters to this routine's plan
    const fs::path out = dir_ / "options.wav";
    std::vector<std::string> args{"render", routine, "-o", out.string()};
    args.insert(args.end(), options.begin(), options.end());
    const CommandResult r = limber(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NEAR(read_sound(out).seconds(), total, 0.05);
  }
}

TEST_F(Render, AnInstalledVoiceSpeaksTheSession) {
  const Sound usual = rendered({}, "usual.wav");
  const Sound british = rendered({"--voice", "en-gb"}, "en-gb.wav");
  EXPECT_NEAR(british.seconds(), planned()["total_s"].get<double>(), 0.05);
  ASSERT_EQ(british.samples.size(), usual.samples.size());
  EXPECT_NE(british.samples, usual.samples);  // another voice, the same plan
}

// ---- speech at every announcement, at the plan's times

// With and without its `say` line, which is otherwise said where the next introduction is.
std::string announced_routine(bool with_say = true) {
  return std::string(
             "routine \"Announced\" {\n"
             "  warmup march_in_place 1min\n"
             "  hold cat_cow 30s x2\n") +
         (with_say ? "  say \"Breathe slowly and keep your shoulders soft.\"\n" : "") +
         "  hold figure_four 20s x2 each side\n"
         "}\n";
}

TEST_F(Render, SpeechAtEachIntroductionHalfwaySayAndTheClosingWords) {
  const auto [sound, plan] = render_and_plan(write("announced.limber", announced_routine()));
  ASSERT_NEAR(sound.seconds(), plan["total_s"].get<double>(), 0.05);
  const auto& steps = plan["steps"];
  int introductions = 0;
  int halfways = 0;
  double say_s = -1;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const auto& step = steps[i];
    const double start = step["start_s"];
    if (step["kind"] == "transition") {
      // After the end-of-hold tone (0.4 s) that may sound as the transition starts.
      EXPECT_GT(sound.peak(start + 0.45, start + 1.0), 0.05) << "no introduction at " << start;
      ++introductions;
    }
    // "halfway" in holds of 20 s or more; a first round may still hear the introduction.
    const double duration = step["duration_s"];
    if (step["kind"] == "hold" && duration >= 20 && steps[i - 1]["kind"] != "transition") {
      const double half = start + duration / 2;
      EXPECT_LT(sound.peak(half - 2, half - 0.01), 0.001) << "sound before halfway at " << half;
      EXPECT_GT(sound.peak(half + 0.02, half + 0.3), 0.05) << "no halfway at " << half;
      ++halfways;
    }
    if (step["kind"] == "say") say_s = start;
  }
  EXPECT_EQ(introductions, 3);  // the warm-up, cat_cow, figure_four
  EXPECT_EQ(halfways, 4);       // cat_cow round 2, figure_four round 2 left, 1 and 2 right
  ASSERT_GE(say_s, 0);
  EXPECT_GT(sound.peak(say_s + 0.45, say_s + 1.0), 0.05) << "nothing said at the say";
  // The `say` is said first, as its time comes: without it the same moment sounds otherwise.
  const auto [unsaid, unsaid_plan] =
      render_and_plan(write("unsaid.limber", announced_routine(false)));
  ASSERT_EQ(unsaid_plan["total_s"], plan["total_s"]);
  const auto heard = [&](const Sound& s) {
    const auto from = s.index(say_s + 0.45);
    return std::vector<float>(s.samples.begin() + static_cast<std::ptrdiff_t>(from),
                              s.samples.begin() + static_cast<std::ptrdiff_t>(s.index(say_s + 1)));
  };
  EXPECT_NE(heard(sound), heard(unsaid));
  // The closing words end with the session, before its chime's last 1.7 s.
  const double total = plan["total_s"];
  EXPECT_GT(sound.peak(total - 6, total - 2), 0.05) << "no closing words";
}

// The guide's routine: Pelvic Tilt's introduction is long, and its set 1 must still be counted
// from 1; its last set says what comes next after the last count.
TEST_F(Render, EveryRepCountOfTheGuidesFirstSetIsHeardAndTheLastSetSaysWhatIsNext) {
  const fs::path guide = fs::path(LIMBER_SOURCE_DIR) / "examples/spine-mobility.limber";
  const fs::path out = dir_ / "guide.wav";
  const CommandResult r = limber({"render", guide.string(), "-o", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Sound sound = read_sound(out);
  const nlohmann::json plan =
      nlohmann::json::parse(limber({"plan", "--format", "json", guide.string()}).out);
  ASSERT_NEAR(sound.seconds(), plan["total_s"].get<double>(), 0.05);
  constexpr int reps = 10;  // reps pelvic_tilt 10 x2
  std::vector<nlohmann::json> sets;
  for (const auto& step : plan["steps"]) {
    if (step["kind"] == "reps" && step["exercise"] == "pelvic_tilt") sets.push_back(step);
  }
  ASSERT_EQ(sets.size(), 2u);
  const double tempo = sets[0]["duration_s"].get<double>() / reps;
  for (int k = 0; k < reps; ++k) {
    const double count = sets[0]["start_s"].get<double>() + k * tempo;
    // The first count shares its moment with the start tone (0.25 s): listen after it.
    const double from = k == 0 ? count + 0.26 : count + 0.02;
    EXPECT_GT(sound.peak(from, count + 0.3), 0.05) << "count " << k + 1 << " not heard";
    // Each count alone: quiet again before the next (the introduction does not run on).
    EXPECT_LT(sound.peak(count + 1.2, count + tempo - 0.02), 0.001) << "after count " << k + 1;
  }
  // "10. next: Figure Four Stretch" runs on after the count, where "10" alone has ended.
  const double last = sets[1]["start_s"].get<double>() + (reps - 1) * tempo;
  EXPECT_GT(sound.peak(last + 0.9, last + 1.4), 0.05) << "no \"next\" after the last count";
  EXPECT_LT(sound.peak(last + tempo - 0.1, last + tempo - 0.01), 0.001);
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

  // A folder limber may not write in (root may not create files in /sys either): the reason
  // in limber's words, not libsndfile's "System error : Permission denied.". That writing
  // fails midway and leaves neither the file nor its temporary is a unit test
  // (SoundFile.AWriteThatFailsMidway…, tests/audio/timeline_test.cpp).
  const fs::path forbidden = fs::path("/sys") / "limber-render-test.wav";
  const int probe = ::open("/sys/limber-render-probe", O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_LT(probe, 0) << "this machine lets anyone write in /sys";
  ASSERT_EQ(errno, EACCES);
  r = limber({"render", routine, "-o", forbidden.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "limber render: cannot write " + forbidden.string() +
                       ": you may not write in the folder /sys\n");

  // Nothing half-written is left behind.
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().string().find(".partial"), std::string::npos) << entry.path();
  }
}

// A disk that fills while the sound file is written must not cost the file rendered before.
// As for `fmt --write` (cli_test.cpp), a file-size limit (`ulimit -f`, in 512-byte blocks for
// /bin/sh) makes the writes fail part way, by the path a full disk takes (EFBIG instead of
// ENOSPC), with SIGXFSZ ignored so that the write fails instead of killing limber. WAV is
// written as it goes; FLAC and Ogg Vorbis buffer in their encoders, so their failure can come
// as late as the file's end.
TEST_F(Render, AFullDiskLeavesTheEarlierFileAsItWas) {
  const std::string earlier_routine = write("short.limber", "warmup march_in_place 1min\n");
  const std::string routine = write("measured.limber", measured_routine);
  // espeak-ng connects to PulseAudio as it starts (render never plays through it), and the limit
  // would stop PulseAudio's shared memory too, which says so on stderr. A full disk never would
  // (that memory is in /dev/shm), so PulseAudio is told not to use it.
  const std::string pulse = write("pulse-client.conf", "enable-shm = no\nenable-memfd = no\n");
  for (const std::string extension : {"wav", "flac", "ogg"}) {
    const fs::path out = dir_ / ("out." + extension);
    ASSERT_EQ(limber({"render", earlier_routine, "-o", out.string()}).exit_code, 0) << extension;
    const std::string earlier = read(out);
    ASSERT_GT(earlier.size(), 64u * 512u) << "the files rendered must outgrow the limit";
    const CommandResult r =
        testing::run_command("/bin/sh", {"-c",
                                         "trap '' XFSZ; ulimit -f 64; PULSE_CLIENTCONFIG=\"$3\" "
                                         "exec \"$0\" render \"$1\" -o \"$2\"",
                                         LIMBER_BINARY, routine, out.string(), pulse});
    EXPECT_EQ(r.exit_code, 2) << extension;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "limber render: cannot write " + out.string() +
                         ": it would grow past the largest file this system allows (ulimit -f): "
                         "raise the limit and render again. The out." +
                         extension + " that was there is unchanged\n");
    EXPECT_TRUE(read(out) == earlier) << extension << ": the earlier file was changed";
  }
  // Nothing half-written is left behind: only the routines and the earlier files.
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir_)) {
    if (entry.path().filename() != "data") left.push_back(entry.path().filename().string());
  }
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"measured.limber", "out.flac", "out.ogg", "out.wav",
                                            "pulse-client.conf", "short.limber"}));
}

TEST_F(Render, ARoutineWithErrorsWritesNothing) {
  const std::string routine = write("broken.limber", "hold cat_cow 30\n");
  const CommandResult r = limber({"render", routine, "-o", (dir_ / "out.wav").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(fs::exists(dir_ / "out.wav"));
}

}  // namespace
}  // namespace limber
