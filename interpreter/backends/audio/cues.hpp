#pragma once

// What a session says and sounds, and when: the runner's events (interpreter/run) turned into
// spoken phrases and tones at their plan times. Pure, like the runner's schedule.

#include <optional>
#include <string>
#include <vector>

#include "interpreter/backends/audio/phrases.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/run/event.hpp"

namespace limber::audio {

enum class Tone {
  countdown,    // 3-2-1 before a round, a rest or a warm-up ends
  start,        // a hold, a set or a warm-up starts
  end_of_hold,  // a hold or a warm-up ends
  chime,        // the session is over
};

struct Cue {
  double t_s = 0;
  std::optional<Tone> tone;  // a tone, or else speech
  std::string text;          // speech: what is said
  bool droppable = false;    // speech that gives way to the speech around it (halfway, next)
  // Shorter ways to say the same, longest first: the mixer says the longest that ends before
  // the next speech rather than cut `text` off mid-sentence (an introduction without its feel,
  // then without its cue; the last count without "next: …").
  std::vector<std::string> shorter;
  // The sound ends at t_s instead of starting there: the closing words and chime, which must
  // fit inside the session, since nothing may make it longer than its plan.
  bool ends_here = false;
};

// Every cue of the session, sorted by time (tones before speech at the same time).
std::vector<Cue> cues_of(const std::vector<Event>& events, const Plan& plan,
                         const Phrases& phrases);

}  // namespace limber::audio
