#pragma once

// Ctrl-C (SIGINT), SIGTERM (a logout, `kill`, a service manager) and SIGHUP (the terminal
// window closed, an ssh connection lost) end a run the same way: while a StopSignals lives,
// each only sets a flag, which the run's waits find, so the run ends through ordinary code:
// the terminal restored, the session log told, the exit code chosen (130 for SIGINT, 143 for
// SIGTERM, 129 for SIGHUP). Left to its default, SIGHUP would kill the run mid-step and leave
// the session without an end in the log.

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
  struct sigaction saved_sighup_ {};
};

// The last stop signal received while a StopSignals was installed (SIGINT, SIGTERM or
// SIGHUP), or 0.
// It stays set after the StopSignals is gone, for the exit code.
int stop_signal_received();

}  // namespace limber
