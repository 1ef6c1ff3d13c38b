#include "interpreter/plan/html_text.hpp"

#include <set>
#include <stdexcept>

namespace limber {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string fill_template(std::string_view templ,
                          const std::map<std::string, std::string>& values) {
  std::string out;
  std::set<std::string> used;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = templ.find("{{", at);
    if (open == std::string_view::npos) break;
    const std::size_t close = templ.find("}}", open);
    if (close == std::string_view::npos) throw std::logic_error("unclosed {{ in the template");
    const std::string name(templ.substr(open + 2, close - open - 2));
    const auto value = values.find(name);
    if (value == values.end()) throw std::logic_error("no value for {{" + name + "}}");
    out.append(templ.substr(at, open - at));
    out += value->second;
    used.insert(name);
    at = close + 2;
  }
  out.append(templ.substr(at));
  for (const auto& [name, value] : values) {
    if (!used.count(name)) throw std::logic_error("the template has no {{" + name + "}}");
  }
  return out;
}

}  // namespace limber
