#include "interpreter/log/statement.hpp"

namespace limber::log {

Statement::Statement(const LogDatabase& db, const char* sql, std::string what)
    : db_(db), what_(std::move(what)) {
  db_.check(sqlite3_prepare_v2(db_.handle(), sql, -1, &statement_, nullptr), what_);
}

Statement& Statement::bind(int index, const std::string& text) {
  db_.check(sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                              SQLITE_TRANSIENT),
            what_);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t number) {
  db_.check(sqlite3_bind_int64(statement_, index, number), what_);
  return *this;
}

Statement& Statement::bind(int index, double number) {
  db_.check(sqlite3_bind_double(statement_, index, number), what_);
  return *this;
}

Statement& Statement::bind_null(int index) {
  db_.check(sqlite3_bind_null(statement_, index), what_);
  return *this;
}

bool Statement::step() {
  // Only a first step is made again: once rows have been read, starting over would repeat them.
  const int code = stepped_ ? sqlite3_step(statement_) : retried_while_busy([&] {
    sqlite3_reset(statement_);
    return sqlite3_step(statement_);
  });
  stepped_ = true;
  db_.check(code, what_);
  return code == SQLITE_ROW;
}

std::string Statement::text(int column) const {
  const unsigned char* value = sqlite3_column_text(statement_, column);
  return value ? reinterpret_cast<const char*>(value) : "";
}

}  // namespace limber::log
