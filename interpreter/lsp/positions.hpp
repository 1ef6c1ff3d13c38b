#pragma once

// LSP positions: a 0-based line and a character offset counted in UTF-16 code units, so a
// character outside the Basic Multilingual Plane (an emoji) counts two. Spans are byte offsets
// into UTF-8 text; this converts between the two.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "interpreter/lsp/json_rpc.hpp"
#include "interpreter/lsp/json_text.hpp"

namespace limber::lsp {

struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;  // UTF-16 code units
  friend bool operator==(const Position&, const Position&) = default;
};

// The line starts of one text. Lines end at LF; a CR before the LF belongs to the line end, as
// in SourceFile, so a position never points between CR and LF.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // The index of a text whose line starts are known already (SourceFile::line_starts()): they
  // are used, not copied, and must outlive the index.
  LineIndex(std::string_view text, std::span<const std::uint32_t> starts)
      : text_(text), starts_(starts) {}
  // A copy would point into the starts of the one copied.
  LineIndex(const LineIndex&) = delete;
  LineIndex& operator=(const LineIndex&) = delete;

  Position position(std::uint32_t offset) const;
  // The byte offset of a position: a character past the line's end means the line's end, a line
  // past the last means the end of the text, and a position inside a surrogate pair or a UTF-8
  // sequence means the character's start.
  std::uint32_t offset(Position position) const;
  // The position just after the last character: the end of a whole-document edit.
  Position end() const { return position(static_cast<std::uint32_t>(text_.size())); }

 private:
  std::uint32_t line_end(std::uint32_t line) const;

  std::string_view text_;
  std::vector<std::uint32_t> own_starts_;  // unless they were given
  std::span<const std::uint32_t> starts_;
};

Json to_json(const Position& position);
Json range_json(const Position& start, const Position& end);
// The same position and range, written as to_json(position).dump() and
// range_json(start, end).dump() would write them.
void write_position(JsonWriter& out, const Position& position);
void write_range(JsonWriter& out, const Position& start, const Position& end);
// A `Position` object of a request; throws nlohmann's exceptions when it is not one.
Position position_from_json(const Json& position);

}  // namespace limber::lsp
