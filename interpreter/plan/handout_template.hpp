#pragma once

#include <string_view>

namespace limber {

// The one HTML page every handout is poured into (handout_template.cpp): its styles for the
// screen and for print, and a placeholder for each part, {{name}}, that handout_html.cpp fills.
std::string_view handout_template();

}  // namespace limber
