#pragma once

// One prepared SQLite statement, finalized however the scope is left, with positional binds
// and checked steps (errors become LogError through the database).

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include "interpreter/log/log_database.hpp"

namespace limber::log {

class Statement {
 public:
  Statement(const LogDatabase& db, const char* sql, std::string what);
  ~Statement() { sqlite3_finalize(statement_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, const std::string& text);
  Statement& bind(int index, std::int64_t number);
  Statement& bind(int index, int number) { return bind(index, static_cast<std::int64_t>(number)); }
  Statement& bind(int index, double number);
  Statement& bind_null(int index);

  // Steps once: true with a row to read, false when done. A first step that finds the log busy
  // is made again (retried_while_busy).
  bool step();
  std::string text(int column) const;
  std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
  double real(int column) const { return sqlite3_column_double(statement_, column); }
  bool null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

 private:
  const LogDatabase& db_;
  sqlite3_stmt* statement_ = nullptr;
  std::string what_;
  bool stepped_ = false;
};

}  // namespace limber::log
