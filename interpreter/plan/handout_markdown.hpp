#pragma once

#include <string>

#include "interpreter/plan/handout.hpp"

namespace limber {

// The handout as Markdown: a title, the session's length and how often, the safety box, every
// exercise under its section, and the tracking table. Text from the routine is escaped so that
// a `*` or `|` in a cue stays a character.
std::string handout_to_markdown(const Handout& handout);

// `text` with Markdown's special characters backslash-escaped.
std::string markdown_escape(std::string_view text);

}  // namespace limber
