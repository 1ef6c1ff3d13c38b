#pragma once

// The runner's sense of time, in seconds of routine time from the start of the run. Behind an
// interface so that a dry run and the tests walk the same plan instantly and reproducibly,
// while a real run sleeps.

#include <chrono>
#include <optional>

namespace limber {

class Clock {
 public:
  virtual ~Clock() = default;
  // Seconds of routine time since the run started.
  virtual double now() const = 0;
  // Returns once routine time has reached `deadline` (at once if it already has).
  virtual void sleep_until(double deadline) = 0;
  // How late, in real milliseconds, the present moment is for `deadline`; none on a clock that
  // does not run in real time, where lateness has no meaning.
  virtual std::optional<double> late_ms(double deadline) const = 0;
  // Real seconds left until `deadline`: how long a wait for input may last at most.
  virtual double real_seconds_until(double deadline) const = 0;
  // The patient's pause: routine time stands still from pause() to resume().
  virtual void pause() = 0;
  virtual void resume() = 0;
  // The patient's skip: routine time moves forward to `t` at once (never backwards).
  virtual void jump_to(double t) = 0;
};

// A monotonic clock that sleeps to absolute deadlines computed from its start: start +
// deadline / speed. Sleeping to an absolute point rather than for an interval means the time
// spent printing, speaking or redrawing is never added up: a late event makes the next wait
// shorter instead of pushing every later event back.
class RealClock : public Clock {
 public:
  // `speed` above 1 makes routine time pass faster than real time (--speed).
  explicit RealClock(double speed = 1);
  double now() const override;
  void sleep_until(double deadline) override;
  std::optional<double> late_ms(double deadline) const override;
  double real_seconds_until(double deadline) const override;
  void pause() override;
  void resume() override;
  void jump_to(double t) override;

 private:
  using steady = std::chrono::steady_clock;
  steady::time_point real_time_of(double deadline) const;

  double speed_;
  // Pausing and skipping move the start, so every later deadline moves with it and stays
  // absolute.
  steady::time_point start_;
  std::optional<steady::time_point> paused_at_;
};

// A clock that never sleeps: each wait jumps straight to its deadline. Dry runs and tests.
class VirtualClock : public Clock {
 public:
  double now() const override { return now_; }
  void sleep_until(double deadline) override;
  std::optional<double> late_ms(double) const override { return std::nullopt; }
  double real_seconds_until(double) const override { return 0; }
  void pause() override {}
  void resume() override {}
  void jump_to(double t) override { sleep_until(t); }

 private:
  double now_ = 0;
};

}  // namespace limber
