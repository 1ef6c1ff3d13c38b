#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace limber {

// Edit distance between two words, by bytes (names are ASCII): insertions, deletions,
// substitutions and swaps of two neighbouring letters each count one.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The known word nearest to `word`, if it is close enough to be what was meant: at most a third
// of the word's length in edits (at least one), the way a typo looks. Ties go to the earliest.
std::optional<std::string> suggest(std::string_view word, std::span<const std::string_view> known);

// The same for words typed from memory whose case may differ, such as routine titles
// (`--routine morning` for "Morning"): compared in lower case, returned as known spells it. A
// word that differs from a known one only in case is suggested first.
std::optional<std::string> suggest_ignoring_case(std::string_view word,
                                                 std::span<const std::string> known);

}  // namespace limber
