#include "interpreter/run/signal_controls.hpp"

#include "interpreter/run/poll_for.hpp"

namespace limber {

std::optional<Command> SignalControls::wait(double seconds) {
  if (stop_signal_received() != 0) return Command::interrupt;
  // Nothing to watch: poll() just sleeps, and a signal cuts the sleep short.
  poll_for(nullptr, 0, seconds);
  if (stop_signal_received() != 0) return Command::interrupt;
  return std::nullopt;
}

}  // namespace limber
