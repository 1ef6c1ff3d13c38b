// A large file is parsed in two pieces side by side (grammar/parse.cpp): these compare that
// with parsing it in one piece, for clean files and for files whose errors, or whose braces,
// make the cut untrustworthy.

#include <gtest/gtest.h>

#include <string>

#include "grammar/format.hpp"
#include "grammar/parse.hpp"

namespace limber {
namespace {

// Every statement's kind and span, and those of the blocks inside it, as one line each.
void shape_of(const std::vector<ast::Statement>& statements, int depth, std::string& out) {
  for (const ast::Statement& s : statements) {
    out += std::string(depth * 2, ' ') + std::to_string(s.node.index()) + " " +
           std::to_string(s.span.begin) + ".." + std::to_string(s.span.end) + "\n";
    if (const auto* routine = std::get_if<ast::Routine>(&s.node)) {
      shape_of(routine->body.statements, depth + 1, out);
    } else if (const auto* section = std::get_if<ast::Section>(&s.node)) {
      shape_of(section->body.statements, depth + 1, out);
    } else if (const auto* repeat = std::get_if<ast::Repeat>(&s.node)) {
      shape_of(repeat->body.statements, depth + 1, out);
    } else if (const auto* branch = std::get_if<ast::If>(&s.node)) {
      shape_of(branch->then_body.statements, depth + 1, out);
      if (branch->else_body) shape_of(branch->else_body->statements, depth + 1, out);
    }
  }
}

// What a parse found, as text to compare: the diagnostics, the comments, the statements' shape
// and the tree printed back by the formatter.
std::string everything(const SourceFile& source, const ParseResult& parsed) {
  std::string out;
  for (const Diagnostic& d : parsed.diagnostics) {
    out += d.code + " " + std::to_string(d.span.begin) + ".." + std::to_string(d.span.end) + " " +
           d.message + " | " + d.help + "\n";
  }
  for (const Span& comment : parsed.file.comments) {
    out += "# " + std::to_string(comment.begin) + ".." + std::to_string(comment.end) + "\n";
  }
  shape_of(parsed.file.statements, 0, out);
  if (parsed.ok()) out += format(source, parsed.file);
  return out;
}

// A routine of a few sections: about 400 bytes.
std::string routine(int i) {
  return "# Routine " + std::to_string(i) + "\nroutine \"Routine " + std::to_string(i) +
         "\" {\n"
         "  target 20min\n"
         "  section \"Warm Up\" {\n"
         "    warmup march_in_place 2min\n"
         "    hold cat_cow 30s x3\n"
         "    optional reps pelvic_tilt 10 x2 unless flare_up\n"
         "  }\n"
         "  repeat 2 {\n"
         "    hold childs_pose 30s\n"
         "    if short_on_time {\n      rest 10s\n    } else {\n      rest 20s\n    }\n"
         "  }\n"
         "  say \"Breathe out as you go.\"\n"
         "  if flare_up then scale 0.5\n"
         "}\n\n";
}

// `count` routines, with `insert` put before routine `at`.
std::string file_of(int count, int at = -1, const std::string& insert = "") {
  std::string text;
  for (int i = 0; i < count; ++i) {
    if (i == at) text += insert;
    text += routine(i);
  }
  return text;
}

constexpr int routines = 1000;  // about 400 KB: above the size from which a file is cut

void expect_same_both_ways(const std::string& text) {
  ASSERT_GT(text.size(), 256u * 1024);
  const SourceFile source("big.limber", text);
  const ParseResult two = parse(source);
  const ParseResult one = parse(source, ParseThreads::one);
  // The first line that differs, not all of both (they are thousands of lines long).
  const std::string a = everything(source, two);
  const std::string b = everything(source, one);
  std::size_t at = 0;
  while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
  const std::size_t line = a.rfind('\n', at) == std::string::npos ? 0 : a.rfind('\n', at) + 1;
  EXPECT_EQ(a.substr(line, 300), b.substr(line, 300)) << "at byte " << at;
}

TEST(ParsePieces, ACleanFileGivesTheTreeOfOnePiece) {
  const std::string text = file_of(routines);
  const SourceFile source("big.limber", text);
  const ParseResult parsed = parse(source);
  EXPECT_TRUE(parsed.diagnostics.empty());
  EXPECT_EQ(parsed.file.statements.size(), static_cast<std::size_t>(routines));
  EXPECT_EQ(parsed.file.comments.size(), static_cast<std::size_t>(routines));
  expect_same_both_ways(text);
}

TEST(ParsePieces, AnErrorBeforeTheCutIsReportedAsInOnePiece) {
  expect_same_both_ways(file_of(routines, 100, "hold cat_cow 30 sx3\nroutine \"Broken\" {\n"));
}

TEST(ParsePieces, AnErrorAfterTheCutIsReportedAsInOnePiece) {
  expect_same_both_ways(file_of(routines, 900, "routine \"Broken\" {\n  hold cat_cow 30s x\n}\n"));
}

TEST(ParsePieces, ABlockLeftOpenBeforeTheCutIsFoundAsInOnePiece) {
  // The `}` and `routine` lines the cut looks for stand inside a block left open: the piece
  // before the cut then ends inside it, and the file is parsed again in one piece.
  expect_same_both_ways(file_of(routines, 200, "routine \"Open\" {\n  section \"A\" {\n"));
}

TEST(ParsePieces, TooManyErrorsAfterTheCutStopAsInOnePiece) {
  std::string errors;
  for (int i = 0; i < 80; ++i) errors += "hold " + std::to_string(i) + "\n";
  expect_same_both_ways(file_of(routines, 800, errors));
}

TEST(ParsePieces, ErrorsOnBothSidesAreEachReportedOnce) {
  std::string text = file_of(routines, 300, "routine \"A\" {\n  hold x 30s x\n}\n");
  text += "routine \"B\" {\n  reps y 10 x\n}\n";
  expect_same_both_ways(text);
}

}  // namespace
}  // namespace limber
