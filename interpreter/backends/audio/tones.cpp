#include "interpreter/backends/audio/tones.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace limber::audio {

namespace {

struct Note {
  double hz;
  double seconds;
};

constexpr float level = 0.5F;
constexpr double attack_s = 0.005;

// Notes one after another; each rises over 5 ms and dies away, exponentially when `ring`.
Samples notes(std::initializer_list<Note> sequence, bool ring) {
  Samples out;
  for (const Note& note : sequence) {
    const auto count = static_cast<std::size_t>(note.seconds * sample_rate);
    for (std::size_t i = 0; i < count; ++i) {
      const double t = static_cast<double>(i) / sample_rate;
      const double remaining = note.seconds - t;
      double envelope = std::min({1.0, t / attack_s, remaining / attack_s});
      if (ring) envelope *= std::exp(-3.0 * t / note.seconds);
      out.push_back(level *
                    static_cast<float>(envelope * std::sin(2 * std::numbers::pi * note.hz * t)));
    }
  }
  return out;
}

std::shared_ptr<const Samples> make(Tone tone) {
  switch (tone) {
    case Tone::countdown:
      return std::make_shared<const Samples>(notes({{880, 0.12}}, false));
    case Tone::start:
      return std::make_shared<const Samples>(notes({{1320, 0.25}}, false));
    case Tone::end_of_hold:
      return std::make_shared<const Samples>(notes({{660, 0.15}, {440, 0.25}}, false));
    case Tone::chime:
      return std::make_shared<const Samples>(notes({{1047, 0.4}, {1319, 0.4}, {1568, 0.9}}, true));
  }
  return std::make_shared<const Samples>();
}

}  // namespace

std::shared_ptr<const Samples> tone_samples(Tone tone) {
  // Made on first use and shared; static initialisation of the array is thread-safe.
  static const std::array<std::shared_ptr<const Samples>, 4> made{
      make(Tone::countdown), make(Tone::start), make(Tone::end_of_hold), make(Tone::chime)};
  return made[static_cast<std::size_t>(tone)];
}

}  // namespace limber::audio
