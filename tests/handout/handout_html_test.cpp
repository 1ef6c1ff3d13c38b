// The HTML handout: one file with nothing to fetch and nothing to run, its text escaped, laid
// out for the paper asked for; and the template filled exactly.

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "../cli/cli_fixture.hpp"
#include "interpreter/plan/handout_html.hpp"
#include "interpreter/plan/html_text.hpp"
#include "interpreter/plan/session_timeline.hpp"

namespace fs = std::filesystem;
using limber::testing::CliFixture;
using limber::testing::CommandResult;

namespace {

const fs::path source_dir = LIMBER_SOURCE_DIR;

std::string spine() {
  return (source_dir / "examples/spine-mobility.limber").string();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

class HandoutHtml : public CliFixture {};

TEST_F(HandoutHtml, IsSelfContainedAndPrintsOnA4ByDefault) {
  const CommandResult r = limber({"plan", spine(), "--format", "html"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>\n", 0), 0u);
  EXPECT_EQ(count(r.out, "<script"), 0u);
  EXPECT_EQ(count(r.out, "<link"), 0u);
  EXPECT_EQ(count(r.out, "<img"), 0u);
  EXPECT_EQ(count(r.out, "url(http"), 0u);
  // The one address in the page is the SVG namespace, which names and fetches nothing.
  EXPECT_EQ(count(r.out, "http"), 1u);
  EXPECT_EQ(count(r.out, "xmlns=\"http://www.w3.org/2000/svg\""), 1u);
  EXPECT_EQ(count(r.out, "@page { size: A4; margin: 14mm 15mm; }"), 1u);
  EXPECT_EQ(count(r.out, "{{"), 0u);
  // Ten exercises, ten cards that never split across pages.
  EXPECT_EQ(count(r.out, "<article class=\"exercise\">"), 10u);
  EXPECT_NE(r.out.find("article.exercise { border: 1pt solid #888; border-radius: 4pt; padding: "
                       "5pt 10pt 6pt;\n  margin: 5pt 0; break-inside: avoid; }"),
            std::string::npos);
}

TEST_F(HandoutHtml, PaperLetterSetsThePageSize) {
  const CommandResult r = limber({"plan", spine(), "--format", "html", "--paper", "letter"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count(r.out, "@page { size: letter; margin: 14mm 15mm; }"), 1u);
}

TEST_F(HandoutHtml, PaperIsOnlyForHtml) {
  const CommandResult r = limber({"plan", spine(), "--format", "markdown", "--paper", "letter"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "limber plan: --paper is for --format html\n");
  EXPECT_EQ(limber({"plan", spine(), "--format", "html", "--paper", "a5"}).exit_code, 2);
}

TEST_F(HandoutHtml, TheTimelineTellsWorkFromPausesByPattern) {
  const CommandResult r = limber({"plan", spine(), "--format", "html"});
  EXPECT_EQ(count(r.out, "<pattern id=\"pause\""), 1u);
  // One rect per step that takes time in the activity row, work solid and pauses hatched: the
  // warm-up and 31 rounds; 10 transitions, 17 rests between rounds and 5 switches, and the
  // legend's hatched swatch.
  EXPECT_EQ(count(r.out, "fill=\"#1d4f91\" stroke=\"#333\" stroke-width=\"0.6\"></rect>"), 32u);
  EXPECT_EQ(count(r.out, "fill=\"url(#pause)\""), 33u);
  EXPECT_NE(r.out.find(">14 min</text>"), std::string::npos);
}

TEST_F(HandoutHtml, EscapesTheRoutinesText) {
  const std::string file = write("odd.limber", R"(routine "Tom & Jerry's <b>\"Best\"</b>" {
  say "Breathe <in> & out"
  hold cat_cow 30s
}
)");
  const CommandResult r = limber({"plan", file, "--format", "html"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<h1>Tom &amp; Jerry&#39;s &lt;b&gt;&quot;Best&quot;&lt;/b&gt;</h1>"),
            std::string::npos);
  EXPECT_NE(r.out.find("<p class=\"note\">Breathe &lt;in&gt; &amp; out</p>"), std::string::npos);
  EXPECT_EQ(r.out.find("<b>"), std::string::npos);
  const CommandResult md = limber({"plan", file, "--format", "markdown"});
  EXPECT_EQ(md.out.rfind("# Tom & Jerry's \\<b\\>\"Best\"\\</b\\>\n", 0), 0u) << md.out;
}

// A progressing dose's card says how it builds up, in the patient's words.
TEST_F(HandoutHtml, ACardSaysHowItsDoseBuildsUp) {
  const std::string routine =
      (source_dir / "tests/handout/progression/progression.limber").string();
  const CommandResult r = limber({"plan", routine, "--format", "html", "--week", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<dt>Dose</dt><dd>hold 20 seconds, twice</dd>\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("<dt>Building up</dt><dd>This week (week 2): hold 20 seconds; from week 3: "
                       "25 seconds; goal: 30 seconds</dd>\n</dl>"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("<dt>Building up</dt><dd>This week (week 2): do it twice; from week 3: 3 "
                       "times, your goal</dd>\n"),
            std::string::npos);
  EXPECT_EQ(count(r.out, "<dt>Building up</dt>"), 4u);
  // An exercise that does not progress (the warm-up) has no such line.
  const CommandResult spine_html = limber({"plan", spine(), "--format", "html"});
  EXPECT_EQ(count(spine_html.out, "Building up"), 0u);
}

// The line is escaped like every other text of the card.
TEST(HandoutHtmlCard, EscapesTheBuildingUpLine) {
  limber::Plan plan;
  limber::HandoutExercise item;
  item.number = 1;
  item.name = "Cat-Cow";
  item.dose = "hold 20 seconds";
  item.progress = {"This week (week 2): <b>20</b> & \"more\""};
  limber::Handout handout;
  handout.title = "Building Up";
  handout.plan = &plan;
  handout.groups.push_back({"", {item}});
  const std::string html = limber::handout_to_html(handout);
  EXPECT_NE(html.find("<dt>Building up</dt><dd>This week (week 2): &lt;b&gt;20&lt;/b&gt; &amp; "
                      "&quot;more&quot;</dd>"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("<b>20</b>"), std::string::npos);
}

TEST(HtmlText, EscapesTheFiveCharacters) {
  EXPECT_EQ(limber::html_escape(R"(a<b>&"c"'d')"), "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
}

TEST(HtmlText, FillsEveryPlaceholderAndNothingElse) {
  EXPECT_EQ(limber::fill_template("<p>{{a}}</p>{{b}}{{a}}", {{"a", "1"}, {"b", "<i>"}}),
            "<p>1</p><i>1");
  EXPECT_THROW(limber::fill_template("{{a}}{{c}}", {{"a", "1"}}), std::logic_error);
  EXPECT_THROW(limber::fill_template("{{a}}", {{"a", "1"}, {"b", "2"}}), std::logic_error);
  EXPECT_THROW(limber::fill_template("{{a", {}), std::logic_error);
}

TEST(SessionTimeline, TicksStayFewAndLabelsFit) {
  EXPECT_EQ(limber::tick_step_s(180), 15);
  EXPECT_EQ(limber::tick_step_s(210), 30);
  EXPECT_EQ(limber::tick_step_s(840), 120);
  EXPECT_EQ(limber::tick_step_s(4 * 3600), 1800);
  EXPECT_EQ(limber::fit_label("Cat-Cow", 7), "Cat-Cow");
  EXPECT_EQ(limber::fit_label("Cat-Cow", 4), "Cat…");
  EXPECT_EQ(limber::fit_label("Éé-Éé", 3), "Éé…");
  EXPECT_EQ(limber::fit_label("Cat-Cow", 1), "");
}
