#pragma once

// What a run tells its backends, in order: the routine starting, the answers acknowledged,
// what was left out, each section, exercise, round and side, each rep of a set, the countdown,
// switches and rests, spoken cues, and the end with its advice. Backends decide how to show or
// say it; the runner decides only what and when, and the patient's words (interpreter/run/
// patient_words.hpp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

enum class EventKind {
  routine_start,
  acknowledge,  // a condition answered yes (or named with --when): what it changes today
  skipped,
  replaced,  // an exercise ruled out today, and the alternative that takes its place
  section,
  exercise,  // an exercise is coming up: its transition starts (display name, cue, feel)
  side,      // the rounds that follow are on this side
  round,     // a hold, a set of reps or a warm-up starts: round n of N
  rep,       // a repetition of a set starts, paced by the exercise's tempo: rep n of N
  countdown,
  switch_sides,
  rest,
  say,
  done,
};

std::string_view to_string(EventKind kind);

struct Event {
  EventKind kind = EventKind::routine_start;
  double t_s = 0;                 // when it was scheduled, in seconds from the start
  std::optional<double> late_ms;  // how late it was emitted; only on a real clock
  std::string routine;            // routine_start
  std::string section;            // the innermost section, or empty
  std::string exercise;           // the exercise's name
  std::string display_name;       // exercise, round: how the patient knows it
  std::string cue;                // exercise: how to do it
  std::string feel;               // exercise: what the patient should feel
  std::string side;               // "left", "right", or empty
  std::string step;               // round: "hold", "reps" or "warmup"
  int round = 0;                  // round: 1-based
  int rounds = 0;
  int reps = 0;            // round of a reps step: the repetitions
  int remaining_s = 0;     // countdown: 3, 2, 1
  double duration_s = 0;   // how long what starts here lasts
  int rep = 0;             // rep: 1-based (`reps` holds how many the set has)
  std::string text;        // say: the words; section: its title; acknowledge, skipped,
                           // replaced: the sentence the patient reads
  std::string instead_of;  // replaced: the exercise as written (`exercise` is what runs)
  std::string reason;      // skipped: why, for the therapist ("unless flare_up", "optional")
  std::string condition;   // acknowledge, skipped, replaced: the condition behind it, if any
  std::string next;        // exercise, rest, switch_sides: the round that follows, in words
  std::string progress;    // exercise: a progressing dose this week, "week 3: 30s; next: 35s
                           // from week 4" (interpreter/plan/progress_text.hpp)
  double total_s = 0;      // routine_start, done
  std::vector<std::string> advice;  // done: the closing advice, one sentence each
};

}  // namespace limber
