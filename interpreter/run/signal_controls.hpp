#pragma once

// The controls of a real-clock run without a terminal: no keys, but Ctrl-C and SIGTERM end
// the run as an interruption (see stop_signals.hpp) instead of killing it mid-step.

#include "interpreter/run/controls.hpp"
#include "interpreter/run/stop_signals.hpp"

namespace limber {

class SignalControls : public Controls {
 public:
  std::optional<Command> wait(double seconds) override;

 private:
  StopSignals signals_;
};

}  // namespace limber
