// Placeholder until the mixer lands.
#include "interpreter/backends/audio/timeline.hpp"

namespace limber::audio {

Timeline::Timeline(std::vector<Cue> cues, std::vector<Placed> placed, std::int64_t total_samples)
    : cues_(std::move(cues)), placed_(std::move(placed)), total_samples_(total_samples) {}
void Timeline::mix_into(std::span<float>, std::int64_t) const {}
Timeline build_timeline(std::vector<Cue> cues, double total_s, Voice&,
                        const std::function<void(double)>&) {
  return Timeline(std::move(cues), {}, to_samples(total_s));
}

}  // namespace limber::audio
