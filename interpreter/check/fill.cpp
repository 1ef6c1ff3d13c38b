#include "interpreter/check/fill.hpp"

#include <cstring>

namespace limber {

std::string fill_in_shown(std::string_view pattern, const Shown* values, std::size_t count) {
  std::size_t most = pattern.size();
  for (std::size_t i = 0; i < count; ++i) most += values[i].view().size();
  // Written straight into a text of the most it can take, then cut to what it took: appending
  // piece by piece was most of the cost of a message.
  std::string out(most, '\0');
  char* to = out.data();
  const char* from = pattern.data();
  const char* const end = from + pattern.size();
  std::size_t next = 0;
  for (const char* at; (at = static_cast<const char*>(std::memchr(from, '{', end - from)));) {
    // Every `{` of a template opens a `{}`.
    if (next == count) throw fmt::format_error("argument not found");
    std::memcpy(to, from, at - from);
    to += at - from;
    const std::string_view value = values[next++].view();
    std::memcpy(to, value.data(), value.size());
    to += value.size();
    from = at + 2;
  }
  std::memcpy(to, from, end - from);
  to += end - from;
  out.resize(to - out.data());
  return out;
}

}  // namespace limber
