#pragma once

// Word wrapping for the live view: the whole cue and feel text, on as many lines as the
// terminal's width needs, never cut. Widths count Unicode code points (UTF-8 continuation bytes
// do not count), so "Cat–Cow" or "Épaule" line up as the patient sees them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

// How many code points the UTF-8 `text` holds.
std::size_t code_points(std::string_view text);

// `text` as lines of at most `width` code points, broken at spaces (a run of spaces is one
// break, and disappears at a line's end). The first line starts with `first_prefix`, every
// further one with `rest_prefix` (a hanging indent); both count towards the width. A word longer
// than a whole line is broken inside it, between code points. An empty text is one line: the
// prefix alone. A width too small for the prefix still puts one code point on each line, so
// nothing is ever lost.
std::vector<std::string> wrap(std::string_view text, int width, std::string_view first_prefix = "",
                              std::string_view rest_prefix = "");

// Every line of `text` wrapped to `width` (a paragraph per line, each ending in a newline as in
// `text`); a width of 0 or less leaves the text as it is. For prose printed once, like the
// questions before a session, where a terminal would otherwise break words at its edge.
std::string wrap_lines(std::string_view text, int width);

}  // namespace limber
