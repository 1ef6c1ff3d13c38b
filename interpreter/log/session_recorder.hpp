#pragma once

// Writes a run into the session log as it goes, fed like a backend by the runner's events and
// told of the patient's commands (a skip, pain): each hold, set or warm-up is written when it
// ends, as done, skipped or stopped, and each step left out before the start as skipped with
// its reason. A write that fails does not stop the patient's session: the recorder stops
// writing and keeps the reason, which the CLI reports at the end.

#include <cstdint>
#include <optional>
#include <string>

#include "interpreter/log/session_log.hpp"
#include "interpreter/run/backend.hpp"
#include "interpreter/run/controls.hpp"

namespace limber::log {

class SessionRecorder : public Backend {
 public:
  SessionRecorder(SessionLog& log, std::int64_t session) : log_(log), session_(session) {}

  void on_event(const Event& event) override;
  // A command the patient gave (through ObservedControls): a skip marks the step under way as
  // skipped; pain is written at once, without a score yet.
  void on_command(Command command);
  // The session ended: the step under way (if any) is stopped, unless it completed.
  void end(SessionEnd end, TimePoint at);
  // Records the pain score the patient gave after stopping.
  void score_pain(int score);

  bool reported_pain() const { return pain_report_.has_value(); }
  // Why the log stopped being written mid-session, if it did.
  const std::optional<std::string>& failure() const { return failure_; }

 private:
  template <typename Write>
  void write(Write&& write);
  void close_step(StepStatus status, std::string reason);

  SessionLog& log_;
  std::int64_t session_;
  std::optional<StepRecord> under_way_;
  bool skip_asked_ = false;
  double last_t_s_ = 0;
  std::optional<std::int64_t> pain_report_;
  std::optional<std::string> failure_;
};

}  // namespace limber::log
