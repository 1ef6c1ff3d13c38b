// Formatting, go to definition and the outline.

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "interpreter/lsp/uri.hpp"
#include "lsp_session.hpp"

namespace limber::testing {
namespace {

Json range(unsigned line, unsigned begin, unsigned end_line, unsigned end) {
  return {{"start", {{"line", line}, {"character", begin}}},
          {"end", {{"line", end_line}, {"character", end}}}};
}

Json formatting_params(const std::string& uri) {
  return {{"textDocument", {{"uri", uri}}}, {"options", {{"tabSize", 2}, {"insertSpaces", true}}}};
}

TEST_F(LspSession, FormattingReplacesTheWholeDocument) {
  open(uri("a.limber"), "routine \"R\" {\nhold   cat_cow 30s x3\n}");
  EXPECT_EQ(request("textDocument/formatting", formatting_params(uri("a.limber"))),
            Json::array({{{"range", range(0, 0, 2, 1)},
                          {"newText", "routine \"R\" {\n  hold cat_cow 30s x3\n}\n"}}}));
}

TEST_F(LspSession, FormattingAFormattedFileChangesNothing) {
  open(uri("a.limber"), "hold cat_cow 30s x3\n");
  EXPECT_EQ(request("textDocument/formatting", formatting_params(uri("a.limber"))), Json::array());
}

TEST_F(LspSession, NoFormattingWithSyntaxErrors) {
  open(uri("a.limber"), "hold cat_cow 30s x3 {\n");
  EXPECT_EQ(request("textDocument/formatting", formatting_params(uri("a.limber"))), nullptr);
}

const std::string own_exercise =
    "exercise wall_sit \"Wall Sit\" {\n"
    "  kind strength\n"
    "  position standing\n"
    "  regions quads\n"
    "  mode hold\n"
    "  hold 20s..45s\n"
    "  rounds 2..3\n"
    "  risk low\n"
    "  cue \"Slide down the wall.\"\n"
    "  feel \"Your thighs working.\"\n"
    "}\n";

TEST_F(LspSession, DefinitionInTheSameFile) {
  open(uri("a.limber"), own_exercise + "hold wall_sit 30s x2\n");
  EXPECT_EQ(request("textDocument/definition", at(uri("a.limber"), 11, 7)),
            (Json{{"uri", uri("a.limber")}, {"range", range(0, 0, 10, 1)}}));
}

TEST_F(LspSession, DefinitionInAnImportedFile) {
  write("mine.limber", "# Our clinic's exercises\n" + own_exercise);
  open(uri("a.limber"), "use \"mine.limber\"\nhold wall_sit 30s x2\n");
  EXPECT_EQ(request("textDocument/definition", at(uri("a.limber"), 1, 7)),
            (Json{{"uri", uri("mine.limber")}, {"range", range(1, 0, 11, 1)}}));
}

TEST_F(LspSession, DefinitionInTheLibraryOpensItsModuleFile) {
  open(uri("a.limber"), "use neck\nreps chin_tuck 10 x2\n");
  const Json location = request("textDocument/definition", at(uri("a.limber"), 1, 7));
  const std::filesystem::path file = dir_ / "cache" / "neck.limber";
  EXPECT_EQ(location["uri"], lsp::uri_of_path(file.string()));
  const std::string text = read(file);
  const unsigned line = location["range"]["start"]["line"];
  // The range starts at the line that defines chin_tuck.
  std::size_t start = 0;
  for (unsigned i = 0; i < line; ++i) start = text.find('\n', start) + 1;
  EXPECT_EQ(text.substr(start, text.find('\n', start) - start).rfind("exercise chin_tuck ", 0), 0u);

  // `use neck` itself goes to the module.
  EXPECT_EQ(request("textDocument/definition", at(uri("a.limber"), 0, 5)),
            (Json{{"uri", lsp::uri_of_path(file.string())}, {"range", range(0, 0, 0, 0)}}));
}

TEST_F(LspSession, DefinitionOfAPreludeCondition) {
  open(uri("a.limber"), "hold cat_cow 30s\nif flare_up then scale 0.5\n");
  const Json location = request("textDocument/definition", at(uri("a.limber"), 1, 5));
  EXPECT_EQ(location["uri"], lsp::uri_of_path((dir_ / "cache" / "prelude.limber").string()));
}

TEST_F(LspSession, NoDefinitionForAKeyword) {
  open(uri("a.limber"), "hold cat_cow 30s\n");
  EXPECT_EQ(request("textDocument/definition", at(uri("a.limber"), 0, 2)), nullptr);
}

TEST_F(LspSession, SymbolsOfRoutinesSectionsAndDefinitions) {
  open(uri("a.limber"), own_exercise +
                            "routine \"Legs\" {\n"
                            "  section \"Warm\" {\n"
                            "    warmup march_in_place 1min\n"
                            "  }\n"
                            "  repeat 2 {\n"
                            "    section \"Work\" {\n"
                            "      hold wall_sit 30s\n"
                            "    }\n"
                            "  }\n"
                            "}\n");
  const Json symbols =
      request("textDocument/documentSymbol", {{"textDocument", {{"uri", uri("a.limber")}}}});
  ASSERT_EQ(symbols.size(), 2u);
  EXPECT_EQ(symbols[0]["name"], "wall_sit");
  EXPECT_EQ(symbols[0]["detail"], "Wall Sit");
  EXPECT_EQ(symbols[0]["kind"], 5);
  EXPECT_EQ(symbols[0]["selectionRange"], range(0, 9, 0, 17));
  const Json& routine = symbols[1];
  EXPECT_EQ(routine["name"], "Legs");
  EXPECT_EQ(routine["kind"], 12);
  EXPECT_EQ(routine["range"], range(11, 0, 20, 1));
  ASSERT_EQ(routine["children"].size(), 2u);
  EXPECT_EQ(routine["children"][0]["name"], "Warm");
  EXPECT_EQ(routine["children"][0]["range"], range(12, 2, 14, 3));
  EXPECT_EQ(routine["children"][1]["name"], "Work");
  EXPECT_EQ(routine["children"][1]["kind"], 3);
}

}  // namespace
}  // namespace limber::testing
