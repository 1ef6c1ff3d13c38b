#include "interpreter/log/session_log.hpp"

#include <algorithm>
#include <array>

#include "interpreter/log/statement.hpp"

namespace limber::log {

namespace {

constexpr std::array<std::string_view, 5> end_names{"completed", "quit", "pain", "red_flag",
                                                    "interrupted"};
constexpr std::array<std::string_view, 3> status_names{"done", "skipped", "stopped"};

std::int64_t unix_seconds(TimePoint at) {
  return std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
}

TimePoint from_unix_seconds(std::int64_t seconds) {
  return TimePoint(std::chrono::seconds(seconds));
}

StepStatus status_named(const std::string& name) {
  for (std::size_t i = 0; i < status_names.size(); ++i) {
    if (status_names[i] == name) return static_cast<StepStatus>(i);
  }
  return StepStatus::done;
}

}  // namespace

std::string_view to_string(SessionEnd end) {
  return end_names[static_cast<std::size_t>(end)];
}

std::optional<SessionEnd> session_end_named(std::string_view name) {
  for (std::size_t i = 0; i < end_names.size(); ++i) {
    if (end_names[i] == name) return static_cast<SessionEnd>(i);
  }
  return std::nullopt;
}

std::string_view to_string(StepStatus status) {
  return status_names[static_cast<std::size_t>(status)];
}

bool LoggedSession::held(std::string_view condition) const {
  return std::any_of(answers.begin(), answers.end(), [&](const Answer& answer) {
    return answer.kind == "condition" && answer.name == condition && answer.answer == "yes";
  });
}

std::string routine_key(const std::string& path, const std::string& title) {
  return path + "#" + title;
}

SessionLog::SessionLog(const std::filesystem::path& path, OpenMode mode) : db_(path, mode) {}

std::int64_t SessionLog::start_session(const SessionStart& start) {
  Transaction transaction(db_, "writing the session");
  Statement session(db_,
                    "INSERT INTO sessions (routine_path, routine_title, routine_hash, "
                    "frequency_low, frequency_high, started_at) VALUES (?, ?, ?, ?, ?, ?)",
                    "recording the session's start");
  session.bind(1, start.routine_path).bind(2, start.routine_title).bind(3, start.routine_hash);
  if (start.frequency_high > 0) {
    session.bind(4, start.frequency_low).bind(5, start.frequency_high);
  } else {
    session.bind_null(4).bind_null(5);
  }
  session.bind(6, unix_seconds(start.started_at)).step();
  const std::int64_t id = sqlite3_last_insert_rowid(db_.handle());
  for (const Answer& answer : start.answers) {
    Statement(db_, "INSERT INTO answers (session_id, kind, name, answer) VALUES (?, ?, ?, ?)",
              "recording the answers")
        .bind(1, id)
        .bind(2, answer.kind)
        .bind(3, answer.name)
        .bind(4, answer.answer)
        .step();
  }
  transaction.commit();
  return id;
}

void SessionLog::record_step(std::int64_t session, const StepRecord& step) {
  Statement(db_,
            "INSERT INTO steps (session_id, t_s, exercise, display_name, step, side, round, "
            "rounds, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "recording a step")
      .bind(1, session)
      .bind(2, step.t_s)
      .bind(3, step.exercise)
      .bind(4, step.display_name)
      .bind(5, step.step)
      .bind(6, step.side)
      .bind(7, step.round)
      .bind(8, step.rounds)
      .bind(9, std::string(to_string(step.status)))
      .bind(10, step.reason)
      .step();
}

std::int64_t SessionLog::record_pain(std::int64_t session, const PainReport& report) {
  Statement pain(db_,
                 "INSERT INTO pain_reports (session_id, reported_at, t_s, exercise, score) "
                 "VALUES (?, ?, ?, ?, ?)",
                 "recording the pain report");
  pain.bind(1, session)
      .bind(2, unix_seconds(report.reported_at))
      .bind(3, report.t_s)
      .bind(4, report.exercise);
  if (report.score) {
    pain.bind(5, *report.score);
  } else {
    pain.bind_null(5);
  }
  pain.step();
  return sqlite3_last_insert_rowid(db_.handle());
}

void SessionLog::set_pain_score(std::int64_t pain_report, int score) {
  Statement(db_, "UPDATE pain_reports SET score = ? WHERE id = ?", "recording the pain score")
      .bind(1, score)
      .bind(2, pain_report)
      .step();
}

void SessionLog::end_session(std::int64_t session, SessionEnd end, TimePoint ended_at) {
  Statement(db_, "UPDATE sessions SET ended_at = ?, outcome = ? WHERE id = ?",
            "recording the session's end")
      .bind(1, unix_seconds(ended_at))
      .bind(2, std::string(to_string(end)))
      .bind(3, session)
      .step();
}

std::vector<LoggedSession> SessionLog::sessions(const std::string& routine_path_or_key) const {
  std::vector<LoggedSession> found;
  // A log nobody has written to yet has no tables to read.
  if (db_.schema_version() == 0) return found;
  Statement select(db_,
                   "SELECT id, routine_path, routine_title, routine_hash, frequency_low, "
                   "frequency_high, started_at, ended_at, outcome FROM sessions WHERE ?1 = '' "
                   "OR routine_path = ?1 OR routine_path || '#' || routine_title = ?1 "
                   "ORDER BY started_at, id",
                   "reading the sessions");
  select.bind(1, routine_path_or_key);
  while (select.step()) {
    LoggedSession session;
    session.id = select.integer(0);
    session.routine_path = select.text(1);
    session.routine_title = select.text(2);
    session.routine_hash = select.text(3);
    session.frequency_low = static_cast<int>(select.integer(4));
    session.frequency_high = static_cast<int>(select.integer(5));
    session.started_at = from_unix_seconds(select.integer(6));
    if (!select.null(7)) session.ended_at = from_unix_seconds(select.integer(7));
    if (!select.null(8)) session.outcome = session_end_named(select.text(8));
    found.push_back(std::move(session));
  }
  for (LoggedSession& session : found) {
    Statement answers(db_,
                      "SELECT kind, name, answer FROM answers WHERE session_id = ? ORDER BY rowid",
                      "reading the answers");
    answers.bind(1, session.id);
    while (answers.step()) {
      session.answers.push_back({answers.text(0), answers.text(1), answers.text(2)});
    }
    Statement steps(db_,
                    "SELECT t_s, exercise, display_name, step, side, round, rounds, status, "
                    "reason FROM steps WHERE session_id = ? ORDER BY id",
                    "reading the steps");
    steps.bind(1, session.id);
    while (steps.step()) {
      session.steps.push_back({steps.real(0), steps.text(1), steps.text(2), steps.text(3),
                               steps.text(4), static_cast<int>(steps.integer(5)),
                               static_cast<int>(steps.integer(6)), status_named(steps.text(7)),
                               steps.text(8)});
    }
    Statement pain(db_,
                   "SELECT reported_at, t_s, exercise, score FROM pain_reports WHERE "
                   "session_id = ? ORDER BY id",
                   "reading the pain reports");
    pain.bind(1, session.id);
    while (pain.step()) {
      PainReport report{from_unix_seconds(pain.integer(0)), pain.real(1), pain.text(2)};
      if (!pain.null(3)) report.score = static_cast<int>(pain.integer(3));
      session.pain.push_back(report);
    }
  }
  return found;
}

}  // namespace limber::log
