#include "interpreter/cli/pain_score.hpp"

#include <charconv>
#include <istream>
#include <ostream>
#include <string>

#include "interpreter/backends/console/wrap.hpp"

namespace limber::cli {

namespace {

std::optional<int> score_in(const std::string& line) {
  std::size_t begin = line.find_first_not_of(" \t\r");
  std::size_t end = line.find_last_not_of(" \t\r");
  if (begin == std::string::npos) return std::nullopt;
  int score = -1;
  const char* first = line.data() + begin;
  const char* last = line.data() + end + 1;
  const auto [stopped, error] = std::from_chars(first, last, score);
  if (error != std::errc() || stopped != last || score < 0 || score > 10) return -1;
  return score;
}

}  // namespace

std::optional<int> ask_pain_score(std::istream& in, std::ostream& out, int width) {
  for (;;) {
    out << wrap_lines(
               "How strong is the pain, from 0 (none) to 10 (the worst you can imagine)? "
               "(Enter to skip)",
               width)
        << ' ' << std::flush;
    std::string line;
    if (!std::getline(in, line)) {
      out << "\n";
      return std::nullopt;
    }
    const std::optional<int> score = score_in(line);
    if (!score) return std::nullopt;
    if (*score >= 0) return score;
    out << wrap_lines("Please type a whole number from 0 to 10.\n", width);
  }
}

}  // namespace limber::cli
