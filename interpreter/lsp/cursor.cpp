#include "interpreter/lsp/cursor.hpp"

#include <algorithm>
#include <cctype>

namespace limber::lsp {

namespace {

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

}  // namespace

Cursor cursor_at(std::string_view text, std::uint32_t offset) {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
  Cursor cursor;
  const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  const std::uint32_t line_start =
      newline == std::string_view::npos ? 0 : static_cast<std::uint32_t>(newline + 1);

  // Comments and strings, read from the line's start: a `#` outside quotes starts a comment.
  std::uint32_t statement_start = line_start;
  for (std::uint32_t i = line_start; i < offset; ++i) {
    const char c = text[i];
    if (cursor.in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        cursor.in_string = false;
    } else if (c == '"') {
      cursor.in_string = true;
    } else if (c == '#') {
      cursor.in_comment = true;
      break;
    } else if (c == ';' || c == '{' || c == '}') {
      statement_start = i + 1;
    }
  }

  std::uint32_t begin = offset;
  while (begin > line_start && name_char(text[begin - 1])) --begin;
  std::uint32_t end = offset;
  while (end < text.size() && name_char(text[end])) ++end;
  // `30m`: the unit starts after the digits.
  std::uint32_t digits_end = begin;
  while (digits_end < end &&
         (std::isdigit(static_cast<unsigned char>(text[digits_end])) || text[digits_end] == '.')) {
    ++digits_end;
  }
  if (digits_end > begin && digits_end <= offset) {
    cursor.after_number = true;
    begin = digits_end;
  }
  cursor.word_begin = begin;
  cursor.word_end = end;
  cursor.word = std::string(text.substr(begin, end - begin));

  std::string word;
  for (std::uint32_t i = statement_start; i < (cursor.after_number ? digits_end : begin); ++i) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      if (!word.empty()) cursor.before.push_back(std::move(word));
      word.clear();
    } else {
      word += text[i];
    }
  }
  if (!word.empty()) cursor.before.push_back(std::move(word));
  return cursor;
}

}  // namespace limber::lsp
