#pragma once

// Controls that pass on another's commands and tell an observer of each one first, so the
// session log learns of a skip or a pain report without the runner knowing the log exists.

#include <functional>
#include <utility>

#include "interpreter/run/controls.hpp"

namespace limber {

class ObservedControls : public Controls {
 public:
  ObservedControls(Controls& inner, std::function<void(Command)> observer)
      : inner_(inner), observer_(std::move(observer)) {}

  std::optional<Command> wait(double seconds) override {
    const std::optional<Command> command = inner_.wait(seconds);
    if (command) observer_(*command);
    return command;
  }

 private:
  Controls& inner_;
  std::function<void(Command)> observer_;
};

}  // namespace limber
