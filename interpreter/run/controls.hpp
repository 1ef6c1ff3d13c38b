#pragma once

// What the patient can do during a run: pause and resume, skip the current step, report pain,
// quit; and Ctrl-C. The runner asks for commands while it waits, so a key acts at once.

#include <optional>

namespace limber {

enum class Command { pause, skip, pain, quit, interrupt };

class Controls {
 public:
  virtual ~Controls() = default;
  // Waits up to `seconds` of real time for a command; none when the time passed quietly.
  virtual std::optional<Command> wait(double seconds) = 0;
};

}  // namespace limber
