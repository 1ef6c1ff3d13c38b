// The one mixer, with a speaker whose speech is a known length (a tenth of a second per
// character, at a constant level), so that where each sound lands can be checked exactly.

#include "interpreter/backends/audio/timeline.hpp"

#include <gtest/gtest.h>

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

// Each placed sound as "text@start+length" in seconds (tones by name).
std::string layout(const Timeline& timeline) {
  std::string out;
  for (const Placed& p : timeline.placed()) {
    out += p.cue->tone ? "tone" : p.cue->text;
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

}  // namespace
}  // namespace limber::audio
