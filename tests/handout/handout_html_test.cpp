// The HTML handout: one file with nothing to fetch and nothing to run, its text escaped, laid
// out for the paper asked for; and the template filled exactly.

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

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

namespace {

// The numbers the timeline labels its exercise blocks with, in order.
std::vector<std::string> block_numbers(const std::string& html) {
  std::vector<std::string> out;
  const std::string bold = "font-weight=\"bold\">";
  for (auto at = html.find(bold); at != std::string::npos; at = html.find(bold, at + 1)) {
    const std::size_t start = at + bold.size();
    out.push_back(html.substr(start, html.find_first_not_of("0123456789", start) - start));
  }
  return out;
}

}  // namespace

TEST_F(HandoutHtml, AFlareUpDaysHandoutSaysSoAtTheTop) {
  const CommandResult r = limber({"plan", spine(), "--format", "html", "--when", "flare_up"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<h1>Spine Mobility</h1>\n<p class=\"flare-up-day\">This is your routine "
                       "for a flare-up day: gentler than usual.</p>\n"),
            std::string::npos);
  EXPECT_EQ(count(limber({"plan", spine(), "--format", "html"}).out, "flare-up-day"), 1u);
}

TEST_F(HandoutHtml, TheNormalHandoutListsWhatOnlyAFlareUpDayDoes) {
  const std::string routine = (source_dir / "tests/handout/flare-up/flare-up-only.limber").string();
  const CommandResult r = limber({"plan", routine, "--format", "html"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<p class=\"note\">Only on a flare-up day: Gentle day.</p>\n<article "
                       "class=\"exercise\">\n<h4>Child&#39;s Pose<span class=\"badge\">Only on a "
                       "flare-up day</span></h4>\n<dl>\n<dt>Only on a flare-up day</dt><dd>leave "
                       "it out on other days</dd>\n<dt>Dose</dt><dd>hold 15 seconds, twice</dd>"),
            std::string::npos)
      << r.out;
  // The timeline shows today's session: the flare-up's card has no block, and both rounds of the
  // `repeat` are card 3.
  EXPECT_EQ(block_numbers(r.out), (std::vector<std::string>{"1", "2", "3", "3", "4"}));
}

// A substitute has a card of its own; its block carries that card's number, not the number of
// the first card of the same exercise.
TEST_F(HandoutHtml, TheTimelineNumbersEachBlockAsItsCard) {
  const CommandResult r = limber({"plan", spine(), "--format", "html", "--when", "kneeling_pain"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<h4>5. Figure Four Stretch<"), std::string::npos);
  EXPECT_EQ(block_numbers(r.out),
            (std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7", "8", "9"}));
}

// The caption names a row of sections only when the routine has sections.
TEST_F(HandoutHtml, TheTimelinesCaptionFitsTheRoutine) {
  const CommandResult one =
      limber({"plan", (source_dir / "examples/one-liner.limber").string(), "--format", "html"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(count(one.out, "Sections on top"), 0u);
  EXPECT_NE(one.out.find("<p>Each exercise by its number, then below it what you do from moment "
                         "to moment"),
            std::string::npos);
  EXPECT_EQ(count(limber({"plan", spine(), "--format", "html"}).out, "<p>Sections on top, then "),
            1u);
}

// Chromium ends a page with a heading alone when the card after it does not fit, whatever
// `break-after: avoid` says: each heading and its first card stay in one unbreakable group.
TEST_F(HandoutHtml, EachHeadingStaysWithItsFirstCard) {
  const CommandResult r =
      limber({"plan", (source_dir / "examples/beginner-core.limber").string(), "--format", "html"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(".keep { break-inside: avoid; }"), std::string::npos);
  const std::string exercises = r.out.substr(r.out.find("<h2>The exercises</h2>"));
  EXPECT_EQ(count(exercises, "<div class=\"keep\">\n<h3>"), count(exercises, "<h3>"));
  EXPECT_GE(count(exercises, "<h3>"), 2u);
  EXPECT_EQ(count(r.out, "<div class=\"keep\">\n<h2>The exercises</h2>\n"), 1u);
  EXPECT_EQ(count(r.out, "<div class=\"keep\">"), count(r.out, "</div>"));
}
