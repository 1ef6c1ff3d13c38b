#include "interpreter/plan/ics_text.hpp"

namespace limber {

namespace {

constexpr std::size_t max_octets = 75;

bool continues_utf8(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
      case ';':
      case ',':
        out += '\\';
        out += c;
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t room = max_octets;
  while (line.size() > room) {
    std::size_t cut = room;
    // Back up to the start of the character the cut would split.
    while (cut > 0 && continues_utf8(line[cut])) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = max_octets - 1;  // the leading space of a continuation counts
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string ics_line(std::string_view name, std::string_view value) {
  std::string line(name);
  line += ':';
  line.append(value);
  return ics_fold(line);
}

}  // namespace limber
