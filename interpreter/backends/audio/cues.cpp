// Placeholder until the cues land.
#include "interpreter/backends/audio/cues.hpp"

namespace limber::audio {

std::vector<Cue> cues_of(const std::vector<Event>&, const Plan&, const Phrases&) {
  return {};
}

}  // namespace limber::audio
