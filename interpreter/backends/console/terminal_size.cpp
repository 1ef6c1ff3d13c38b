#include "interpreter/backends/console/terminal_size.hpp"

#include <sys/ioctl.h>

namespace limber {

namespace {

// Set by the SIGWINCH handler, cleared by resized(): nothing else happens in the handler.
volatile std::sig_atomic_t window_changed = 0;

void on_sigwinch(int) {
  window_changed = 1;
}

}  // namespace

WatchedTerminalSize::WatchedTerminalSize(int fd) : fd_(fd) {
  window_changed = 0;
  measure();
  struct sigaction action {};
  action.sa_handler = on_sigwinch;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGWINCH, &action, &saved_);
}

WatchedTerminalSize::~WatchedTerminalSize() {
  sigaction(SIGWINCH, &saved_, nullptr);
}

bool WatchedTerminalSize::resized() {
  if (window_changed == 0) return false;
  window_changed = 0;
  measure();
  return true;
}

void WatchedTerminalSize::measure() {
  winsize size{};
  if (ioctl(fd_, TIOCGWINSZ, &size) != 0) return;
  if (size.ws_col > 0) columns_ = size.ws_col;
  if (size.ws_row > 0) rows_ = size.ws_row;
}

int terminal_columns(int fd) {
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

}  // namespace limber
