#pragma once

// Sound as limber makes it: mono floating-point samples in -1..1 at one rate, espeak-ng's own,
// so that speech is never resampled.

#include <cmath>
#include <cstdint>
#include <vector>

namespace limber::audio {

inline constexpr int sample_rate = 22050;

using Samples = std::vector<float>;

// The sample at `seconds` from the start (rounded to the nearest).
inline std::int64_t to_samples(double seconds) {
  return static_cast<std::int64_t>(std::llround(seconds * sample_rate));
}

inline double to_seconds(std::int64_t samples) {
  return static_cast<double>(samples) / sample_rate;
}

}  // namespace limber::audio
