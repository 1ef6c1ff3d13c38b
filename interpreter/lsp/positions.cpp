#include "interpreter/lsp/positions.hpp"

#include <algorithm>

namespace limber::lsp {

namespace {

// Bytes of the UTF-8 sequence a lead byte starts; 1 for a stray continuation or invalid byte,
// which the checker also counts as one character.
std::uint32_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  own_starts_.push_back(0);
  for (std::uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') own_starts_.push_back(i + 1);
  }
  starts_ = own_starts_;
}

std::uint32_t LineIndex::line_end(std::uint32_t line) const {
  std::uint32_t end =
      line + 1 < starts_.size() ? starts_[line + 1] - 1 : static_cast<std::uint32_t>(text_.size());
  if (line + 1 < starts_.size() && end > starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

Position LineIndex::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(after - starts_.begin() - 1);
  const std::uint32_t stop = std::min(offset, line_end(line));
  std::uint32_t units = 0;
  for (std::uint32_t i = starts_[line]; i < stop;) {
    const std::uint32_t length = sequence_length(static_cast<unsigned char>(text_[i]));
    units += length == 4 ? 2 : 1;
    i += length;
  }
  return {line, units};
}

std::uint32_t LineIndex::offset(Position position) const {
  if (position.line >= starts_.size()) return static_cast<std::uint32_t>(text_.size());
  const std::uint32_t end = line_end(position.line);
  std::uint32_t i = starts_[position.line];
  std::uint32_t units = 0;
  while (i < end) {
    const std::uint32_t length = sequence_length(static_cast<unsigned char>(text_[i]));
    const std::uint32_t width = length == 4 ? 2 : 1;
    if (units + width > position.character) break;
    units += width;
    i = std::min(i + length, end);
  }
  return i;
}

Json to_json(const Position& position) {
  return {{"line", position.line}, {"character", position.character}};
}

Json range_json(const Position& start, const Position& end) {
  return {{"start", to_json(start)}, {"end", to_json(end)}};
}

void write_position(JsonWriter& out, const Position& position) {
  out.begin_object();
  out.key("character");
  out.number(position.character);
  out.key("line");
  out.number(position.line);
  out.end_object();
}

void write_range(JsonWriter& out, const Position& start, const Position& end) {
  out.begin_object();
  out.key("end");
  write_position(out, end);
  out.key("start");
  write_position(out, start);
  out.end_object();
}

Position position_from_json(const Json& position) {
  return {position.at("line").get<std::uint32_t>(), position.at("character").get<std::uint32_t>()};
}

}  // namespace limber::lsp
