// The library says what the guide says: an audit of every exercise of the embedded standard
// library (stdlib/*.limber) against the prelude's conditions. Each rule is a row of a matrix:
// a category of exercises and the condition every one of them must avoid. Categories come from
// the exercises' own properties (position, regions, kind) where those say enough; where they do
// not (the direction a spine moves in is no property), the category is an explicit list of
// names, explained beside it, and the test fails if a name in it leaves the library.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "interpreter/check/check.hpp"
#include "interpreter/check/embedded_stdlib.hpp"
#include "interpreter/plan/plan.hpp"
#include "interpreter/safety/judge.hpp"

namespace limber {
namespace {

using Names = std::set<std::string>;

const Program& library() {
  static const Program program = load_library();
  return program;
}

const Exercise& exercise(const std::string& name) {
  const Exercise* found = library().find_exercise(name);
  if (found == nullptr) throw std::runtime_error("no exercise " + name + " in the library");
  return *found;
}

bool avoids(const Exercise& e, const std::string& condition) {
  return std::find(e.avoid_if.begin(), e.avoid_if.end(), condition) != e.avoid_if.end();
}

bool works(const Exercise& e, const std::string& region) {
  return std::find(e.regions.begin(), e.regions.end(), region) != e.regions.end();
}

// Every exercise of `category` avoids `condition`; the failure names each one that does not.
void expect_all_avoid(const Names& category, const std::string& condition, const char* why) {
  ASSERT_FALSE(category.empty()) << why;
  for (const std::string& name : category) {
    EXPECT_TRUE(avoids(exercise(name), condition))
        << name << " must have `avoid_if " << condition << "`: " << why;
  }
}

Names where(bool (*test)(const Exercise&)) {
  Names names;
  for (const auto& [name, e] : library().exercises) {
    if (test(e)) names.insert(name);
  }
  return names;
}

// ---- the categories the properties cannot give: how the spine (or a joint) moves

// Twists: the trunk turns. (Neck turns are not: twisting_pain asks about the upper body.)
const Names twists = {"seated_twist",      "supine_twist", "lower_trunk_rotation",
                      "thread_the_needle", "open_book",    "standing_trunk_turns"};
// Forward bends: the low back rounds. (Cat-cow flows through the middle of both directions
// without forcing either end, the guide's low-risk mobility; it is in neither list.)
const Names forward_bends = {"knee_to_chest", "double_knee_to_chest", "seated_flexion_stretch",
                             "childs_pose"};
// Backward bends: the spine arches.
const Names backward_bends = {"prone_press_up", "standing_back_extension", "sphinx",
                              "thoracic_extension_chair", "foam_roller_extension"};
// Full knee bends, or the body's weight on a bent knee, besides the kneeling positions:
// heels to buttock, hips back onto the heels, or the front knee folded under the body.
const Names deep_knee_bends = {"standing_quad_stretch", "frog_stretch", "quadruped_rock_back",
                               "pigeon"};
// After a hip replacement: deep hip bending (knee toward the chest), the leg crossing the
// body, or the hip turned in or loaded in a wide fold (the hips module's own rule).
const Names deep_hip_bends = {
    "piriformis_stretch",  "frog_stretch", "knee_to_chest", "double_knee_to_chest",
    "quadruped_rock_back", "supine_twist", "pigeon",        "figure_four"};
// Leaning the body's weight on the arms (the planks), or lifting the arms to or above the
// shoulders: arm_raise_pain asks about both. Hands and knees on the floor share the weight with
// the knees and are not in it.
const Names weight_on_arms_or_arms_raised = {"plank",
                                             "bear_hold",
                                             "side_plank",
                                             "modified_side_plank",
                                             "wall_angel",
                                             "prone_y_raise",
                                             "band_pull_apart",
                                             "doorway_pec_stretch",
                                             "seated_side_reach",
                                             "arm_circles"};

TEST(LibraryAudit, TheExplicitListsNameExercisesOfTheLibrary) {
  for (const Names* list : {&twists, &forward_bends, &backward_bends, &deep_knee_bends,
                            &deep_hip_bends, &weight_on_arms_or_arms_raised}) {
    for (const std::string& name : *list) {
      EXPECT_NE(library().find_exercise(name), nullptr) << name << " is not in the library";
    }
  }
}

// ---- the matrix

TEST(LibraryAudit, EveryProneExerciseAvoidsPregnancy) {
  expect_all_avoid(where([](const Exercise& e) { return e.position == Position::prone; }),
                   "pregnancy", "lying face down presses on the belly");
  // Both knees pulled to the chest press the thighs into the belly.
  expect_all_avoid({"double_knee_to_chest"}, "pregnancy", "the thighs press into the belly");
}

TEST(LibraryAudit, EveryKneelingOrDeepKneeBendAvoidsKneelingPain) {
  expect_all_avoid(where([](const Exercise& e) { return e.position == Position::kneeling; }),
                   "kneeling_pain", "the exercise kneels");
  expect_all_avoid(deep_knee_bends, "kneeling_pain", "the knee bends all the way or bears weight");
}

TEST(LibraryAudit, TwistsAvoidTwistingPainAndHeldTwistsOsteoporosis) {
  expect_all_avoid(twists, "twisting_pain", "the trunk turns");
  Names held;
  for (const std::string& name : twists) {
    if (exercise(name).kind == Kind::stretch) held.insert(name);
  }
  // A twist held at its end as a stretch loads the spine's turn with leverage (an arm pressing,
  // the legs' weight); small rhythmic turns do not.
  expect_all_avoid(held, "osteoporosis", "a held twist loads fragile vertebrae");
}

TEST(LibraryAudit, ForwardBendsAvoidFlexionPainAndHeldOnesOsteoporosis) {
  expect_all_avoid(forward_bends, "flexion_pain", "the low back rounds");
  Names held;
  for (const std::string& name : forward_bends) {
    if (exercise(name).kind == Kind::stretch) held.insert(name);
  }
  expect_all_avoid(held, "osteoporosis", "a held forward bend loads fragile vertebrae");
}

TEST(LibraryAudit, BackwardBendsAvoidExtensionPain) {
  expect_all_avoid(backward_bends, "extension_pain", "the spine arches");
}

TEST(LibraryAudit, HeldNeckStretchesAvoidNeckRadiatingPain) {
  expect_all_avoid(
      where([](const Exercise& e) { return works(e, "neck") && e.kind == Kind::stretch; }),
      "neck_radiating_pain", "a held neck stretch can pull on an irritated nerve");
}

TEST(LibraryAudit, DeepHipBendsAvoidHipReplacement) {
  expect_all_avoid(deep_hip_bends, "hip_replacement",
                   "deep bending, crossing or turning in of a replaced hip can dislocate it");
}

TEST(LibraryAudit, WeightOnTheArmsOrArmsRaisedAvoidArmRaisePain) {
  expect_all_avoid(weight_on_arms_or_arms_raised, "arm_raise_pain",
                   "the shoulder bears weight or lifts the arm");
}

TEST(LibraryAudit, EveryAvoidIfNamesADeclaredCondition) {
  for (const auto& [name, e] : library().exercises) {
    for (const std::string& condition : e.avoid_if) {
      EXPECT_TRUE(library().conditions.count(condition))
          << name << " avoids `" << condition << "`, which the library does not declare";
    }
  }
}

// An alternative stands in for the exercise with the same dose when one of its conditions
// holds: it must be able to take that dose, and be safe where it is used.
TEST(LibraryAudit, EveryAltFitsTheExerciseItReplaces) {
  std::size_t alts = 0;
  for (const auto& [name, e] : library().exercises) {
    if (!e.alt) continue;
    ++alts;
    const Exercise& alt = exercise(*e.alt);
    EXPECT_EQ(alt.mode, e.mode) << name << "'s alt " << alt.name << " takes another verb";
    EXPECT_EQ(alt.sided, e.sided) << name << "'s alt " << alt.name << " differs in sidedness";
    EXPECT_LE(alt.risk, e.risk) << name << "'s alt " << alt.name << " is not gentler";
    EXPECT_FALSE(alt.optional_only) << name << "'s alt " << alt.name << " is optional-only";
    EXPECT_FALSE(alt.alt) << name << "'s alt " << alt.name << " has an alt of its own";
    // Safe where it is used: under at least one of the exercise's conditions the alt does not
    // apply that condition itself (else it never runs), and where it does it is skipped too.
    const bool used = std::any_of(e.avoid_if.begin(), e.avoid_if.end(),
                                  [&](const std::string& c) { return !avoids(alt, c); });
    EXPECT_TRUE(used) << name << "'s alt " << alt.name << " is ruled out whenever it is needed";
    // A dose within the exercise's recommendation is within the alt's.
    const auto covers = [](const std::optional<Range>& outer, const std::optional<Range>& inner) {
      return !inner || (outer && outer->low <= inner->low && outer->high >= inner->high);
    };
    EXPECT_TRUE(covers(alt.hold, e.hold)) << name << "'s hold range is outside " << alt.name;
    EXPECT_TRUE(covers(alt.reps, e.reps)) << name << "'s reps range is outside " << alt.name;
    EXPECT_TRUE(covers(alt.rounds, e.rounds)) << name << "'s rounds are outside " << alt.name;
  }
  EXPECT_GE(alts, 7u);
}

TEST(LibraryAudit, EveryExerciseSaysHowAndWhatToFeelAndHowMuch) {
  for (const auto& [name, e] : library().exercises) {
    EXPECT_FALSE(e.cue.empty()) << name << " has no cue";
    EXPECT_FALSE(e.feel.empty()) << name << " has no feel";
    EXPECT_FALSE(e.display_name == name) << name << " has no display name";
    EXPECT_FALSE(e.regions.empty()) << name << " has no regions";
    EXPECT_TRUE(e.rounds.has_value()) << name << " has no rounds";
    if (e.mode == Mode::hold) {
      EXPECT_TRUE(e.hold.has_value()) << name << " has no hold range";
    } else {
      EXPECT_TRUE(e.reps.has_value()) << name << " has no reps range";
      EXPECT_TRUE(e.tempo.has_value()) << name << " has no tempo";
    }
  }
}

// Each module read as a file of the therapist's own, alone with the prelude: no diagnostic at
// all, so none of the warnings a user-defined exercise gets (no feel, no hold or reps range),
// and every alt in scope where the module is used.
TEST(LibraryAudit, EveryModuleChecksCleanAsAUsersFile) {
  for (const EmbeddedModule& module : embedded_stdlib()) {
    const Program program =
        check(SourceFile(std::string(module.name) + ".limber", std::string(module.text)));
    std::string shown;
    for (const auto& d : program.diagnostics) shown += render_text(*d.source, d.diagnostic);
    EXPECT_EQ(shown, "") << module.name;
  }
  const Program whole = load_library();
  EXPECT_TRUE(whole.diagnostics.empty());
}

// ---- the guide's own words on pigeon and the optional stretches

TEST(LibraryAudit, TheGuidesOptionalStretchesAreOptionalOnly) {
  // "Pigeon Pose (Optional)" and "Spine Rotation (Optional Stretches)".
  EXPECT_EQ(where([](const Exercise& e) { return e.optional_only; }),
            (Names{"pigeon", "seated_twist", "childs_pose", "sphinx"}));
}

TEST(LibraryAudit, FigureFourTakesPigeonsPlaceWhenKneelingHurts) {
  const Exercise& pigeon = exercise("pigeon");
  EXPECT_EQ(pigeon.alt, "figure_four");
  EXPECT_EQ(pigeon.avoid_if, (std::vector<std::string>{"kneeling_pain", "hip_replacement"}));
  const Program program = check_file(SourceFile(
      "r.limber", "warmup march_in_place 1min\noptional hold pigeon 30s x2 each side\n"));
  ASSERT_TRUE(program.ok());
  PlanOptions options;
  options.when = {"kneeling_pain"};
  const Plan kneeling = plan(program, options);
  ASSERT_GE(kneeling.steps.size(), 4u);
  EXPECT_EQ(kneeling.steps[3].exercise, "figure_four");
  EXPECT_TRUE(kneeling.skipped.empty());
  // After a hip replacement neither runs: figure four bends the hip deeply too.
  options.when = {"hip_replacement"};
  const Plan replaced = plan(program, options);
  ASSERT_EQ(replaced.skipped.size(), 1u);
  EXPECT_EQ(replaced.skipped[0].exercise, "pigeon");
}

}  // namespace
}  // namespace limber
