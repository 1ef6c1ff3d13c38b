#include "interpreter/backends/console/wrap.hpp"

#include <algorithm>

namespace limber {

namespace {

bool continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The byte length of the first `points` code points of `text` (all of it when shorter).
std::size_t bytes_of(std::string_view text, std::size_t points) {
  std::size_t i = 0;
  for (std::size_t seen = 0; i < text.size(); ++i) {
    if (continuation(text[i])) continue;
    if (seen++ == points) break;
  }
  return i;
}

class Wrapper {
 public:
  Wrapper(int width, std::string_view first_prefix, std::string_view rest_prefix)
      : width_(static_cast<std::size_t>(std::max(width, 0))), rest_prefix_(rest_prefix) {
    start(first_prefix);
  }

  void word(std::string_view w) {
    while (!w.empty()) {
      const std::size_t length = code_points(w);
      const bool started = used_ > prefix_;
      if (used_ + (started ? 1 : 0) + length <= width_) {
        if (started) append(" ", 1);
        append(w, length);
        return;
      }
      // Too long for what is left of this line: try a fresh one.
      if (started) {
        next_line();
        continue;
      }
      // Too long even for a fresh line: break it where the line ends (at least one code
      // point per line, so this always ends).
      const std::size_t take = std::max<std::size_t>(width_ > used_ ? width_ - used_ : 0, 1);
      const std::size_t cut = bytes_of(w, take);
      append(w.substr(0, cut), take);
      w.remove_prefix(cut);
      if (!w.empty()) next_line();
    }
  }

  void hard_break() { next_line(); }

  std::vector<std::string> lines() && {
    lines_.push_back(std::move(line_));
    return std::move(lines_);
  }

 private:
  void start(std::string_view prefix) {
    line_ = std::string(prefix);
    prefix_ = code_points(prefix);
    used_ = prefix_;
  }

  void next_line() {
    lines_.push_back(std::move(line_));
    start(rest_prefix_);
  }

  void append(std::string_view text, std::size_t points) {
    line_ += text;
    used_ += points;
  }

  std::size_t width_;
  std::string_view rest_prefix_;
  std::vector<std::string> lines_;
  std::string line_;
  std::size_t prefix_ = 0;  // code points of the prefix that starts the line under way
  std::size_t used_ = 0;    // code points on the line under way, prefix included
};

}  // namespace

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char byte) { return !continuation(byte); }));
}

std::vector<std::string> wrap(std::string_view text, int width, std::string_view first_prefix,
                              std::string_view rest_prefix) {
  Wrapper wrapper(width, first_prefix, rest_prefix);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') {
      wrapper.hard_break();
      ++i;
      continue;
    }
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    const std::size_t end = std::min(text.find_first_of(" \n", i), text.size());
    wrapper.word(text.substr(i, end - i));
    i = end;
  }
  return std::move(wrapper).lines();
}

std::string wrap_lines(std::string_view text, int width) {
  if (width <= 0) return std::string(text);
  // wrap() starts a new line at each line end already; only the joining is left.
  std::string out;
  const std::vector<std::string> lines = wrap(text, width);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += lines[i];
  }
  return out;
}

}  // namespace limber
