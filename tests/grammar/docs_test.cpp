// The routines shown in the documentation are real: every ```limber block of the README and the
// language reference parses without errors, so the docs cannot drift from the grammar.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "grammar/parse.hpp"

namespace limber {
namespace {

std::vector<std::string> limber_blocks(const std::string& markdown) {
  std::vector<std::string> blocks;
  const std::string open = "```limber\n";
  for (std::size_t at = markdown.find(open); at != std::string::npos;
       at = markdown.find(open, at)) {
    at += open.size();
    const std::size_t close = markdown.find("```", at);
    blocks.push_back(markdown.substr(at, close - at));
    at = close;
  }
  return blocks;
}

TEST(Docs, EveryLimberBlockParses) {
  std::size_t checked = 0;
  for (const char* doc : {"README.md", "docs/language.md"}) {
    std::ifstream in(std::filesystem::path(LIMBER_SOURCE_DIR) / doc);
    std::ostringstream text;
    text << in.rdbuf();
    const auto blocks = limber_blocks(text.str());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const SourceFile source(std::string(doc) + " block " + std::to_string(i + 1), blocks[i]);
      const ParseResult parsed = parse(source);
      std::string shown;
      for (const auto& d : parsed.diagnostics) shown += render_text(source, d);
      EXPECT_TRUE(parsed.diagnostics.empty()) << shown;
      ++checked;
    }
  }
  EXPECT_GE(checked, 20u);  // the reference shows every statement form
}

}  // namespace
}  // namespace limber
