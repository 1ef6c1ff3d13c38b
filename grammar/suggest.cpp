#include "grammar/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <vector>

namespace limber {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: Levenshtein plus swapping two neighbours for one edit, since
  // `hodl` for `hold` is the commonest typo of all. Three rows: two back, one back, this one.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  std::iota(previous.begin(), previous.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
    }
    before.swap(previous);
    previous.swap(row);
  }
  return previous[b.size()];
}

std::optional<std::string> suggest(std::string_view word, std::span<const std::string_view> known) {
  if (word.empty()) return std::nullopt;
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = allowed + 1;
  for (std::string_view candidate : known) {
    // The distance is at least the difference in length: skip what cannot be close enough
    // (and never spend time on a megabyte-long "word" from a broken file).
    const std::size_t length_gap = word.size() > candidate.size() ? word.size() - candidate.size()
                                                                  : candidate.size() - word.size();
    if (length_gap > allowed) continue;
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance && candidate != word) {
      best_distance = d;
      best = std::string(candidate);
    }
  }
  return best;
}

std::optional<std::string> suggest_ignoring_case(std::string_view word,
                                                 std::span<const std::string> known) {
  const auto lower = [](std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
  };
  const std::string key = lower(word);
  std::vector<std::string> lowered;
  for (const std::string& candidate : known) {
    if (candidate != word && lower(candidate) == key) return candidate;
    lowered.push_back(lower(candidate));
  }
  const std::vector<std::string_view> views(lowered.begin(), lowered.end());
  const auto nearest = suggest(key, views);
  if (!nearest) return std::nullopt;
  const auto at = std::find(lowered.begin(), lowered.end(), *nearest) - lowered.begin();
  return known[static_cast<std::size_t>(at)];
}

}  // namespace limber
