// `limber exercises` tested from the outside: one exercise's documentation, searches, JSON, the
// no-match message and its exit code, a small library of our own for the exact listing layout,
// and docs/exercises.md, which must be exactly what the command prints.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_fixture.hpp"
#include "run_command.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;

const fs::path source_dir = LIMBER_SOURCE_DIR;

class Exercises : public testing::CliFixture {
 protected:
  // The exercise names of a text listing: the first word of each indented line.
  static std::set<std::string> listed(const std::string& out) {
    std::set<std::string> names;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("  ", 0) != 0) continue;
      std::istringstream words(line);
      std::string name;
      words >> name;
      names.insert(name);
    }
    return names;
  }
};

// ---- one exercise

TEST_F(Exercises, DocumentsOneExerciseByItsName) {
  const CommandResult r = limber({"exercises", "figure_four"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "Figure Four Stretch (figure_four)\n"
            "\n"
            "  module     prelude (always available)\n"
            "  kind       stretch\n"
            "  position   supine\n"
            "  regions    hip, glutes, lumbar\n"
            "  mode       hold\n"
            "  sided      yes (one side at a time)\n"
            "  hold       15s..30s\n"
            "  rounds     2..3\n"
            "  risk       low\n"
            "  avoid if   hip_replacement: Have you had a hip replacement operation?\n"
            "  alt        none\n"
            "  equipment  none\n"
            "  cue        Lie on your back with both knees bent. Rest one ankle across the\n"
            "             opposite thigh just above the knee, then gently draw that lower leg\n"
            "             in toward your chest. Keep your head and shoulders relaxed on the\n"
            "             floor.\n"
            "  feel       A stretch deep in the outer hip and buttock of the leg that is\n"
            "             crossed over.\n"
            "  example    hold figure_four 30s x2 each side\n");
}

TEST_F(Exercises, DocumentationNamesTheModuleItsConditionsQuestionsAndItsAlt) {
  const CommandResult twist = limber({"exercises", "seated_twist"});
  EXPECT_EQ(twist.exit_code, 0);
  EXPECT_NE(twist.out.find("  avoid if   twisting_pain: Does turning or twisting your upper body "
                           "make your\n             pain worse?\n"),
            std::string::npos)
      << twist.out;

  const CommandResult pigeon = limber({"exercises", "PIGEON"});  // any letter case
  EXPECT_EQ(pigeon.exit_code, 0);
  EXPECT_NE(pigeon.out.find("  alt        figure_four (Figure Four Stretch)\n"), std::string::npos)
      << pigeon.out;
  EXPECT_NE(
      pigeon.out.find("  risk       moderate\n"
                      "  optional   only in optional steps (an optional stretch in the guide)\n"),
      std::string::npos)
      << pigeon.out;

  const CommandResult chin = limber({"exercises", "chin_tuck"});
  EXPECT_EQ(chin.exit_code, 0);
  EXPECT_NE(chin.out.find("  module     neck (use neck)\n"), std::string::npos) << chin.out;
  EXPECT_NE(chin.out.find("  reps       8..12 per set\n  tempo      4s per rep\n"),
            std::string::npos);
  EXPECT_NE(chin.out.find("  example    reps chin_tuck 8 x2\n"), std::string::npos);
}

// ---- searching

TEST_F(Exercises, SearchesByRegionIgnoringCase) {
  for (const std::string query : {"hip", "HIP"}) {
    const CommandResult r = limber({"exercises", query});
    EXPECT_EQ(r.exit_code, 0) << query;
    EXPECT_EQ(r.err, "");
    const auto names = listed(r.out);
    for (const char* found :
         {"figure_four", "pigeon", "seated_twist", "hamstring_stretch", "march_in_place"}) {
      EXPECT_TRUE(names.count(found)) << query << " should find " << found << ":\n" << r.out;
    }
    for (const char* not_found : {"cat_cow", "pelvic_tilt", "sphinx", "childs_pose", "chin_tuck"}) {
      EXPECT_FALSE(names.count(not_found)) << query << " should not find " << not_found;
    }
    // A search lists; only an exact name shows documentation.
    EXPECT_EQ(r.out.rfind("prelude (always available)\n", 0), 0u) << r.out;
  }
}

TEST_F(Exercises, SearchesByKind) {
  const CommandResult stability = limber({"exercises", "stability"});
  EXPECT_EQ(stability.exit_code, 0);
  auto names = listed(stability.out);
  for (const char* found : {"pelvic_tilt", "bird_dog", "deep_neck_flexor_hold"}) {
    EXPECT_TRUE(names.count(found)) << found << ":\n" << stability.out;
  }
  for (const char* not_found : {"cat_cow", "figure_four", "side_plank", "chin_tuck"}) {
    EXPECT_FALSE(names.count(not_found)) << not_found;
  }

  // Stretches whose names do not say so are found by their kind.
  names = listed(limber({"exercises", "stretch"}).out);
  for (const char* found : {"figure_four", "pigeon", "childs_pose", "sphinx"}) {
    EXPECT_TRUE(names.count(found)) << found;
  }
  for (const char* not_found : {"cat_cow", "bird_dog", "pelvic_tilt"}) {
    EXPECT_FALSE(names.count(not_found)) << not_found;
  }
}

TEST_F(Exercises, SearchesByModuleAndPosition) {
  // scapular_retraction says "neck" nowhere but in its module.
  auto names = listed(limber({"exercises", "neck"}).out);
  EXPECT_TRUE(names.count("chin_tuck"));
  EXPECT_TRUE(names.count("scapular_retraction"));
  EXPECT_FALSE(names.count("figure_four"));

  // "side lying" is how a therapist types side_lying.
  names = listed(limber({"exercises", "side lying"}).out);
  EXPECT_TRUE(names.count("side_plank"));
  EXPECT_FALSE(names.count("bird_dog"));
}

// ---- JSON

TEST_F(Exercises, JsonOfOneExercise) {
  const CommandResult r = limber({"exercises", "pigeon", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const auto document = nlohmann::json::parse(r.out);
  ASSERT_EQ(document["exercises"].size(), 1u);
  const auto& pigeon = document["exercises"][0];
  EXPECT_EQ(pigeon["name"], "pigeon");
  EXPECT_EQ(pigeon["display_name"], "Pigeon Pose");
  EXPECT_EQ(pigeon["module"], "prelude");
  EXPECT_EQ(pigeon["kind"], "stretch");
  EXPECT_EQ(pigeon["position"], "quadruped");
  EXPECT_EQ(pigeon["regions"], nlohmann::json({"hip", "glutes", "lumbar"}));
  EXPECT_EQ(pigeon["mode"], "hold");
  EXPECT_EQ(pigeon["sided"], true);
  EXPECT_EQ(pigeon["hold_s"], nlohmann::json({{"low", 15}, {"high", 30}}));
  EXPECT_TRUE(pigeon["reps"].is_null());
  EXPECT_TRUE(pigeon["tempo_s"].is_null());
  EXPECT_EQ(pigeon["rounds"], nlohmann::json({{"low", 2}, {"high", 3}}));
  EXPECT_EQ(pigeon["risk"], "moderate");
  EXPECT_EQ(pigeon["optional_only"], true);
  EXPECT_EQ(pigeon["avoid_if"], nlohmann::json({"kneeling_pain", "hip_replacement"}));
  EXPECT_EQ(pigeon["alt"], "figure_four");
  EXPECT_EQ(pigeon["equipment"], nlohmann::json::array());
  EXPECT_EQ(pigeon["cue"].get<std::string>().rfind("From hands and knees", 0), 0u);
  EXPECT_EQ(pigeon["feel"].get<std::string>().rfind("A deep stretch", 0), 0u);
  EXPECT_EQ(pigeon["example"], "optional hold pigeon 30s x2 each side");
}

TEST_F(Exercises, JsonOfTheCatalogAndOfASearch) {
  const CommandResult all = limber({"exercises", "--format", "json"});
  ASSERT_EQ(all.exit_code, 0);
  const auto catalog = nlohmann::json::parse(all.out)["exercises"];
  ASSERT_FALSE(catalog.empty());
  EXPECT_EQ(catalog[0]["module"], "prelude");  // the prelude comes first

  const auto chin = std::find_if(catalog.begin(), catalog.end(),
                                 [](const auto& e) { return e["name"] == "chin_tuck"; });
  ASSERT_NE(chin, catalog.end());
  EXPECT_EQ((*chin)["reps"], nlohmann::json({{"low", 8}, {"high", 12}}));
  EXPECT_EQ((*chin)["tempo_s"], 4);
  EXPECT_TRUE((*chin)["hold_s"].is_null());

  const auto stability =
      nlohmann::json::parse(limber({"exercises", "stability", "--format", "json"}).out);
  ASSERT_FALSE(stability["exercises"].empty());
  for (const auto& e : stability["exercises"]) EXPECT_EQ(e["kind"], "stability") << e["name"];
}

// Each documented example, with its module's `use`, is a routine the checker accepts: the
// catalog never recommends a dose the checker would reject.
TEST_F(Exercises, EveryExampleStepChecks) {
  const auto catalog =
      nlohmann::json::parse(limber({"exercises", "--format", "json"}).out)["exercises"];
  ASSERT_FALSE(catalog.empty());
  for (const auto& e : catalog) {
    const std::string name = e["name"];
    const std::string use = e["use"].is_null() ? "" : e["use"].get<std::string>() + "\n";
    const std::string file = write(name + ".limber", use + e["example"].get<std::string>() + "\n");
    const CommandResult r = limber({"check", file});
    EXPECT_EQ(r.exit_code, 0) << name << ":\n" << r.err;
    // Warnings about the routine as a whole (a stretch before any warm-up) are expected; none
    // about the dose itself.
    for (const char* code : {"out-of-range", "one-side", "wrong-verb", "optional-only"}) {
      EXPECT_EQ(r.err.find(code), std::string::npos) << name << ":\n" << r.err;
    }
  }
}

// ---- no match

TEST_F(Exercises, NoMatchSuggestsTheNearestNameWithExitCodeOne) {
  const CommandResult r = limber({"exercises", "figure_fuor"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "no exercise matches \"figure_fuor\"\n"
            "  = help: did you mean `figure_four`? (limber exercises figure_four)\n");

  const CommandResult kind = limber({"exercises", "strech"});
  EXPECT_EQ(kind.exit_code, 1);
  EXPECT_EQ(kind.err,
            "no exercise matches \"strech\"\n"
            "  = help: did you mean `stretch`? (limber exercises stretch)\n");

  const CommandResult condition = limber({"exercises", "osteoperosis"});
  EXPECT_EQ(condition.exit_code, 1);
  EXPECT_EQ(condition.err,
            "no exercise matches \"osteoperosis\"\n"
            "  = help: did you mean `osteoporosis`? (limber exercises osteoporosis)\n");

  const CommandResult nothing = limber({"exercises", "zzzz"});
  EXPECT_EQ(nothing.exit_code, 1);
  EXPECT_EQ(nothing.err,
            "no exercise matches \"zzzz\"\n"
            "  = help: `limber exercises` lists every exercise\n");
}

TEST_F(Exercises, UsageErrorsExitWithTwo) {
  EXPECT_EQ(limber({"exercises", "--format", "yaml"}).exit_code, 2);
  EXPECT_EQ(limber({"exercises", "--lib", (dir_ / "missing").string()}).exit_code, 2);
  EXPECT_EQ(limber({"exercises", "pigeon", "figure_four"}).exit_code, 2);
}

// ---- a library of our own (--lib): the exact listing, independent of the growing stdlib

const char* const small_prelude =
    "condition bad_knee \"Does kneeling hurt your knee?\"\n"
    "exercise rock \"Rock Back\" {\n"
    "  kind mobility\n  position quadruped\n  regions lumbar\n  mode hold\n"
    "  hold 15s..30s\n  rounds 2..3\n  risk low\n  cue \"Rock.\"\n  feel \"Easy.\"\n"
    "}\n"
    "exercise kneel_stretch \"Kneeling Stretch\" {\n"
    "  kind stretch\n  position kneeling\n  regions hip\n  mode hold\n  sided\n"
    "  hold 20s..45s\n  rounds 1..2\n  risk high\n  avoid_if bad_knee\n  alt rock\n"
    "  equipment mat, towel\n  cue \"Kneel.\"\n  feel \"A stretch.\"\n"
    "}\n";
const char* const small_alpha =
    "exercise walk \"Walk\" {\n"
    "  kind warmup\n  position standing\n  regions legs\n  mode hold\n  hold 2min..5min\n"
    "  risk low\n  cue \"Walk.\"\n  feel \"Warm.\"\n"
    "}\n";

TEST_F(Exercises, ListsThePreludeFirstThenModulesAlphabeticallyInAlignedColumns) {
  write("lib/prelude.limber", small_prelude);
  write("lib/alpha.limber", small_alpha);
  const CommandResult r = limber({"exercises", "--lib", (dir_ / "lib").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "prelude (always available)\n"
            "  rock           Rock Back         mobility  quadruped  hold 15s..30s x2..3\n"
            "  kneel_stretch  Kneeling Stretch  stretch   kneeling   hold 20s..45s x1..2, each "
            "side\n"
            "\n"
            "alpha (use alpha)\n"
            "  walk           Walk              warmup    standing   warmup 2min..5min\n");
}

TEST_F(Exercises, DocumentsConditionsAltEquipmentAndHighRisk) {
  write("lib/prelude.limber", small_prelude);
  write("lib/alpha.limber", small_alpha);
  const std::string lib = (dir_ / "lib").string();
  CommandResult r = limber({"exercises", "kneel_stretch", "--lib", lib});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Kneeling Stretch (kneel_stretch)\n"
            "\n"
            "  module     prelude (always available)\n"
            "  kind       stretch\n"
            "  position   kneeling\n"
            "  regions    hip\n"
            "  mode       hold\n"
            "  sided      yes (one side at a time)\n"
            "  hold       20s..45s\n"
            "  rounds     1..2\n"
            "  risk       high (make its steps optional)\n"
            "  avoid if   bad_knee: Does kneeling hurt your knee?\n"
            "  alt        rock (Rock Back)\n"
            "  equipment  mat, towel\n"
            "  cue        Kneel.\n"
            "  feel       A stretch.\n"
            "  example    optional hold kneel_stretch 45s each side\n");

  r = limber({"exercises", "walk", "--lib", lib});
  EXPECT_NE(r.out.find("  module     alpha (use alpha)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  example    warmup walk 5min\n"), std::string::npos) << r.out;
}

// ---- one condition: what to avoid, what is safe

const char* const condition_prelude =
    "condition bad_knee \"Does kneeling hurt your knee?\"\n"
    "exercise lie_stretch \"Lying Stretch\" {\n"
    "  kind stretch\n  position supine\n  regions hip\n  mode hold\n  hold 15s..30s\n"
    "  rounds 2..3\n  cue \"Lie.\"\n  feel \"A stretch.\"\n"
    "}\n"
    "exercise kneel_stretch \"Kneeling Stretch\" {\n"
    "  kind stretch\n  position kneeling\n  regions hip\n  mode hold\n  hold 15s..30s\n"
    "  rounds 2..3\n  avoid_if bad_knee\n  alt lie_stretch\n  cue \"Kneel.\"\n"
    "  feel \"A stretch.\"\n"
    "}\n";
const char* const condition_alpha =
    "exercise squat \"Deep Squat\" {\n"
    "  kind strength\n  position standing\n  regions legs\n  mode hold\n  hold 10s..20s\n"
    "  rounds 2..3\n  avoid_if bad_knee\n  cue \"Squat.\"\n  feel \"Thighs.\"\n"
    "}\n";

TEST_F(Exercises, AConditionListsWhatToAvoidWhatTakesItsPlaceAndWhatIsSafe) {
  write("lib/prelude.limber", condition_prelude);
  write("lib/alpha.limber", condition_alpha);
  const std::string lib = (dir_ / "lib").string();
  const CommandResult r = limber({"exercises", "BAD_KNEE", "--lib", lib});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "bad_knee: Does kneeling hurt your knee?\n"
            "\n"
            "Avoid (2): limber leaves these out when the answer is yes.\n"
            "prelude (always available)\n"
            "  kneel_stretch  Kneeling Stretch  stretch   kneeling  hold 15s..30s x2..3\n"
            "\n"
            "alpha (use alpha)\n"
            "  squat          Deep Squat        strength  standing  hold 10s..20s x2..3\n"
            "\n"
            "In their place limber runs:\n"
            "  kneel_stretch → lie_stretch (Lying Stretch)\n"
            "\n"
            "Safe (1): not ruled out by bad_knee.\n"
            "prelude (always available)\n"
            "  lie_stretch  Lying Stretch  stretch  supine  hold 15s..30s x2..3\n");

  const CommandResult json = limber({"exercises", "bad_knee", "--format", "json", "--lib", lib});
  EXPECT_EQ(json.exit_code, 0) << json.err;
  const auto doc = nlohmann::json::parse(json.out);
  EXPECT_EQ(doc["condition"]["name"], "bad_knee");
  EXPECT_EQ(doc["condition"]["question"], "Does kneeling hurt your knee?");
  ASSERT_EQ(doc["avoid"].size(), 2u);
  EXPECT_EQ(doc["avoid"][0]["name"], "kneel_stretch");
  EXPECT_EQ(doc["avoid"][0]["instead"], "lie_stretch");
  EXPECT_EQ(doc["avoid"][1]["name"], "squat");
  EXPECT_TRUE(doc["avoid"][1]["instead"].is_null());
  ASSERT_EQ(doc["safe"].size(), 1u);
  EXPECT_EQ(doc["safe"][0]["name"], "lie_stretch");

  const CommandResult markdown =
      limber({"exercises", "bad_knee", "--format", "markdown", "--lib", lib});
  EXPECT_EQ(markdown.out,
            "## Exercises under `bad_knee`\n\n"
            "Does kneeling hurt your knee?\n\n"
            "### Avoid\n\n"
            "- Kneeling Stretch (`kneel_stretch`, prelude): limber runs Lying Stretch "
            "(`lie_stretch`) instead\n"
            "- Deep Squat (`squat`, alpha)\n\n"
            "### Safe\n\n"
            "- Lying Stretch (`lie_stretch`, prelude)\n");
}

TEST_F(Exercises, TheLibrarysConditionsEachListWhatTheLibraryAvoids) {
  // The real library: every exercise whose avoid_if names osteoporosis is under "Avoid", and
  // the two lists together are the whole catalog.
  const auto catalog = nlohmann::json::parse(limber({"exercises", "--format", "json"}).out);
  const auto doc =
      nlohmann::json::parse(limber({"exercises", "osteoporosis", "--format", "json"}).out);
  std::set<std::string> avoided, expected;
  for (const auto& e : doc["avoid"]) avoided.insert(e["name"].get<std::string>());
  for (const auto& e : catalog["exercises"]) {
    for (const auto& condition : e["avoid_if"]) {
      if (condition == "osteoporosis") expected.insert(e["name"].get<std::string>());
    }
  }
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(avoided, expected);
  EXPECT_EQ(doc["avoid"].size() + doc["safe"].size(), catalog["exercises"].size());
}

TEST_F(Exercises, ALibraryWithErrorsIsReportedWithExitCodeOne) {
  write("lib/prelude.limber", "exercise broken \"Broken\" {\n  kind\n}\n");
  const CommandResult r = limber({"exercises", "--lib", (dir_ / "lib").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("prelude.limber:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error["), std::string::npos) << r.err;
}

// ---- the exercise-library page

TEST_F(Exercises, DocsPageIsTheCommandsMarkdownOutput) {
  const CommandResult r = limber({"exercises", "--format", "markdown"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(read(source_dir / "docs/exercises.md") == r.out)
      << "docs/exercises.md is out of date with the standard library; regenerate it with\n"
         "  build/limber exercises --format markdown > docs/exercises.md";
}

TEST_F(Exercises, MarkdownHasATableAndASectionPerExercise) {
  const CommandResult r = limber({"exercises", "--format", "markdown"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("# Exercise library\n", 0), 0u);
  EXPECT_NE(r.out.find("\n## prelude (always available)\n"), std::string::npos);
  EXPECT_NE(r.out.find("\n## neck (`use neck`)\n"), std::string::npos);
  EXPECT_NE(r.out.find("| [`figure_four`](#figure-four-stretch-figure_four) | Figure Four "
                       "Stretch | stretch | supine | hip, glutes, lumbar | hold 15s..30s x2..3, "
                       "each side |\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("\n### Figure Four Stretch (`figure_four`)\n"), std::string::npos);
  EXPECT_NE(r.out.find("- **Alt:** [`figure_four`](#figure-four-stretch-figure_four) (Figure "
                       "Four Stretch)\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("```limber\nuse neck\nreps chin_tuck 8 x2\n```\n"), std::string::npos);
  // The prelude comes before every module.
  EXPECT_LT(r.out.find("\n## prelude"), r.out.find("\n## neck"));
}

}  // namespace
}  // namespace limber
