#pragma once

#include <string>

#include "interpreter/plan/handout.hpp"

namespace limber {

enum class Paper { a4, letter };

// The handout as one self-contained HTML page (handout_template.cpp), laid out for printing on
// `paper`: the summary, the safety box, the session's timeline, every exercise as a card that
// is never split across pages, and the tracking table. All text is escaped.
std::string handout_to_html(const Handout& handout, Paper paper = Paper::a4);

}  // namespace limber
