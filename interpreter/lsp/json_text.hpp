#pragma once

// JSON text written straight into a string, byte for byte as nlohmann::json's
// dump(-1, ' ', false, error_handler_t::replace) would write the same value: the server's big
// replies (every diagnostic of a 10 MB document) are written without first building a tree of
// nlohmann::json values, which took ten times the memory of the text it became.
//
// The caller writes an object's keys in the order nlohmann::json keeps them, sorted as
// std::string compares; the tests compare the text with dump() to hold that.

#include <cstdint>
#include <string>
#include <string_view>

#include "interpreter/lsp/json_rpc.hpp"

namespace limber::lsp {

// Appends `text` as a JSON string (quoted and escaped). Text that is not UTF-8 is written as
// dump() writes it with error_handler_t::replace, each bad sequence as U+FFFD.
void append_json_string(std::string& out, std::string_view text);

class JsonWriter {
 public:
  // Writes after what `out` holds already (the room for a frame's header, say).
  explicit JsonWriter(std::string out = {}) : out_(std::move(out)), start_(out_.size()) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // An object's key; its value is written next.
  void key(std::string_view name);

  void string(std::string_view text);
  void number(std::int64_t value);
  void boolean(bool value);
  // Any value already built as nlohmann::json.
  void value(const Json& value);

  // A value written already as JSON text (by another writer), put in as it is.
  void raw(std::string_view json);

  // Room for `bytes` more, when the caller knows about how much it will write.
  void reserve(std::size_t bytes) { out_.reserve(out_.size() + bytes); }

  // Where the JSON text starts: after what the writer was given.
  std::size_t start() const { return start_; }
  // The text written, with what the writer was given to start from.
  std::string take() && { return std::move(out_); }
  std::size_t size() const { return out_.size(); }
  // Gives `sink` the text written so far and goes on from empty, as if it were still there: a
  // long text written out a piece at a time.
  template <typename Sink>
  void hand_over(Sink&& sink) {
    sink(std::string_view(out_));
    out_.clear();
    start_ = 0;
  }

 private:
  void open(char bracket);
  void close(char bracket);
  // Before a value or key: the comma after the one before it in the same object or array.
  void separate();
  void unsigned_number(std::uint64_t value);
  template <typename Integer>
  void integer(Integer value);

  std::string out_;
  std::size_t start_ = 0;
  bool after_item_ = false;
};

}  // namespace limber::lsp
