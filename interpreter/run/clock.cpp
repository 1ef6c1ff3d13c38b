#include "interpreter/run/clock.hpp"

#include <algorithm>
#include <thread>

namespace limber {

RealClock::RealClock(double speed) : speed_(speed > 0 ? speed : 1), start_(steady::now()) {}

RealClock::steady::time_point RealClock::real_time_of(double deadline) const {
  const std::chrono::duration<double> offset(deadline / speed_);
  return start_ + std::chrono::duration_cast<steady::duration>(offset);
}

double RealClock::now() const {
  const steady::time_point at = paused_at_.value_or(steady::now());
  return std::chrono::duration<double>(at - start_).count() * speed_;
}

double RealClock::real_seconds_until(double deadline) const {
  return std::max(0.0, (deadline - now()) / speed_);
}

void RealClock::pause() {
  if (!paused_at_) paused_at_ = steady::now();
}

void RealClock::resume() {
  if (!paused_at_) return;
  start_ += steady::now() - *paused_at_;
  paused_at_.reset();
}

void RealClock::jump_to(double t) {
  const double ahead = t - now();
  if (ahead <= 0) return;
  start_ -=
      std::chrono::duration_cast<steady::duration>(std::chrono::duration<double>(ahead / speed_));
}

void RealClock::sleep_until(double deadline) {
  std::this_thread::sleep_until(real_time_of(deadline));
}

std::optional<double> RealClock::late_ms(double deadline) const {
  const std::chrono::duration<double, std::milli> late = steady::now() - real_time_of(deadline);
  return std::max(0.0, late.count());
}

void VirtualClock::sleep_until(double deadline) {
  now_ = std::max(now_, deadline);
}

}  // namespace limber
