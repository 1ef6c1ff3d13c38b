#pragma once

// LSP's base protocol on a byte stream: `Content-Length: N` (and optionally `Content-Type`)
// header lines ending in CRLF, a blank line, then exactly N bytes of JSON.

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

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

// What writes a long part of a message when it is sent, a piece at a time to the sink it is
// given.
using Sink = std::function<void(std::string_view)>;
using Pieces = std::function<void(const Sink&)>;

// One message to send, framed: its JSON text with the header before it in one string, so that
// it is written at once and a large body is never copied to put a header in front of it.
//
// A body too big to hold (the diagnostics of a 10 MB document are 20 MB of JSON) is streamed:
// the message holds the text around its long part, and the part is written by `Pieces` when
// the message is sent, its length known beforehand for the header.
class Message {
 public:
  // A message built as a JSON value.
  explicit Message(const Json& value);
  // A message written with a JsonWriter. One from writer() has room for the header before its
  // text; any other is moved along to make room.
  explicit Message(JsonWriter&& written);
  // A streamed message: what `around` wrote, with `middle_bytes` bytes written by `middle` put
  // in at the byte `at` of it (a size() of the writer). When `middle` writes fewer bytes, or
  // throws, the rest is spaces; what it writes past `middle_bytes` is dropped: the frame keeps
  // the length its header says, so that the messages after it are still read right.
  Message(JsonWriter&& around, std::size_t at, std::size_t middle_bytes, Pieces middle);
  static JsonWriter writer();

  Message(Message&&) = default;
  Message& operator=(Message&&) = default;
  // A copy of a whole reply is what this saves; asking for one is a mistake.
  Message(const Message&) = delete;
  Message& operator=(const Message&) = delete;

  // The JSON text alone. A streamed message is written out whole for this (for tests).
  std::string_view body() const;
  // `Content-Length: N`, the blank line, then the body; written whole as body() is.
  std::string_view frame() const;
  // Writes the frame to `out`, a streamed one a piece at a time, and flushes, so the client sees
  // it at once.
  void write_to(std::ostream& out) const;

 private:
  void frame_header(std::size_t body_bytes);
  // Writes the frame through `sink`.
  void write_frame_to(const Sink& sink) const;

  std::string text_;  // unused room, the header, the body (around the middle, when streamed)
  std::size_t frame_start_ = 0;
  std::size_t body_start_ = 0;
  // A streamed message's long part, and where it goes in text_.
  Pieces middle_;
  std::size_t middle_at_ = 0;
  std::size_t middle_bytes_ = 0;
  mutable std::string whole_;  // a streamed message written whole, once body() or frame() asks
};

// Reads one frame. A header without a valid Content-Length, or a body longer than the limit,
// answers -32600 (the header's bytes are skipped); a body that is not JSON answers -32700; a
// body that is JSON but not an object or array answers -32600.
Frame read_frame(std::istream& in);

// Writes a message built as a JSON value with its header, and flushes (Message::write_to).
void write_frame(std::ostream& out, const Json& message);

}  // namespace limber::lsp
