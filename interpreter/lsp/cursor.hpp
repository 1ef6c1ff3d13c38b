#pragma once

// What surrounds a position in the text, read lexically: the name under the cursor and the
// words before it in the same statement. Hover and completion need this even while the line
// being typed does not parse.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace limber::lsp {

struct Cursor {
  std::uint32_t word_begin = 0;  // the name (letters, digits, `_`) the offset is in or after
  std::uint32_t word_end = 0;
  std::string word;
  // The words of the statement before the name, in order (`hold`, `cat_cow`, `30s`, …):
  // from the start of the line or the last `;`, `{` or `}` before it.
  std::vector<std::string> before;
  bool in_comment = false;
  bool in_string = false;
  // The name is written right after digits (`30m`): it is a unit being typed.
  bool after_number = false;
};

// `text` is the whole document; `offset` a byte offset into it.
Cursor cursor_at(std::string_view text, std::uint32_t offset);

}  // namespace limber::lsp
