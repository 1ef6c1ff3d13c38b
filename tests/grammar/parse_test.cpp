#include "grammar/parse.hpp"

#include <gtest/gtest.h>

#include <string>

namespace limber {
namespace {

struct Parsed {
  SourceFile source;
  ParseResult result;

  explicit Parsed(std::string text) : source("t.limber", std::move(text)), result(parse(source)) {}

  std::string_view text_of(Span span) const {
    return std::string_view(source.text()).substr(span.begin, span.size());
  }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics) out.push_back(d.code);
    return out;
  }
};

template <typename Node>
const Node& node_of(const ast::Statement& statement) {
  return std::get<Node>(statement.node);
}

TEST(Parse, OneLinerFromTheDesignSketch) {
  Parsed p("hold cat_cow 30s x3; switch sides; if flare_up then scale 0.5\n");
  ASSERT_TRUE(p.result.ok()) << p.codes().size();
  const auto& statements = p.result.file.statements;
  ASSERT_EQ(statements.size(), 3u);

  const auto& hold = node_of<ast::Dose>(statements[0]);
  EXPECT_EQ(hold.verb, ast::Verb::hold);
  EXPECT_EQ(hold.exercise.text, "cat_cow");
  EXPECT_EQ(p.text_of(hold.exercise.span), "cat_cow");
  EXPECT_EQ(hold.amount.kind, ast::ValueKind::duration);
  EXPECT_EQ(hold.amount.number, 30);
  ASSERT_TRUE(hold.rounds);
  EXPECT_EQ(hold.rounds->kind, ast::ValueKind::count);
  EXPECT_EQ(hold.rounds->number, 3);
  EXPECT_EQ(p.text_of(statements[0].span), "hold cat_cow 30s x3");

  EXPECT_TRUE(std::holds_alternative<ast::SwitchSides>(statements[1].node));
  EXPECT_EQ(p.text_of(statements[1].span), "switch sides");

  const auto& cond = node_of<ast::If>(statements[2]);
  EXPECT_EQ(cond.condition.text, "flare_up");
  EXPECT_TRUE(cond.inline_then);
  ASSERT_EQ(cond.then_body.statements.size(), 1u);
  const auto& scale = node_of<ast::Scale>(cond.then_body.statements[0]);
  EXPECT_EQ(scale.factor.kind, ast::ValueKind::number);
  EXPECT_EQ(scale.factor.text, "0.5");
  EXPECT_EQ(scale.factor.number, 0.5);
  EXPECT_EQ(p.text_of(cond.then_body.span), "scale 0.5");
  EXPECT_EQ(p.text_of(statements[2].span), "if flare_up then scale 0.5");
}

// A statement's size is most of a parse's memory (docs/benchmarks.md): parts most statements
// lack are boxed so that they cost a pointer. Growing it again should be a decision.
static_assert(sizeof(ast::Statement) <= 120, "a statement grew: box what most lack");

TEST(Parse, BoxedPartsAreCopiedWithTheirStatement) {
  Parsed p(
      "hold cat_cow 30s unless flare_up\n"
      "hold cat_cow 20s progress +5s per week until 40s\n"
      "if flare_up { rest 5s } else { rest 6s }\n");
  ASSERT_TRUE(p.result.ok());
  ast::File copy = p.result.file;
  const auto& statements = p.result.file.statements;
  ASSERT_TRUE(copy.statements[0].unless);
  copy.statements[0].unless->text = "knee_pain";
  std::get<ast::Dose>(copy.statements[1].node).progress->until.number = 60;
  std::get<ast::If>(copy.statements[2].node).else_body->statements.clear();
  // The original keeps its own parts: a copy is deep, as with std::optional.
  EXPECT_EQ(statements[0].unless->text, "flare_up");
  EXPECT_EQ(node_of<ast::Dose>(statements[1]).progress->until.number, 40);
  EXPECT_EQ(node_of<ast::If>(statements[2]).else_body->statements.size(), 1u);
  EXPECT_FALSE(node_of<ast::Dose>(statements[0]).progress);
  EXPECT_FALSE(statements[1].unless);
}

TEST(Parse, DurationsKeepTheirCanonicalPartsAndTotal) {
  Parsed p("rest 1min30s\nrest 45sec\nrest 1h\nrest 1.5min\n");
  ASSERT_TRUE(p.result.ok());
  const auto& s = p.result.file.statements;
  const auto& compound = node_of<ast::Rest>(s[0]).duration;
  EXPECT_EQ(compound.text, "1min30s");
  EXPECT_EQ(node_of<ast::Rest>(s[1]).duration.text, "45s");
  EXPECT_EQ(node_of<ast::Rest>(s[3]).duration.text, "1.5min");
  EXPECT_EQ(compound.number, 90);
  EXPECT_EQ(node_of<ast::Rest>(s[1]).duration.number, 45);
  EXPECT_EQ(node_of<ast::Rest>(s[2]).duration.number, 3600);
  EXPECT_EQ(node_of<ast::Rest>(s[3]).duration.number, 90);
}

TEST(Parse, ValuesOfEveryKind) {
  Parsed p(
      "scale 50%\nset first_side right\nset tempo 4s\nrepeat x3 {\n}\ntarget 10min\n"
      "frequency 3..5 per week\nfrequency daily\nhold cat_cow 30\n");
  ASSERT_TRUE(p.result.ok());
  const auto& s = p.result.file.statements;
  const auto& percent = node_of<ast::Scale>(s[0]).factor;
  EXPECT_EQ(percent.kind, ast::ValueKind::percent);
  EXPECT_EQ(percent.text, "50");
  EXPECT_EQ(percent.number, 50);
  const auto& side = node_of<ast::Set>(s[1]);
  EXPECT_EQ(side.setting.text, "first_side");
  EXPECT_EQ(side.value.kind, ast::ValueKind::name);
  EXPECT_EQ(side.value.text, "right");
  EXPECT_EQ(node_of<ast::Set>(s[2]).value.kind, ast::ValueKind::duration);
  EXPECT_EQ(node_of<ast::Repeat>(s[3]).times.kind, ast::ValueKind::count);
  EXPECT_EQ(node_of<ast::Target>(s[4]).duration.number, 600);
  const auto& frequency = node_of<ast::Frequency>(s[5]);
  ASSERT_TRUE(frequency.per_week);
  EXPECT_EQ(frequency.per_week->kind, ast::ValueKind::range);
  ASSERT_TRUE(frequency.per_week->bounds);
  EXPECT_EQ(frequency.per_week->low().number, 3);
  EXPECT_EQ(frequency.per_week->high().number, 5);
  EXPECT_EQ(p.text_of(frequency.per_week->span), "3..5");
  EXPECT_FALSE(node_of<ast::Frequency>(s[6]).per_week);
  // A bare number where a duration belongs parses: the checker explains what is wrong.
  EXPECT_EQ(node_of<ast::Dose>(s[7]).amount.kind, ast::ValueKind::number);
}

TEST(Parse, DoseOptionsAndSides) {
  Parsed p(
      "reps pelvic_tilt 10 x2\nhold figure_four 30s x2 each side\nhold side_plank 15s on right\n"
      "warmup march_in_place 1min\n");
  ASSERT_TRUE(p.result.ok());
  const auto& s = p.result.file.statements;
  const auto& reps = node_of<ast::Dose>(s[0]);
  EXPECT_EQ(reps.verb, ast::Verb::reps);
  EXPECT_EQ(reps.amount.number, 10);
  EXPECT_EQ(reps.sides, ast::Sides::unspecified);
  const auto& each = node_of<ast::Dose>(s[1]);
  EXPECT_EQ(each.sides, ast::Sides::each);
  EXPECT_EQ(p.text_of(each.sides_span), "each side");
  const auto& right = node_of<ast::Dose>(s[2]);
  EXPECT_EQ(right.sides, ast::Sides::right);
  EXPECT_FALSE(right.rounds);
  const auto& warmup = node_of<ast::Dose>(s[3]);
  EXPECT_EQ(warmup.verb, ast::Verb::warmup);
  EXPECT_EQ(warmup.amount.number, 60);
}

TEST(Parse, OptionalAndUnlessWrapAStep) {
  Parsed p("optional hold pigeon 30s x2 each side unless flare_up\n");
  ASSERT_TRUE(p.result.ok());
  const auto& statement = p.result.file.statements.at(0);
  ASSERT_TRUE(statement.optional_keyword);
  EXPECT_EQ(p.text_of(*statement.optional_keyword), "optional");
  ASSERT_TRUE(statement.unless);
  EXPECT_EQ(statement.unless->text, "flare_up");
  EXPECT_EQ(p.text_of(statement.span), "optional hold pigeon 30s x2 each side unless flare_up");
}

TEST(Parse, RoutineWithSectionsAndBlocks) {
  Parsed p(
      "# a routine\n"
      "routine \"Spine Mobility\" {\n"
      "  target 10min\n"
      "  screen urgent_care\n"
      "  given flare_up\n"
      "  section \"Spine\" {  # spine first\n"
      "    hold cat_cow 30s x3\n"
      "  }\n"
      "  optional section \"Rotation\" {\n"
      "    say \"Turn \\\"gently\\\"\"\n"
      "  }\n"
      "}\n");
  ASSERT_TRUE(p.result.ok());
  ASSERT_EQ(p.result.file.statements.size(), 1u);
  const auto& routine = node_of<ast::Routine>(p.result.file.statements[0]);
  EXPECT_EQ(routine.title.value, "Spine Mobility");
  EXPECT_EQ(p.text_of(routine.title.span), "\"Spine Mobility\"");
  ASSERT_EQ(routine.body.statements.size(), 5u);
  EXPECT_EQ(node_of<ast::ScreenUse>(routine.body.statements[1]).screen.text, "urgent_care");
  EXPECT_EQ(node_of<ast::Given>(routine.body.statements[2]).condition.text, "flare_up");
  const auto& spine = node_of<ast::Section>(routine.body.statements[3]);
  EXPECT_EQ(spine.title.value, "Spine");
  EXPECT_EQ(p.text_of(spine.body.span), "{  # spine first\n    hold cat_cow 30s x3\n  }");
  const auto& rotation = routine.body.statements[4];
  EXPECT_TRUE(rotation.optional_keyword);
  const auto& say = node_of<ast::Say>(node_of<ast::Section>(rotation).body.statements[0]);
  EXPECT_EQ(say.text.value, "Turn \"gently\"");
  EXPECT_EQ(p.text_of(routine.body.span).front(), '{');
  EXPECT_EQ(p.text_of(routine.body.span).back(), '}');
  ASSERT_EQ(p.result.file.comments.size(), 2u);
  EXPECT_EQ(p.text_of(p.result.file.comments[0]), "# a routine");
  EXPECT_EQ(p.text_of(p.result.file.comments[1]), "# spine first");
}

TEST(Parse, IfElseAndElseIfChains) {
  Parsed p("if a {\n  rest 5s\n}\nelse if b {\n  rest 10s\n} else {\n  say \"x\"\n}\n");
  ASSERT_TRUE(p.result.ok());
  const auto& outer = node_of<ast::If>(p.result.file.statements.at(0));
  EXPECT_FALSE(outer.inline_then);
  EXPECT_TRUE(outer.else_if);
  EXPECT_EQ(p.text_of(outer.then_body.span), "{\n  rest 5s\n}");
  ASSERT_TRUE(outer.else_body);
  ASSERT_EQ(outer.else_body->statements.size(), 1u);
  const auto& inner = node_of<ast::If>(outer.else_body->statements[0]);
  EXPECT_EQ(inner.condition.text, "b");
  EXPECT_FALSE(inner.else_if);
  ASSERT_TRUE(inner.else_body);
  EXPECT_EQ(p.text_of(inner.else_body->span), "{\n  say \"x\"\n}");
  EXPECT_EQ(p.text_of(outer.else_body->span).substr(0, 4), "if b");
}

TEST(Parse, DefinitionsOfEveryKind) {
  Parsed p(
      "use neck\nuse \"mine.limber\"\n"
      "condition flare_up \"Is your back flaring up today?\"\n"
      "screen urgent_care \"Before you start\" {\n  flag \"New numbness\"  # red flag\n}\n"
      "exercise figure_four \"Figure Four Stretch\" {\n"
      "  kind stretch\n  position supine\n  regions hip, glutes, lumbar\n  mode hold\n  sided\n"
      "  hold 15s..30s\n  rounds 2..3\n  risk low\n  avoid_if hip_replacement\n"
      "  alt figure_four_seated\n  equipment strap\n  cue \"Cross the ankle\"\n  feel \"A "
      "stretch\"\n"
      "}\n");
  ASSERT_TRUE(p.result.ok());
  const auto& s = p.result.file.statements;
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(node_of<ast::Use>(s[0]).module->text, "neck");
  EXPECT_EQ(node_of<ast::Use>(s[1]).path->value, "mine.limber");
  const auto& condition = node_of<ast::ConditionDecl>(s[2]);
  EXPECT_EQ(condition.name.text, "flare_up");
  EXPECT_EQ(condition.question.value, "Is your back flaring up today?");
  const auto& screen = node_of<ast::ScreenDecl>(s[3]);
  EXPECT_EQ(screen.name.text, "urgent_care");
  ASSERT_EQ(screen.flags.size(), 1u);
  EXPECT_EQ(screen.flags[0].text.value, "New numbness");
  EXPECT_EQ(p.text_of(screen.flags[0].span), "flag \"New numbness\"");
  EXPECT_EQ(p.text_of(screen.body), "{\n  flag \"New numbness\"  # red flag\n}");
  const auto& exercise = node_of<ast::ExerciseDef>(s[4]);
  EXPECT_EQ(exercise.name.text, "figure_four");
  EXPECT_EQ(exercise.display_name->value, "Figure Four Stretch");
  ASSERT_EQ(exercise.properties.size(), 13u);
  EXPECT_EQ(exercise.properties[0].key.text, "kind");
  EXPECT_EQ(exercise.properties[0].values.at(0).text, "stretch");
  const auto& regions = exercise.properties[2];
  EXPECT_EQ(regions.key.text, "regions");
  ASSERT_EQ(regions.values.size(), 3u);
  EXPECT_EQ(regions.values[2].text, "lumbar");
  EXPECT_EQ(p.text_of(regions.span), "regions hip, glutes, lumbar");
  EXPECT_EQ(exercise.properties[4].key.text, "sided");
  EXPECT_TRUE(exercise.properties[4].values.empty());
  EXPECT_EQ(exercise.properties[5].values.at(0).kind, ast::ValueKind::range);
  EXPECT_EQ(exercise.properties[12].values.at(0).text, "A stretch");
}

TEST(Parse, CrlfAndBomAreAccepted) {
  Parsed p("\xEF\xBB\xBFhold cat_cow 30s\r\nrest 5s\r\n");
  EXPECT_TRUE(p.result.ok());
  EXPECT_EQ(p.result.file.statements.size(), 2u);
}

TEST(Parse, RecoversAndReportsEveryBrokenStatement) {
  Parsed p(
      "routine \"r\" {\n  hodl a 30s\n  hold b\n  section \"s\" {\n    rest\n  }\n"
      "  hold c 30s x2\n}\nhold d 30s each sid\n");
  EXPECT_EQ(p.codes(), (std::vector<std::string>{"unknown-step", "expected-duration",
                                                 "expected-duration", "expected-side"}));
  // The statements around the broken ones are kept.
  const auto& routine = node_of<ast::Routine>(p.result.file.statements.at(0));
  ASSERT_EQ(routine.body.statements.size(), 2u);
  EXPECT_EQ(node_of<ast::Dose>(routine.body.statements[1]).exercise.text, "c");
}

TEST(Parse, SkipsABrokenBlockWhole) {
  // The header is wrong, so the block it opens is skipped rather than read as stray steps.
  Parsed p("sectoin \"s\" {\n  hold a 30s\n  rest 5s\n}\nhold b 30s\n");
  EXPECT_EQ(p.codes(), (std::vector<std::string>{"unknown-statement"}));
  EXPECT_EQ(p.result.diagnostics[0].suggestion, "section");
  ASSERT_EQ(p.result.file.statements.size(), 1u);
  EXPECT_EQ(node_of<ast::Dose>(p.result.file.statements[0]).exercise.text, "b");
}

TEST(Parse, BackslashAtTheEndOfTheFile) {
  // Found by the fuzzer: recovery skipped the character after a final `\`, past the end.
  Parsed p("say \"ends in a backslash \\");
  EXPECT_EQ(p.codes(), (std::vector<std::string>{"bad-escape"}));
}

TEST(Parse, DeepNestingIsRefusedNotFatal) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "section \"s\" {\n";
  for (int i = 0; i < 10000; ++i) text += "}\n";
  text += "hold after 30s x\n";
  Parsed p(text);
  ASSERT_FALSE(p.result.ok());
  EXPECT_EQ(p.result.diagnostics[0].code, "nesting-too-deep");
  // 64 levels are allowed; the 65th `{` is the one refused.
  EXPECT_EQ(p.source.location(p.result.diagnostics[0].span.begin).line, max_nesting_depth + 1);
  // Parsing went on after the deep block: the last line's own error is found too.
  EXPECT_EQ(p.result.diagnostics.back().code, "unexpected-after-dose");
}

TEST(Parse, DeepInlineIfIsRefusedToo) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "if a then ";
  text += "rest 5s\n";
  Parsed p(text);
  EXPECT_EQ(p.codes(), (std::vector<std::string>{"nesting-too-deep"}));
}

// Every span of the tree lies inside the text and begins before it ends, blocks included.
void expect_well_formed(const std::vector<ast::Statement>& statements, std::size_t size) {
  for (const auto& statement : statements) {
    EXPECT_LE(statement.span.begin, statement.span.end);
    EXPECT_LE(statement.span.end, size);
    std::visit(
        [&](const auto& node) {
          auto block = [&](const ast::Block& b) {
            EXPECT_LE(b.span.begin, b.span.end);
            EXPECT_LE(b.span.end, size);
            expect_well_formed(b.statements, size);
          };
          using Node = std::decay_t<decltype(node)>;
          if constexpr (std::is_same_v<Node, ast::If>) {
            block(node.then_body);
            if (node.else_body) block(*node.else_body);
          } else if constexpr (requires { node.body.statements; }) {
            block(node.body);
          }
        },
        statement.node);
  }
}

TEST(Parse, WholeNumbersAndDecimalsHaveTheirExactValues) {
  // Whole numbers are added up digit by digit, the rest read by from_chars: either way the
  // double is the one the text means.
  Parsed p("scale 0.5\nrest 90\nscale 007\nrest 123456789s\nhold a 30s x12\nscale 0.1\n");
  ASSERT_TRUE(p.result.ok());
  const auto& s = p.result.file.statements;
  EXPECT_EQ(node_of<ast::Scale>(s[0]).factor.number, 0.5);
  EXPECT_EQ(node_of<ast::Rest>(s[1]).duration.number, 90);
  EXPECT_EQ(node_of<ast::Scale>(s[2]).factor.number, 7);
  EXPECT_EQ(node_of<ast::Scale>(s[2]).factor.text, "007");
  EXPECT_EQ(node_of<ast::Rest>(s[3]).duration.number, 123456789);
  EXPECT_EQ(node_of<ast::Dose>(s[4]).rounds->number, 12);
  EXPECT_EQ(node_of<ast::Scale>(s[5]).factor.number, 0.1);
}

TEST(Parse, EveryBlockIsMadeAtItsSize) {
  // A block's statements are gathered while it is open and moved in once it closes: it holds
  // no room beyond them, however they came (nested, inline, after a recovered error).
  Parsed p(
      "routine \"R\" {\n"
      "  hold a 30s\n  hold b 30s\n  hold c 30s\n"
      "  section \"S\" { rest 5s; rest 6s; rest 7s; rest 8s; rest 9s }\n"
      "  hodl x 30s\n"
      "  if flare_up { rest 5s } else { rest 6s; rest 7s }\n"
      "  if knee_pain then rest 8s\n"
      "}\n");
  ASSERT_EQ(p.codes(), (std::vector<std::string>{"unknown-step"}));
  const auto& routine = node_of<ast::Routine>(p.result.file.statements.at(0)).body.statements;
  ASSERT_EQ(routine.size(), 6u);  // the misspelt line is left out
  EXPECT_EQ(routine.capacity(), routine.size());
  const auto& section = node_of<ast::Section>(routine[3]).body.statements;
  EXPECT_EQ(section.size(), 5u);
  EXPECT_EQ(section.capacity(), section.size());
  const auto& branch = node_of<ast::If>(routine[4]);
  EXPECT_EQ(branch.then_body.statements.size(), 1u);
  EXPECT_EQ(branch.then_body.statements.capacity(), 1u);
  ASSERT_TRUE(branch.else_body);
  EXPECT_EQ(branch.else_body->statements.size(), 2u);
  EXPECT_EQ(branch.else_body->statements.capacity(), 2u);
  EXPECT_EQ(node_of<ast::Rest>(branch.else_body->statements[1]).duration.number, 7);
  const auto& inline_then = node_of<ast::If>(routine[5]).then_body.statements;
  ASSERT_EQ(inline_then.size(), 1u);
  EXPECT_EQ(inline_then.capacity(), 1u);
  EXPECT_EQ(node_of<ast::Rest>(inline_then[0]).duration.number, 8);
}

TEST(Parse, TreeHoldsOnlyWholeStatementsWhenParsingStops) {
  // Found by the fuzzer: stopping at the error limit once left half-built blocks in the tree.
  std::string text = "hold a 30s\n";
  for (int i = 0; i < 20; ++i) text += "repeat 2 {\n";
  for (int i = 0; i < 60; ++i) text += "hodl a 30s\n";
  Parsed p(text);
  EXPECT_EQ(p.result.diagnostics.back().code, "too-many-errors");
  ASSERT_EQ(p.result.file.statements.size(), 1u);
  expect_well_formed(p.result.file.statements, text.size());
}

TEST(Parse, ManyUnclosedBlocksAreOneError) {
  Parsed p("repeat 2 {\n  repeat 2 {\n    repeat 2 {\n      rest 5s\n");
  EXPECT_EQ(p.codes(), (std::vector<std::string>{"missing-brace"}));
  EXPECT_EQ(p.source.location(p.result.diagnostics[0].span.begin).line, 3u);
}

TEST(Parse, TooManyErrorsStopsWithANote) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "hodl a 30s\n";
  Parsed p(text);
  EXPECT_EQ(p.result.diagnostics.size(), max_syntax_errors + 1);
  EXPECT_EQ(p.result.diagnostics.back().code, "too-many-errors");
}

TEST(Parse, FileLevelFindings) {
  EXPECT_EQ(Parsed("").codes(), (std::vector<std::string>{"empty-file"}));
  EXPECT_EQ(Parsed("# only a comment\n").codes(), (std::vector<std::string>{"empty-file"}));
  EXPECT_EQ(Parsed("").result.diagnostics[0].severity, Severity::warning);
  EXPECT_TRUE(Parsed("").result.ok());
  EXPECT_EQ(Parsed(std::string("hold a\0 30s", 11)).codes(),
            (std::vector<std::string>{"binary-file"}));
  Parsed utf8("say \"ok\"\nsay \"caf\xE9\"\n");
  EXPECT_EQ(utf8.codes(), (std::vector<std::string>{"invalid-utf8"}));
  EXPECT_EQ(utf8.source.location(utf8.result.diagnostics[0].span.begin).line, 2u);
  EXPECT_EQ(utf8.source.location(utf8.result.diagnostics[0].span.begin).column, 9u);
}

TEST(Parse, NumbersLongerThanNineDigitsAreRefused) {
  Parsed p("rest 1234567890123456789012345678901234567890s\nrest 123456789s\n");
  EXPECT_EQ(p.codes(), (std::vector<std::string>{"number-too-large"}));
}

}  // namespace
}  // namespace limber
