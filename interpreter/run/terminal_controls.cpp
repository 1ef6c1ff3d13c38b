#include "interpreter/run/terminal_controls.hpp"

#include <unistd.h>

#include <cerrno>

#include "interpreter/run/poll_for.hpp"

namespace limber {

std::optional<Command> command_for_key(char key) {
  switch (key) {
    case ' ':
      return Command::pause;
    case 'n':
    case 'N':
      return Command::skip;
    case 'p':
    case 'P':
      return Command::pain;
    case 'q':
    case 'Q':
      return Command::quit;
    default:
      return std::nullopt;
  }
}

TerminalControls::TerminalControls(int fd) : fd_(fd) {
  termios mode{};
  if (tcgetattr(fd_, &mode) == 0) {
    saved_ = mode;
    // Keys one at a time, unechoed; ISIG stays on so Ctrl-C still raises SIGINT. TCSANOW
    // keeps whatever was typed already.
    mode.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);
    mode.c_cc[VMIN] = 0;
    mode.c_cc[VTIME] = 0;
    tcsetattr(fd_, TCSANOW, &mode);
  }
}

TerminalControls::~TerminalControls() {
  if (saved_) tcsetattr(fd_, TCSANOW, &*saved_);
}

std::optional<Command> TerminalControls::wait(double seconds) {
  if (stop_signal_received() != 0) return Command::interrupt;
  pollfd watched{fd_, POLLIN, 0};
  const int ready = poll_for(&watched, 1, seconds);
  if (stop_signal_received() != 0) return Command::interrupt;
  if (ready <= 0) return std::nullopt;
  char key = 0;
  const ssize_t n = read(fd_, &key, 1);
  // The terminal went away (hang-up): nobody is there to guide any more.
  if (n == 0 && (watched.revents & POLLHUP)) return Command::interrupt;
  if (n != 1) return std::nullopt;
  return command_for_key(key);
}

}  // namespace limber
