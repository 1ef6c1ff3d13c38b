#include "interpreter/backends/audio/play_head.hpp"

#include <algorithm>
#include <cstdlib>

#include "interpreter/backends/audio/samples.hpp"

namespace limber::audio {

bool PlayHead::follow(double now_s) {
  const std::int64_t target = std::max<std::int64_t>(0, to_samples(now_s));
  const bool moved = std::llabs(position() - target) > tolerance_;
  if (moved) position_.store(target, std::memory_order_release);
  playing_.store(true, std::memory_order_release);
  return moved;
}

void PlayHead::resume(double now_s) {
  // While paused the held position is where the clock stopped; from here on follow() keeps it.
  position_.store(std::max<std::int64_t>(0, to_samples(now_s)), std::memory_order_release);
  playing_.store(true, std::memory_order_release);
}

}  // namespace limber::audio
