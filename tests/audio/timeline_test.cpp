// The one mixer, with a speaker whose speech is a known length (a tenth of a second per
// character, at a constant level), so that where each sound lands can be checked exactly.

#include "interpreter/backends/audio/timeline.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "interpreter/backends/audio/sound_file.hpp"
#include "interpreter/backends/audio/tones.hpp"

namespace limber::audio {
namespace {

constexpr float speech_level = 0.25F;

std::shared_ptr<const Samples> tenth_per_character(const std::string& text) {
  return std::make_shared<const Samples>(to_samples(0.1 * static_cast<double>(text.size())),
                                         speech_level);
}

Cue say(double t, std::string text, bool droppable = false) {
  return Cue{.t_s = t, .text = std::move(text), .droppable = droppable};
}
Cue beep(double t) {
  return Cue{.t_s = t, .tone = Tone::countdown};
}

Cue say_or_shorter(double t, std::string text, std::vector<std::string> shorter) {
  return Cue{.t_s = t, .text = std::move(text), .shorter = std::move(shorter)};
}

// Each placed sound as "text@start+length" in seconds (tones by name, speech as said).
std::string layout(const Timeline& timeline) {
  std::string out;
  for (const Placed& p : timeline.placed()) {
    out += p.cue->tone ? "tone" : p.text();
    out += "@" + std::to_string(to_seconds(p.start)).substr(0, 4) + "+" +
           std::to_string(to_seconds(p.length)).substr(0, 4) + (p.fade_out ? " fades" : "") + "\n";
  }
  return out;
}

Samples mixed(const Timeline& timeline) {
  Samples all(static_cast<std::size_t>(timeline.total_samples()), 0.0F);
  timeline.mix_into(all, 0);
  return all;
}

TEST(Timeline, ToneAtItsExactSampleAndSpeechAtItsTime) {
  const Timeline timeline = build_timeline({beep(1.5), say(3, "abcde")}, 10, tenth_per_character);
  EXPECT_EQ(timeline.total_samples(), to_samples(10));
  const Samples all = mixed(timeline);
  const auto first_sound = std::find_if(all.begin(), all.end(), [](float s) { return s != 0; });
  // The tone's first sample is silent (its envelope starts at 0); its second is not.
  EXPECT_EQ(first_sound - all.begin(), to_samples(1.5) + 1);
  EXPECT_EQ(all[static_cast<std::size_t>(to_samples(3))], speech_level);
  EXPECT_EQ(all[static_cast<std::size_t>(to_samples(3.5)) - 1], speech_level);
  EXPECT_EQ(all[static_cast<std::size_t>(to_samples(3.5))], 0.0F);
}

TEST(Timeline, SpeechRunningIntoTheNextIsShortenedAndADroppablePhraseGivesWay) {
  const Timeline timeline = build_timeline(
      {
          say(0, "a long introduction"),  // 1.9 s, into "round" at 1 s: shortened
          say(1, "round"),                // 0.5 s
          say(1.2, "halfway", true),      // starts while "round" runs: dropped
          say(3, "next: x", true),        // 0.7 s, fits before "rest" at 4 s: kept
          say(4, "rest"),
          say(4.2, "droppable before a fixed one", true),  // would run into 5 s: dropped
          say(5, "end"),
      },
      10, tenth_per_character);
  EXPECT_EQ(layout(timeline),
            "a long introduction@0.00+1.00 fades\n"
            "round@1.00+0.50\n"
            "next: x@3.00+0.70\n"
            "rest@4.00+0.40\n"
            "end@5.00+0.30\n");
  // The shortened speech fades to silence over its last 20 ms instead of stopping dead.
  const Samples all = mixed(timeline);
  EXPECT_LT(all[static_cast<std::size_t>(to_samples(1)) - 1], speech_level / 10);
  EXPECT_EQ(all[static_cast<std::size_t>(to_samples(1)) - fade_samples - 1], speech_level);
}

TEST(Timeline, ARepCountIsHeardAndAnIntroductionRunningIntoItIsSaidShorter) {
  // A reps exercise's introduction runs past the first count (at 1 s) and the second (2 s):
  // the counts are never left out, and the introduction is said in its longest shorter form
  // that ends before the first count.
  const Timeline timeline = build_timeline(
      {
          say_or_shorter(0, "name. dose. how to do it. feel",
                         {"name. dose. how to do it", "name. dose"}),  // 3.0, 2.4, 1.0 s
          say(1, "1"),
          say(2, "2"),
          say(2.05, "halfway", true),              // a droppable phrase still gives way to a count
          say_or_shorter(3, "3. next: x", {"3"}),  // 1.0 s, fits before 4 s: said whole
          say_or_shorter(5, "4. next: a long name", {"4"}),  // 2.0 s, into 6 s: the count alone
          say(6, "rest"),
          say_or_shorter(7, "too long to fit", {"still too long"}),  // no form fits by 8 s
          say(8, "end"),
      },
      10, tenth_per_character);
  EXPECT_EQ(layout(timeline),
            "name. dose@0.00+1.00\n"
            "1@1.00+0.10\n"
            "2@2.00+0.10\n"
            "3. next: x@3.00+1.00\n"
            "4@5.00+0.10\n"
            "rest@6.00+0.40\n"
            "still too long@7.00+1.00 fades\n"
            "end@8.00+0.30\n");
}

TEST(Timeline, TheClosingEndsAtTheSessionsEndAndNothingSoundsPastIt) {
  Cue closing = say(10, "well done");
  closing.ends_here = true;
  const Timeline timeline =
      build_timeline({say(9.8, "too late to fit"), closing}, 10, tenth_per_character);
  // Speech that would start during the closing words is left out; they are the last thing said.
  EXPECT_EQ(layout(timeline), "well done@9.10+0.90\n");
}

TEST(Timeline, AnyWindowMixesTheSameAsTheWhole) {
  const Timeline timeline =
      build_timeline({say(0.3, "abc"), beep(0.35), say(1, "xyzw")}, 2, tenth_per_character);
  const Samples whole = mixed(timeline);
  Samples pieces;
  for (std::int64_t first = 0; first < timeline.total_samples(); first += 1000) {
    Samples window(
        static_cast<std::size_t>(std::min<std::int64_t>(1000, timeline.total_samples() - first)),
        0.0F);
    timeline.mix_into(window, first);
    pieces.insert(pieces.end(), window.begin(), window.end());
  }
  EXPECT_EQ(pieces, whole);
}

TEST(Timeline, EachDistinctTextIsSpokenOnce) {
  int spoken = 0;
  const Speaker counting = [&](const std::string& text) {
    ++spoken;
    return tenth_per_character(text);
  };
  std::vector<double> fractions;
  build_timeline({say(0, "rest"), say(5, "rest"), say(10, "halfway")}, 20, counting,
                 [&](double f) { fractions.push_back(f); });
  // The timeline asks for every phrase; the Voice it is given caches (voice_test), and the
  // progress counts distinct texts.
  EXPECT_EQ(spoken, 3);
  EXPECT_EQ(fractions, (std::vector<double>{0.5, 1.0, 1.0}));
}

// ---- the timeline written to a file (sound_file.hpp), failing midway: a full disk is hard to
// come by on demand, so the function that writes each block fails after the first.

namespace fs = std::filesystem;

fs::path empty_folder(const std::string& name) {
  const fs::path folder =
      fs::temp_directory_path() / ("limber-sound-file-" + name + "-" + std::to_string(getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

TEST(SoundFile, AWriteThatFailsMidwaySaysWhyAndLeavesNoFileAndNoTemporary) {
  const Timeline timeline = build_timeline({say(0.5, "abcde"), beep(2)}, 5, tenth_per_character);
  for (const auto& failure : std::vector<std::pair<int, std::string>>{
           {ENOSPC, "the disk is full: free some space on it, or write the file on another disk"},
           {EFBIG,
            "it would grow past the largest file this system allows (ulimit -f): raise the limit "
            "and render again"},
           {EIO, "input/output error"},
       }) {
    // Named copies: clang 14 cannot capture a structured binding in the lambda below.
    const int error = failure.first;
    const std::string& why = failure.second;
    const fs::path folder = empty_folder("midway");
    const fs::path out = folder / "session.wav";
    int blocks = 0;
    bool temporary_seen = false;
    const FrameWriter failing = [&](void* file, const float* frames, std::int64_t count) {
      // Writing has started, into a temporary beside the output and not the output itself.
      for (const auto& entry : fs::directory_iterator(folder)) {
        temporary_seen = temporary_seen || entry.path().extension() == ".partial";
      }
      EXPECT_FALSE(fs::exists(out));
      if (blocks++ == 0) return libsndfile_frames(file, frames, count);
      errno = error;
      return std::int64_t{0};
    };
    try {
      write_sound_file(timeline, out, {}, failing);
      ADD_FAILURE() << "no error for " << why;
    } catch (const SoundFileError& e) {
      EXPECT_EQ(std::string(e.what()), "cannot write " + out.string() + ": " + why);
    }
    EXPECT_EQ(blocks, 2);
    EXPECT_TRUE(temporary_seen);
    EXPECT_TRUE(fs::is_empty(folder)) << "something was left in " << folder;
    fs::remove_all(folder);
  }
}

TEST(SoundFile, AWriteThatSucceedsLeavesOnlyTheFile) {
  const Timeline timeline = build_timeline({say(0.5, "abcde")}, 3, tenth_per_character);
  const fs::path folder = empty_folder("whole");
  write_sound_file(timeline, folder / "session.wav");
  std::vector<fs::path> left;
  for (const auto& entry : fs::directory_iterator(folder)) left.push_back(entry.path());
  EXPECT_EQ(left, (std::vector<fs::path>{folder / "session.wav"}));
  fs::remove_all(folder);
}

}  // namespace
}  // namespace limber::audio
