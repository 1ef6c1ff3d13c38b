#pragma once

// A patient handout: what a patient needs to follow a routine without the program, taken from
// the plan (so --when, --unless and --skip-optional shape it exactly as they shape the plan) and
// from the routine's own words (display names, cues, each condition's `reason`). The Markdown
// and HTML renderings (handout_markdown.hpp, handout_html.hpp) only lay this out; every word a
// patient reads is decided here or in handout_words.hpp. No file paths, rule codes or internal
// names reach it.

#include <map>
#include <string>
#include <variant>
#include <vector>

#include "interpreter/check/program.hpp"
#include "interpreter/plan/plan.hpp"

namespace limber {

struct HandoutExercise {
  int number = 0;    // 1-based, in plan order; the timeline labels its block with it; 0 when
                     // it runs only on a flare-up day, so it has no block on today's timeline
  std::string name;  // the display name
  std::string dose;  // "hold 30 seconds, 3 times, each side"
  std::string cue;   // how to do it
  std::string feel;  // what to feel
  std::vector<std::string> skip_when;  // the reasons of its contraindications and `unless`
  bool optional = false;
  std::string alternative;     // the `alt`'s display name, or empty
  std::string instead_of;      // when this runs in place of the exercise written: that one's name
  std::string instead_reason;  // … and why ("kneeling hurts")
  std::string flare_up;        // the dose on a flare-up day when it differs, or empty
  // Done only on a flare-up day (in an `if flare_up`): shown in its place, with its flare-up
  // dose, so the patient learns what a flare-up day adds where other exercises drop out.
  bool flare_up_only = false;
  // How a progressing dose builds up: this week's, the next step up and the goal, one line for
  // its amount and one for its rounds (handout_words.hpp's progress_words()).
  std::vector<std::string> progress;
};

// A `say` of the routine, or an exercise.
using HandoutEntry = std::variant<std::string, HandoutExercise>;

// The entries of one section, or of the routine outside any section (an empty title).
struct HandoutGroup {
  std::string title;
  std::vector<HandoutEntry> entries;
};

struct HandoutScreen {
  std::string title;
  std::vector<std::string> flags;
};

struct Handout {
  std::string title;                   // the routine's, or a general one for the implicit routine
  std::string length;                  // "14 minutes"
  std::string how_often;               // "3 to 5 times a week", or empty without `frequency`
  int sessions_per_week = 7;           // the tracking table's columns
  std::vector<HandoutScreen> screens;  // the routine's screening checklists, in order
  std::vector<std::string> left_out;   // "Seated Spinal Twist (twisting hurts)"
  std::vector<HandoutGroup> groups;
  // The card number of each exercise block of the timeline, in plan order (one per transition):
  // by block rather than by name, since an alt or a second dose of the same exercise has a card
  // of its own, and a `repeat` runs one card several times.
  std::vector<int> timeline_numbers;
  bool flare_up_day = false;  // made for a flare-up day (--when flare_up or `given flare_up`)
  std::map<std::string, std::string, std::less<>> display_names;  // by exercise name
  const Plan* plan = nullptr;  // the plan the handout was made from
};

// How many weeks the tracking table covers.
inline constexpr int handout_weeks = 4;

// What the top of a flare-up day's handout says, and how a card done only then is marked.
inline constexpr const char* flare_up_day_text =
    "This is your routine for a flare-up day: gentler than usual.";
inline constexpr const char* flare_up_only_label = "Only on a flare-up day";
inline constexpr const char* flare_up_only_text = "leave it out on other days";

// The sentences of the safety box that every handout has, whatever the routine.
inline constexpr const char* stop_on_pain = "Stop if you feel sharp or new pain.";
inline constexpr const char* pain_lasts =
    "If pain lasts more than a few days, see a healthcare professional.";
inline constexpr const char* red_flag_advice_text =
    "If you answer yes to any of these questions, do not exercise: see a healthcare "
    "professional promptly.";

// The handout of the plan `plan` made from `program` with `options`. `plan` must outlive it.
Handout make_handout(const Program& program, const Plan& plan, const PlanOptions& options);

}  // namespace limber
