// Diagnostics as `limber check` gives them: the same codes, wording and places.

#include <gtest/gtest.h>

#include <memory>
#include <sstream>

#include "grammar/diagnostic_json.hpp"
#include "interpreter/lsp/diagnostics.hpp"
#include "interpreter/safety/judge.hpp"
#include "lsp_session.hpp"

namespace limber::testing {
namespace {

const std::string broken =
    "hold chin_tuck 10s x2\n"
    "hold cat_cow 30 x3\n"
    "hold cat_cw 30s\n";

Json range(unsigned line, unsigned begin, unsigned end) {
  return {{"start", {{"line", line}, {"character", begin}}},
          {"end", {{"line", line}, {"character", end}}}};
}

TEST_F(LspSession, BrokenFileGetsCheckDiagnostics) {
  const Json diagnostics = open(uri("broken.limber"), broken);
  ASSERT_EQ(diagnostics.size(), 3u);
  EXPECT_EQ(diagnostics[0],
            (Json{{"range", range(0, 5, 14)},
                  {"severity", 1},
                  {"code", "unknown-exercise"},
                  {"source", "limber"},
                  {"message",
                   "`chin_tuck` is in the library module `neck`, which this file does not use\n"
                   "help: add `use neck` at the top of the file"}}));
  EXPECT_EQ(diagnostics[1]["range"], range(1, 13, 15));
  EXPECT_EQ(diagnostics[1]["code"], "needs-unit");
  EXPECT_EQ(diagnostics[1]["message"],
            "30 needs a unit: is it 30s?\n"
            "help: a bare number is never a duration; write s, min or h after it");
  EXPECT_EQ(diagnostics[2]["range"], range(2, 5, 11));
  EXPECT_EQ(diagnostics[2]["message"], "unknown exercise `cat_cw`\nhelp: did you mean `cat_cow`?");
}

// The same file through check_file() and cli.md's JSON form: every code, message, help and
// place agrees (the text is ASCII, so columns and characters count alike).
TEST_F(LspSession, DiagnosticsAgreeWithCheckOnEveryExample) {
  for (const char* name : {"broken.limber", "one-liner.limber"}) {
    const std::string text =
        std::string(name) == "broken.limber" ? broken : "hold cat_cow 30s x3; switch sides\n";
    const Json published = open(uri(name), text);
    const SourceFile source((dir_ / name).string(), text);
    const Program program = check_file(source);
    ASSERT_EQ(published.size(), program.diagnostics.size()) << name;
    for (std::size_t i = 0; i < published.size(); ++i) {
      const Json expected = diagnostic_to_json(source, program.diagnostics[i].diagnostic);
      const Json& got = published[i];
      EXPECT_EQ(got["code"], expected["code"]);
      EXPECT_EQ(got["severity"], expected["severity"] == "error" ? 1 : 2);
      const std::string help = expected["help"].is_string() ? expected["help"] : "";
      EXPECT_EQ(got["message"],
                expected["message"].get<std::string>() + (help.empty() ? "" : "\nhelp: " + help));
      EXPECT_EQ(got["range"]["start"]["line"], expected["line"].get<int>() - 1);
      EXPECT_EQ(got["range"]["start"]["character"], expected["column"].get<int>() - 1);
      EXPECT_EQ(got["range"]["end"]["line"], expected["end_line"].get<int>() - 1);
      EXPECT_EQ(got["range"]["end"]["character"], expected["end_column"].get<int>() - 1);
    }
  }
}

// Findings too long for the analysis to keep are judged again as publishDiagnostics is sent:
// the same bytes as when they are kept, those of an imported file included.
TEST_F(LspSession, DiagnosticsTooLongToKeepAreWrittenAgainTheSame) {
  write("lib.limber",
        "exercise no_range \"No Range\" {\n  kind stretch\n  regions hip\n  cue \"Go.\"\n"
        "  feel \"A stretch.\"\n}\n");
  std::string text = "use \"lib.limber\"\n";
  for (int i = 0; i < 200; ++i) {
    text += "routine \"R" + std::to_string(i) + "\" {\n  hold cat_cow " +
            std::to_string(5 + i % 40) + "s x3\n  hold figure_four 30s x2 on left\n}\n";
  }
  const std::string document = uri("many.limber");
  const auto held = std::make_shared<const lsp::Analysis>(document, text, CheckOptions{}, SIZE_MAX);
  const auto again = std::make_shared<const lsp::Analysis>(document, text, CheckOptions{}, 0);
  EXPECT_EQ(again->diagnostics_json(), "");
  EXPECT_EQ(again->diagnostics_json_bytes(), held->diagnostics_json().size());
  const lsp::Message kept = lsp::publish_diagnostics(held, 7);
  const lsp::Message streamed = lsp::publish_diagnostics(again, 7);
  std::ostringstream sent;
  streamed.write_to(sent);
  EXPECT_EQ(sent.str(), kept.frame());
  const Json diagnostics = Json::parse(kept.body())["params"]["diagnostics"];
  EXPECT_GT(diagnostics.size(), 200u);
  EXPECT_NE(kept.body().find("lib.limber:1:10: exercise `no_range`"), std::string::npos);
}

TEST_F(LspSession, WarningHasSeverityTwo) {
  const Json diagnostics = open(uri("a.limber"), "hold cat_cow 30s x3; switch sides\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0]["code"], "switch-not-sided");
  EXPECT_EQ(diagnostics[0]["severity"], 2);
  EXPECT_EQ(diagnostics[0]["range"], range(0, 21, 33));
}

TEST_F(LspSession, EveryChangeIsCheckedAgain) {
  ASSERT_EQ(open(uri("a.limber"), broken).size(), 3u);
  EXPECT_EQ(change(uri("a.limber"), "hold cat_cow 30s x3\n"), Json::array());
  const Json again = change(uri("a.limber"), "hold cat_cow 30s x3\nrest\n");
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0]["range"]["start"]["line"], 1);
}

TEST_F(LspSession, RangedChangesAreAppliedInOrder) {
  ASSERT_EQ(open(uri("a.limber"), "hold cat_cow 30 x3\n").size(), 1u);
  const auto replies =
      send({{"jsonrpc", "2.0"},
            {"method", "textDocument/didChange"},
            {"params",
             {{"textDocument", {{"uri", uri("a.limber")}, {"version", 9}}},
              {"contentChanges", Json::array({{{"range", range(0, 15, 15)}, {"text", "s"}}})}}}});
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(replies[0]["params"]["version"], 9);
  EXPECT_EQ(replies[0]["params"]["diagnostics"], Json::array());
}

TEST_F(LspSession, PositionsAfterAnEmojiCountUtf16Units) {
  // The flexed biceps is two UTF-16 units: `cat_cw` starts at character 17, not 16.
  const Json diagnostics = open(uri("a.limber"), "say \"\xF0\x9F\x92\xAA\"; hold cat_cw 30s\n");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0]["range"], range(0, 15, 21));
}

TEST_F(LspSession, ErrorInAnImportedFileIsShownOnItsUseLine) {
  write("mine.limber",
        "exercise wobble \"Wobble\" {\n  kind stretch\n  mode hold\n  hold 10s..oops\n}\n");
  const Json diagnostics = open(uri("main.limber"), "use \"mine.limber\"\nhold cat_cow 30s\n");
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics[0]["range"], range(0, 0, 17));
  const std::string message = diagnostics[0]["message"];
  // Named as check names it: relative to the working folder when inside it.
  EXPECT_NE(message.find("mine.limber:4:"), std::string::npos) << message;
}

}  // namespace
}  // namespace limber::testing
