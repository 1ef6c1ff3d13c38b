// summarize() plans every world at once; plan() walks one world step by step. For every world
// of every routine in the examples, the conformance suite and some tricky routines below, the
// two must agree: the same length, the same number of steps, and the doses of the summary make
// up exactly the holds, sets and warm-ups of the plan.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "interpreter/plan/plan.hpp"
#include "interpreter/safety/judge.hpp"
#include "interpreter/safety/worlds.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;

PlanOptions options_of(const safety::Worlds& worlds, const safety::World& world,
                       const std::string& routine) {
  PlanOptions options;
  for (std::size_t i = 0; i < worlds.conditions.size(); ++i) {
    (world.holding >> i & 1 ? options.when : options.unless).insert(worlds.conditions[i]);
  }
  options.skip_optional = !world.optional_steps;
  options.routine = routine;
  return options;
}

// How many holds and sets of reps (or warm-ups) the doses of the summary give world `w`.
std::pair<double, double> dose_steps(const PlanSummary& summary, std::size_t w) {
  double exercising = 0;
  double warmups = 0;
  for (const PlannedDose& d : summary.doses) {
    if (!d.worlds.test(w)) continue;
    if (d.dose->verb == ast::Verb::warmup) {
      warmups += d.repeats;
    } else {
      exercising += d.rounds * d.sides * d.repeats;
    }
  }
  return {exercising, warmups};
}

// Compares every world of every routine of `text`; returns how many worlds it compared.
std::size_t expect_agreement(const std::string& name, const std::string& text) {
  fs::current_path(fs::path(LIMBER_SOURCE_DIR) / "tests" / "conformance");
  const Program program = check(SourceFile(name, text));
  if (!program.ok()) return 0;
  std::size_t compared = 0;
  for (const RoutineRef& routine : program.routines) {
    const safety::Worlds worlds = safety::worlds_of(program, routine);
    const PlanSummary summary = summarize(program, routine, worlds.to_plan());
    EXPECT_EQ(summary.total_s.size(), worlds.worlds.size());
    for (std::size_t w = 0; w < worlds.worlds.size(); ++w) {
      const PlanOptions options = options_of(worlds, worlds.worlds[w], routine.title);
      if (plan_refusal(program, options)) continue;
      const Plan p = plan(program, options);
      SCOPED_TRACE(name + ", routine \"" + routine.title + "\", world " + std::to_string(w));
      EXPECT_EQ(summary.total_s[w], p.total_s);
      EXPECT_EQ(summary.steps[w], static_cast<double>(p.steps.size()));
      double exercising = 0;
      double warmups = 0;
      for (const PlanStep& step : p.steps) {
        if (step.kind == StepKind::hold || step.kind == StepKind::reps) ++exercising;
        if (step.kind == StepKind::warmup) ++warmups;
      }
      EXPECT_EQ(dose_steps(summary, w), std::pair(exercising, warmups));
      ++compared;
    }
  }
  return compared;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(Summary, AgreesWithThePlanOfEveryWorldOfEveryExampleAndConformanceFile) {
  std::vector<fs::path> files;
  for (const char* folder : {"examples", "tests/conformance"}) {
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(LIMBER_SOURCE_DIR) / folder)) {
      if (entry.path().extension() == ".limber") files.push_back(entry.path());
    }
  }
  std::size_t compared = 0;
  for (const fs::path& file : files) {
    // Relative to the conformance folder, where imports are resolved from.
    const fs::path relative =
        fs::relative(file, fs::path(LIMBER_SOURCE_DIR) / "tests" / "conformance");
    compared += expect_agreement(relative.generic_string(), read(file));
  }
  EXPECT_GT(compared, 100u);
}

TEST(Summary, AgreesOnTrickyRoutines) {
  const char* routines[] = {
      // A `switch sides` skipped where a condition holds: the dose stays on one side there.
      "hold figure_four 30s x2 on left\nswitch sides unless flare_up\n",
      // A skipped dose: the switch repeats the one before it.
      "hold figure_four 30s on left\nhold bird_dog 20s on left unless flare_up\nswitch sides\n",
      // Settings and scales that apply in some worlds only, nested in a repeat.
      "repeat 2 {\n  if flare_up then scale 0.5\n  set transition 10s unless twisting_pain\n"
      "  if twisting_pain then set round_rest 0s\n  hold cat_cow 30s x3\n"
      "  reps pelvic_tilt 10 x2 unless extension_pain\n}\n",
      // Alternatives, optional sections, `else if` and inline branches.
      "use hips\noptional section \"Hips\" {\n  hold hip_flexor_stretch 30s x2 each side\n"
      "  if flare_up { rest 30s } else if twisting_pain { hold seated_twist 20s each side }\n}\n"
      "hold pigeon 30s x2 each side unless flexion_pain\nwarmup march_in_place 2min\n",
      // Many conditions: the bounded set of worlds.
      "use lumbar\nhold double_knee_to_chest 30s x2\nreps prone_press_up 10 x2\n"
      "hold supine_twist 20s x2 each side\nhold cat_cow 30s unless flare_up\n"
      "hold sphinx 20s unless twisting_pain\nif kneeling_pain then hold childs_pose 20s\n"
      "if osteoporosis { hold bird_dog 20s each side }\n",
      // Steps in a row in the same worlds are added to the clocks at once: runs of them broken
      // by conditions, and ended by nested repeats.
      "repeat 3 {\n  hold cat_cow 30s x2\n  repeat 2 {\n    rest 10s unless flare_up\n"
      "    reps pelvic_tilt 10 x2\n  }\n  if flare_up then rest 20s\n  say \"Breathe.\"\n}\n"
      "hold childs_pose 30s x2\nrest 15s unless twisting_pain\n",
      // Durations that are not whole seconds: from the first one on, added one at a time.
      ("hold cat_cow 30s x2\nset transition 2.5s\nhold childs_pose 20.5s x3\n"
       "rest 0.25s unless flare_up\nrepeat 2 {\n  hold cat_cow 20s\n  rest 0.5s\n}\n"),
  };
  for (const char* text : routines) {
    SCOPED_TRACE(text);
    EXPECT_GT(expect_agreement("tricky.limber", text), 1u);
  }
}

}  // namespace
}  // namespace limber
