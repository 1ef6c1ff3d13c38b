#include "interpreter/lsp/framing.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <istream>
#include <ostream>
#include <string_view>

namespace limber::lsp {

namespace {

// Room enough before a body for its header: "Content-Length: ", 20 digits, CRLF CRLF.
constexpr std::size_t header_room = 40;

// One header line without its line end (CRLF, or a lone LF from a lenient client); none at
// the end of the stream before any byte of the line.
std::optional<std::string> header_line(std::istream& in) {
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

Frame malformed(int code, std::string_view message) {
  return {Frame::Kind::malformed, nullptr, error_message(nullptr, code, message)};
}

}  // namespace

Frame read_frame(std::istream& in) {
  std::optional<std::size_t> length;
  bool bad_header = false;
  bool any_line = false;
  while (true) {
    auto line = header_line(in);
    if (!line) {
      // The stream ended: mid-header is as good as the end, since nothing more can come.
      return {};
    }
    if (line->empty()) {
      if (!any_line) continue;  // blank lines between messages are harmless
      break;
    }
    any_line = true;
    const std::size_t colon = line->find(':');
    if (colon == std::string::npos) {
      bad_header = true;
      continue;
    }
    const std::string_view name = trimmed(std::string_view(*line).substr(0, colon));
    const std::string_view value = trimmed(std::string_view(*line).substr(colon + 1));
    if (!equal_ignoring_case(name, "Content-Length")) continue;
    std::size_t parsed = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (ec != std::errc() || end != value.data() + value.size()) {
      bad_header = true;
      continue;
    }
    length = parsed;
  }
  if (bad_header || !length) {
    return malformed(error_code::invalid_request, "a message needs a Content-Length header");
  }
  if (*length > max_body_bytes) {
    // Skipping the body could mean waiting for 64 MiB that never come; the header is answered
    // and the following bytes are read as the next header.
    return malformed(error_code::invalid_request, "the message is larger than 64 MiB");
  }
  std::string body(*length, '\0');
  in.read(body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in.gcount()) != *length) return {};
  Json message = Json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) return malformed(error_code::parse_error, "the body is not JSON");
  if (!message.is_object() && !message.is_array()) {
    return malformed(error_code::invalid_request, "a message must be a JSON object");
  }
  return {Frame::Kind::message, std::move(message), nullptr};
}

JsonWriter Message::writer() {
  return JsonWriter(std::string(header_room, ' '));
}

Message::Message(const Json& value)
    : Message([&] {
        JsonWriter writer = Message::writer();
        writer.value(value);
        return writer;
      }()) {}

Message::Message(JsonWriter&& written) : body_start_(written.start()) {
  // Invalid UTF-8 in a document's text must not stop the server: the writer replaces it, as
  // dump() with error_handler_t::replace did, and never throws on it.
  text_ = std::move(written).take();
  frame_header(text_.size() - body_start_);
}

Message::Message(JsonWriter&& around, std::size_t at, std::size_t middle_bytes, Pieces middle)
    : body_start_(around.start()), middle_(std::move(middle)), middle_bytes_(middle_bytes) {
  text_ = std::move(around).take();
  const std::size_t before = body_start_;
  frame_header(text_.size() - body_start_ + middle_bytes);
  middle_at_ = at + (body_start_ - before);
}

// Puts `Content-Length: N` and the blank line just before the body, moving the text along when
// the room before it is too small.
void Message::frame_header(std::size_t body_bytes) {
  std::array<char, 24> digits{};
  const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), body_bytes).ptr;
  const std::string header = "Content-Length: " + std::string(digits.data(), end) + "\r\n\r\n";
  if (header.size() > body_start_) {
    text_.insert(0, header.size() - body_start_, ' ');
    body_start_ = header.size();
  }
  frame_start_ = body_start_ - header.size();
  text_.replace(frame_start_, header.size(), header);
}

void Message::write_frame_to(const Sink& sink) const {
  const std::string_view text(text_);
  if (!middle_) {
    sink(text.substr(frame_start_));
    return;
  }
  sink(text.substr(frame_start_, middle_at_ - frame_start_));
  std::size_t left = middle_bytes_;
  try {
    middle_([&](std::string_view piece) {
      piece = piece.substr(0, std::min(piece.size(), left));
      left -= piece.size();
      if (!piece.empty()) sink(piece);
    });
  } catch (...) {
    // Spaces below keep the frame's length; the message itself is lost either way.
  }
  static constexpr std::string_view spaces = "                                ";
  for (; left > 0; left -= std::min(left, spaces.size())) {
    sink(spaces.substr(0, std::min(left, spaces.size())));
  }
  sink(text.substr(middle_at_));
}

std::string_view Message::body() const {
  if (!middle_) return std::string_view(text_).substr(body_start_);
  return frame().substr(body_start_ - frame_start_);
}

std::string_view Message::frame() const {
  if (!middle_) return std::string_view(text_).substr(frame_start_);
  if (whole_.empty()) {
    write_frame_to([&](std::string_view piece) { whole_ += piece; });
  }
  return whole_;
}

void Message::write_to(std::ostream& out) const {
  write_frame_to([&](std::string_view piece) {
    out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
  });
  out.flush();
}

void write_frame(std::ostream& out, const Json& message) {
  Message(message).write_to(out);
}

}  // namespace limber::lsp
