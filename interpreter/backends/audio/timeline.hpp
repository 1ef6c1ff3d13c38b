#pragma once

// One mixer for every way limber sounds: the cues of a session (cues.hpp) placed on the plan's
// timeline as samples. Tones sit exactly at their time and sound over speech. Speech starts at
// its time and never pushes the timeline: where it would overlap other speech, a cue marked
// droppable (halfway, "next: …") gives way, and otherwise the earlier speech is shortened: said
// in the longest of its shorter forms (Cue::shorter) that ends before the next one begins, or,
// when none does, cut off with a fade just before it. A rep count is never droppable, so the
// count that paces a set is heard even when an introduction would run into it. The closing words
// are placed to end with the session, and nothing starts while they are said. Rendering to a file
// and live playback both read the same Timeline, so what is heard is where the plan says it is.

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "interpreter/backends/audio/cues.hpp"
#include "interpreter/backends/audio/samples.hpp"
#include "interpreter/backends/audio/voice.hpp"

namespace limber::audio {

// A sound placed on the timeline: `length` samples of `samples` from sample `start` (the
// length may be shorter than the samples: shortened speech fades out over its last samples).
struct Placed {
  std::shared_ptr<const Samples> samples;
  std::int64_t start = 0;
  std::int64_t length = 0;
  bool fade_out = false;  // shortened: the last fade_samples fade to silence
  const Cue* cue = nullptr;
  std::size_t form = 0;  // speech: 0 for the cue's text, k for its k-th shorter form

  // What this speech says: the cue's text or the shorter form the mixer chose.
  const std::string& text() const { return form == 0 ? cue->text : cue->shorter[form - 1]; }
};

inline constexpr std::int64_t fade_samples = sample_rate / 50;  // 20 ms

class Timeline {
 public:
  Timeline() = default;
  Timeline(std::vector<Cue> cues, std::vector<Placed> placed, std::int64_t total_samples);
  // Moved, never copied: each placed sound points at its cue in cues_.
  Timeline(Timeline&&) = default;
  Timeline& operator=(Timeline&&) = default;
  Timeline(const Timeline&) = delete;
  Timeline& operator=(const Timeline&) = delete;

  std::int64_t total_samples() const { return total_samples_; }
  const std::vector<Cue>& cues() const { return cues_; }
  const std::vector<Placed>& placed() const { return placed_; }

  // Adds the sound of samples [first, first + out.size()) to `out`, clipped to -1..1. Cheap
  // enough for an audio callback: it only touches the sounds that overlap the window.
  void mix_into(std::span<float> out, std::int64_t first) const;

 private:
  std::vector<Cue> cues_;
  std::vector<Placed> placed_;  // sorted by start
  std::int64_t total_samples_ = 0;
  std::int64_t longest_ = 0;  // the longest placed sound, to find a window's sounds quickly
};

// Synthesises every spoken cue (each distinct text once) and places every cue. `progress` is
// told the fraction done as speech is synthesised, for a progress bar.
Timeline build_timeline(std::vector<Cue> cues, double total_s, Voice& voice,
                        const std::function<void(double)>& progress = {});

// The same with any speaker: text in, samples out (tests speak with silence of known length).
using Speaker = std::function<std::shared_ptr<const Samples>(const std::string&)>;
Timeline build_timeline(std::vector<Cue> cues, double total_s, const Speaker& speak,
                        const std::function<void(double)>& progress = {});

}  // namespace limber::audio
