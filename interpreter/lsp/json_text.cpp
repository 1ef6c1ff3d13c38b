#include "interpreter/lsp/json_text.hpp"

#include <array>
#include <charconv>

namespace limber::lsp {

namespace {

// The length of the well-formed UTF-8 sequence at the start of `text` (Unicode's table 3-7: no
// overlong forms, no surrogates, nothing past U+10FFFF), or 0 when it is not one.
std::size_t utf8_sequence(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const auto in = [&](std::size_t i, unsigned char low, unsigned char high) {
    return i < text.size() && byte(i) >= low && byte(i) <= high;
  };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
    return in(1, low, high) && in(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
    return in(1, low, high) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence(text.substr(i));
    if (length == 0) return false;
    i += length;
  }
  return true;
}

// The escape dump() writes for an ASCII byte, or none for a byte written as it is.
std::string_view escape_of(unsigned char c, std::array<char, 6>& buffer) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      break;
  }
  if (c >= 0x20) return {};
  constexpr char hex[] = "0123456789abcdef";  // dump() writes \u001f, lower case
  buffer = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
  return {buffer.data(), buffer.size()};
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  if (!is_utf8(text)) {
    // Which bytes become U+FFFD is dump()'s own rule; a message rarely has a bad byte (a cut
    // inside a character), so it is asked rather than copied.
    out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::array<char, 6> buffer{};
  std::size_t plain = 0;  // the start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view escape = escape_of(static_cast<unsigned char>(text[i]), buffer);
    if (escape.empty()) continue;
    out.append(text.substr(plain, i - plain));
    out += escape;
    plain = i + 1;
  }
  out.append(text.substr(plain));
  out += '"';
}

void JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  after_item_ = false;
}

void JsonWriter::close(char bracket) {
  out_ += bracket;
  after_item_ = true;
}

void JsonWriter::separate() {
  if (after_item_) out_ += ',';
}

void JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
  after_item_ = true;
}

void JsonWriter::key(std::string_view name) {
  separate();
  append_json_string(out_, name);
  out_ += ':';
  after_item_ = false;
}

void JsonWriter::string(std::string_view text) {
  separate();
  append_json_string(out_, text);
  after_item_ = true;
}

void JsonWriter::number(std::int64_t value) {
  integer(value);
}

template <typename Integer>
void JsonWriter::integer(Integer value) {
  separate();
  std::array<char, 24> digits{};
  const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
  out_.append(digits.data(), end);
  after_item_ = true;
}

void JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
  after_item_ = true;
}

void JsonWriter::unsigned_number(std::uint64_t value) {
  integer(value);
}

void JsonWriter::value(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object:
      begin_object();
      for (auto item = value.begin(); item != value.end(); ++item) {
        key(item.key());
        this->value(*item);
      }
      end_object();
      return;
    case Json::value_t::array:
      begin_array();
      for (const Json& item : value) this->value(item);
      end_array();
      return;
    case Json::value_t::string:
      return string(value.get_ref<const std::string&>());
    case Json::value_t::number_integer:
      return number(value.get<std::int64_t>());
    case Json::value_t::number_unsigned:
      return unsigned_number(value.get<std::uint64_t>());
    default:
      // null, true, false, a float (dump()'s shortest round-trip digits) or binary: few and
      // small, so dump() writes them itself.
      separate();
      out_ += value.dump(-1, ' ', false, Json::error_handler_t::replace);
      after_item_ = true;
      return;
  }
}

}  // namespace limber::lsp
