#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/span.hpp"

namespace limber {

// 1-based line and column; columns count Unicode code points, as editors do.
struct Location {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

// The text of one routine file, owned so that diagnostics and editors can point into it.
class SourceFile {
 public:
  SourceFile(std::string name, std::string text);

  const std::string& name() const { return name_; }
  const std::string& text() const { return text_; }
  // True when the file started with a UTF-8 byte order mark, which is dropped from text().
  bool had_bom() const { return had_bom_; }

  Location location(std::uint32_t offset) const;
  // The line holding `offset`, without its line end (LF or CRLF).
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_start(std::uint32_t line) const { return line_starts_[line - 1]; }
  // Where each line of text() starts, the first at 0: for an index of positions that need not
  // find them again (lsp/positions.hpp).
  const std::vector<std::uint32_t>& line_starts() const { return line_starts_; }

 private:
  std::string name_;
  std::string text_;
  bool had_bom_ = false;
  std::vector<std::uint32_t> line_starts_;
};

// Why a file could not be read at all (exit code 2), as opposed to a file that reads but is
// not a valid routine (a diagnostic, exit code 1).
struct LoadFailure {
  std::string message;
};

struct LoadResult {
  std::optional<SourceFile> source;
  std::optional<LoadFailure> failure;
};

// Reads `path` whole. Fails for a missing file, a directory, an unreadable file or one larger
// than the limit below; any content is accepted here and judged by the parser. The source is
// named `name` in diagnostics, or `path` itself when `name` is empty.
LoadResult load_source(const std::string& path, const std::string& name = {});

inline constexpr std::uint64_t max_source_bytes = 256u * 1024u * 1024u;

// Number of code points in `text` (invalid bytes count one each, so this never fails).
std::uint32_t count_code_points(std::string_view text);

}  // namespace limber

namespace limber {

// Offset of the first byte that is not part of a well-formed UTF-8 sequence, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace limber
