#include "interpreter/lsp/documents.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace limber::lsp {

namespace {

// A ranged change of didChange applied to `text`: the range is replaced.
void apply_ranged(std::string& text, const Json& range, const std::string& replacement) {
  const LineIndex lines(text);
  const std::uint32_t begin = lines.offset(position_from_json(range.at("start")));
  const std::uint32_t end = std::max(begin, lines.offset(position_from_json(range.at("end"))));
  text.replace(begin, end - begin, replacement);
}

}  // namespace

const Document& Documents::open(const std::string& uri, std::string text, int version) {
  Document& document = documents_[uri];
  document.version = version;
  document.current = std::make_shared<const Analysis>(uri, std::move(text), options_);
  if (document.current->checked()) document.last_checked = document.current;
  return document;
}

const Document& Documents::change(const std::string& uri, Json& changes, int version) {
  const auto found = documents_.find(uri);
  if (found == documents_.end()) throw std::out_of_range("the document is not open: " + uri);
  // The old text is copied only for a ranged change: an editor syncing whole texts (as the
  // server asks) replaces it, and a copy of a big document would be thrown away at once.
  std::optional<std::string> text;
  for (Json& change : changes) {
    std::string& replacement = change.at("text").get_ref<std::string&>();
    if (!change.contains("range")) {
      text = std::move(replacement);
      continue;
    }
    if (!text) text = found->second.current->text();
    apply_ranged(*text, change.at("range"), replacement);
  }
  if (!text) text = found->second.current->text();
  return open(uri, std::move(*text), version);
}

void Documents::close(const std::string& uri) {
  documents_.erase(uri);
}

const Document* Documents::find(const std::string& uri) const {
  const auto found = documents_.find(uri);
  return found == documents_.end() ? nullptr : &found->second;
}

}  // namespace limber::lsp
