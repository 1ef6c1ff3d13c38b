#pragma once

#include <string>
#include <vector>

namespace limber::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `program args…` with `input` on stdin, without a terminal and with NO_COLOR unset, and
// collects what it printed. Used to test the real `limber` binary from the outside.
CommandResult run_command(const std::string& program, const std::vector<std::string>& args,
                          const std::string& input = "");

// Runs `program args…` with stdout and stderr on one pseudo-terminal (so `err` is empty and
// `out` has both), with `env` ("NAME=value") added to the environment.
CommandResult run_on_terminal(const std::string& program, const std::vector<std::string>& args,
                              const std::vector<std::string>& env = {});

}  // namespace limber::testing
