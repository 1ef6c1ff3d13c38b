#include "interpreter/log/schema.hpp"

namespace limber::log {

namespace {

// Version 1. Times are Unix seconds (UTC); `t_s` is the routine time from the session's start.
// A session's `outcome` stays NULL until it ends, so a run that was killed shows as unfinished.
constexpr std::string_view version_1 = R"sql(
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  routine_path TEXT NOT NULL,
  routine_title TEXT NOT NULL,
  routine_hash TEXT NOT NULL,
  frequency_low INTEGER,
  frequency_high INTEGER,
  started_at INTEGER NOT NULL,
  ended_at INTEGER,
  outcome TEXT CHECK (outcome IN ('completed', 'quit', 'pain', 'red_flag', 'interrupted'))
);
CREATE INDEX sessions_by_routine ON sessions (routine_path, started_at);
CREATE TABLE answers (
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  kind TEXT NOT NULL CHECK (kind IN ('condition', 'screen')),
  name TEXT NOT NULL,
  answer TEXT NOT NULL
);
CREATE TABLE steps (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  t_s REAL NOT NULL,
  exercise TEXT NOT NULL,
  display_name TEXT NOT NULL,
  step TEXT NOT NULL,
  side TEXT NOT NULL,
  round INTEGER NOT NULL,
  rounds INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'stopped')),
  reason TEXT NOT NULL
);
CREATE TABLE pain_reports (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  reported_at INTEGER NOT NULL,
  t_s REAL NOT NULL,
  exercise TEXT NOT NULL,
  score INTEGER CHECK (score BETWEEN 0 AND 10)
);
)sql";

}  // namespace

const std::vector<std::string_view>& migrations() {
  static const std::vector<std::string_view> all{version_1};
  return all;
}

}  // namespace limber::log
