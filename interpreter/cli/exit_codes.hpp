#pragma once

namespace limber::cli {

// The exit codes of cli.md.
enum ExitCode : int {
  exit_ok = 0,
  exit_errors = 1,         // the routine has errors; `fmt --check` found unformatted files
  exit_usage = 2,          // a usage error, or a file that cannot be read
  exit_red_flag = 3,       // a run stopped by the screening checklist
  exit_pain = 4,           // a run stopped because the patient reported pain
  exit_interrupted = 130,  // Ctrl-C (SIGINT)
  exit_hangup = 129,       // SIGHUP (the terminal closed)
  exit_terminated = 143,   // SIGTERM
};

}  // namespace limber::cli
