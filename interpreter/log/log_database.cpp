#include "interpreter/log/log_database.hpp"

#include <fmt/format.h>
#include <sys/resource.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "interpreter/log/log_error.hpp"
#include "interpreter/log/schema.hpp"
#include "interpreter/log/statement.hpp"

namespace limber::log {

namespace {

namespace fs = std::filesystem;

std::string damaged(const fs::path& path, std::string_view detail) {
  return fmt::format(
      "the session log {} is damaged or is not an SQLite database ({}). It was left exactly as "
      "it is: move it aside to start a new log, or choose another file with --log PATH",
      path.string(), detail);
}

// SQLite's own account of a damaged file ("*** in database main *** / Page 3: btreeInitPage()
// returns error code 11", over many lines) means nothing to whoever runs limber: it is left out.
constexpr std::string_view found_broken = "SQLite found its contents broken";

std::string locked(const fs::path& path) {
  return fmt::format(
      "the session log {} is in use by another program and stayed locked for {} seconds; close "
      "that program or try again",
      path.string(), busy_timeout_ms / 1000);
}

// A full disk loses nothing already recorded: SQLite's transactions land whole or not at all.
std::string full(const fs::path& path) {
  return fmt::format(
      "cannot write the session log {}: the disk is full. The sessions recorded before are "
      "kept; free some space on the disk, or choose another file with --log PATH",
      path.string());
}

std::string too_big(const fs::path& path) {
  return fmt::format(
      "cannot write the session log {}: it would grow past the largest file this system allows "
      "(ulimit -f). The sessions recorded before are kept; raise the limit, or choose another "
      "file with --log PATH",
      path.string());
}

std::string refused(const fs::path& path, std::string_view detail) {
  return fmt::format(
      "cannot write the session log {}: the disk refused the write ({}). The sessions recorded "
      "before are kept; check that the disk has room, or choose another file with --log PATH",
      path.string(), detail);
}

// The I/O errors of writing: a file or its write-ahead log growing, flushed or resized.
bool writing(int extended_code) {
  switch (extended_code) {
    case SQLITE_IOERR_WRITE:
    case SQLITE_IOERR_FSYNC:
    case SQLITE_IOERR_DIR_FSYNC:
    case SQLITE_IOERR_TRUNCATE:
    case SQLITE_IOERR_SHMSIZE:
      return true;
    default:
      return false;
  }
}

// Whether this process may grow a file only so far (`ulimit -f`), which is then the likely
// reason a write failed.
bool file_size_limited() {
  rlimit limit{};
  return ::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY;
}

// Every SQLite file starts with these 16 bytes. Checked before SQLite sees the file, so that a
// file of something else is refused without SQLite ever being asked to open it for writing.
constexpr std::array<char, 16> sqlite_header{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                             'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

void refuse_what_is_not_sqlite(const fs::path& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    throw LogError(fmt::format("the session log {} is a folder; choose a file with --log PATH",
                               path.string()));
  }
  const auto size = fs::file_size(path, error);
  // An empty file is an empty database to SQLite (`touch sessions.db`): nothing to lose.
  if (error || size == 0) return;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw LogError(
        fmt::format("cannot read the session log {}: {}", path.string(), std::strerror(errno)));
  }
  std::array<char, 16> header{};
  in.read(header.data(), header.size());
  if (in.gcount() != static_cast<std::streamsize>(header.size()) || header != sqlite_header) {
    throw LogError(damaged(path, "it does not start with an SQLite header"));
  }
}

}  // namespace

LogDatabase::LogDatabase(const fs::path& path, OpenMode mode) : path_(path) {
  std::error_code error;
  const bool existed = fs::exists(path, error);
  if (mode == OpenMode::read_only && !existed) {
    throw LogError(fmt::format("there is no session log at {}", path.string()));
  }
  if (existed) refuse_what_is_not_sqlite(path);
  int flags = mode == OpenMode::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (!existed) {
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), error);
    if (error) {
      throw LogError(fmt::format("cannot create the session log's folder {}: {}",
                                 path.parent_path().string(), error.message()));
    }
    flags |= SQLITE_OPEN_CREATE;
  }
  const int opened = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (opened != SQLITE_OK) {
    const std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(opened);
    sqlite3_close(db_);
    db_ = nullptr;
    throw LogError(fmt::format("cannot open the session log {}: {}", path.string(), detail));
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, busy_timeout_ms);
  try {
    if (existed) {
      // Reads every page's structure without changing a byte: a damaged log is refused here,
      // before anything could be written into it.
      Statement quick_check(*this, "PRAGMA quick_check", "checking the log");
      if (!quick_check.step() || quick_check.text(0) != "ok") {
        throw LogError(damaged(path, found_broken));
      }
      refuse_what_is_not_a_limber_log();
    }
    const int version = schema_version();
    if (version > current_schema_version) {
      throw LogError(fmt::format(
          "the session log {} was written by a newer limber (schema version {}; this limber "
          "knows up to version {}). It was left as it is: update limber, or choose another file "
          "with --log PATH",
          path.string(), version, current_schema_version));
    }
    if (mode == OpenMode::write) {
      // Write-ahead logging: each event's transaction is on disk when it commits, a killed run
      // loses nothing committed, and readers never block the run that writes.
      exec("PRAGMA journal_mode=WAL", "switching the log to write-ahead logging");
      exec("PRAGMA synchronous=FULL", "setting up the log");
      exec("PRAGMA foreign_keys=ON", "setting up the log");
      migrate();
    }
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

LogDatabase::~LogDatabase() {
  sqlite3_close(db_);
}

void LogDatabase::check(int code, const std::string& what) const {
  switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
      return;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw LogError(locked(path_));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw LogError(damaged(path_, found_broken));
    case SQLITE_FULL:
      throw LogError(full(path_));
    case SQLITE_IOERR:
      if (writing(code)) {
        // SQLite calls a full disk SQLITE_FULL only when the system said ENOSPC; a quota
        // (EDQUOT) or a file-size limit (EFBIG) is a plain I/O error, and by the time it is
        // reported SQLite has usually lost the system's reason (sqlite3_system_errno is 0).
        const int error = sqlite3_system_errno(db_);
        if (error == ENOSPC || error == EDQUOT) throw LogError(full(path_));
        if (error == EFBIG || file_size_limited()) throw LogError(too_big(path_));
        throw LogError(refused(path_, sqlite3_errmsg(db_)));
      }
      throw LogError(fmt::format("the session log {}: {} failed: {}", path_.string(), what,
                                 sqlite3_errmsg(db_)));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      throw LogError(fmt::format("cannot write the session log {}: you may not write it ({})",
                                 path_.string(), sqlite3_errmsg(db_)));
    default:
      throw LogError(fmt::format("the session log {}: {} failed: {}", path_.string(), what,
                                 sqlite3_errmsg(db_)));
  }
}

void LogDatabase::exec(const std::string& sql, const std::string& what) const {
  check(
      retried_while_busy([&] { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }),
      what);
}

// A database of someone else's tables is not ours to add to.
void LogDatabase::refuse_what_is_not_a_limber_log() const {
  Statement tables(*this,
                   "SELECT count(*), count(CASE name WHEN 'schema_version' THEN 1 END) "
                   "FROM sqlite_schema WHERE type = 'table'",
                   "reading the log's tables");
  tables.step();
  if (tables.integer(0) > 0 && tables.integer(1) == 0) {
    throw LogError(fmt::format(
        "{} is an SQLite database but not a limber session log (it has no schema_version "
        "table). It was left as it is: choose another file with --log PATH",
        path_.string()));
  }
}

int LogDatabase::schema_version() const {
  sqlite3_stmt* statement = nullptr;
  const int prepared =
      sqlite3_prepare_v2(db_, "SELECT max(version) FROM schema_version", -1, &statement, nullptr);
  // No table yet: a new, empty log.
  if (prepared != SQLITE_OK) {
    sqlite3_finalize(statement);
    if ((prepared & 0xff) == SQLITE_ERROR) return 0;
    check(prepared, "reading the log's schema version");
  }
  // Busy at once while another run creates the log: asked again, within the time.
  const int stepped = retried_while_busy([&] {
    sqlite3_reset(statement);
    return sqlite3_step(statement);
  });
  const int version = stepped == SQLITE_ROW ? sqlite3_column_int(statement, 0) : 0;
  sqlite3_finalize(statement);
  check(stepped, "reading the log's schema version");
  return version;
}

void LogDatabase::migrate() {
  // IMMEDIATE takes the write lock at once, so of two runs opening a new log together one
  // migrates and the other, once it gets the lock, finds the work done.
  Transaction transaction(*this, "upgrading the log");
  exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", "upgrading the log");
  const auto& steps = migrations();
  for (int version = schema_version(); version < current_schema_version; ++version) {
    exec(std::string(steps[static_cast<std::size_t>(version)]), "upgrading the log");
    exec("DELETE FROM schema_version", "upgrading the log");
    exec(fmt::format("INSERT INTO schema_version (version) VALUES ({})", version + 1),
         "upgrading the log");
  }
  transaction.commit();
}

}  // namespace limber::log
