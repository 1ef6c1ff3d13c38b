#include "interpreter/run/stop_signals.hpp"

namespace limber {

namespace {

volatile std::sig_atomic_t received = 0;

void on_stop_signal(int signal) {
  received = signal;
}

}  // namespace

StopSignals::StopSignals() {
  received = 0;
  // Without SA_RESTART, so a poll() or sleep under way returns at once with EINTR.
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &saved_sigint_);
  sigaction(SIGTERM, &action, &saved_sigterm_);
  sigaction(SIGHUP, &action, &saved_sighup_);
}

StopSignals::~StopSignals() {
  sigaction(SIGINT, &saved_sigint_, nullptr);
  sigaction(SIGTERM, &saved_sigterm_, nullptr);
  sigaction(SIGHUP, &saved_sighup_, nullptr);
}

int stop_signal_received() {
  return received;
}

}  // namespace limber
