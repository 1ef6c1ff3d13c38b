#pragma once

// Every fixed phrase limber speaks, one table per language. A routine picks its language with
// `set language "es"` (or `--language es`); that picks these words and the espeak-ng voice that
// says them. Texts the therapist wrote (cues, feels, `say` lines, a condition's texts) are
// spoken as written.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber::audio {

struct Phrases {
  std::string_view code;          // "en"
  std::string_view name;          // "English"
  std::string_view espeak_voice;  // the espeak-ng voice that speaks it by default
  // The dose, said with the exercise's name before its first round. {rounds} and {amount}.
  std::string_view rounds_of_hold;      // "{} rounds of {}"      (rounds, "30 seconds")
  std::string_view one_hold;            // "hold {}"              ("30 seconds")
  std::string_view sets_of_reps;        // "{} sets of {}"        (sets, "10 repetitions")
  std::string_view one_set;             // "{}"                   ("10 repetitions")
  std::string_view repetitions;         // "{} repetitions"
  std::string_view warm_up_for;         // "warm up for {}"       ("2 minutes")
  std::string_view each_side;           // "on each side"
  std::string_view feel;                // "You should feel: {}"
  std::string_view round_of;            // "round {} of {}"
  std::string_view set_of;              // "set {} of {}"
  std::string_view start_left;          // "Start with the left side."
  std::string_view start_right;         // "Start with the right side."
  std::string_view left_side;           // "left side"
  std::string_view right_side;          // "right side"
  std::string_view switch_sides;        // "switch sides"
  std::string_view rest;                // "rest"
  std::string_view halfway;             // "halfway"
  std::string_view next;                // "next: {}"
  std::string_view well_done;           // "Well done. That is the end of today's session."
  std::string_view times_a_week;        // "Do this routine {} to {} times a week."
  std::string_view n_times_a_week;      // "Do this routine {} times a week."
  std::string_view every_day;           // "Do this routine every day."
  std::string_view see_a_professional;  // "If pain lasts more than a few days, …"
  // Durations: "1 second", "30 seconds", "1 minute", "2 minutes", "1 minute 30 seconds".
  std::string_view second, seconds, minute, minutes, hour, hours, and_;
};

// The table of `language` ("en", "es"), or null when limber has none.
const Phrases* phrases_for(std::string_view language);

// Every language limber speaks, by code, in a stable order.
std::vector<std::string_view> phrase_languages();

// The languages for a message: "English (en) and Español (es)".
std::string phrase_languages_in_words();

// The language code someone who wrote `written` most likely meant, when limber has it: a code
// in another case ("ES"), with a region ("es-MX", "en_GB") or the language's name ("español").
std::optional<std::string_view> language_meant(std::string_view written);

// A duration in words: 90 → "1 minute 30 seconds" ("1 minuto y 30 segundos" in Spanish).
std::string spoken_duration(const Phrases& phrases, double seconds);

}  // namespace limber::audio
