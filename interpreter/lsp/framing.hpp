#pragma once

// LSP's base protocol on a byte stream: `Content-Length: N` (and optionally `Content-Type`)
// header lines ending in CRLF, a blank line, then exactly N bytes of JSON.

#include <iosfwd>
#include <optional>
#include <string>

#include "interpreter/lsp/json_rpc.hpp"
#include "interpreter/lsp/json_text.hpp"

namespace limber::lsp {

// What one read gives: a message, a frame that could not be read (its error is to be sent and
// the stream read on), or the end of the stream.
struct Frame {
  enum class Kind { message, malformed, end } kind = Kind::end;
  Json message;         // kind == message
  Json error_response;  // kind == malformed: the JSON-RPC error to answer with
};

// The largest body accepted: a routine is text, and a header asking for more is a mistake that
// would otherwise make the server wait for bytes that never come or run out of memory.
inline constexpr std::size_t max_body_bytes = 64u * 1024u * 1024u;

// One message to send, framed: its JSON text with the header before it in one string, so that
// it is written at once and a large body is never copied to put a header in front of it.
class Message {
 public:
  // A message built as a JSON value.
  explicit Message(const Json& value);
  // A message written with a JsonWriter. One from writer() has room for the header before its
  // text; any other is moved along to make room.
  explicit Message(JsonWriter&& written);
  static JsonWriter writer();

  Message(Message&&) = default;
  Message& operator=(Message&&) = default;
  // A copy of a whole reply is what this saves; asking for one is a mistake.
  Message(const Message&) = delete;
  Message& operator=(const Message&) = delete;

  // The JSON text alone.
  std::string_view body() const;
  // `Content-Length: N`, the blank line, then the body.
  std::string_view frame() const;

 private:
  std::string text_;  // unused room, the header, the body
  std::size_t frame_start_ = 0;
  std::size_t body_start_ = 0;
};

// Reads one frame. A header without a valid Content-Length, or a body longer than the limit,
// answers -32600 (the header's bytes are skipped); a body that is not JSON answers -32700; a
// body that is JSON but not an object or array answers -32600.
Frame read_frame(std::istream& in);

// Writes one message with its header and flushes, so the client sees it at once.
void write_frame(std::ostream& out, const Message& message);
void write_frame(std::ostream& out, const Json& message);

}  // namespace limber::lsp
