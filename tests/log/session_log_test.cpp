// The session log's file: created with the current schema, upgraded from an older one, and
// refused, byte for byte untouched, when it is damaged, not SQLite, someone else's database,
// of a newer limber, or locked by another run beyond the busy timeout.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>

#include "interpreter/log/log_error.hpp"
#include "interpreter/log/session_log.hpp"
#include "log_test_folder.hpp"

namespace limber::log {
namespace {

using namespace std::chrono_literals;

// Runs SQL on a file with a plain SQLite connection, as another program would.
void raw_exec(const std::filesystem::path& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &error), SQLITE_OK) << error;
  sqlite3_free(error);
  sqlite3_close(db);
}

std::string refusal(const std::filesystem::path& path, OpenMode mode = OpenMode::write) {
  try {
    SessionLog log(path, mode);
  } catch (const LogError& error) {
    return error.what();
  }
  return "(opened)";
}

SessionStart start_of(const std::string& path, TimePoint at) {
  SessionStart start;
  start.routine_path = path;
  start.routine_title = "Spine Mobility";
  start.routine_hash = "0123456789abcdef";
  start.frequency_low = 3;
  start.frequency_high = 5;
  start.started_at = at;
  start.answers = {{"condition", "flare_up", "yes"},
                   {"screen", "urgent_care", "screened beforehand"}};
  return start;
}

class SessionLogFile : public LogTest {};

TEST_F(SessionLogFile, ANewLogIsCreatedWithItsFolderAndReadBackExactly) {
  const auto path = dir_ / "deep" / "er" / "sessions.db";
  const TimePoint at = TimePoint(1'700'000'000s);
  {
    SessionLog log(path, OpenMode::write);
    const auto id = log.start_session(start_of("/r/spine.limber", at));
    log.record_step(id, {5, "cat_cow", "Cat-Cow", "hold", "", 1, 3, StepStatus::done, ""});
    const auto pain = log.record_pain(id, {at + 40s, 40, "cat_cow", std::nullopt});
    log.set_pain_score(pain, 7);
    log.end_session(id, SessionEnd::pain, at + 41s);
  }
  const SessionLog log(path, OpenMode::read_only);
  const auto sessions = log.sessions("/r/spine.limber#Spine Mobility");
  ASSERT_EQ(sessions.size(), 1u);
  const LoggedSession& s = sessions[0];
  EXPECT_EQ(s.routine_path, "/r/spine.limber");
  EXPECT_EQ(s.routine_hash, "0123456789abcdef");
  EXPECT_EQ(s.frequency_low, 3);
  EXPECT_EQ(s.frequency_high, 5);
  EXPECT_EQ(s.started_at, at);
  EXPECT_EQ(s.ended_at, at + 41s);
  EXPECT_EQ(s.outcome, SessionEnd::pain);
  EXPECT_TRUE(s.held("flare_up"));
  ASSERT_EQ(s.answers.size(), 2u);
  EXPECT_EQ(s.answers[1].answer, "screened beforehand");
  ASSERT_EQ(s.steps.size(), 1u);
  EXPECT_EQ(s.steps[0].display_name, "Cat-Cow");
  EXPECT_EQ(s.steps[0].rounds, 3);
  ASSERT_EQ(s.pain.size(), 1u);
  EXPECT_EQ(s.pain[0].score, 7);
  EXPECT_EQ(s.pain[0].reported_at, at + 40s);
  // By path: every routine of the file; another path: nothing.
  EXPECT_EQ(log.sessions("/r/spine.limber").size(), 1u);
  EXPECT_EQ(log.sessions("/r/other.limber").size(), 0u);
}

TEST_F(SessionLogFile, TwoWritersOnOneLogBothLand) {
  const auto path = dir_ / "sessions.db";
  SessionLog first(path, OpenMode::write);
  SessionLog second(path, OpenMode::write);
  const auto a = first.start_session(start_of("/r/a.limber", TimePoint(100s)));
  const auto b = second.start_session(start_of("/r/b.limber", TimePoint(101s)));
  first.end_session(a, SessionEnd::completed, TimePoint(200s));
  second.end_session(b, SessionEnd::quit, TimePoint(201s));
  const auto sessions = SessionLog(path, OpenMode::read_only).sessions();
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_EQ(sessions[0].outcome, SessionEnd::completed);
  EXPECT_EQ(sessions[1].outcome, SessionEnd::quit);
}

TEST_F(SessionLogFile, AnOlderSchemaIsUpgraded) {
  // Version 0: the version table exists but nothing was ever migrated.
  const auto path = dir_ / "sessions.db";
  raw_exec(path, "CREATE TABLE schema_version (version INTEGER NOT NULL)");
  SessionLog log(path, OpenMode::write);
  log.start_session(start_of("/r/a.limber", TimePoint(100s)));
  EXPECT_EQ(log.sessions().size(), 1u);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  sqlite3_prepare_v2(db, "SELECT group_concat(version) FROM schema_version", -1, &statement,
                     nullptr);
  ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)), "1");
  sqlite3_finalize(statement);
  sqlite3_close(db);
}

TEST_F(SessionLogFile, ALogOfANewerLimberIsRefusedUntouched) {
  const auto path = dir_ / "sessions.db";
  raw_exec(path,
           "CREATE TABLE schema_version (version INTEGER NOT NULL);"
           "INSERT INTO schema_version VALUES (2)");
  const std::string before = bytes(path);
  EXPECT_EQ(refusal(path),
            "the session log " + path.string() +
                " was written by a newer limber (schema version 2; this limber knows up to "
                "version 1). It was left as it is: update limber, or choose another file with "
                "--log PATH");
  EXPECT_EQ(bytes(path), before);
}

TEST_F(SessionLogFile, AFileThatIsNotSQLiteIsRefusedUntouched) {
  const auto path = dir_ / "sessions.db";
  std::string text;
  for (int i = 0; i < 200; ++i) text += "this is my shopping list, not a database\n";
  write(path, text);
  EXPECT_EQ(refusal(path),
            "the session log " + path.string() +
                " is damaged or is not an SQLite database (it does not start with an SQLite "
                "header). It was left exactly as it is: move it aside to start a new log, or "
                "choose another file with --log PATH");
  EXPECT_EQ(refusal(path, OpenMode::read_only), refusal(path));
  EXPECT_EQ(bytes(path), text);
}

TEST_F(SessionLogFile, ADamagedLogIsRefusedUntouched) {
  const auto path = dir_ / "sessions.db";
  {
    SessionLog log(path, OpenMode::write);
    for (int i = 0; i < 200; ++i) log.start_session(start_of("/r/a.limber", TimePoint(100s)));
  }
  // Its pages past the first overwritten: the header is right, the rest is not.
  std::string damaged = bytes(path);
  ASSERT_GT(damaged.size(), 8192u);
  for (std::size_t i = 4096; i < damaged.size(); ++i) damaged[i] = static_cast<char>(i * 7);
  write(path, damaged);
  // In limber's words, on one line: not SQLite's own report ("Page 3: btreeInitPage() returns
  // error code 11", over several lines).
  EXPECT_EQ(refusal(path),
            "the session log " + path.string() +
                " is damaged or is not an SQLite database (SQLite found its contents broken). It "
                "was left exactly as it is: move it aside to start a new log, or choose another "
                "file with --log PATH");
  EXPECT_EQ(refusal(path, OpenMode::read_only), refusal(path));
  EXPECT_EQ(bytes(path), damaged);
}

TEST_F(SessionLogFile, SomeoneElsesDatabaseIsRefusedUntouched) {
  const auto path = dir_ / "recipes.db";
  raw_exec(path, "CREATE TABLE recipes (name TEXT)");
  const std::string before = bytes(path);
  EXPECT_EQ(refusal(path), path.string() +
                               " is an SQLite database but not a limber session log (it has no "
                               "schema_version table). It was left as it is: choose another "
                               "file with --log PATH");
  EXPECT_EQ(bytes(path), before);
}

TEST_F(SessionLogFile, ALogLockedByAnotherProgramWaitsThenSaysSo) {
  const auto path = dir_ / "sessions.db";
  { SessionLog log(path, OpenMode::write); }
  const std::string before = bytes(path);
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
  const auto started = std::chrono::steady_clock::now();
  std::string why;
  try {
    SessionLog log(path, OpenMode::write);
    log.start_session(start_of("/r/a.limber", TimePoint(100s)));
  } catch (const LogError& error) {
    why = error.what();
  }
  const auto waited = std::chrono::steady_clock::now() - started;
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_EQ(why, "the session log " + path.string() +
                     " is in use by another program and stayed locked for 2 seconds; close "
                     "that program or try again");
  EXPECT_GE(waited, 1900ms);
  EXPECT_EQ(bytes(path), before);
}

}  // namespace
}  // namespace limber::log
