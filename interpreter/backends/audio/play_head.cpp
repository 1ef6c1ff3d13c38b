#include "interpreter/backends/audio/play_head.hpp"

#include <algorithm>
#include <cstdlib>

#include "interpreter/backends/audio/samples.hpp"

namespace limber::audio {

bool PlayHead::follow(double now_s) {
  const std::int64_t target = std::max<std::int64_t>(0, to_samples(now_s));
  const bool moved = std::llabs(position() - target) > tolerance_;
  if (moved) position_.store(target, std::memory_order_release);
  started_ = true;
  playing_.store(true, std::memory_order_release);
  return moved;
}

void PlayHead::tick(double now_s, bool paused) {
  if (!started_) return;
  if (paused) {
    playing_.store(false, std::memory_order_release);
  } else if (!playing()) {
    // Held where the clock stopped; the clock has run on since it resumed.
    position_.store(std::max<std::int64_t>(0, to_samples(now_s)), std::memory_order_release);
    playing_.store(true, std::memory_order_release);
  } else {
    follow(now_s);
  }
}

}  // namespace limber::audio
