#pragma once

// The session drawn along its time axis as an inline SVG, for the HTML handout: a row of
// sections, a row of exercises (each block labelled with its number in the handout), a row that
// tells the work (holds, sets, warm-ups: solid) from the pauses (rests, switching sides, getting
// ready: hatched), and a time scale. Solid against hatched reads in black and white too.

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "interpreter/plan/plan.hpp"

namespace limber {

// `numbers` holds the card number of each exercise block in plan order (Handout::
// timeline_numbers); `names` the display names by exercise name.
std::string session_timeline_svg(const Plan& plan, const std::vector<int>& numbers,
                                 const std::map<std::string, std::string, std::less<>>& names);

// Whether the timeline has a row of sections to show (some step of the plan is in one).
bool timeline_has_sections(const Plan& plan);

// The distance between two ticks of the time scale for a session of `total_s`: the smallest of
// 15 s, 30 s, 1, 2, 5, 10, 15, 30 and 60 minutes that needs at most 12 ticks.
double tick_step_s(double total_s);

// `text` cut to at most `max_chars` code points, ending in "…" when it was cut; empty when not
// even one character and the ellipsis fit.
std::string fit_label(const std::string& text, int max_chars);

}  // namespace limber
