// The canonical layout of grammar/format.cpp, rule by rule, on small inputs; then idempotence and
// comment preservation over every routine file in the repository.

#include "grammar/format.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/parse.hpp"
#include "grammar/source.hpp"

namespace limber {
namespace {

std::string rendered(const SourceFile& source, const ParseResult& result) {
  std::string out;
  for (const Diagnostic& d : result.diagnostics) out += render_text(source, d);
  return out;
}

// Parses `text` (which must be valid) and formats it.
std::string formatted(std::string_view text) {
  const SourceFile source("test.limber", std::string(text));
  const ParseResult result = parse(source);
  EXPECT_TRUE(result.ok()) << "input does not parse:\n" << text << "\n" << rendered(source, result);
  return format(source, result.file);
}

// Every expectation also checks that the canonical text is a fixed point.
void expect_format(std::string_view input, std::string_view expected) {
  EXPECT_EQ(formatted(input), expected) << "input:\n" << input;
  EXPECT_EQ(formatted(expected), expected) << "not idempotent";
}

// ---------------------------------------------------------------- layout

TEST(FormatLayout, IndentsTwoSpacesPerBlockLevel) {
  expect_format(
      "routine \"R\" {\nsection \"S\" {\n        hold cat_cow 30s\n    repeat 2 {\n"
      "rest 10s\n}\n}\n\t}\n",
      "routine \"R\" {\n"
      "  section \"S\" {\n"
      "    hold cat_cow 30s\n"
      "    repeat 2 {\n"
      "      rest 10s\n"
      "    }\n"
      "  }\n"
      "}\n");
}

TEST(FormatLayout, SplitsStatementsJoinedWithSemicolons) {
  expect_format("hold cat_cow 30s x3; switch sides; if flare_up then scale 0.5",
                "hold cat_cow 30s x3\nswitch sides\nif flare_up then scale 0.5\n");
}

TEST(FormatLayout, SplitsABlockWrittenOnOneLine) {
  expect_format("section \"S\" { hold cat_cow 30s; rest 5s }\n",
                "section \"S\" {\n  hold cat_cow 30s\n  rest 5s\n}\n");
}

TEST(FormatLayout, UsesSingleSpacesBetweenTokens) {
  expect_format("hold\t cat_cow    30s  x3   each   side\n", "hold cat_cow 30s x3 each side\n");
  expect_format("routine   \"R\"{\n  hold cat_cow 30s\n}\n",
                "routine \"R\" {\n  hold cat_cow 30s\n}\n");
  expect_format("section \"S\"\t{ rest 5s }   unless   tired\n",
                "section \"S\" {\n  rest 5s\n} unless tired\n");
}

TEST(FormatLayout, PrintsAnEmptyBlockOnTheHeaderLine) {
  expect_format("routine \"R\" {\n\n\n}\n", "routine \"R\" {}\n");
  expect_format("section \"S\" {   }\n", "section \"S\" {}\n");
  expect_format("repeat x2 {;}\n", "repeat x2 {}\n");
  expect_format("exercise foo \"Foo\" {\n}\n", "exercise foo \"Foo\" {}\n");
  expect_format("screen red \"Red flags\" {\n}\n", "screen red \"Red flags\" {}\n");
}

TEST(FormatLayout, KeepsIfThenInline) {
  expect_format("if flare_up   then   hold cat_cow 20s x2\n",
                "if flare_up then hold cat_cow 20s x2\n");
  expect_format("if flare_up then optional rest 10s unless tired\n",
                "if flare_up then optional rest 10s unless tired\n");
}

TEST(FormatLayout, OpensTheBlockOfAnInlineThenStep) {
  expect_format("if flare_up then section \"Gentle\" { hold cat_cow 20s }\n",
                "if flare_up then section \"Gentle\" {\n  hold cat_cow 20s\n}\n");
}

TEST(FormatLayout, JoinsElseToTheClosingBrace) {
  expect_format("if flare_up {\nscale 0.5\n}\nelse {\n  scale 1\n}\n",
                "if flare_up {\n  scale 0.5\n} else {\n  scale 1\n}\n");
  expect_format("if flare_up { scale 0.5 } else {}\n", "if flare_up {\n  scale 0.5\n} else {}\n");
}

TEST(FormatLayout, PrintsElseIfChains) {
  expect_format(
      "if a {\nrest 1s\n}\nelse if b {\nrest 2s\n} else if c { rest 3s }\n"
      "else {\nrest 4s\n}\n",
      "if a {\n"
      "  rest 1s\n"
      "} else if b {\n"
      "  rest 2s\n"
      "} else if c {\n"
      "  rest 3s\n"
      "} else {\n"
      "  rest 4s\n"
      "}\n");
  expect_format("if a {} else if b then rest 2s\n", "if a {} else if b then rest 2s\n");
}

TEST(FormatLayout, NestsElseIfChainsInsideBlocks) {
  expect_format("routine \"R\" {\nif a { rest 1s } else if b { rest 2s }\n}\n",
                "routine \"R\" {\n"
                "  if a {\n"
                "    rest 1s\n"
                "  } else if b {\n"
                "    rest 2s\n"
                "  }\n"
                "}\n");
}

TEST(FormatLayout, KeepsOptionalAndUnless) {
  expect_format("optional   hold pigeon 30s x2 each side\n",
                "optional hold pigeon 30s x2 each side\n");
  expect_format("hold pigeon 30s   unless   knee_pain\n", "hold pigeon 30s unless knee_pain\n");
  expect_format("optional section \"S\" {hold pigeon 30s} unless tired\n",
                "optional section \"S\" {\n  hold pigeon 30s\n} unless tired\n");
  expect_format("optional section \"S\" {} unless tired\n",
                "optional section \"S\" {} unless tired\n");
}

TEST(FormatLayout, PrintsDoses) {
  expect_format(
      "hold figure_four 30s x2 each side\nhold side_plank 15s on left\n"
      "reps pelvic_tilt 10 x2 on right\nreps bird_dog 8\nwarmup march_in_place 1min\n",
      "hold figure_four 30s x2 each side\nhold side_plank 15s on left\n"
      "reps pelvic_tilt 10 x2 on right\nreps bird_dog 8\nwarmup march_in_place 1min\n");
  expect_format("hold figure_four 30s each  side\n", "hold figure_four 30s each side\n");
  expect_format("hold figure_four 30s on   left\n", "hold figure_four 30s on left\n");
}

TEST(FormatLayout, PrintsEveryStepForm) {
  const std::string canonical =
      "rest 10s\n"
      "switch sides\n"
      "say \"Breathe out\"\n"
      "section \"Core\" {\n"
      "  hold bird_dog 15s\n"
      "}\n"
      "repeat 3 {\n"
      "  rest 5s\n"
      "}\n"
      "repeat x3 {\n"
      "  rest 5s\n"
      "}\n"
      "scale 0.5\n"
      "scale 50%\n"
      "set first_side right\n"
      "set tempo 2s\n"
      "target 10min\n"
      "frequency daily\n"
      "frequency 3..5 per week\n"
      "screen urgent_care\n"
      "given flare_up\n";
  expect_format(canonical, canonical);
  expect_format("switch   sides\nfrequency 3 .. 5   per  week\n",
                "switch sides\nfrequency 3..5 per week\n");
}

TEST(FormatLayout, PrintsDefinitions) {
  const std::string canonical =
      "use neck\n"
      "use \"my_exercises.limber\"\n"
      "condition flare_up \"Is your back flaring up today?\"\n"
      "routine \"Spine\" {\n"
      "  hold cat_cow 30s\n"
      "}\n";
  expect_format(canonical, canonical);
}

TEST(FormatLayout, PrintsOneExercisePropertyPerLine) {
  expect_format(
      "exercise figure_four \"Figure Four Stretch\" { kind stretch; position supine\n"
      "regions hip,glutes ,   lumbar\n   sided\nhold 15s .. 30s; rounds 2..3\n"
      "    risk low\ntempo 3s\navoid_if hip_replacement, knee_pain\n"
      "alt figure_four_seated\ncue \"Cross the ankle over the knee\"\n"
      "feel \"A stretch in the buttock\"\nmode hold; equipment mat }\n",
      "exercise figure_four \"Figure Four Stretch\" {\n"
      "  kind stretch\n"
      "  position supine\n"
      "  regions hip, glutes, lumbar\n"
      "  sided\n"
      "  hold 15s..30s\n"
      "  rounds 2..3\n"
      "  risk low\n"
      "  tempo 3s\n"
      "  avoid_if hip_replacement, knee_pain\n"
      "  alt figure_four_seated\n"
      "  cue \"Cross the ankle over the knee\"\n"
      "  feel \"A stretch in the buttock\"\n"
      "  mode hold\n"
      "  equipment mat\n"
      "}\n");
}

TEST(FormatLayout, PrintsAnExerciseWithoutDisplayName) {
  expect_format("exercise foo {sided}\n", "exercise foo {\n  sided\n}\n");
}

TEST(FormatLayout, PrintsOneScreenFlagPerLine) {
  expect_format(
      "screen urgent_care \"Before you start\" { flag \"Numbness in the groin?\"; flag "
      "\"Fever?\"\n        flag \"Loss of bladder control?\" }\n",
      "screen urgent_care \"Before you start\" {\n"
      "  flag \"Numbness in the groin?\"\n"
      "  flag \"Fever?\"\n"
      "  flag \"Loss of bladder control?\"\n"
      "}\n");
}

TEST(FormatLayout, FormatsTheDesignSketchRoutine) {
  expect_format(
      "# Simple 10-minute spine mobility routine\n"
      "routine \"Spine Mobility\" {\n"
      "target 10min; frequency 3..5 per week\n"
      "screen urgent_care\n\n\n"
      "warmup march_in_place 60sec\n"
      "  section \"Spine Mobility\" { hold cat_cow 30s x3;reps pelvic_tilt 10 x2 }\n"
      "optional section \"Spine Rotation\" {\n"
      "hold seated_twist 20s x2 each side\n"
      "}\n"
      "if flare_up then scale 0.5\n"
      "}",
      "# Simple 10-minute spine mobility routine\n"
      "routine \"Spine Mobility\" {\n"
      "  target 10min\n"
      "  frequency 3..5 per week\n"
      "  screen urgent_care\n"
      "\n"
      "  warmup march_in_place 60s\n"
      "  section \"Spine Mobility\" {\n"
      "    hold cat_cow 30s x3\n"
      "    reps pelvic_tilt 10 x2\n"
      "  }\n"
      "  optional section \"Spine Rotation\" {\n"
      "    hold seated_twist 20s x2 each side\n"
      "  }\n"
      "  if flare_up then scale 0.5\n"
      "}\n");
}

// ---------------------------------------------------------------- values

TEST(FormatValues, SpellsDurationUnitsCanonically) {
  expect_format("hold cat_cow 45sec\n", "hold cat_cow 45s\n");
  expect_format("rest 1min30sec\n", "rest 1min30s\n");
  expect_format("target 1h\nrest 2min\nrest 1.5min\n", "target 1h\nrest 2min\nrest 1.5min\n");
  expect_format("hold cat_cow 15sec..30sec\n", "hold cat_cow 15s..30s\n");
}

TEST(FormatValues, KeepsDigitsAsWritten) {
  expect_format("scale 0.50\nscale 075%\nreps pelvic_tilt 010 x03\n",
                "scale 0.50\nscale 075%\nreps pelvic_tilt 010 x03\n");
}

TEST(FormatValues, PrintsRangesWithoutSpaces) {
  expect_format("hold cat_cow 15s .. 30s\nrepeat 2 ..3 {}\n",
                "hold cat_cow 15s..30s\nrepeat 2..3 {}\n");
}

TEST(FormatValues, RequotesStringsWithEscapes) {
  // The parser resolves the escapes; the formatter must put exactly these two back.
  expect_format(R"(say "Say \"ah\" and breathe \\ relax")"
                "\n",
                R"(say "Say \"ah\" and breathe \\ relax")"
                "\n");
  expect_format(R"(section "A \"quoted\" title" {})"
                "\n",
                R"(section "A \"quoted\" title" {})"
                "\n");
  expect_format(R"(condition c "Back \\ neck?")"
                "\n",
                R"(condition c "Back \\ neck?")"
                "\n");
  expect_format("say \"Ünïcödé — ok\"\n", "say \"Ünïcödé — ok\"\n");
}

// ---------------------------------------------------------------- comments

TEST(FormatComments, KeepsAnOwnLineCommentAtTheIndentOfTheNextStatement) {
  expect_format(
      "routine \"R\" {\n# warm up first\n        warmup march_in_place 1min\n"
      "  section \"S\" {\n# the main stretch\nhold cat_cow 30s\n  }\n}\n",
      "routine \"R\" {\n"
      "  # warm up first\n"
      "  warmup march_in_place 1min\n"
      "  section \"S\" {\n"
      "    # the main stretch\n"
      "    hold cat_cow 30s\n"
      "  }\n"
      "}\n");
}

TEST(FormatComments, KeepsTheLastCommentOfABlockAtTheIndentOfItsContents) {
  expect_format("section \"S\" {\n  hold cat_cow 30s\n# done with the stretch\n}\n",
                "section \"S\" {\n  hold cat_cow 30s\n  # done with the stretch\n}\n");
  expect_format(
      "routine \"R\" {\n  section \"S\" {\n    rest 1s\n  # inner\n# outer? no: inner too\n"
      "  }\n# outer\n}\n",
      "routine \"R\" {\n"
      "  section \"S\" {\n"
      "    rest 1s\n"
      "    # inner\n"
      "    # outer? no: inner too\n"
      "  }\n"
      "  # outer\n"
      "}\n");
}

TEST(FormatComments, KeepsCommentsInAnOtherwiseEmptyBlock) {
  expect_format("section \"S\" {\n# nothing yet\n}\n", "section \"S\" {\n  # nothing yet\n}\n");
  expect_format("section \"S\" { # nothing yet\n}\n", "section \"S\" { # nothing yet\n}\n");
  expect_format("exercise foo \"Foo\" {\n      # to do\n}\n",
                "exercise foo \"Foo\" {\n  # to do\n}\n");
}

TEST(FormatComments, KeepsCommentsAtTheStartAndEndOfTheFile) {
  expect_format("\n\n# header\n\n\nhold cat_cow 30s\n\n\n   # footer\n\n",
                "# header\n\nhold cat_cow 30s\n\n# footer\n");
  expect_format("# only a comment", "# only a comment\n");
  expect_format("   # one\n# two\n", "# one\n# two\n");
}

TEST(FormatComments, KeepsATrailingCommentOnItsLine) {
  expect_format("hold cat_cow 30s    # gently\n", "hold cat_cow 30s # gently\n");
  expect_format("hold cat_cow 30s unless tired# gently\n",
                "hold cat_cow 30s unless tired # gently\n");
  expect_format("if flare_up then scale 0.5 # halve everything\n",
                "if flare_up then scale 0.5 # halve everything\n");
  expect_format("exercise foo \"Foo\" {\n  sided   # one side at a time\n}\n",
                "exercise foo \"Foo\" {\n  sided # one side at a time\n}\n");
  expect_format("screen s \"S\" {\n  flag \"Fever?\"\t# ask first\n}\n",
                "screen s \"S\" {\n  flag \"Fever?\" # ask first\n}\n");
}

TEST(FormatComments, KeepsACommentAfterTheLastOfStatementsJoinedWithSemicolons) {
  expect_format("hold cat_cow 30s; rest 5s # short\n", "hold cat_cow 30s\nrest 5s # short\n");
  expect_format("hold cat_cow 30s; # long\nrest 5s\n", "hold cat_cow 30s # long\nrest 5s\n");
}

TEST(FormatComments, KeepsCommentsAfterBraces) {
  expect_format(
      "routine \"R\" {   # the whole thing\n  section \"S\" {# one part\n    rest 5s\n  }  # end "
      "of "
      "part\n} # end\n",
      "routine \"R\" { # the whole thing\n"
      "  section \"S\" { # one part\n"
      "    rest 5s\n"
      "  } # end of part\n"
      "} # end\n");
  expect_format("section \"S\" {} # empty for now\n", "section \"S\" {} # empty for now\n");
  expect_format("section \"S\" { rest 5s } # inline\n", "section \"S\" {\n  rest 5s\n} # inline\n");
  expect_format("section \"S\" {\n  rest 5s\n} unless tired # skipped when tired\n",
                "section \"S\" {\n  rest 5s\n} unless tired # skipped when tired\n");
}

TEST(FormatComments, KeepsCommentsInIfAndElseBlocks) {
  expect_format(
      "if a { # when a\n  rest 1s\n  # end of a\n}\nelse if b { # when b\nrest 2s\n}"
      " else { # otherwise\n# nothing else\n} # after\n",
      "if a { # when a\n"
      "  rest 1s\n"
      "  # end of a\n"
      "} else if b { # when b\n"
      "  rest 2s\n"
      "} else { # otherwise\n"
      "  # nothing else\n"
      "} # after\n");
}

TEST(FormatComments, KeepsCommentsInDefinitions) {
  expect_format(
      "exercise foo \"Foo\" { # the definition\n# what kind\nkind stretch # a stretch\n\n"
      "  # where\nregions hip\n# last\n}\n"
      "screen s \"S\" {\n# first flag\n  flag \"Fever?\"\n  # no more\n}\n",
      "exercise foo \"Foo\" { # the definition\n"
      "  # what kind\n"
      "  kind stretch # a stretch\n"
      "\n"
      "  # where\n"
      "  regions hip\n"
      "  # last\n"
      "}\n"
      "screen s \"S\" {\n"
      "  # first flag\n"
      "  flag \"Fever?\"\n"
      "  # no more\n"
      "}\n");
}

TEST(FormatComments, KeepsCommentTextButTrimsTrailingWhitespace) {
  expect_format("#no space   \t\n#    wide   inside  \n#\nrest 1s\n",
                "#no space\n#    wide   inside\n#\nrest 1s\n");
  expect_format("rest 1s # ## not #a heading   \n", "rest 1s # ## not #a heading\n");
}

TEST(FormatComments, DoesNotMistakeAHashInAStringForAComment) {
  expect_format("say \"Set #2\" # second set\n", "say \"Set #2\" # second set\n");
}

// ---------------------------------------------------------------- blank lines

TEST(FormatBlankLines, CollapsesRunsOfBlankLinesToOne) {
  expect_format("rest 1s\n\n\n\nrest 2s\n \t \n\nrest 3s\nrest 4s\n",
                "rest 1s\n\nrest 2s\n\nrest 3s\nrest 4s\n");
}

TEST(FormatBlankLines, DropsBlankLinesAfterOpenAndBeforeCloseBraces) {
  expect_format("section \"S\" {\n\n\n  rest 1s\n\n  rest 2s\n\n\n}\n",
                "section \"S\" {\n  rest 1s\n\n  rest 2s\n}\n");
  expect_format("section \"S\" {\n\n  # only\n\n}\n", "section \"S\" {\n  # only\n}\n");
}

TEST(FormatBlankLines, KeepsBlankLinesAroundComments) {
  expect_format("rest 1s\n\n# next part\n\nrest 2s\n# tight\nrest 3s\n",
                "rest 1s\n\n# next part\n\nrest 2s\n# tight\nrest 3s\n");
}

TEST(FormatBlankLines, KeepsBlankLinesBetweenStatementsAfterABlock) {
  expect_format("section \"A\" {\n  rest 1s\n}\n\n\nsection \"B\" {}\nrest 2s\n",
                "section \"A\" {\n  rest 1s\n}\n\nsection \"B\" {}\nrest 2s\n");
}

TEST(FormatBlankLines, IgnoresBlankLinesInsideAStatement) {
  expect_format("if a {\n  rest 1s\n}\n\n\nelse {\n  rest 2s\n}\nrest 3s\n",
                "if a {\n  rest 1s\n} else {\n  rest 2s\n}\nrest 3s\n");
}

TEST(FormatBlankLines, DropsBlankLinesAtTheStartAndEndOfTheFile) {
  expect_format("\n\n\t\n  rest 1s\n\n\n", "rest 1s\n");
}

// ---------------------------------------------------------------- file encoding

TEST(FormatFile, EndsWithExactlyOneLineEnd) {
  expect_format("rest 1s", "rest 1s\n");
  expect_format("rest 1s\n\n\n\n", "rest 1s\n");
}

TEST(FormatFile, FormatsAFileWithNothingInItToEmptyText) {
  expect_format("", "");
  expect_format("\n\n  \t\n", "");
  expect_format(";;\n ; \n", "");
}

TEST(FormatFile, WritesLfLineEndsForCrlfInput) {
  expect_format(
      "# header  \r\nroutine \"R\" { # trailing\r\n  rest 1s\r\n\r\n\r\n  rest 2s\r\n"
      "  # last\r\n}\r\n",
      "# header\nroutine \"R\" { # trailing\n  rest 1s\n\n  rest 2s\n  # last\n}\n");
}

TEST(FormatFile, DropsTheByteOrderMark) {
  expect_format("\xEF\xBB\xBFrest 1s\n", "rest 1s\n");
  expect_format("\xEF\xBB\xBF# first\r\nrest 1s", "# first\nrest 1s\n");
}

// ---------------------------------------------------------------- every routine in the repo

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::filesystem::path> repository_routines() {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const char* folder : {"examples", "stdlib", "tests/conformance"}) {
    const fs::path root = fs::path(LIMBER_SOURCE_DIR) / folder;
    if (!fs::is_directory(root)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".limber") {
        files.push_back(entry.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> comment_texts(const SourceFile& source, const ast::File& file) {
  std::vector<std::string> texts;
  for (const Span& c : file.comments) {
    std::string text = source.text().substr(c.begin, c.size());
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
      text.pop_back();
    }
    texts.push_back(text);
  }
  return texts;
}

TEST(FormatRepository, IsIdempotentAndKeepsEveryComment) {
  std::size_t checked = 0;
  for (const auto& path : repository_routines()) {
    SCOPED_TRACE(path.string());
    const SourceFile source(path.string(), read_file(path));
    const ParseResult parsed = parse(source);
    // Conformance cases include files that are meant not to parse; those are not formatted.
    if (!parsed.ok()) continue;
    ++checked;

    const std::string once = format(source, parsed.file);
    const SourceFile again(path.string(), once);
    const ParseResult reparsed = parse(again);
    ASSERT_TRUE(reparsed.ok()) << "the formatted text does not parse:\n"
                               << once << rendered(again, reparsed);
    EXPECT_EQ(format(again, reparsed.file), once);
    EXPECT_EQ(comment_texts(again, reparsed.file), comment_texts(source, parsed.file));
    EXPECT_EQ(reparsed.file.statements.size(), parsed.file.statements.size());
  }
  if (checked == 0)
    GTEST_SKIP() << "no routine files that parse under examples/, stdlib/ or "
                    "tests/conformance/ yet";
}

}  // namespace
}  // namespace limber
