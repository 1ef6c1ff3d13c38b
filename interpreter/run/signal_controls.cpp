#include "interpreter/run/signal_controls.hpp"

#include <poll.h>

#include <cmath>

namespace limber {

std::optional<Command> SignalControls::wait(double seconds) {
  if (stop_signal_received() != 0) return Command::interrupt;
  // Nothing to watch: poll() just sleeps, and a signal cuts the sleep short.
  poll(nullptr, 0, static_cast<int>(std::ceil(seconds * 1000)));
  if (stop_signal_received() != 0) return Command::interrupt;
  return std::nullopt;
}

}  // namespace limber
