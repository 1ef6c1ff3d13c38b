#pragma once

// The size of the terminal the live view draws on, and word of it changing. Behind an interface
// so the view's tests resize a terminal that is not there.

#include <csignal>

namespace limber {

class TerminalSize {
 public:
  virtual ~TerminalSize() = default;
  virtual int columns() const = 0;
  virtual int rows() const = 0;
  // True once after each change of size (then false until the next).
  virtual bool resized() = 0;
};

// A size set by hand: tests, and output that is no terminal.
class FixedTerminalSize : public TerminalSize {
 public:
  FixedTerminalSize(int columns, int rows) : columns_(columns), rows_(rows) {}
  int columns() const override { return columns_; }
  int rows() const override { return rows_; }
  bool resized() override {
    const bool was = resized_;
    resized_ = false;
    return was;
  }
  void resize(int columns, int rows) {
    columns_ = columns;
    rows_ = rows;
    resized_ = true;
  }

 private:
  int columns_;
  int rows_;
  bool resized_ = false;
};

// The terminal on `fd`, watched for SIGWINCH while this object lives (the previous handler is
// restored after). The handler only sets a flag, which is all a signal handler may safely do;
// the view reads the new size and redraws from the run's own loop, which the signal wakes early
// (the wait for a key returns). SA_RESTART keeps the signal from failing a write under way.
class WatchedTerminalSize : public TerminalSize {
 public:
  explicit WatchedTerminalSize(int fd);
  ~WatchedTerminalSize() override;
  WatchedTerminalSize(const WatchedTerminalSize&) = delete;
  WatchedTerminalSize& operator=(const WatchedTerminalSize&) = delete;

  int columns() const override { return columns_; }
  int rows() const override { return rows_; }
  bool resized() override;

 private:
  void measure();

  int fd_;
  int columns_ = 80;
  int rows_ = 24;
  struct sigaction saved_ {};
};

// The width of the terminal on `fd` in columns, measured once; 0 when `fd` is no terminal.
int terminal_columns(int fd);

}  // namespace limber
