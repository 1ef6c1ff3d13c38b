#pragma once

// The SQLite file behind the session log: opened without ever being created over something
// else, checked before anything is written (an SQLite header, `PRAGMA quick_check`, a schema
// this limber knows), switched to write-ahead logging so a killed run loses at most the row in
// progress and two runs can write at once, and migrated to the current schema version.

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <utility>

namespace limber::log {

// The schema this limber writes. A log of a later version is refused, never downgraded.
inline constexpr int current_schema_version = 1;

// How long a write waits for another run holding the log before it gives up.
inline constexpr int busy_timeout_ms = 2000;

// SQLite answers some collisions with SQLITE_BUSY at once, without its busy handler: two runs
// that open a new log together, one switching it to write-ahead logging while the other reads
// its schema; or a write of one run that began reading before the other's write landed
// (SQLITE_BUSY_SNAPSHOT). An attempt that was busy did nothing, so it is made again, within the
// same time a locked log is waited for. Returns the last attempt's result code.
template <typename Attempt>
int retried_while_busy(Attempt attempt) {
  const auto give_up =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  int code = attempt();
  while ((code & 0xff) == SQLITE_BUSY && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    code = attempt();
  }
  return code;
}

enum class OpenMode {
  write,      // create the file (and its folder) when missing; migrate it to the current schema
  read_only,  // never create or change anything; the file must exist
};

class LogDatabase {
 public:
  // Throws LogError naming `path` when the file is not a usable limber log.
  LogDatabase(const std::filesystem::path& path, OpenMode mode);
  ~LogDatabase();
  LogDatabase(const LogDatabase&) = delete;
  LogDatabase& operator=(const LogDatabase&) = delete;

  sqlite3* handle() const { return db_; }
  const std::filesystem::path& path() const { return path_; }
  int schema_version() const;

  // Runs `sql` (no results); throws LogError naming the file and `what` on failure.
  void exec(const std::string& sql, const std::string& what) const;
  // Throws LogError for an SQLite result code other than OK/DONE/ROW, saying what failed.
  void check(int code, const std::string& what) const;

 private:
  void refuse_what_is_not_a_limber_log() const;
  void migrate();

  std::filesystem::path path_;
  sqlite3* db_ = nullptr;
};

// A run of writes that land together or not at all: BEGIN IMMEDIATE (the write lock at once),
// rolled back unless committed however the scope is left. `what` names the writes in errors.
class Transaction {
 public:
  Transaction(const LogDatabase& db, std::string what) : db_(db), what_(std::move(what)) {
    db_.exec("BEGIN IMMEDIATE", what_);
  }
  ~Transaction() {
    if (!committed_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit() {
    db_.exec("COMMIT", what_);
    committed_ = true;
  }

 private:
  const LogDatabase& db_;
  std::string what_;
  bool committed_ = false;
};

}  // namespace limber::log
