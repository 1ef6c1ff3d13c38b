#pragma once

// The console without a terminal (or with --plain): one readable line per event, stamped with
// its scheduled time, so a log or a screen reader gets the whole session in order.

#include <ostream>
#include <string>

#include "interpreter/run/backend.hpp"

namespace limber {

// "[MM:SS]", or "[H:MM:SS]" past an hour.
std::string clock_stamp(double seconds);

// The line (or lines: an exercise brings its cue and feel, the end its advice) an event prints
// as, each ending in a newline.
std::string plain_lines(const Event& event);

class PlainConsoleBackend : public Backend {
 public:
  explicit PlainConsoleBackend(std::ostream& out) : out_(out) {}
  void on_event(const Event& event) override;

 private:
  std::ostream& out_;
};

}  // namespace limber
