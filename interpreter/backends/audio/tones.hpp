#pragma once

// The tones limber makes itself, each once per process: short enveloped sine tones, so that
// nothing clicks. The countdown beep, the start tone, the two-note end of a hold (falling, so
// it cannot be mistaken for a start) and the closing chime.

#include <memory>

#include "interpreter/backends/audio/cues.hpp"
#include "interpreter/backends/audio/samples.hpp"

namespace limber::audio {

std::shared_ptr<const Samples> tone_samples(Tone tone);

}  // namespace limber::audio
