// Writes the inputs of bench/parse_vs_luac.sh: a large limber file and a Lua file of the same
// shape, so that `limber check` on the one and `luac -p` on the other compare like with like.
//
// Both renderings come from one random walk, written side by side statement by statement, so
// they hold the same statements in the same nesting: a limber block becomes a Lua function or
// control block, a step becomes a call (`hold cat_cow 30s x3 each side` becomes
// `hold("cat_cow", 30, 3, "each")`), a comment stays a comment. The walk uses a fixed seed and
// its own generator, so every machine and every commit benchmarks the same bytes.
//
// The limber side is meant to be a routine a therapist could have written, valid for the
// checker as well as the parser: every exercise, condition and screen it names is defined in
// the file, `hold` is only used on hold-mode exercises and `reps` on reps-mode ones, doses stay
// inside each exercise's recommended range, `switch sides` only follows a one-sided step, and
// each routine's `target` is its planned length. That way the benchmark times the normal path,
// not thousands of diagnostics being rendered.
//
// Usage: limber_bench_gen [--bytes N] [--seed N] OUT_DIR
// Writes OUT_DIR/bench.limber and OUT_DIR/bench.lua and prints their sizes. Any size from 1 KB
// up: a file under 64 KB has a smaller exercise catalogue (see run()); from 64 KB on a smaller
// file is the start of a bigger one, routine for routine (bench/run's scaling table).

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

// splitmix64. Unlike the <random> distributions, whose output the standard leaves to each
// library, it yields the same numbers everywhere, which keeps the files byte-identical.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // The modulo bias is irrelevant for the small ranges used here.
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }
  bool percent(int p) { return below(100) < p; }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
  }

 private:
  std::uint64_t state_;
};

// ---- the catalogue the file draws from

struct Exercise {
  std::string name;
  std::string display;
  std::string kind;
  std::string position;
  std::vector<std::string> regions;
  bool reps_mode = false;
  bool sided = false;
  int lo = 0;  // hold: seconds; reps: repetitions
  int hi = 0;
  int rounds_lo = 1;
  int rounds_hi = 1;
  int tempo = 3;  // seconds per rep, reps-mode only
  std::string risk = "low";
  std::string avoid_if;
  std::string alt;
  std::string cue;
  std::string feel;
};

std::vector<Exercise> base_catalogue() {
  // Names get a variant suffix when the file defines them, so that they never collide with the
  // standard library's own exercises.
  return {
      {.name = "march_in_place",
       .display = "March in Place",
       .kind = "warmup",
       .position = "standing",
       .regions = {"hip", "lumbar"},
       .lo = 60,
       .hi = 180,
       .cue = "Lift the knees in turn at an easy pace.",
       .feel = "Warmth in the legs and a slightly faster breath."},
      {.name = "cat_cow",
       .display = "Cat-Cow",
       .kind = "mobility",
       .position = "quadruped",
       .regions = {"thoracic", "lumbar"},
       .lo = 20,
       .hi = 45,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .cue = "Round the back up, then let it sag, moving with the breath.",
       .feel = "The whole spine moving, one segment after the other."},
      {.name = "pelvic_tilt",
       .display = "Pelvic Tilt",
       .kind = "mobility",
       .position = "supine",
       .regions = {"lumbar"},
       .reps_mode = true,
       .lo = 8,
       .hi = 15,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .cue = "Flatten the low back into the floor, then release.",
       .feel = "A gentle rocking low in the back."},
      {.name = "figure_four",
       .display = "Figure Four Stretch",
       .kind = "stretch",
       .position = "supine",
       .regions = {"hip", "glutes", "lumbar"},
       .sided = true,
       .lo = 15,
       .hi = 30,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .avoid_if = "hip_replacement",
       .alt = "knee_to_chest",
       .cue = "Cross one ankle over the other knee and draw both legs in.",
       .feel = "A stretch deep in the seat of the crossed leg."},
      {.name = "pigeon",
       .display = "Pigeon Pose",
       .kind = "stretch",
       .position = "prone",
       .regions = {"hip", "glutes"},
       .sided = true,
       .lo = 20,
       .hi = 45,
       .rounds_lo = 1,
       .rounds_hi = 2,
       .risk = "moderate",
       .avoid_if = "knee_pain",
       .alt = "figure_four",
       .cue = "Fold forward over the front shin.",
       .feel = "A strong stretch in the outer hip of the front leg."},
      {.name = "bird_dog",
       .display = "Bird Dog",
       .kind = "stability",
       .position = "quadruped",
       .regions = {"lumbar", "core"},
       .sided = true,
       .lo = 10,
       .hi = 15,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .cue = "Reach the opposite arm and leg long without tipping.",
       .feel = "The trunk muscles working to keep you level."},
      {.name = "side_plank",
       .display = "Side Plank",
       .kind = "strength",
       .position = "side_lying",
       .regions = {"core", "shoulder"},
       .sided = true,
       .lo = 10,
       .hi = 20,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .risk = "moderate",
       .avoid_if = "shoulder_pain",
       .cue = "Lift the hips off the floor on one forearm.",
       .feel = "Effort along the side of the trunk."},
      {.name = "seated_twist",
       .display = "Seated Twist",
       .kind = "mobility",
       .position = "seated",
       .regions = {"thoracic", "lumbar"},
       .sided = true,
       .lo = 15,
       .hi = 30,
       .rounds_lo = 2,
       .rounds_hi = 2,
       .avoid_if = "osteoporosis",
       .cue = "Sit tall and turn from the middle of the back.",
       .feel = "A light wringing through the middle of the back."},
      {.name = "childs_pose",
       .display = "Child's Pose",
       .kind = "stretch",
       .position = "kneeling",
       .regions = {"lumbar", "shoulder"},
       .lo = 30,
       .hi = 60,
       .rounds_lo = 1,
       .rounds_hi = 2,
       .avoid_if = "knee_pain",
       .cue = "Sit back towards the heels, arms long.",
       .feel = "The low back lengthening and softening."},
      {.name = "sphinx",
       .display = "Sphinx",
       .kind = "mobility",
       .position = "prone",
       .regions = {"lumbar"},
       .lo = 20,
       .hi = 40,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .cue = "Rest on the forearms and let the belly stay heavy.",
       .feel = "A mild arch in the low back, never pinching."},
      {.name = "knee_to_chest",
       .display = "Knee to Chest",
       .kind = "stretch",
       .position = "supine",
       .regions = {"lumbar", "glutes"},
       .sided = true,
       .lo = 20,
       .hi = 30,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .cue = "Hug one knee towards the chest.",
       .feel = "A stretch low in the back."},
      {.name = "glute_bridge",
       .display = "Glute Bridge",
       .kind = "strength",
       .position = "supine",
       .regions = {"glutes", "hip"},
       .reps_mode = true,
       .lo = 8,
       .hi = 12,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .cue = "Press through the heels and lift the hips.",
       .feel = "The buttocks doing the work, not the low back."},
      {.name = "dead_bug",
       .display = "Dead Bug",
       .kind = "stability",
       .position = "supine",
       .regions = {"core"},
       .reps_mode = true,
       .lo = 6,
       .hi = 10,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .tempo = 4,
       .cue = "Lower the opposite arm and leg while the back stays flat.",
       .feel = "Deep work in the belly."},
      {.name = "clamshell",
       .display = "Clamshell",
       .kind = "strength",
       .position = "side_lying",
       .regions = {"hip", "glutes"},
       .reps_mode = true,
       .sided = true,
       .lo = 10,
       .hi = 15,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .tempo = 2,
       .cue = "Open the top knee like a shell, feet together.",
       .feel = "Work at the side of the hip."},
      {.name = "chin_tuck",
       .display = "Chin Tuck",
       .kind = "mobility",
       .position = "seated",
       .regions = {"neck"},
       .reps_mode = true,
       .lo = 8,
       .hi = 12,
       .rounds_lo = 1,
       .rounds_hi = 2,
       .cue = "Glide the chin straight back, eyes level.",
       .feel = "A stretch at the base of the skull."},
      {.name = "open_book",
       .display = "Open Book",
       .kind = "mobility",
       .position = "side_lying",
       .regions = {"thoracic", "shoulder"},
       .reps_mode = true,
       .sided = true,
       .lo = 6,
       .hi = 10,
       .rounds_lo = 1,
       .rounds_hi = 2,
       .tempo = 5,
       .avoid_if = "osteoporosis",
       .cue = "Open the top arm across like a book's cover.",
       .feel = "The chest opening and the upper back turning."},
      {.name = "hamstring_stretch",
       .display = "Hamstring Stretch",
       .kind = "stretch",
       .position = "supine",
       .regions = {"hamstrings"},
       .sided = true,
       .lo = 20,
       .hi = 30,
       .rounds_lo = 2,
       .rounds_hi = 3,
       .cue = "Hold the back of the thigh and straighten the knee.",
       .feel = "A stretch along the back of the thigh."},
      {.name = "wall_angel",
       .display = "Wall Angel",
       .kind = "mobility",
       .position = "standing",
       .regions = {"thoracic", "shoulder"},
       .reps_mode = true,
       .lo = 8,
       .hi = 12,
       .rounds_lo = 2,
       .rounds_hi = 2,
       .tempo = 4,
       .avoid_if = "shoulder_pain",
       .cue = "Slide the arms up the wall and back down.",
       .feel = "The shoulder blades gliding."},
  };
}

struct Condition {
  std::string name;
  std::string question;
};

// The file's own conditions. flare_up, hip_replacement and osteoporosis, and the urgent_care
// screen, come from the prelude, which is in scope everywhere: declaring them again is an error.
std::vector<Condition> conditions() {
  return {{"knee_pain", "Do your knees hurt today?"},
          {"short_on_time", "Are you short on time today?"},
          {"feeling_stiff", "Do you feel stiff this morning?"},
          {"shoulder_pain", "Does a shoulder hurt today?"},
          {"desk_worker", "Do you sit at a desk most of the day?"}};
}

const std::vector<std::string> section_titles = {
    "Spine Mobility",     "Hip Mobility", "Core Stability", "Spine Rotation",  "Cool Down",
    "Neck and Shoulders", "Strength",     "Stretching",     "Morning Wake-Up", "Desk Break"};
const std::vector<std::string> routine_titles = {
    "Spine Mobility", "Morning Stretch",   "Desk Reset",      "Low Back Care",       "Hip Opener",
    "Core Basics",    "Evening Wind-Down", "Posture Program", "Gentle Flare-Up Plan"};
const std::vector<std::string> sayings = {
    "Breathe slowly through the nose.",           "Move only within a comfortable range.",
    "Keep the neck long and the shoulders soft.", "Stop if the pain spreads down a leg.",
    "Take it easy — this is not a race.",         "Good work. Have a sip of water.",
    "Let the breath set the pace — no bouncing.", "Say \\\"ready\\\" when you are ready."};
const std::vector<std::string> comments = {
    "Keep these gentle for the first two weeks.",    "Progress the holds once this feels easy.",
    "Patient prefers to start on the floor.",        "Check in about sleep at the next visit.",
    "Swap in the seated version if kneeling hurts.", "TODO: add a balance block after the review."};

// ---- the two renderings, written in step

// Durations in the forms the language accepts, with their value in seconds for Lua.
std::string duration(Rng& rng, int seconds) {
  if (seconds >= 3600 && seconds % 3600 == 0) return std::to_string(seconds / 3600) + "h";
  if (seconds >= 60 && seconds % 60 == 0) return std::to_string(seconds / 60) + "min";
  if (seconds > 60 && rng.percent(50)) {
    return std::to_string(seconds / 60) + "min" + std::to_string(seconds % 60) + "s";
  }
  return std::to_string(seconds) + (rng.percent(10) ? "sec" : "s");
}

std::string literal(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

// One step in both languages, before any `optional`, `unless` or `if … then` wraps it.
struct Step {
  std::string limber;
  std::string lua;
  double seconds = 0;        // its planned length, for the routine's `target`
  bool one_side = false;     // a sided exercise on one side only: `switch sides` may follow
  double again_seconds = 0;  // what a following `switch sides` repeats (without the transition)
};

struct Timing {
  int transition = 5;
  int round_rest = 5;
  int switch_time = 5;
};

class Generator {
 public:
  Generator(std::uint64_t seed, std::uint64_t target_bytes)
      : rng_(seed), target_bytes_(target_bytes) {}

  void run() {
    line(0, "# Generated by limber_bench_gen: a large, valid routine file for benchmarks.",
         "-- Generated by limber_bench_gen: a large, valid routine file for benchmarks.", 0);
    blank();
    for (const auto& c : conditions()) {
      line(0, "condition " + c.name + " " + literal(c.question),
           "condition(" + literal(c.name) + ", " + literal(c.question) + ")");
    }
    blank();
    // A shared catalogue first, as a clinic's exercise file would have; each routine below may
    // add a variant of its own.
    // A small file (the smallest rows of bench/run's scaling table) cannot hold the whole
    // catalogue: it gets the first variant of as many exercises as fit in a quarter of it, always
    // with a warm-up, a hold and a reps exercise for the routines to use. From 64 KB on, every
    // file has the whole catalogue, so those files are byte for byte what they always were.
    whole_catalogue_ = target_bytes_ >= 64'000;
    for (const auto& base : base_catalogue()) {
      for (int variant = 1; variant <= 2; ++variant) {
        if (!whole_catalogue_) {
          const bool needed = base.kind == "warmup" ? warmups_.empty()
                              : base.reps_mode      ? reps_.empty()
                                                    : holds_.empty();
          if (variant > 1 || (!needed && limber_.size() + 400 > target_bytes_ / 4)) continue;
        }
        define(base, "_v" + std::to_string(variant));
      }
    }
    // At least one routine, however small the size asked for.
    for (int n = 1; n == 1 || limber_.size() < target_bytes_; ++n) {
      routine(n);
      routines_ = n;
    }
  }

  const std::string& limber() const { return limber_; }
  const std::string& lua() const { return lua_; }
  std::uint64_t statements() const { return statements_; }
  int routines() const { return routines_; }

 private:
  // Writes one line at `depth` in both files; `statements` is how many statements it holds.
  void line(int depth, std::string_view limber, std::string_view lua, int statements = 1) {
    limber_.append(static_cast<std::size_t>(depth) * 2, ' ').append(limber) += '\n';
    lua_.append(static_cast<std::size_t>(depth) * 2, ' ').append(lua) += '\n';
    statements_ += static_cast<std::uint64_t>(statements);
  }
  void blank() {
    limber_ += '\n';
    lua_ += '\n';
  }

  void define(const Exercise& base, const std::string& suffix) {
    Exercise ex = base;
    ex.name += suffix;
    // Alternatives point at a variant that exists: the gentler exercise's first variant (in a
    // small file, where it may not be defined, the exercise has none).
    if (!ex.alt.empty()) {
      ex.alt = whole_catalogue_ || defined_.count(ex.alt + "_v1") ? ex.alt + "_v1" : "";
    }
    // A clinic keeps variants apart by name; the display name says which one the patient sees.
    if (suffix != "_v1") ex.display += suffix == "_v2" ? " (easier)" : " (custom)";
    const auto name = literal(ex.name);
    line(0, "exercise " + ex.name + " " + literal(ex.display) + " {",
         "exercise(" + name + ", " + literal(ex.display) + ", function()");
    line(1, "kind " + ex.kind, "kind(" + literal(ex.kind) + ")");
    line(1, "position " + ex.position, "position(" + literal(ex.position) + ")");
    std::string regions_limber = "regions ";
    std::string regions_lua = "regions(";
    for (std::size_t i = 0; i < ex.regions.size(); ++i) {
      regions_limber += (i ? ", " : "") + ex.regions[i];
      regions_lua += (i ? ", " : "") + literal(ex.regions[i]);
    }
    line(1, regions_limber, regions_lua + ")");
    line(1, std::string("mode ") + (ex.reps_mode ? "reps" : "hold"),
         std::string("mode(") + (ex.reps_mode ? "\"reps\"" : "\"hold\"") + ")");
    if (ex.sided) line(1, "sided", "sided()");
    if (ex.reps_mode) {
      line(1, "tempo " + std::to_string(ex.tempo) + "s", "tempo(" + std::to_string(ex.tempo) + ")");
    } else {
      line(1, "hold " + std::to_string(ex.lo) + "s.." + std::to_string(ex.hi) + "s",
           "hold_range(" + std::to_string(ex.lo) + ", " + std::to_string(ex.hi) + ")");
    }
    if (ex.rounds_hi > 1) {
      line(1, "rounds " + std::to_string(ex.rounds_lo) + ".." + std::to_string(ex.rounds_hi),
           "rounds(" + std::to_string(ex.rounds_lo) + ", " + std::to_string(ex.rounds_hi) + ")");
    }
    line(1, "risk " + ex.risk, "risk(" + literal(ex.risk) + ")");
    if (!ex.avoid_if.empty()) {
      line(1, "avoid_if " + ex.avoid_if, "avoid_if(" + literal(ex.avoid_if) + ")");
    }
    if (!ex.alt.empty()) line(1, "alt " + ex.alt, "alt(" + literal(ex.alt) + ")");
    line(1, "cue " + literal(ex.cue), "cue(" + literal(ex.cue) + ")");
    line(1, "feel " + literal(ex.feel), "feel(" + literal(ex.feel) + ")");
    line(0, "}", "end)", 0);
    blank();
    (ex.kind == "warmup" ? warmups_ : ex.reps_mode ? reps_ : holds_).push_back(ex);
    defined_.insert(ex.name);
  }

  // ---- steps

  Step hold(const Timing& t) {
    const Exercise& ex = rng_.pick(holds_);
    const int seconds = rng_.between(ex.lo / 5, ex.hi / 5) * 5;
    return dose("hold", ex, duration(rng_, seconds), std::to_string(seconds), seconds, t);
  }

  Step reps(const Timing& t) {
    const Exercise& ex = rng_.pick(reps_);
    const int count = rng_.between(ex.lo, ex.hi);
    return dose("reps", ex, std::to_string(count), std::to_string(count), count * ex.tempo, t);
  }

  // `hold`/`reps EX AMOUNT [xN] [sides]` and its Lua call `verb("ex", amount, N, "side")`.
  Step dose(std::string_view verb, const Exercise& ex, const std::string& amount,
            const std::string& lua_amount, int seconds, const Timing& t) {
    const int rounds = rng_.between(ex.rounds_lo, ex.rounds_hi);
    const bool write_rounds = rounds > 1 || rng_.percent(10);
    Step step;
    step.limber = std::string(verb) + " " + ex.name + " " + amount;
    step.lua = std::string(verb) + "(" + literal(ex.name) + ", " + lua_amount;
    std::string side;
    if (ex.sided) side = rng_.percent(80) ? "each" : rng_.percent(50) ? "left" : "right";
    if (write_rounds) step.limber += " x" + std::to_string(rounds);
    if (write_rounds || !side.empty()) step.lua += ", " + std::to_string(rounds);
    if (!side.empty()) {
      step.limber += side == "each" ? " each side" : " on " + side;
      step.lua += ", " + literal(side);
    }
    step.lua += ")";
    const double once = rounds * seconds + (rounds - 1) * t.round_rest;
    step.seconds = t.transition + once;
    if (side == "each") step.seconds += t.switch_time + once;
    step.one_side = side == "left" || side == "right";
    step.again_seconds = once;
    return step;
  }

  Step simple_step(const Timing& t) {
    const int roll = rng_.below(100);
    if (roll < 45) return hold(t);
    if (roll < 75) return reps(t);
    if (roll < 88) {
      const int seconds = rng_.between(2, 12) * 5;
      return {"rest " + duration(rng_, seconds), "rest(" + std::to_string(seconds) + ")",
              static_cast<double>(seconds)};
    }
    const auto text = literal(rng_.pick(sayings));
    return {"say " + text, "say(" + text + ")", 0};
  }

  // A step, maybe wrapped in `optional`, `unless` or `if … then`. Returns its planned length,
  // with every condition taken as not holding, as `limber plan` does.
  double step_line(int depth, const Timing& t) {
    Step step = simple_step(t);
    const int roll = rng_.below(100);
    double seconds = step.seconds;
    std::string limber = step.limber;
    std::string lua = step.lua;
    if (roll < 8) {
      limber = "optional " + limber;
      lua = "optional(" + lua + ")";
    } else if (roll < 14) {
      const auto& c = rng_.pick(step_conditions_);
      limber += " unless " + c;
      lua = "if not " + c + " then " + lua + " end";
    } else if (roll < 19) {
      const auto& c = rng_.pick(adding_conditions_);
      limber = "if " + c + " then " + limber;
      lua = "if " + c + " then " + lua + " end";
      seconds = 0;
      step.one_side = false;
    }
    if (step.one_side && roll >= 19 && rng_.percent(70)) {
      // `switch sides` after a one-sided step, on the same line half of the time.
      seconds += t.switch_time + step.again_seconds;
      if (rng_.percent(50)) {
        line(depth, limber + "; switch sides", lua + "; switch_sides()", 2);
      } else {
        line(depth, limber, lua);
        line(depth, "switch sides", "switch_sides()");
      }
      return seconds;
    }
    line(depth, limber, lua);
    return seconds;
  }

  // The statements of a section, repeat or if body. `room` is how many more blocks may nest;
  // circuits are not nested in circuits, which would multiply a routine far past an hour.
  double body(int depth, int room, Timing t, bool in_repeat = false) {
    double seconds = 0;
    if (rng_.percent(10)) {
      const int value = rng_.between(2, 4) * 5;
      const char* setting = rng_.percent(50) ? "transition" : "round_rest";
      line(depth, std::string("set ") + setting + " " + std::to_string(value) + "s",
           std::string("set(\"") + setting + "\", " + std::to_string(value) + ")");
      (setting[0] == 't' ? t.transition : t.round_rest) = value;
    }
    const int steps = rng_.between(3, 6);
    for (int i = 0; i < steps; ++i) {
      const int roll = rng_.below(100);
      if (roll < 6) {
        const auto text = rng_.pick(comments);
        line(depth, "# " + text, "-- " + text, 0);
        continue;
      }
      if (room > 0 && !in_repeat && roll < 11) {
        const int times = rng_.between(2, 3);
        line(depth, "repeat " + std::to_string(times) + " {",
             "for _ = 1, " + std::to_string(times) + " do");
        seconds += times * body(depth + 1, room - 1, t, true);
        line(depth, "}", "end", 0);
        continue;
      }
      if (room > 0 && roll < 15) {
        const auto& c = rng_.pick(adding_conditions_);
        line(depth, "if " + c + " {", "if " + c + " then");
        if (rng_.percent(40)) {
          const std::string factor = rng_.percent(50) ? "0.75" : "50%";
          line(depth + 1, "scale " + factor, "scale(" + (factor == "50%" ? "0.5" : factor) + ")");
        }
        body(depth + 1, room - 1, t, in_repeat);  // conditions do not hold in the plan
        if (rng_.percent(50)) {
          line(depth, "} else {", "else", 0);
          seconds += body(depth + 1, room - 1, t, in_repeat);
        }
        line(depth, "}", "end", 0);
        continue;
      }
      seconds += step_line(depth, t);
    }
    return seconds;
  }

  void routine(int n) {
    // A new exercise for this routine now and then, as a clinic file grows.
    if (rng_.percent(20)) {
      auto catalogue = base_catalogue();
      define(catalogue[static_cast<std::size_t>(
                 rng_.between(1, static_cast<int>(catalogue.size()) - 1))],
             "_r" + std::to_string(n));
    }
    line(0, "# Routine " + std::to_string(n) + ", written for one patient.",
         "-- Routine " + std::to_string(n) + ", written for one patient.", 0);

    // The body is written first, into a scratch buffer, because the `target` at its top is the
    // length of everything below it.
    std::string outer_limber;
    std::string outer_lua;
    std::swap(outer_limber, limber_);
    std::swap(outer_lua, lua_);

    Timing t;
    double seconds = 0;
    const Exercise& warm = rng_.pick(warmups_);
    const int warm_seconds = rng_.between(warm.lo / 30, warm.hi / 30) * 30;
    line(1, "warmup " + warm.name + " " + duration(rng_, warm_seconds),
         "warmup(" + literal(warm.name) + ", " + std::to_string(warm_seconds) + ")");
    seconds += t.transition + warm_seconds;
    const int sections = rng_.between(2, 4);
    for (int i = 0; i < sections; ++i) {
      blank();
      const auto title = literal(rng_.pick(section_titles));
      const bool optional = rng_.percent(15);
      line(1, (optional ? "optional section " : "section ") + title + " {",
           (optional ? "optional(section(" : "section(") + title + ", function()");
      seconds += body(2, 2, t);
      line(1, "}", optional ? "end))" : "end)", 0);
    }
    if (rng_.percent(60)) {
      blank();
      line(1, "if flare_up then scale 0.5", "if flare_up then scale(0.5) end");
    }
    // Back to the file; from here on `outer_*` hold the body just written.
    std::swap(outer_limber, limber_);
    std::swap(outer_lua, lua_);

    const auto title = literal(rng_.pick(routine_titles) + " " + std::to_string(n));
    line(0, "routine " + title + " {", "routine(" + title + ", function()");
    const int minutes = std::max(1, static_cast<int>(seconds / 60 + 0.5));
    line(1, "target " + std::to_string(minutes) + "min",
         "target(" + std::to_string(minutes * 60) + ")");
    if (rng_.percent(80)) {
      const int lo = rng_.between(2, 4);
      line(1, "frequency " + std::to_string(lo) + ".." + std::to_string(lo + 2) + " per week",
           "frequency(" + std::to_string(lo) + ", " + std::to_string(lo + 2) + ")");
    } else {
      line(1, "frequency daily", "frequency(\"daily\")");
    }
    line(1, "screen urgent_care", "screen_use(\"urgent_care\")");
    if (rng_.percent(20)) line(1, "given desk_worker", "given(\"desk_worker\")");
    limber_ += outer_limber;
    lua_ += outer_lua;
    line(0, "}", "end)", 0);
    blank();
  }

  Rng rng_;
  std::uint64_t target_bytes_;
  std::string limber_;
  std::string lua_;
  std::uint64_t statements_ = 0;
  int routines_ = 0;
  std::vector<Exercise> warmups_;
  std::vector<Exercise> holds_;
  std::vector<Exercise> reps_;
  std::set<std::string> defined_;
  bool whole_catalogue_ = true;
  // The conditions steps depend on; `desk_worker` is only ever `given`, and the contraindications
  // are left to `avoid_if`, so that no step is contraindicated in a routine that is `given` one.
  const std::vector<std::string> step_conditions_ = {"flare_up", "knee_pain", "short_on_time",
                                                     "feeling_stiff"};
  // The conditions an `if` may add steps under: never a flare-up, which must reduce the work.
  const std::vector<std::string> adding_conditions_ = {"knee_pain", "short_on_time",
                                                       "feeling_stiff"};
};

std::optional<std::uint64_t> number(std::string_view text) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) {
    std::cerr << "limber_bench_gen: cannot write " << path << "\n";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t bytes = 10'000'000;
  std::uint64_t seed = 20240611;
  std::optional<std::filesystem::path> out_dir;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if ((arg == "--bytes" || arg == "--seed") && i + 1 < argc) {
      const auto value = number(argv[++i]);
      if (!value) {
        std::cerr << "limber_bench_gen: " << arg << " needs a whole number\n";
        return 2;
      }
      (arg == "--bytes" ? bytes : seed) = *value;
    } else if (!arg.starts_with("-") && !out_dir) {
      out_dir = arg;
    } else {
      std::cerr << "usage: limber_bench_gen [--bytes N] [--seed N] OUT_DIR\n";
      return 2;
    }
  }
  if (!out_dir) {
    std::cerr << "usage: limber_bench_gen [--bytes N] [--seed N] OUT_DIR\n";
    return 2;
  }

  Generator generator(seed, bytes);
  generator.run();

  std::error_code ec;
  std::filesystem::create_directories(*out_dir, ec);
  if (!write(*out_dir / "bench.limber", generator.limber()) ||
      !write(*out_dir / "bench.lua", generator.lua())) {
    return 1;
  }
  std::cout << "bench.limber " << generator.limber().size() << " bytes\n"
            << "bench.lua " << generator.lua().size() << " bytes\n"
            << "statements " << generator.statements() << " in each\n"
            << "routines " << generator.routines() << "\n";
  return 0;
}
