#include "grammar/source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

namespace limber {

namespace {
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

LoadFailure too_large(const std::string& path) {
  return {"cannot read '" + path +
          "': the file is larger than 256 MiB, the most limber reads (is it the right file?)"};
}
}  // namespace

SourceFile::SourceFile(std::string name, std::string text) : name_(std::move(name)) {
  if (text.starts_with(utf8_bom)) {
    had_bom_ = true;
    text.erase(0, utf8_bom.size());
  }
  text_ = std::move(text);
  line_starts_.push_back(0);
  // memchr finds the line ends many bytes at a time; a byte loop was a twentieth of a parse.
  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  for (const char* at = begin; (at = static_cast<const char*>(std::memchr(
                                    at, '\n', static_cast<std::size_t>(end - at)))) != nullptr;) {
    ++at;
    line_starts_.push_back(static_cast<std::uint32_t>(at - begin));
  }
  // Grown by doubling, up to twice what it holds: a megabyte for a 10 MB file.
  line_starts_.shrink_to_fit();
}

Location SourceFile::location(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
  const std::uint32_t start = line_starts_[line - 1];
  return {line, count_code_points(std::string_view(text_).substr(start, offset - start)) + 1};
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  const std::uint32_t start = line_starts_[line - 1];
  std::uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1
                                                 : static_cast<std::uint32_t>(text_.size());
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

std::uint32_t count_code_points(std::string_view text) {
  std::uint32_t n = 0;
  for (unsigned char c : text) {
    // Continuation bytes (10xxxxxx) belong to the code point before them.
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

LoadResult load_source(const std::string& path, const std::string& name) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) {
    return {std::nullopt, LoadFailure{"cannot read '" + path + "': no such file"}};
  }
  if (ec) return {std::nullopt, LoadFailure{"cannot read '" + path + "': " + ec.message()}};
  if (fs::is_directory(status)) {
    return {std::nullopt,
            LoadFailure{"cannot read '" + path + "': it is a folder, not a routine file"}};
  }
  const auto size = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
  if (!ec && size > max_source_bytes) {
    return {std::nullopt, too_large(path)};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return {std::nullopt,
            LoadFailure{"cannot read '" + path + "': " + std::string(std::strerror(errno))}};
  }
  // Straight into the text, in large chunks (a character iterator costs a fifth of a parse),
  // and never more than the limit: a device such as /dev/zero or a pipe that never ends must
  // not fill the memory. A regular file is read in one go into a text of its size (and one byte
  // more, to see it end): a routine of a few hundred bytes must not zero 64 KiB, 16 pages that
  // each cost a fault at start-up.
  std::string text;
  std::size_t filled = 0;
  for (;;) {
    const std::size_t room = filled == 0 && size > 0 ? size + 1 : std::size_t{1} << 16;
    text.resize(filled + room);
    in.read(text.data() + filled, static_cast<std::streamsize>(room));
    filled += static_cast<std::size_t>(in.gcount());
    if (filled > max_source_bytes) {
      return {std::nullopt, too_large(path)};
    }
    if (!in) break;
  }
  text.resize(filled);
  if (in.bad()) {
    return {std::nullopt, LoadFailure{"cannot read '" + path + "': reading failed"}};
  }
  return {SourceFile(name.empty() ? path : name, std::move(text)), std::nullopt};
}

}  // namespace limber

namespace limber {

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  auto continuation = [&](std::size_t at, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return at < n && bytes[at] >= lo && bytes[at] <= hi;
  };
  while (i < n) {
    // Eight ASCII bytes at a time: nearly all of a routine file is ASCII.
    std::uint64_t eight = 0;
    if (i + sizeof eight <= n &&
        (std::memcpy(&eight, bytes + i, sizeof eight), (eight & 0x8080808080808080u) == 0)) {
      i += sizeof eight;
      continue;
    }
    const unsigned char c = bytes[i];
    std::size_t length = 0;
    if (c < 0x80) {
      length = 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      length = continuation(i + 1) ? 2 : 0;
    } else if (c >= 0xE0 && c <= 0xEF) {
      // No overlong forms (E0 needs A0..) and no surrogates (ED needs ..9F).
      const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
      const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
      length = continuation(i + 1, lo, hi) && continuation(i + 2) ? 3 : 0;
    } else if (c >= 0xF0 && c <= 0xF4) {
      const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
      const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
      length = continuation(i + 1, lo, hi) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace limber
