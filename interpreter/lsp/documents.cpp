#include "interpreter/lsp/documents.hpp"

#include <stdexcept>

namespace limber::lsp {

namespace {

// One change of didChange applied to `text`: with a range, the range is replaced.
void apply(std::string& text, const Json& change) {
  const std::string& replacement = change.at("text").get_ref<const std::string&>();
  if (!change.contains("range")) {
    text = replacement;
    return;
  }
  const LineIndex lines(text);
  const Json& range = change.at("range");
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

const Document& Documents::change(const std::string& uri, const Json& changes, int version) {
  const auto found = documents_.find(uri);
  if (found == documents_.end()) throw std::out_of_range("the document is not open: " + uri);
  std::string text = found->second.current->text();
  for (const Json& change : changes) apply(text, change);
  return open(uri, std::move(text), version);
}

void Documents::close(const std::string& uri) {
  documents_.erase(uri);
}

const Document* Documents::find(const std::string& uri) const {
  const auto found = documents_.find(uri);
  return found == documents_.end() ? nullptr : &found->second;
}

}  // namespace limber::lsp
