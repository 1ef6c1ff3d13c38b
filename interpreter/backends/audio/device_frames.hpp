#pragma once

// What the live audio callback does with each buffer the device asks for: the timeline's sound
// at the play head, laid out as the device takes it. Apart from PortAudio so it can be tested
// on samples; allocation-free, lock-free.

#include <array>
#include <cstdint>

#include "interpreter/backends/audio/play_head.hpp"
#include "interpreter/backends/audio/timeline.hpp"

namespace limber::audio {

// How the device takes limber's mono samples: on each of `channels` channels (interleaved),
// each sample `repeat` device frames long (2 on a device at twice sample_rate).
struct DeviceFormat {
  int channels = 1;
  int repeat = 1;
};

// Samples mixed at a time: 256 (about 12 ms) keeps each callback short and the play position
// fine-grained.
inline constexpr std::int64_t mix_block = 256;
using MixBuffer = std::array<float, mix_block>;

// Fills `frames` device frames at `out` with the timeline from the play head on, moving the
// head past them; silence while it is paused or not started. A frame count `repeat` does not
// divide leaves its odd last frame silent. `scratch` is the callback's own room to mix in.
void fill_device_frames(PlayHead& head, const Timeline& timeline, DeviceFormat format,
                        MixBuffer& scratch, float* out, std::int64_t frames);

}  // namespace limber::audio
