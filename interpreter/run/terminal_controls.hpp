#pragma once

// The patient's keys on a terminal: space pauses and resumes, n skips the current step, p
// reports pain, q quits; Ctrl-C (or SIGTERM) interrupts. The terminal is put in a mode that
// delivers each key at once without echoing it, and restored on destruction, whatever ended the
// run.

#include <termios.h>

#include <csignal>
#include <optional>

#include "interpreter/run/controls.hpp"
#include "interpreter/run/stop_signals.hpp"

namespace limber {

// The command a key stands for, if any.
std::optional<Command> command_for_key(char key);

class TerminalControls : public Controls {
 public:
  explicit TerminalControls(int fd);
  ~TerminalControls() override;
  TerminalControls(const TerminalControls&) = delete;
  TerminalControls& operator=(const TerminalControls&) = delete;

  std::optional<Command> wait(double seconds) override;

 private:
  int fd_;
  std::optional<termios> saved_;
  StopSignals signals_;  // Ctrl-C and SIGTERM end the run as an interruption
};

}  // namespace limber
