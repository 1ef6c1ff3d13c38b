#pragma once

// After the patient stops a session for pain: how bad it is, 0 to 10, asked on the terminal
// for the session log (and so for `limber history` and progression).

#include <iosfwd>
#include <optional>

namespace limber::cli {

// Asks until the answer is a whole number from 0 to 10; none for an empty answer or the end of
// input (the patient need not say). The question is wrapped to `width` columns (0: not at all).
std::optional<int> ask_pain_score(std::istream& in, std::ostream& out, int width);

}  // namespace limber::cli
