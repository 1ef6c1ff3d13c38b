#pragma once

// What `limber run` writes into the session log, kept out of run_command.cpp: the log is
// opened before anything is asked (a log that cannot be used stops the run before the first
// step, never half-way), the session's start with its answers is written once they are known,
// the runner's events and the patient's commands go in as the session goes, and the end (with
// the pain score, asked on a terminal) when it ends.

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "interpreter/check/program.hpp"
#include "interpreter/cli/log_options.hpp"
#include "interpreter/log/session_log.hpp"
#include "interpreter/log/session_recorder.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/run/readiness.hpp"
#include "interpreter/run/runner.hpp"

namespace limber::cli {

// The screening as it went: done beforehand (--screened), asked (and its result), or neither.
struct Screening {
  bool screened_beforehand = false;
  std::optional<ScreenResult> result;
};

class RunLog {
 public:
  // Opens the log `options` choose for a run of `file`. Null when there is none to write
  // (--no-log, no home folder). On a log that cannot be used, says why on stderr and returns
  // the exit code.
  static std::variant<std::unique_ptr<RunLog>, int> open(const LogOptions& options,
                                                         const std::string& file);

  // Writes the session's start and its answers. Returns the exit code to stop with (having
  // said why) when the log cannot take it, so the session does not start unrecorded.
  std::optional<int> start(const std::string& routine_title,
                           const std::optional<Frequency>& frequency, const RoutineNeeds& needs,
                           const PlanOptions& options, const Screening& screening);
  // A red flag stopped the run before its first step: the start (with the routine's
  // `frequency`, as for any session) and the end at once.
  void record_red_flag(const std::string& routine_title, const std::optional<Frequency>& frequency,
                       const RoutineNeeds& needs, const PlanOptions& options,
                       const Screening& screening);

  // The backend the runner feeds, and the observer of the patient's commands.
  log::SessionRecorder& recorder() { return *recorder_; }

  // Writes how the session ended; after pain, on a terminal, asks for the score first. Says on
  // stderr when the log could not be written to the end, and returns false then.
  bool finish(RunOutcome outcome, bool can_ask);

 private:
  RunLog(std::unique_ptr<log::SessionLog> log, std::string path, std::string hash)
      : log_(std::move(log)), routine_path_(std::move(path)), routine_hash_(std::move(hash)) {}

  std::unique_ptr<log::SessionLog> log_;
  std::string routine_path_;
  std::string routine_hash_;
  std::unique_ptr<log::SessionRecorder> recorder_;
};

// The routine file's path as the log records it: absolute, links resolved.
std::string recorded_routine_path(const std::string& file);

// The title of the routine `wanted` names in `program` (empty: the first).
std::string routine_title_of(const Program& program, const std::string& wanted);

}  // namespace limber::cli
