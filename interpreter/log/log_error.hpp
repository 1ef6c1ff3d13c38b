#pragma once

// Why the session log cannot be used, in words for whoever runs limber: the file, what is wrong
// with it and what to do. Thrown by the log; the CLI prints it and stops before the first step.

#include <stdexcept>
#include <string>

namespace limber::log {

class LogError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace limber::log
