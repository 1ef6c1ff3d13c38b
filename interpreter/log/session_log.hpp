#pragma once

// The session log: what each real run did, written as it happens (one transaction per event,
// so a run killed mid-session keeps every row already written), and read back for `limber
// history` and for the progression the patient has earned.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "interpreter/log/log_database.hpp"

namespace limber::log {

using Clock = std::chrono::system_clock;
using TimePoint = Clock::time_point;

// How a session ended. A session with no end was killed or lost its machine mid-way.
enum class SessionEnd { completed, quit, pain, red_flag, interrupted };
std::string_view to_string(SessionEnd end);
std::optional<SessionEnd> session_end_named(std::string_view name);

enum class StepStatus { done, skipped, stopped };
std::string_view to_string(StepStatus status);

// One answer given before the first step: a condition ("yes"/"no") or a flag of the screening
// checklist ("yes"/"no", or "screened beforehand" for --screened).
struct Answer {
  std::string kind;  // "condition" or "screen"
  std::string name;
  std::string answer;
};

struct SessionStart {
  std::string routine_path;   // absolute
  std::string routine_title;  // empty for a file's implicit routine
  std::string routine_hash;   // of the file's text, to tell when the routine was edited
  int frequency_low = 0;      // the routine's `frequency` per week; 0 when it has none
  int frequency_high = 0;
  TimePoint started_at;
  std::vector<Answer> answers;
};

// A hold, a set of reps or a warm-up: done, skipped (left out by a condition or `optional`,
// or skipped by the patient with `n`), or stopped (under way when the session ended).
struct StepRecord {
  double t_s = 0;  // when it started (or would have), in routine time
  std::string exercise;
  std::string display_name;
  std::string step;  // "hold", "reps", "warmup"; empty for a step left out before the start
  std::string side;
  int round = 0;
  int rounds = 0;
  StepStatus status = StepStatus::done;
  std::string reason;  // skipped: "unless flare_up", "optional", "skipped by the patient"
};

struct PainReport {
  TimePoint reported_at;
  double t_s = 0;
  std::string exercise;      // what was under way, or empty
  std::optional<int> score;  // 0–10; none when nobody could be asked
};

// A session as read back.
struct LoggedSession {
  std::int64_t id = 0;
  std::string routine_path;
  std::string routine_title;
  std::string routine_hash;
  int frequency_low = 0;
  int frequency_high = 0;
  TimePoint started_at;
  std::optional<TimePoint> ended_at;
  std::optional<SessionEnd> outcome;  // none: the session never ended (killed)
  std::vector<Answer> answers;
  std::vector<StepRecord> steps;
  std::vector<PainReport> pain;

  // The conditions answered yes.
  bool held(std::string_view condition) const;
};

// "PATH#TITLE": one routine of one file, which is what progression and history follow.
std::string routine_key(const std::string& path, const std::string& title);

class SessionLog {
 public:
  // Throws LogError when the file cannot be used (see LogDatabase).
  SessionLog(const std::filesystem::path& path, OpenMode mode);

  // Each write is its own transaction and throws LogError when it fails.
  std::int64_t start_session(const SessionStart& start);
  void record_step(std::int64_t session, const StepRecord& step);
  std::int64_t record_pain(std::int64_t session, const PainReport& report);
  void set_pain_score(std::int64_t pain_report, int score);
  void end_session(std::int64_t session, SessionEnd end, TimePoint ended_at);

  // The sessions of `routine_path_or_key` (a path: every routine of that file; a
  // routine_key(): that routine), or every session when it is empty; oldest first.
  std::vector<LoggedSession> sessions(const std::string& routine_path_or_key = "") const;

 private:
  LogDatabase db_;
};

}  // namespace limber::log
