#pragma once

#include <string>
#include <utility>
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

// Like run_on_terminal, and types `input` on the terminal as the program starts (the
// terminal's line discipline holds it until the program reads, and echoes it into `out`),
// then end-of-input (Ctrl-D), so a program that asks more than expected ends instead of
// waiting forever.
CommandResult run_on_terminal_with_input(const std::string& program,
                                         const std::vector<std::string>& args,
                                         const std::string& input,
                                         const std::vector<std::string>& env = {});

// Runs `program args…` on a pseudo-terminal as a conversation: for each step, waits until the
// screen shows its text (after where the previous step's text was seen), then types its keys.
// The program is killed after `timeout_s`, and the output then ends with "[timed out]". With
// `columns`, the terminal reports that width (otherwise no size at all).
CommandResult run_on_terminal_conversation(
    const std::string& program, const std::vector<std::string>& args,
    const std::vector<std::pair<std::string, std::string>>& steps, double timeout_s = 20,
    int columns = 0);

// Like run_on_terminal, but types `keys` on the terminal only once the program has printed
// `wait_for`, for a program that reads keys while it runs. Gives up after `timeout_s`
// seconds (the program is then killed, and `out` ends with "[timed out]").
CommandResult run_on_terminal_typing_after(const std::string& program,
                                           const std::vector<std::string>& args,
                                           const std::string& wait_for, const std::string& keys,
                                           double timeout_s = 20);

}  // namespace limber::testing
