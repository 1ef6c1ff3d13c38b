#pragma once

// Where a run's events go: the console, JSON lines, speech. A new backend implements only
// this; the runner hands every event to every backend, in order.

#include "interpreter/run/event.hpp"

namespace limber {

class Backend {
 public:
  virtual ~Backend() = default;
  virtual void on_event(const Event& event) = 0;
  // Between events of an interactive run, a few times a second: the routine time now and
  // whether the run is paused, for views that show time passing (progress bars).
  virtual void on_tick(double /*now_s*/, bool /*paused*/) {}
  // Called once after the last event, however the run ended: flush, restore the terminal.
  virtual void finish() {}
};

}  // namespace limber
