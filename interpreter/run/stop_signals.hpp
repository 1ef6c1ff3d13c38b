#pragma once

// Ctrl-C (SIGINT) and SIGTERM (a logout, `kill`, a service manager) end a run the same way:
// while a StopSignals lives, either only sets a flag, which the run's waits find, so the run
// ends through ordinary code: the terminal restored, the session log told, the exit code
// chosen (130 for SIGINT, 143 for SIGTERM).

#include <csignal>

namespace limber {

class StopSignals {
 public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  struct sigaction saved_sigint_ {};
  struct sigaction saved_sigterm_ {};
};

// The last stop signal received while a StopSignals was installed (SIGINT or SIGTERM), or 0.
// It stays set after the StopSignals is gone, for the exit code.
int stop_signal_received();

}  // namespace limber
