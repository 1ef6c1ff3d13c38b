#include "interpreter/lsp/formatting.hpp"

#include "grammar/format.hpp"
#include "grammar/parse.hpp"

namespace limber::lsp {

Json formatting(const Analysis& analysis) {
  // Parsed again rather than taken from the checked program: check() keeps no record of
  // whether the syntax alone was sound, and formatting is asked for rarely.
  const ParseResult parsed = parse(analysis.source());
  if (!parsed.ok()) return nullptr;
  const std::string formatted = format(analysis.source(), parsed.file);
  if (formatted == analysis.text()) return Json::array();
  return Json::array(
      {{{"range", range_json({0, 0}, analysis.lines().end())}, {"newText", formatted}}});
}

}  // namespace limber::lsp
